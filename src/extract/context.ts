/** What every fact extractor sees of one article: cleaned text, sentences, companies, dates. */
import type { Evidence } from '../domain/facts.js';
import type { CompanyDirectory } from './companies/directory.js';
import type { CompanyIndex, Entity, Mention } from './companies/mentions.js';
import { isBrokerName } from './facts/brokers.js';
import type { Span } from './sentences.js';

export interface ArticleContext {
  text: string;
  title: string;
  sentences: Span[];
  companies: CompanyIndex;
  published: string | null;
  /** The company the story is about (named in the title, else most mentioned), if any. */
  primary: Entity | null;
  /** The company the article speaks for (its source names it): a "we" outside quotes is this company. */
  house?: Entity | null;
  /** Entities named in the title or the first sentences: facts about others get lower confidence. */
  leadKeys: Set<string>;
  /** The company directory the article was read with (a parent's symbol for a venture arm). */
  directory?: CompanyDirectory;
}

export const evidenceOf = (s: Span): Evidence => ({ text: s.text, start: s.start, end: s.end });

/**
 * How much less a fact is trusted when it names a company absent from the headline and the lead:
 * background sentences and roundups produce most false facts, so such facts keep a lower confidence
 * instead of being dropped. Applies to every fact that carries a confidence (today: deals, wherever a
 * deal is found, including each customer of a contract list); other fact kinds carry none.
 */
export const OFF_LEAD_PENALTY = 0.2;
export const offLeadPenalty = (ctx: ArticleContext, keys: Iterable<string>): number => {
  for (const k of keys) if (!ctx.leadKeys.has(k) && !namedInLead(ctx, k)) return OFF_LEAD_PENALTY;
  return 0;
};

/** A party known only by name ("N:u.s. army", a government customer) counts when the lead names it. */
function namedInLead(ctx: ArticleContext, key: string): boolean {
  if (!key.startsWith('N:')) return false;
  const name = key
    .slice(2)
    .replace(/^(?:the|u\.s\.|us|uk)\s+/, '')
    .trim();
  if (name.length < 3) return false;
  const lead = `${ctx.title}\n${ctx.sentences
    .slice(0, 3)
    .map((s) => s.text)
    .join(' ')}`.toLowerCase();
  return lead.includes(name);
}

/** Mentions inside a sentence, with positions relative to the sentence start. */
type RelMention = Mention & { rel: number; relEnd: number };
const mentionCache = new WeakMap<ArticleContext, Map<number, RelMention[]>>();

/** Mentions in [from, to), with positions relative to `from` (a sentence's or a line's start). */
export function mentionsBetween(ctx: ArticleContext, from: number, to: number): RelMention[] {
  // Fields written out rather than spread: the same object, built without the generic copy.
  return ctx.companies.within(from, to).map(({ entity, start, end, text }) => ({
    entity,
    start,
    end,
    text,
    rel: start - from,
    relEnd: end - from,
  }));
}

export function mentionsIn(ctx: ArticleContext, s: Span): RelMention[] {
  let perSentence = mentionCache.get(ctx);
  if (!perSentence) mentionCache.set(ctx, (perSentence = new Map()));
  let list = perSentence.get(s.start);
  if (!list) {
    list = mentionsBetween(ctx, s.start, s.end);
    perSentence.set(s.start, list);
  }
  return list;
}

/** Nouns that stand for a whole company when a description points back at one ("the oil producer"). */
export const COMPANY_NOUN =
  '(?:company|firm|group|\\w*maker|biotech|manufacturer|supplier|conglomerate|carrier|retailer|lender|bank|insurer|airline|developer|operator|provider|giant|platform|brand|startup|business|utility|miner|producer|studio|chain|house)';

/** "it", "the company", "the carmaker" right after a cue: a company named before, by a noun standing for it. */
export const POINTS_BACK_TO_COMPANY = new RegExp(
  String.raw`^\s*(?:it\b|the\s+(?:[\w-]+\s+){0,2}?${COMPANY_NOUN}\b(?!['’]))`,
  'i',
);

