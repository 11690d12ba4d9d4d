/**
 * One cue read in its sentence: the clause it sits in, the companies named before and after it, whether
 * its verb is coordinated with an earlier one, and the ways to find its actor (a pronoun's antecedent,
 * the sentence's subject, a leading phrase's actor) or its object (the direct object, past a relation,
 * an owner in apposition). Every shape reads its parties from this one object.
 */
import type { Entity, Mention } from '../../companies/mentions.js';
import {
  BACK_REFERENCE,
  COMPANY_NOUN,
  impliedSubject,
  mentionsIn,
  type ArticleContext,
} from '../../context.js';
import type { Span } from '../../sentences.js';
import { clauseAround, COORDINATOR, ENDS_IN_PARTICIPLE, inside, relativeSpans } from './clauses.js';

/** "…, then in 2025 closed the $1 billion": a coordinator and a few words before the cue. */
const COORDINATED_VERB = new RegExp(String.raw`${COORDINATOR}\s*(?:[\w$.,-]+\s+){0,6}$`, 'i');
import type { Cue } from './cues.js';
import { listedSameCompany } from './parties.js';
import type { PartyDraft, Role } from './types.js';

/** A company mention, with positions relative to the sentence start. */
export type SentenceMention = Mention & { rel: number; relEnd: number };

/**
 * The firms of a list right after a cue ("with A, B and C"), in order. The list ends at any other word, and
 * at a name that opens a clause of its own (", and Airbus cut its forecast").
 */
export function listedAfter(t: string, right: SentenceMention[], from: number): Entity[] {
  const out: Entity[] = [];
  let at = from;
  for (const m of right) {
    if (m.rel < at) continue;
    const gap = t.slice(at, m.rel);
    if (
      out.length &&
      !/^\s*(?:\([^()]*\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[a-z][\w-]*['’]s\s+|[A-Z][\w&.-]*['’]s\s+)?$/.test(
        gap,
      )
    )
      break;
    if (!out.length && !/^\s*(?:[\w-]+\s+){0,2}$/.test(gap)) break;
    if (out.length && OPENS_CLAUSE.test(t.slice(m.relEnd))) break;
    if (!out.includes(m.entity)) out.push(m.entity);
    at = m.relEnd;
  }
  return out;
}
/** After a listed name, what shows it opens a clause of its own: neither an end nor a list's next word. */
const OPENS_CLAUSE =
  /^(?!\s*(?:\([^)]*\))?\s*(?:[,.;:]|$)|\s+(?:and|in|for|to|worth|valued|last|this|under|over|on|at|as|since|during|that|which)\b)/;

/** The mentions of `list` that start within `max` characters of `from`. */
export const near = (list: SentenceMention[], from: number, max: number): SentenceMention[] =>
  list.filter((m) => Math.abs(m.rel - from) <= max);

/** Where a sentence's next clause starts, with a subject of its own (": Sealed Air bought…"). */
const LATER_CLAUSE = /[;:]|,\s+(?:which|while|whereas|but|structured|leaving|making|so\s+that)\b/;

/**
 * "Tolland said the chipmaker had bought a stake in it": a describing noun after a speaker points to
 * another firm told before, not to the speaker ("the company" and "the group" may be the speaker itself).
 */
const SPEAKER_THEN_NOUN = new RegExp(
  String.raw`^['’]?\s*(?:\([^)]*\)\s*)?(?:said|says|disclosed|confirmed|noted|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?the\s+(?:[\w-]+\s+){0,2}?(?!(?:company|firm|group|business)\b)${COMPANY_NOUN}\s+(?:(?:has|have|had|also|would|will|is|was|agreed\s+to|plans\s+to|is\s+set\s+to)\s+)*(?:(?:bought|buy|took|take|taken|acquired|acquire|holds?|held|owns?|owned|amassed|built\s+up)\s+)?$`,
  'i',
);

/** "X reached an agreement with Y to acquire…": Y is the one the agreement is with, X acts. */
const AGREED_WITH =
  /\b(?:signed|signs|reached|reaches|struck|strikes|inked|inks|entered\s+into|enters\s+into)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:deal|agreement|pact|accord)\s+with\s+(?:the\s+)?$/i;

/** The verbs that name a rival beaten to a deal: "beat out", "outbid", "edged out", "saw off". */
const BEATEN_RIVAL =
  /\b(?:beat(?:ing)?(?:\s+out)?|outbid|outbidding|edged\s+out|saw\s+off|fended\s+off|topped)\s+$/i;