/** Sentences that open by pointing back at an earlier subject: "It", "The company", "Shares", "The stock". */
export const BACK_REFERENCE = new RegExp(
  `^(it|its|the company|the firm|the group|shares|the shares|its shares|the stock|management|they|the buyer|the seller|(?:the|its) (?:[\\w.’'-]+,? ){0,3}${COMPANY_NOUN})\\b`,
  'i',
);

/** An opening that only fits a company without listed shares: "The startup", "The privately held firm". */
const PRIVATE_REFERENCE =
  /^(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:startup|start-up|(?:privately[- ]held|closely[- ]held|venture-backed) (?:company|firm|group|maker|developer|business)|(?:private[- ]equity|buyout)\s+(?:house|firm|group|fund|investor|owner))\b/i;

/** The last private firm named in the few sentences before `sentenceIndex` (brokers left out). */
export function recentPrivateFirm(ctx: ArticleContext, sentenceIndex: number): Entity | null {
  for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - 6); i--) {
    const found = mentionsIn(ctx, ctx.sentences[i]!).findLast(
      (m) => m.entity.kind === 'private' && !isBrokerName(m.entity.name),
    );
    if (found) return found.entity;
  }
  return null;
}

/** A short line without closing punctuation: a heading. */
const HEADING_LINE = /^[^.!?]{1,60}$/;

/** Like impliedSubject, without falling back to the story's company. */
export function recentSubject(ctx: ArticleContext, sentenceIndex: number): Entity | null {
  const saved = ctx.primary;
  try {
    ctx.primary = null;
    return impliedSubject(ctx, sentenceIndex);
  } finally {
    ctx.primary = saved;
  }
}

/** "San Francisco-based ", the only words a sentence may open with before the private firm it is about. */
const PLACE_BASED = /^(?:[A-Z][\w.'’]*\s+){0,2}[A-Z][\w.'’]*-based\s+$/;
/** A share of what a firm has, before its possessive: "Part of", "Most of", "Half of". */
const SHARE_OF =
  /^(?:Part|Much|Most|Some|All|Half|Nearly all|About half|A third|A quarter|Two-thirds) of\s+$/;
/** "For Jantar, a Warsaw buyout firm, the sale closes…": the sentence is framed as that firm's story. */
const FRAMED_FOR = /^For\s+$/;

const NO_COMMENT =
  /\b(?:(?:did not|didn['’]t|could not|couldn['’]t)\s+(?:immediately\s+)?(?:respond|reply|return)\b[^.]{0,40}\b(?:comment|requests?|calls?|emails?|messages?|inquir(?:y|ies))|declined to comment|could not be reached|(?:was|were) not (?:immediately )?available for comment)\b/i;

/**
 * "For Rookery Bay, a Charleston-based investment firm, the sale caps… The firm assembled…": a sentence
 * that opens with "the firm" points back to the company the sentence before described as a firm.
 */
function describedBefore(ctx: ArticleContext, sentenceIndex: number, text: string): Entity | null {
  const noun = OPENS_WITH_NOUN.exec(text)?.[1]?.toLowerCase();
  if (!noun) return null;
  const described = DESCRIBED_AS.get(noun)!;
  for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - 2); i--) {
    const s = ctx.sentences[i]!;
    if (!s.text.toLowerCase().includes(noun)) continue;
    const hit = mentionsIn(ctx, s).find((m) => described.test(s.text.slice(m.relEnd)));
    if (hit) return hit.entity;
  }
  return null;
}
const DESCRIBED_NOUNS = [
  'firm',
  'company',
  'group',
  'fund',
  'investor',
  'lender',
  'bank',
  'insurer',
  'retailer',
  'startup',
  'operator',
  'developer',
  'manager',
] as const;
const OPENS_WITH_NOUN = new RegExp(
  String.raw`^\s*the\s+(?:[\w-]+\s+){0,2}?(${DESCRIBED_NOUNS.join('|')})\b(?!['’])`,
  'i',
);
/** ", a Charleston-based private investment firm,": the description right after a name, per noun. */
const DESCRIBED_AS = new Map<string, RegExp>(
  DESCRIBED_NOUNS.map((noun) => [
    noun,
    new RegExp(
      String.raw`^(?:\s*\([^)]*\))?,\s+(?:a|an|the)\s+[^,;]{0,60}?\b${noun}\b[^,;]{0,30}(?:,|$)`,
      'i',
    ),
  ]),
);

/**
 * `pronoun`: the reference is a bare "it"/"they", which may point to a private firm that opens the
 * previous sentence; a description ("the software company") points to the story's listed company.
 */
export function impliedSubject(ctx: ArticleContext, sentenceIndex: number, pronoun = false): Entity | null {
  // "The startup had raised $230 million. Its largest round…": a startup is never the listed buyer
  // the story is about, but the private firm named last.
  const here = ctx.sentences[sentenceIndex];
  if (here && PRIVATE_REFERENCE.test(here.text)) return recentPrivateFirm(ctx, sentenceIndex) ?? ctx.primary;
  const described = here ? describedBefore(ctx, sentenceIndex, here.text) : null;
  if (described) return described;
  // Walk back to the nearest sentence that opens with a company name; sentences that open with
  // "The company" or "Shares" point further back; any other opening leaves the story's subject.
  for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - 3); i--) {
    const s = ctx.sentences[i]!;
    // "Nordhollow did not respond to a request for comment.": a reporter's aside, not a change of subject.
    if (NO_COMMENT.test(s.text)) continue;
    if (PRIVATE_REFERENCE.test(s.text)) {
      const firm = recentPrivateFirm(ctx, i);
      if (firm) return firm;
    }
    // A broker's note is about the stock it rates, not the broker's own: "Evercore downgraded Chipotle
    // (CMG) … Shares fell 3%" are Chipotle's. A note naming only the broker is looked past.
    if (/\b(price target|upgrad|downgrad|reiterat|initiat\w* coverage)\w*/i.test(s.text)) {
      const rated = mentionsIn(ctx, s).find((m) => !isBrokerName(m.entity.name) && !isBrokerName(m.text));
      if (rated && rated.entity.kind === 'listed') return rated.entity;
      continue;
    }
    const first = mentionsIn(ctx, s)[0];
    const head = s.text.slice(0, first ? first.rel : 0);
    // A private firm counts only when the sentence opens with its name ("Crowhurst has pushed…").
    const listedOrMain =
      first &&
      (first.entity.kind === 'listed' ||
        first.entity === ctx.primary ||
        (pronoun &&
          (first.rel === 0 ||
            PLACE_BASED.test(head) ||
            (FRAMED_FOR.test(head) && s.text.charAt(first.relEnd) === ',') ||
            // "Part of Evrotas' output is sold forward. The company signed…": the firm whose output it is.
            (SHARE_OF.test(head) && /^['’]s?\s/.test(s.text.slice(first.relEnd)))) &&
          // A one-word name counts when the headline or the lead names it too: a firm, not a word.
          (first.entity.name.includes(' ') || ctx.leadKeys.has(first.entity.key))));
    // "Founded in Leeds in 2004, Carrowmere sells…": an opening phrase set off by a comma keeps the subject.
    if (
      first &&
      listedOrMain &&
      (head.length <= 25 ||
        /^(?:(?:shares|stock) of |the |rival )$/i.test(head) ||
        /^[A-Z][^,;]{0,45},\s+$/.test(head))
    )
      return first.entity;
    // A sentence of the same paragraph that names no company ("Analysts expect earnings of $1.12 a
    // share.") keeps the subject of the one before it; a quotation is another voice, and a heading line
    // ("TUESDAY") or a new paragraph starts a new section.
    if (
      !first &&
      !HEADING_LINE.test(s.text) &&
      !/["“”]/.test(s.text) &&
      !ctx.text.slice(s.end, ctx.sentences[sentenceIndex]!.start).includes('\n')
    )
      continue;
    if (!BACK_REFERENCE.test(s.text)) break;
  }
  return ctx.primary;
}