/** "a further 5% of", "an additional 12 percent of": a minority share told before the company. */
function minorityShare(between: string): boolean {
  const m =
    /^\s*(?:an?\s+|another\s+)?(?:further\s+|additional\s+|extra\s+)?(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?(\d[\d.]*)\s?(?:%|percent\b|per\s?cent\b)/i.exec(
      between,
    );
  return !!m && Number(m[1]) <= 50;
}

export class CueReading {
  /** The sentence's text. */
  readonly t: string;
  /** The clause the cue sits in. */
  readonly clauseStart: number;
  readonly clauseEnd: number;
  /** Every company mention of the sentence. */
  readonly sentenceMentions: SentenceMention[];
  /** The mentions inside the cue's clause; those before the cue and those after it. */
  readonly ms: SentenceMention[];
  readonly left: SentenceMention[];
  readonly right: SentenceMention[];
  /** The last company named before the cue in its clause. */
  readonly lastLeft: SentenceMention | undefined;
  /**
   * "The company bought X in 2023 and formed a partnership with Y": X is the object of an earlier verb,
   * the new verb's actor is the sentence's subject (a "X and Y formed…" pair is not coordination).
   */
  readonly coordinated: boolean;
  /**
   * "X sells A to Y for $2 billion, sells B to Z": a comma series of verbs, the last company named
   * being the earlier verb's object ("to Y"), not this verb's actor.
   */
  readonly afterObject: boolean;
  /** "X completed its Y purchase after selling Z to W": the participle's actor is the sentence's subject. */
  readonly participle: boolean;
  /** "since it bought X", "which it acquired in 2016": the pronoun, not the nearest name, is the actor. */
  readonly pronounBefore: boolean;
  readonly pronounActor: Entity | null;
  /** "X reached an agreement with Y to acquire the company": Y, whom the agreement is with, is no actor. */
  readonly agreedWith: SentenceMention | null;
  /** "X, which bought Y last year, agreed to acquire Z": Y sits in a closed relative clause, X acts. */
  readonly actorLeft: SentenceMention[];

  /**
   * `cue` is the cue as finally read (a bare noun pointing back is the generic cue), `cueStart` and
   * `cueEnd` its span in the sentence, `whole` its "100% of the shares of" tail, if any.
   */
  constructor(
    readonly ctx: ArticleContext,
    readonly s: Span,
    readonly si: number,
    readonly cue: Cue,
    readonly cueStart: number,
    readonly cueEnd: number,
    readonly whole: RegExpExecArray | null,
    /** The company a quote's "we" speaks for, when the cue is that "we"'s deal (quoted.ts). */
    readonly weActor: Entity | null = null,
  ) {
    const t = s.text;
    this.t = t;
    [this.clauseStart, this.clauseEnd] = clauseAround(t, cueStart);
    this.sentenceMentions = mentionsIn(ctx, s);
    this.ms = this.sentenceMentions.filter((m) => m.rel >= this.clauseStart && m.relEnd <= this.clauseEnd);
    this.left = this.ms.filter((m) => m.relEnd <= cueStart);
    this.right = this.ms.filter((m) => m.rel >= cueEnd);
    const lastLeft = this.left[this.left.length - 1];
    this.lastLeft = lastLeft;
    this.coordinated =
      !!lastLeft &&
      COORDINATED_VERB.test(t.slice(lastLeft.relEnd, cueStart)) &&
      // "…, and the two will jointly develop": a clause with its own subject is not coordination.
      !/\s(?:and|but)\s+(?:the two|both|they|the (?:two )?companies|the pair)\b[^,;]*$/i.test(
        t.slice(lastLeft.relEnd, cueStart),
      ) &&
      // "A and B agreed…" is a pair, but "…to Y and in August agreed…" starts a new verb of the subject.
      (!/^\s*(?:\([^)]*\)\s*)?(?:and|,)/.test(t.slice(lastLeft.relEnd)) ||
        /^\s*(?:\([^)]*\)\s*)?,?\s+and\s+(?:in|on|last|earlier|later|this|then|also|separately)\b/i.test(
          t.slice(lastLeft.relEnd),
        ) ||
        // "bought X, a software provider, for $1.9B in 2024, and later that year agreed to buy…".
        /,\s+and\s+(?:in|on|last|earlier|later|this|then|also|separately)\b[^,;]*$/i.test(
          t.slice(lastLeft.relEnd, cueStart),
        )) &&
      !(
        lastLeft.rel <= 30 &&
        lastLeft.entity === this.sentenceMentions[0]?.entity &&
        !/\b(?:to|from|with|of|by|for)\s/i.test(t.slice(0, lastLeft.rel)) &&
        // "The company bought X …, and later agreed to buy Y": X is the first verb's object, no subject.
        !/\b(?:bought|acquired|purchased|sold|took over|signed|backed|hired|chose|picked)\s+(?:the\s+)?$/i.test(
          t.slice(0, lastLeft.rel),
        )
      );
    this.afterObject =
      !!lastLeft &&
      /\b(?:to|from|picked|chose|selected|tapped|hired|awarded)\s+(?:[\w&-]+\s+){0,3}$/i.test(
        this.textBefore(lastLeft),
      ) &&
      /^[^;]*?(?:,\s+|\s+and\s+)(?:also\s+)?$/i.test(t.slice(lastLeft.relEnd, cueStart));
    // "after buying X", and "it struck its largest deal, paying $2.7 billion for X": a participle's actor
    // is the sentence's subject.
    this.participle =
      /^\w+ing\b/i.test(t.slice(cueStart, cueEnd)) &&
      (ENDS_IN_PARTICIPLE.test(t.slice(0, cueEnd)) || /,\s*$/.test(t.slice(0, cueStart)));
    const speaker = lastLeft && SPEAKER_THEN_NOUN.test(t.slice(lastLeft.relEnd, cueStart)) ? lastLeft : null;
    const described = speaker ? impliedSubject(ctx, si) : null;
    this.pronounBefore =
      !!weActor ||
      (!!described && described !== speaker?.entity) ||
      /\b(?:it|they)\s+(?:(?:has|have|had|also|later|then|previously|already|recently|once)\s+)?$/i.test(
        t.slice(Math.max(0, cueStart - 30), cueStart),
      );
    this.pronounActor =
      described && described !== speaker?.entity ? described : this.pronounBefore ? this.antecedent() : null;
    const closedRelatives = relativeSpans(t.slice(0, cueStart));
    this.agreedWith =
      lastLeft &&
      /^to\s/i.test(t.slice(cueStart)) &&
      /^\s*(?:\([^)]*\)\s*)?$/.test(t.slice(lastLeft.relEnd, cueStart)) &&
      AGREED_WITH.test(t.slice(Math.max(0, lastLeft.rel - 60), lastLeft.rel))
        ? lastLeft
        : null;
    // "Harlow beat out Quarry Lane to buy Pinecrest": the rival beaten is no actor of the verb after it.
    this.actorLeft = this.left.filter(
      (m) =>
        !closedRelatives.some((r) => inside(r, m.rel, m.relEnd)) &&
        m !== this.agreedWith &&
        !(
          BEATEN_RIVAL.test(t.slice(Math.max(0, m.rel - 20), m.rel)) &&
          /^\s+(?:(?:to|in the race to|for the right to)\s+)?$/i.test(t.slice(m.relEnd, cueStart))
        ),
    );
  }

  /** A party of the deal: the listed company behind a legal name or a venture arm. */
  party(e0: Entity, role: Role | null): PartyDraft {
    const e = listedSameCompany(this.ctx, e0);
    return {
      key: e.key,
      name: e.name,
      ticker: e.ticker,
      role,
    };
  }

  /** The text after a company name, with its possessive kept even when the mention swallowed it. */
  afterOwner(m: { text: string; relEnd: number }, end = this.t.length): string {
    return (/['’]s?$/.test(m.text) ? "'" : '') + this.t.slice(m.relEnd, end);
  }

  /** What precedes a mention, the name left out when the mention is its ticker ("to Xylem (XYL)"). */
  textBefore(m: { rel: number }): string {
    return this.t.slice(Math.max(0, m.rel - 40), m.rel).replace(/[\w&.'’-]+\s*\(\s*$/, '');
  }

  /** The story's company unless it is the one being referred to. */
  recentOther(not: Entity): Entity | null {
    const e = impliedSubject(this.ctx, this.si);
    return e && e !== not ? e : null;
  }

  /**
   * "The takeover is Acme's second deal, after its purchase of X": a pronoun in a later clause points
   * to the company the sentence opens with before it points to an earlier sentence.
   */
  antecedent(): Entity | null {
    const { t, cueStart } = this;
    if (this.weActor) return this.weActor;
    // "GE rose 0.7%: Kratos said it will buy…": the pronoun after "X said" is X.
    const speaker = this.sentenceMentions.find(
      (m) =>
        m.relEnd <= cueStart &&
        /^['’]?\s*(?:\([^)]*\)\s*)?(?:said|says|announced|added|noted)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:[\w-]+\s+){0,3}$/i.test(
          t.slice(m.relEnd, cueStart),
        ),
    );
    if (speaker) return speaker.entity;
    const first = this.sentenceMentions[0];
    // "It would be RELX's biggest acquisition since it bought ThreatMetrix": the later "it" is the
    // possessor the sentence's opening "It" is told about.
    if (
      first &&
      first.relEnd <= cueStart &&
      /^\s*(?:It|This|That|The\s+(?:deal|purchase|acquisition|transaction))\s+(?:would\s+be|will\s+be|is|was|marks|becomes|would\s+rank\s+as)\s+$/.test(
        t.slice(0, first.rel),
      ) &&
      (/['’]s?$/.test(first.text) || /^['’]s?\s/.test(t.slice(first.relEnd)))
    )
      return first.entity;
    // "Last March it picked up Dunmore, and in September it bought…": a company after "it" is an object.
    if (
      first &&
      first.rel <= 30 &&
      first.relEnd <= cueStart &&
      !/\b(?:it|they)\b/i.test(t.slice(0, first.rel)) &&
      // "The purchase of Dunmore expands…": a company after a preposition is not the subject.
      !/\b(?:of|for|with|to|from|by|in|on|about)\s+(?:the\s+)?$/i.test(t.slice(0, first.rel))
    )
      return first.entity;
    // "it", "they" and "the Los Angeles-based firm" point back to a named firm, private ones too.
    const pronoun =
      /\b(?:it|they)\s+(?:[\w-]+\s+){0,3}$/i.test(t.slice(Math.max(0, cueStart - 40), cueStart)) ||
      /^\s*the\s+(?:[\w,-]+\s+){0,3}(?:firm|company|group|investor|buyer|fund)(?:['’]s)?\s+(?:[\w-]+\s+){0,3}$/i.test(
        t.slice(0, cueStart),
      ) ||
      /^\s*(?:its|their)\s+(?:[\w-]+\s+){0,2}$/i.test(t.slice(0, cueStart)) ||
      // "It counts 300 utilities as customers, including…": a sentence that opens with the pronoun.
      /^\s*(?:it|its|they|their)\b/i.test(t) ||
      // "The company raised $38 million in a round led by…": the sentence opens by pointing back.
      /^\s*(?:it|they|the\s+(?:[\w.'’-]+\s+){0,2}(?:company|firm|group|business))\s+(?:has\s+|had\s+|also\s+)?(?:raised|secured|closed|landed|received|took|bought|acquired|sold|signed|won|agreed)\b/i.test(
        t,
      );
    return impliedSubject(this.ctx, this.si, pronoun);
  }

  /**
   * The company the previous sentence of the same paragraph opens with, other than `not`: "Fenwater
   * designs coolers. Dorsey Lane bought the company…", "Tallgrass builds solar farms. 400MW of its output…".
   */
  previousOpener(not: Entity | null = null): Entity | null {
    const prev = this.si > 0 ? this.ctx.sentences[this.si - 1]! : null;
    if (!prev || /\n\s*\n/.test(this.ctx.text.slice(prev.end, this.s.start))) return null;
    return mentionsIn(this.ctx, prev).find((m) => m.rel <= 3 && m.entity !== not)?.entity ?? null;
  }

  /** Nobody, when `e` is the earlier verb's object of a comma series. */
  notEarlierObject(e: Entity | null): Entity | null {
    return this.afterObject && e === this.lastLeft?.entity ? null : e;
  }

  /** The coordinated verb's actor: the sentence's subject, never the earlier verb's object. */
  coordSubject(): Entity | null {
    const a = this.antecedent();
    return a && a !== this.lastLeft?.entity ? a : impliedSubject(this.ctx, this.si, true);
  }

  /**
   * "The company raised $38 million … and counts Acme's fund among its investors": a description does not
   * point at a company the same sentence names after the cue.
   */
  unnamedLater(e: Entity | null): Entity | null {
    // Only within the cue's own clause: "It sold X to Y in 2017, and its last purchase went the other way:
    // Sealed Air bought Z" names Sealed Air in a clause of its own.
    const clauseEnd = this.cueEnd + (LATER_CLAUSE.exec(this.t.slice(this.cueEnd))?.index ?? Infinity);
    return e &&
      !this.left.some((m) => m.entity === e) &&
      this.right.some((m) => m.entity === e && m.rel < clauseEnd)
      ? null
      : e;
  }

  /** The antecedent, when the clause opens by pointing back ("It", "The company", "its"). */
  subjectIfBackRef(): Entity | null {
    const { t, cueStart, cueEnd } = this;
    // "We raised…": the company a quote speaks for, or the house of a blog or a fund letter (mention.ts).
    if (this.weActor) return this.weActor;
    const head = t.slice(this.clauseStart, cueStart);
    if (
      BACK_REFERENCE.test(head.trim()) ||
      /\b(its|their)\b/.test(t.slice(cueStart, cueEnd + 30)) ||
      /\b(it|they|the company|the group|the firm|the (?:[\w.’'-]+ ){0,2}(?:company|firm|group|\w*maker|biotech|giant|carrier|lender|bank|retailer|airline|insurer|operator)|(?:the (?:company|group|firm)|its|their)['’]s?)\s+(?:[\w-]+\s+){0,3}$/i.test(
        head,
      )
    )
      return this.unnamedLater(this.antecedent());
    return null;
  }

  /**
   * "After agreeing to buy X for $1.2 billion, Y said…": a leading phrase's actor is the main clause's
   * subject, named after the phrase's comma.
   */
  leadPhraseActor(): Entity | null {
    const lead = /^(?:After|Before|While|Since|Having|By|Besides|Following)\b[^,;]*?,\s*/i.exec(this.t);
    if (!lead || this.cueEnd > lead[0].length) return null;
    return this.right.find((m) => m.rel >= lead[0].length && m.rel - lead[0].length <= 30)?.entity ?? null;
  }

  /** A pronoun nobody can be found for is not the nearest name before it ("bought X, and it led…"). */
  actorBefore(): Entity | null {
    return this.pronounBefore
      ? this.pronounActor
      : (this.actorLeft[this.actorLeft.length - 1]?.entity ??
          this.leadPhraseActor() ??
          this.subjectIfBackRef());
  }

  /** "a stake in Acme's smaller rival Beta": the possessive names a relation, the object is Beta. */
  skipRelation<M extends { rel: number; relEnd: number; text: string; entity: Entity }>(list: M[]): M[] {
    const a = list[0];
    const rest = list.filter((m) => m.entity !== a?.entity);
    const b = rest[0];
    if (
      a &&
      b &&
      // A possessive is needed: "Ressler Re after rival Domfort" names no relation of Ressler's.
      (/['’]s?$/.test(this.t.slice(a.rel, a.relEnd)) ||
        /^\s*(?:\([^()]*\)\s*)?['’]/.test(this.t.slice(a.relEnd))) &&
      /^(?:['’]s?)?\s*(?:\([^()]*\)\s*)?(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}(?:rival|competitor|peer|customer|supplier|partner|sister company|affiliate|neighbou?r)\s+$/i.test(
        this.afterOwner(a, b.rel),
      )
    )
      return rest;
    return list;
  }

  /** The object of "acquire"/"buy" follows the verb directly ("to acquire rival Acme", "bought startup X"). */
  directObject(m: { rel: number } | undefined): boolean {
    if (!m) return false;
    // "test-and-measurement specialist X": a hyphenated describing word holds no "and" between objects.
    const between = this.t
      .slice(this.cueEnd + (this.whole?.[0].length ?? 0), m.rel)
      .replace(/\w+(?:-\w+)+/g, (w) => w.replace(/-/g, ''));
    // "contract drug manufacturer X": a describing phrase that ends in a kind of firm names X.
    const describes =
      /^\s*(?:[a-z][\w-]*\s+){0,3}(?:\w*maker|manufacturer|producer|developer|provider|operator|specialist|supplier|distributor|retailer|chain|lender|insurer|firm|company)\s+$/.test(
        between,
      );
    return (
      between.length <= 45 &&
      !/\b(from|for|in|on|with|at|to|by|into|than|and|after|before|while|when|because|since|despite|of (?:the|its|a))\b/i.test(
        between,
      ) &&
      // "IBM bags a U.K. welfare contract, Workday's…": the verb's object ended before the comma.
      !/[,;:]/.test(between) &&
      // "bought a further 5% of X": a minority share of X, read by the stake cue ("the 43% of X it did not
      // own" is the rest of it, and 60% is control: takeovers both).
      !minorityShare(between) &&
      (describes || !/\b(?:contract|order|deal|stake|shares|license|licence)s?\b/i.test(between))
    );
  }

  /** "X, a maker of … owned by Z", "X, a glass subsidiary of Z": Z owns the company named at m. */
  ownerAfter(m: { relEnd: number; entity: Entity }): SentenceMention | undefined {
    return this.right.find(
      (o) =>
        o.rel > m.relEnd &&
        o.entity !== m.entity &&
        /^,\s+(?:a|an)\s+[^,;()]{0,100}?\b(?:(?:owned|controlled|backed) by|(?:subsidiary|unit|division) of)\s+(?:[\w-]+\s+){0,3}$/i.test(
          this.t.slice(m.relEnd, o.rel),
        ),
    );
  }
}
