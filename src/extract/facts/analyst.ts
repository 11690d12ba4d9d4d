/**
 * Analyst actions: a named firm's rating or price-target action on a named company.
 * "Citi upgraded LUMN to Buy (PT $7.50)", "Deutsche Bank cut its price target on Vantero to €52 from €58,
 * keeping a Hold rating, while Berenberg reiterated its Buy recommendation".
 */
import { cellsOf, isSeparatorRow, linesOf, type Piece } from '../tables.js';
import type { AnalystActionFact } from '../../domain/facts.js';
import type { Entity } from '../companies/mentions.js';
import { BACK_REFERENCE, evidenceOf, mentionsBetween, mentionsIn, type ArticleContext } from '../context.js';
import { findMoney } from '../money.js';
import { brokerHits, isBrokerName, isRatingAgency } from './brokers.js';

type Action = AnalystActionFact['action'];

const RATING = String.raw`(Strong Buy|Strong Sell|Speculative Buy|Buy|Sell|Hold|Neutral|Outperform|Underperform|Overweight|Underweight|Equal[- ]?[Ww]eight|Market [Pp]erform|Sector [Pp]erform|Peer [Pp]erform|Perform|Sector [Ww]eight|Sector [Oo]utperform|Sector [Uu]nderperform|Market [Oo]utperform|Market [Uu]nderperform|Accumulate|Reduce|In[- ][Ll]ine|Positive|Negative|Add|Conviction Buy)`;
const TO_RATING = new RegExp(String.raw`\b(?:to|at|with)\s+(?:an?\s+)?["“'‘]?${RATING}["”'’]?(?!\w)`);
const FROM_RATING = new RegExp(String.raw`\bfrom\s+(?:an?\s+)?["“'‘]?${RATING}["”'’]?(?!\w)`);
const RATING_NOUN = new RegExp(String.raw`["“'‘]?${RATING}["”'’]?\s+(?:rating|recommendation|call|stance)`);
/** "Equal-weight ➜ Underweight", "Hold -> Buy": the arrow reads "from … to …". */
const ARROW = String.raw`\s*(?:➜|→|⟶|->|=>|➔|▶)\s*`;
const ARROW_RATING = new RegExp(String.raw`${RATING}${ARROW}${RATING}(?!\w)`);
// Built once here rather than on every call (none is global, so sharing them keeps no state).
const UPGRADED_TO_RATING = new RegExp(
  String.raw`^(?:upgraded|downgraded)\s+(?:to|at)\s+(?:an?\s+)?["“'‘]?${RATING}`,
  'i',
);
/** "stays Overweight", "keeps Buy": the bare rating right after the verb. */
const BARE_RATING = new RegExp(
  String.raw`^[\s:—–-]*(?:[a-z]\S*\s+)?(?:(?:its|the|a|an|at|on|with)\s+)?["“'‘]?${RATING}(?!\w)`,
);
const KEPT_RATING = new RegExp(
  String.raw`\b(?:keeps?|kept|keeping|stays?|stayed|remains?|reiterat\w*|maintain\w*)\s+(?:its\s+|an?\s+)?["“'‘]?${RATING}(?!\w)`,
  'i',
);
/** "now rates Tesla Equal Weight": the rating named after the company the firm rates. */
const RATES_RATING = new RegExp(
  String.raw`\brates?\s+(?:[\w&.'’():-]+\s+){1,6}?(?:an?\s+)?["“'‘]?${RATING}(?!\w)`,
);
/** "…to $42 from $50; it rates the stock equal-weight": the firm's rating told in a clause of its own. */
const OWN_CLAUSE_RATING = new RegExp(
  String.raw`^\s*(?:;|,?\s+and)\s+(?:it|he|she|they|the\s+(?:firm|broker(?:age)?|bank|analysts?))\s+(?:still\s+|now\s+|also\s+|continues\s+to\s+)?(?:rates?|keeps?|kept|maintains?|maintained|has)\s+(?:the\s+(?:stock|shares)|it)\s+(?:at\s+)?(?:an?\s+)?["“'‘]?${RATING}(?!\w)`,
);
const TARGET_MOVED = String.raw`(?:raised|lifted|boosted|increased|hiked|upped|cut|lowered|trimmed|reduced|slashed)`;
/**
 * A target moved, told from the company's side: "price target was raised", "price target lifted to $48 by
 * Y", "had its target cut to 95,000 won at Y".
 */
const TARGET_PASSIVE = new RegExp(
  String.raw`\b(?:price\s+)?(?:target|objective)\s+(?:(?:was|were|has been|had been)\s+${TARGET_MOVED}|${TARGET_MOVED}(?:\s+(?:to|from)\s+\S+){0,2}\s+by)\b|\bhad\s+(?:its|their)\s+(?:price\s+)?(?:target|objective)\s+${TARGET_MOVED}\b`,
  'i',
);
const RATING_MOVED_PASSIVE = new RegExp(
  String.raw`\b(?:was|were|been|got)\s+(?:cut|lowered|raised|lifted|moved|bumped|taken)\s+(?:up\s+|down\s+)?to\s+(?:an?\s+)?["“'‘]?${RATING}(?!\w)`,
);
/** Nothing but an arrow between two prices: "$150 → $180". */
const ARROW_ONLY = new RegExp(String.raw`^${ARROW}$`);
const WAS_RATING = new RegExp(String.raw`\bwas\s+${RATING}`);
const FROM_TO_RATING = new RegExp(
  String.raw`\bfrom\s+(?:an?\s+)?["“'‘]?${RATING}["”'’]?(?:\s+rating)?\s+to\s+(?:an?\s+)?["“'‘]?${RATING}(?!\w)`,
);
const CUE =
  /\b(upgrad(?:ed|es|e|ing)|downgrad(?:ed|es|e|ing)|initiat(?:ed|es|e|ing)|(?:started|starts|began|begins|launched|launches|resumed|resumes|assumed|assumes|picked up|opened|opens|reinstated|reinstates|kicked off|kicks off)\s+(?:research\s+)?coverage|(?:starting|started|starts|opened|opens|opening|began|begins)\s+(?:at|with)|(?:started|starts|began|begins)(?=\s+(?:[\w&.'’():-]+\s+){1,6}?(?:at|with)\s+(?:an?\s+)?(?:Strong Buy|Buy|Sell|Hold|Neutral|Outperform|Underperform|Overweight|Underweight|Equal[- ]?[Ww]eight|Market Perform|Sector Perform|Peer Perform|In[- ]Line|Positive|Negative|Accumulate|Reduce)\b)|held on to|holds on to|sticks? with|stuck with|reiterat(?:ed|es|e|ing)|reissu(?:ed|es|e|ing)|reaffirm(?:ed|s)?|maintain(?:ed|s|ing)?|retain(?:ed|s|ing)?|affirm(?:ed|s)?|kept|keeps|keeping|stays|stayed|remains|rais(?:ed|es|e|ing)|lift(?:ed|s|ing)?|boost(?:ed|s|ing)?|increas(?:ed|es)|hik(?:ed|es|ing|e)|bump(?:ed|s|ing)?|upp(?:ed)|ups|nudg(?:ed|es)|cut(?:s|ting)?|lower(?:ed|s|ing)|reduc(?:ed|es)|trim(?:med|s|ming)|slash(?:ed|es|ing)|par(?:ed|es|ing)|moved|moves|moving|goes|went|shift(?:ed|s)|switch(?:ed|es)|took|takes|set|sets|rates?|rated|(?:now\s+)?(?:sees|values|pegs))\b/i;
const RATING_WORD = new RegExp(String.raw`\b${RATING}\b`);
/**
 * "BMO now sees Lululemon reaching $95", "Mizuho now values Intel at $28 a share": a broker's target told by
 * the value it puts on the stock. Only a research firm's words count (see VALUES_STOCK below).
 */
// The word first, then the look back: a look-behind tried at every position of every sentence is slow.
const VALUES_STOCK = String.raw`(?:reaching|hitting|at|worth)(?<=\b(?:sees|values|pegs)\s+(?:\S+\s+){1,6}?(?:reaching|hitting|at|worth))(?=\s+(?:US|C|A)?[$€£¥])`;
const VALUES_STOCK_RE = new RegExp(VALUES_STOCK, 'i');
const TARGET = new RegExp(
  String.raw`\b(?:price target|target price|price objective|PT|target|${VALUES_STOCK})\b`,
  'i',
);
/** Where an action's own words end and its reasons begin: a company named after this is not its subject. */
const REASONS =
  /,?\s+(?:saying|citing|arguing|noting|adding|calling|describing|pointing to|highlighting|flagging|warning|because|as it|on (?:concerns?|worries|hopes)|amid|which|who|given)\b/i;
/** Priority of actions stated together by one firm on one company: the strongest is the one kept. */
const PRIORITY: Record<Action, number> = {
  upgrade: 5,
  downgrade: 5,
  initiate: 4,
  target_raise: 3,
  target_cut: 3,
  reiterate: 2,
  other: 1,
};

interface Firm {
  name: string;
  rel: number;
  relEnd: number;
  entity: Entity | null;
  broker: boolean;
}

/**
 * "from a \"hold\" rating to a \"strong-buy\" rating", "to 'buy' from 'hold'": ratings written in lower
 * case inside quotes (as ratings aggregators write them) in the rating table's own spelling, the text's
 * length kept.
 */
function titleCaseQuotedRatings(text: string): string {
  if (!/["“'‘]/.test(text)) return text;
  return text.replace(QUOTED_RATING, (_all, open: string, word: string, close: string) => {
    const titled = word.replace(
      /(^|[\s-])([a-z])/g,
      (_m, sep: string, c: string) => `${sep === '-' ? ' ' : sep}${c.toUpperCase()}`,
    );
    return `${open}${titled}${close}`;
  });
}
/**
 * "upgraded to buy from hold", "a hold rating": ratings in lower case where only a rating can stand, in
 * the rating table's spelling, the text's length kept. A bare "buy" elsewhere is a verb.
 */
function titleCaseSlotRatings(text: string): string {
  if (!LOWER_RATING_WORD.test(text)) return text;
  // "market-perform" reads as the table's "Market Perform"; "equal-weight" keeps its hyphen (the table takes both).
  const title = (w: string): string =>
    w.replace(
      /(^|[\s-])([a-z])/g,
      (_m, sep: string, c: string) => (sep === '-' && !/^equal/i.test(w) ? ' ' : sep) + c.toUpperCase(),
    );
  return text
    .replace(RATING_AFTER_MOVE, (_all, head: string, word: string) => head + title(word))
    .replace(
      RATING_BEFORE_NOUN,
      (_all, head: string, word: string, tail: string) => head + title(word) + tail,
    )
    .replace(RATING_PAIRED, (_all, head: string, _told: string, word: string) => head + title(word))
    .replace(RATES_AS, (_all, head: string, word: string) => head + title(word))
    .replace(ADD_RATING, (_all, head: string, word: string) => head + title(word));
}
/** A sentence without a rating word in lower case needs none of the replaces below (run on every sentence). */
const LOWER_RATING_WORD =
  /\b(?:buy|sell|hold|neutral|outperform|underperform|overweight|underweight|equal-weight|equal weight|perform|weight|accumulate|reduce|add)\b/;
// Two-word ratings are written with a hyphen as often as a space ("market-perform", "sector-weight").
const LOWER_RATINGS = String.raw`strong[- ]buy|strong[- ]sell|speculative[- ]buy|buy|sell|hold|neutral|outperform|underperform|overweight|underweight|equal-weight|equal weight|market[- ]perform|sector[- ]perform|peer[- ]perform|sector[- ]weight|market[- ]weight|sector[- ]outperform|market[- ]outperform|accumulate|reduce`;
// "started Intel at underperform", "lifted its rating on X to overweight": a rating where only one can stand.
const RATING_AFTER_MOVE = new RegExp(
  String.raw`(\b(?:upgrad|downgrad|rais|lift|boost|cut|lower|mov|start|began|initiat|assum|resum|reinstat|slash|trim|pare|paring|bump|shift|switch)\w*\s+(?:[\w&.'’():-]+,?\s+){0,6}?(?:to|from|at)\s+(?:an?\s+)?|\b(?:start|began|begin|initiat|assum|resum|reinstat|launch)\w*\s+(?:[\w&.'’():-]+\s+){0,6}?with\s+(?:an?\s+)?)(${LOWER_RATINGS})\b(?!-)`,
  'g',
);
/** "upgraded Tesco to add from hold": the UK brokers' "add", only where an upgrade or downgrade puts it. */
const ADD_RATING = /(\b(?:upgrad|downgrad)\w*\s+(?:[\w&.'’():-]+\s+){0,4}?(?:to|from)\s+)(add)\b/g;
/** "to Buy from hold": the other side of a rating already read. */
const RATING_PAIRED = new RegExp(
  String.raw`(${RATING}\s+(?:from|to)\s+(?:an?\s+)?)(${LOWER_RATINGS})\b`,
  'g',
);
/**
 * "now rates Tesla equal weight, up from underweight", "but stayed at buy", "reiterated a buy on Tesla":
 * the rating a firm gives, and the one it left.
 */
const RATES_AS = new RegExp(
  String.raw`(\b(?:rates?|rated)\s+(?:[\w&.'’():-]+\s+){1,6}?(?:an?\s+)?|\b(?:up|down)\s+from\s+(?:an?\s+)?|\b(?:reiterat|reaffirm|maintain|affirm)\w*\s+(?:an?|its|their|his|her)\s+(?=(?:${LOWER_RATINGS})(?:\s+(?:on|for)\s+[A-Z]|\s*(?:[.,;]|$)))|\b(?:stay(?:s|ed)?|remain(?:s|ed)?|(?:kept|keeps|keeping)\s+(?:it|the\s+stock|the\s+shares))\s+at\s+)(${LOWER_RATINGS})\b`,
  'g',
);
const RATING_BEFORE_NOUN = new RegExp(
  String.raw`(\b(?:an?|its|the|his|her|their|our)\s+)(${LOWER_RATINGS})(\s+(?:rating|recommendation|call|stance|view))\b`,
  'g',
);
const QUOTED_RATING = new RegExp(
  String.raw`(["“]|(?<![\w])['‘])(${RATING.slice(1, -1).replaceAll(' ', String.raw`[\s-]`)})(["”]|['’](?![\w]))`,
  'gi',
);

export function extractAnalystActions(ctx: ArticleContext): AnalystActionFact[] {
  const listed = listedActions(ctx);
  const out: AnalystActionFact[] = [];
  // The company the last action was about: "Mizuho cut its target…" in the next paragraph means the same one.
  let lastSubject: Entity | null = null;
  let lastActionSentence = -1;
  ctx.sentences.forEach((told, si) => {
    const s = { ...told, text: titleCaseSlotRatings(titleCaseQuotedRatings(told.text)) };
    // Table rows and broker lines are read by their columns (listedActions), never as prose.
    if (s.text.includes('|') && (s.text.match(/\|/g)?.length ?? 0) >= 2) return;
    if (listed.lines.some((l) => l.start < s.end && s.start < l.end)) return;
    if (
      !CUE.test(s.text) ||
      !(TARGET.test(s.text) || RATING_WORD.test(s.text) || /coverage|upgrad|downgrad/i.test(s.text))
    )
      return;
    const ms = mentionsIn(ctx, s);
    const firms = firmsIn(s.text, ms);
    const found: AnalystActionFact[] = [];
    let carryTarget: Entity | null = null;
    let carryFirm: Firm | null = null;
    // Clauses: "X cut ..., while Y reiterated ..." holds two actions.
    for (const c of splitClauses(s.text)) {
      // A verb inside a quotation ("\"It got cut in half,\" said…") is someone's words, not the action.
      const cue = CUE.exec(c.text.replace(QUOTATION, (q) => ' '.repeat(q.length)));
      if (!cue) continue;
      // "…fell 3.1% after the CLSA downgrade": a noun pointing back at an action told elsewhere.
      if (
        /^(?:upgrade|downgrade)$/i.test(cue[0]) &&
        /\b(?:after|following|on|since|despite)\s+(?:the|a|its|this|that)\s+(?:[\w&.'’-]+\s+){0,3}$/i.test(
          c.text.slice(0, cue.index),
        )
      )
        continue;
      const cueAt = c.start + cue.index;
      const inClause = ms.filter((m) => m.rel >= c.start && m.relEnd <= c.end);
      const firmsBefore = firms.filter((f) => f.rel >= c.start && f.relEnd <= cueAt);
      // The acting firm: the research firm nearest before the verb, else (firms the list does not
      // know) the last company named before it.
      let firm: Firm | null =
        [...firmsBefore].reverse().find((f) => f.broker && (f.entity || cueAt - f.relEnd <= 60)) ??
        [...firmsBefore].reverse().find(
          (f) =>
            f.entity &&
            // "the IPO of Halcyon … started coverage": a company named inside a phrase does not act.
            !/\b(?:of|on|for|in|at|with|about|to|from|by|that|than)\s+(?:[\w-]+\s+){0,2}$/i.test(
              s.text.slice(c.start, firmsBefore.find((g) => g.entity === f.entity)!.rel),
            ),
        ) ??
        null;
      const head = s.text.slice(c.start, cueAt);
      // "…, in which it trimmed", "The firm, which raised…", "The broker also cut…": the firm named before.
      if (!firm && /^\s*(?:it|which|who|and|also|(?:it|which|who|and) also)\s*$/i.test(head))
        firm = carryFirm;
      // "a vote of confidence from UBS, which upgraded the shares": the research firm the relative follows.
      const relative = !firm && /^\s*(?:which|who)\s/i.test(head);
      if (relative)
        firm =
          firms.find(
            (f) =>
              // A firm no list knows counts when the confidence came "from" it.
              (f.broker || /\b(?:from|at|by)\s+$/i.test(s.text.slice(Math.max(0, f.rel - 6), f.rel))) &&
              f.relEnd <= c.start &&
              /^\s*,?\s*$/.test(s.text.slice(f.relEnd, c.start)),
          ) ?? null;
      // "…, an analyst at Leerink Partners, who cut his price target": the analyst's firm.
      if (!firm && /,\s*who\s+(?:also\s+)?$/i.test(head))
        firm =
          [...firms]
            .reverse()
            .find(
              (f) =>
                /^,\s*who\s+(?:also\s+)?$/i.test(s.text.slice(f.relEnd, cueAt)) &&
                /\banalysts?\s+(?:at|with|from)\s+$/i.test(s.text.slice(Math.max(0, f.rel - 20), f.rel)),
            ) ?? null;
      // "The Hamburg bank downgraded…", "the Swiss broker cut…": a research firm told just before.
      const backRef =
        /^\s*(?:the|that)\s+(?!(?:central|world|development|reserve|national)\b)(?:[\w-]+\s+){0,2}?(?:firm|broker(?:age)?|bank|investment bank)\b/i;
      if (
        !firm &&
        (backRef.test(head) ||
          (/^\s*(?:which|who)\b/i.test(head) && backRef.test(s.text.slice(0, c.start)) && c.start < 40))
      )
        firm = carryFirm ?? recentBroker(ctx, si);
      // Passive: "Lumen was upgraded to Buy at Citi" / "by Citi".
      // Headline style drops the auxiliary: "Robinhood upgraded to Outperform at Mizuho".
      // Headline style without a firm: "Chipotle downgraded on traffic", "Snowflake initiated at Buy": a
      // company that is no research firm, right before a past participle with no company after it.
      const bareHeadline =
        !!firm &&
        !firm.broker &&
        cueAt - firm.relEnd <= 2 &&
        /^(?:upgraded|downgraded|initiated|reiterated|cut|raised)\b/i.test(c.text.slice(cue.index)) &&
        !inClause.some(
          (m) => m.rel > cueAt && m.entity !== firm!.entity && !/,/.test(s.text.slice(cueAt, m.rel)),
        );
      // "X's price target was raised to $75 at Truist", "X had its price target lifted by analysts at Y".
      const targetPassive = TARGET_PASSIVE.exec(c.text);
      const passive =
        bareHeadline ||
        /\b(was|were|been|got)\s+(upgraded|downgraded|initiated|reiterated)/i.test(c.text) ||
        // "Intel was cut to Sell at Goldman Sachs": a rating moved, told from the company's side.
        RATING_MOVED_PASSIVE.test(c.text) ||
        // "X got a rare upgrade from Bernstein", "earned an upgrade to Buy at HSBC".
        // "X got a price-target bump at BMO": a target move told the same way.
        /\b(?:got|gets|earned|earns|received|receives|won|drew|draws)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:upgrade|downgrade|(?:price[- ])?target\s+(?:bump|boost|hike|increase|raise|cut|trim|reduction))\b/i.test(
          c.text,
        ) ||
        !!targetPassive ||
        (UPGRADED_TO_RATING.test(c.text.slice(cue.index)) &&
          firms.some(
            (f) => f.rel > cueAt && /\b(?:at|by)\s+$/i.test(s.text.slice(Math.max(0, f.rel - 6), f.rel)),
          ));
      let subject: Entity | null = null;
      if (passive) {
        const by = firms.find(
          (f) =>
            f.rel > cueAt &&
            f.relEnd <= c.end &&
            /\b(at|by|from)\s+$/i.test(s.text.slice(Math.max(0, f.rel - 6), f.rel)),
        );
        // "X was downgraded by two brokers, with Piper Sandler moving to neutral": the firm named after "with".
        const withFirm = by
          ? undefined
          : firms.find(
              (f) =>
                f.rel > cueAt &&
                f.relEnd <= c.end &&
                /\bwith\s+$/i.test(s.text.slice(Math.max(0, f.rel - 6), f.rel)) &&
                /^\s*(?:\([^()]*\)\s*)?(?:moving|cutting|lowering|going|switching|shifting|raising|lifting|upgrading|downgrading)\b/i.test(
                  s.text.slice(f.relEnd),
                ),
            );
        subject = firm?.entity ?? inClause.find((m) => m.relEnd <= cueAt)?.entity ?? null;
        // "Nvidia reports Wednesday. The stock was upgraded to Buy at HSBC": the company told before.
        if (!subject && by && BACK_REFERENCE.test(s.text.slice(c.start).trimStart()))
          subject = paragraphSubject(ctx, si, lastActionSentence, lastSubject) ?? lastSubject ?? ctx.primary;
        firm = by ?? withFirm ?? null;
      } else {
        if (!firm) continue;
        // The company acted on: named after the verb (before the reasons), else earlier in this
        // clause ("Novo slipped after Berenberg cut its target"), else the one the sentence or the
        // paragraph is about.
        const reasons = REASONS.exec(s.text.slice(cueAt, c.end));
        const subjEnd = reasons ? cueAt + reasons.index : c.end;
        const notFirm = (m: (typeof ms)[number]): boolean =>
          m.entity !== firm!.entity &&
          !isBrokerName(m.entity.name) &&
          !isBrokerName(m.text) &&
          !firms.some((f) => f.broker && f.rel <= m.rel && m.relEnd <= f.relEnd);
        const after = inClause.find((m) => m.rel >= cueAt && m.relEnd <= subjEnd && notFirm(m));
        const before = inClause.filter((m) => m.relEnd <= firm!.rel && notFirm(m)).at(-1);
        // "Chewy shares rose 3.8%, and Wedbush upgraded the stock": the stock the sentence just named.
        const stockNamed = /^\w*\s+(?:the|its)\s+(?:stock|shares)\b/i.test(s.text.slice(cueAt))
          ? ms.filter((m) => m.relEnd <= firm!.rel && notFirm(m)).at(-1)
          : undefined;
        // "Analysts at HSBC turned bullish on Corvane, upgrading the stock": named between firm and verb.
        const between = inClause.find((m) => m.rel >= firm!.relEnd && m.relEnd <= cueAt && notFirm(m));
        // "Halvorsen got a vote of confidence from Tamsin, which lifted its target": the company before.
        const confided = relative ? ms.filter((m) => m.relEnd <= firm!.rel && notFirm(m)).at(-1) : undefined;
        subject =
          after?.entity ??
          between?.entity ??
          confided?.entity ??
          carryTarget ??
          before?.entity ??
          stockNamed?.entity ??
          paragraphSubject(ctx, si, lastActionSentence, lastSubject) ??
          lastSubject ??
          ctx.primary;
      }
      if (!firm || !subject) continue;
      if (firm.entity === subject || firm.name === subject.name || isBrokerName(subject.name)) continue;
      // The action's words: from the firm on ("Stifel: Hold, PT cut to $135"), else from the verb, or
      // from the target a noun moves ("got a price-target bump at BMO, to $95").
      const targetNoun = TARGET_BEFORE_NOUN.exec(s.text.slice(c.start, cueAt));
      const lower = s.text.slice(
        targetPassive
          ? c.start + targetPassive.index
          : !passive && firm.relEnd <= cueAt && firm.rel >= c.start
            ? firm.relEnd
            : targetNoun
              ? c.start + targetNoun.index
              : cueAt,
        c.end,
      );
      const hasRatingOrTarget =
        TARGET.test(c.text) || RATING_WORD.test(lower) || /coverage|upgrad|downgrad/i.test(lower);
      if (!hasRatingOrTarget) continue;
      // Credit rating agencies grade bonds; the consensus is no firm's call.
      if (
        (isRatingAgency(firm.name) || (!!firm.entity && isRatingAgency(firm.entity.name))) &&
        !/price target|\b(?:Buy|Sell|Hold|Overweight|Underweight)\b/.test(c.text)
      )
        continue;
      if (/\b(?:consensus|average|mean|median)\s+(?:\w+\s+){0,2}(?:rating|target|price target)\b/i.test(head))
        continue;
      const { target, priorTarget } = targetsOf(lower);
      const ratings = ratingsOf(lower, c.text);
      if (!ratings.rating) ratings.rating = OWN_CLAUSE_RATING.exec(s.text.slice(c.end))?.[1] ?? null;
      const action = actionOfClause(lower, ratings, target, priorTarget);
      if (!action) continue;
      // A company that is not a research firm "raising its target" is usually its own goal: it counts
      // only with a rating or a per-share target.
      // "a Nike Downgrade", "the Air Force awarded Boeing a contract to upgrade…": without a rating or a
      // target, only a known broker's upgrade or a start of coverage counts.
      if (!firm.broker && !ratings.rating && target === null && !/coverage|initiat/i.test(lower)) continue;
      // "Apple now sees revenue reaching $95 billion" is guidance: a value put on a stock is a broker's.
      if (!firm.broker && VALUES_STOCK_RE.test(lower)) continue;
      found.push({
        firm: firm.name,
        analyst: analystName(s.text.slice(firm.rel, c.end)) ?? analystName(c.text),
        ticker: subject.ticker,
        company: subject.name,
        action,
        rating: ratings.rating ? titleCase(ratings.rating) : null,
        priorRating: ratings.prior ? titleCase(ratings.prior) : null,
        priceTarget: target,
        priorPriceTarget: priorTarget,
        evidence: evidenceOf(told),
      });
      carryTarget = subject;
      carryFirm = firm;
      lastSubject = subject;
      lastActionSentence = si;
    }
    out.push(...mergeSentence(found));
  });
  out.push(...listed.actions);
  return dedupe(out, ctx);
}

/** Text inside quotation marks: a speaker's words, blanked before a clause is searched for its cue. */
const QUOTATION = /["“][^"”\n]{0,400}["”]/g;

/**
 * "Nedbank CIB raised its price target for Sasol", "Tejgaon Capital, a Dhaka-based brokerage, raised its
 * target price", "Haliç Menkul Değerler started coverage of the stock": a name the lists do not know,
 * acting as only a research firm acts (moving its own price target, rating a stock, starting coverage).
 */
/** A name no list knows: up to four capitalised words ("Bernhardt & Co"). */
const RATER_NAME = String.raw`((?:(?:[A-Z\u00C0-\u00DE\u0100-\u017F][\w\u00C0-\u024F&.'’-]*|&)\s+){0,3}[A-Z\u00C0-\u00DE\u0100-\u017F][\w\u00C0-\u024F&.'’-]*)`;
/** What a research firm does to a stock, right after its name. */
const RATER_VERB = String.raw`\s+(?:also\s+)?(?:(?:raised|lifted|boosted|increased|cut|lowered|trimmed|reduced|slashed)\s+(?:its|their)\s+(?:(?:price\s+)?target|target\s+price)|(?:upgraded|downgraded)\s+(?=[A-Z\u00C0-\u00DE\u0100-\u017F])|(?:started|initiated|began|launched|resumed|initiates|starts)\s+coverage\s+(?:of|on)\b)`;
/**
 * A firm no list knows, acting on a stock: "Bernhardt Securities raised its target…" at the start of a
 * sentence or clause, and "Analysts at Bernhardt & Co raised their price target…" anywhere.
 */
const UNKNOWN_RATER = new RegExp(
  String.raw`(?:(?:^|[.;]\s+|,\s+(?:while|and|but|whereas)\s+)(?!(?:The|It|Its|They|Their|Analysts?|Shares|Investors|He|She|We|Wall)\b)${RATER_NAME}(?:,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:brokerage|broker|research firm|investment bank|securities firm|bank|house),)?|\b(?:[Aa]nalysts?|[Ss]trategists?)\s+(?:at|with|from)\s+${RATER_NAME})${RATER_VERB}`,
  'g',
);

const RATER_WORD = /target|grade|coverage/;

/** Research firms and other companies in a sentence that could act: directory mentions and listed brokers. */
function firmsIn(text: string, ms: ReturnType<typeof mentionsIn>): Firm[] {
  const out: Firm[] = ms.map((m) => {
    const broker = isBrokerName(m.text) || isBrokerName(m.entity.name);
    // The arm as written ("KeyBanc Capital Markets", "BofA") unless it is a bare ticker.
    const name = broker && isBrokerName(m.text) && !/^[A-Z]{1,5}$/.test(m.text) ? m.text : m.entity.name;
    return { name, rel: m.rel, relEnd: m.relEnd, entity: m.entity, broker };
  });
  for (const h of brokerHits(text)) {
    const over = out.find((f) => f.rel < h.end && h.start < f.relEnd);
    if (over) {
      // The list knows the whole name where the directory caught a part ("Keefe" of "Keefe, Bruyette & Woods").
      if (!over.broker || h.end - h.start > over.relEnd - over.rel) {
        over.broker = true;
        if (h.end - h.start > over.relEnd - over.rel) {
          over.name = h.name;
          over.rel = h.start;
          over.relEnd = h.end;
        }
      }
      continue;
    }
    out.push({ name: h.name, rel: h.start, relEnd: h.end, entity: null, broker: true });
  }
  // Every form the pattern reads spells one of these words: most sentences skip it.
  if (RATER_WORD.test(text))
    for (const m of text.matchAll(UNKNOWN_RATER)) {
      const name = m[1] ?? m[2]!;
      const start = m.index + m[0].indexOf(name);
      const end = start + name.length;
      // A company the directory caught acts as a research firm when its analysts act ("Analysts at Bernhardt
      // Securities raised…").
      const over = out.find((f) => f.rel < end && start < f.relEnd);
      if (over) over.broker ||= !!m[2];
      else out.push({ name, rel: start, relEnd: end, entity: null, broker: true });
    }
  return out.sort((a, b) => a.rel - b.rel);
}

/** "The firm" of a sentence: the research firm that opens the nearest earlier sentence naming one. */
function recentBroker(ctx: ArticleContext, si: number): Firm | null {
  for (let i = si - 1; i >= Math.max(0, si - 3); i--) {
    const s = ctx.sentences[i]!;
    const f = firmsIn(s.text, mentionsIn(ctx, s)).find((x) => x.broker);
    if (f) return f;
  }
  return null;
}

/**
 * The company a sentence without one of its own is about: the first company named in an earlier
 * sentence of the same paragraph ("Amgen reports Thursday. … and Piper Sandler lifted its target"),
 * unless an earlier action in the paragraph already set it.
 */
function paragraphSubject(
  ctx: ArticleContext,
  si: number,
  lastActionSentence: number,
  lastSubject: Entity | null,
): Entity | null {
  for (let i = si - 1; i >= Math.max(0, si - 4); i--) {
    const s = ctx.sentences[i]!;
    const next = ctx.sentences[i + 1]!;
    if (/\n\s*\n/.test(ctx.text.slice(s.end, next.start))) return null;
    if (i === lastActionSentence) return lastSubject;
    // "Analyst X wrote that Ferrovia "closes the gap"": a quoted view names what it is about, not the stock.
    if (/["“”]/.test(s.text)) continue;
    const m = mentionsIn(ctx, s).find((x) => !isBrokerName(x.entity.name) && !isBrokerName(x.text));
    if (m) return m.entity;
  }
  return null;
}

/** One firm's actions on one company in one sentence are one action: the strongest, with every detail. */
function mergeSentence(list: AnalystActionFact[]): AnalystActionFact[] {
  const out: AnalystActionFact[] = [];
  for (const a of list) {
    const same = out.find((o) => o.firm === a.firm && (o.ticker ?? o.company) === (a.ticker ?? a.company));
    if (!same) {
      out.push({ ...a });
      continue;
    }
    if (PRIORITY[a.action] > PRIORITY[same.action]) same.action = a.action;
    same.rating = a.rating ?? same.rating;
    same.priorRating ??= a.priorRating;
    same.priceTarget ??= a.priceTarget;
    same.priorPriceTarget ??= a.priorPriceTarget;
    same.analyst ??= a.analyst;
  }
  return out;
}

/** The rating after the action and the one before, from "to X from Y", "from Y to X", "Y ➜ X". */
function ratingsOf(lower: string, clause: string): { rating: string | null; prior: string | null } {
  const ft = FROM_TO_RATING.exec(lower);
  if (ft) return { rating: ft[2]!, prior: ft[1]! };
  const ar = ARROW_RATING.exec(lower);
  if (ar) return { rating: ar[2]!, prior: ar[1]! };
  const rating =
    (TO_RATING.exec(lower) ??
      RATING_NOUN.exec(lower) ??
      RATING_NOUN.exec(clause) ??
      RATES_RATING.exec(lower))?.[1] ?? null;
  const prior = FROM_RATING.exec(lower)?.[1] ?? null;
  if (rating || !RATING_WORD.test(lower)) return { rating, prior };
  // "stays Overweight", "keeps Buy", "reiterates Neutral": the bare rating after the verb.
  const bare = BARE_RATING.exec(lower);
  const kept = KEPT_RATING.exec(lower);
  return { rating: bare?.[1] ?? kept?.[1] ?? null, prior };
}

/** "a price-target bump", "target cut": the target named right before the noun that moves it. */
const TARGET_BEFORE_NOUN = /(?:price[- ])?target[- ]$/i;
/** After a rating verb: the stock, then "to" and the new rating ("…the stock to Buy"); not its target. */
const TO_NEW_RATING = String.raw`\s+(?!(?:its|the|their)\s+(?:price\s+)?(?:target|objective|estimate))(?:[\w&.'’():-]+\s+){0,6}?to\s+(?:an?\s+)?["“'‘]?${RATING}["”'’]?(?!\w)`;
const RATING_MOVE = new RegExp(
  String.raw`\b(?:(?<up>raised|raises|raising|lifted|lifts|lifting|boosted|boosts|boosting|bumped|bumps|upped|ups)|cut|cuts|cutting|lowered|lowers|lowering|trimmed|trims|trimming|slashed|slashes|slashing)${TO_NEW_RATING}`,
);
/** "moved X to Overweight", "switched the stock to Sell": a rating set with no word of which way it went. */
const RATING_SET = new RegExp(
  String.raw`\b(?:moved|moves|moving|shifted|shifts|shifting|switched|switches|switching)${TO_NEW_RATING}`,
);
/** The action of a clause from all its verbs: a rating change wins over a target move, which wins over a reiteration. */
/** Every cue of a clause, each read in turn (built once; actionOfClause runs it to the end). */
const EVERY_CUE = new RegExp(CUE.source, 'gi');
function actionOfClause(
  lower: string,
  r: { rating: string | null; prior: string | null },
  target: number | null,
  priorTarget: number | null,
): Action | null {
  let best: Action | null = null;
  const re = EVERY_CUE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  // "Nvidia's price target was raised to $400": the target is named before its verb.
  const targetFirst = TARGET_PASSIVE.test(lower);
  while ((m = re.exec(lower))) {
    // "a price-target bump": the target is named right before the word that moves it.
    const nounAfterTarget = TARGET_BEFORE_NOUN.test(lower.slice(0, m.index));
    const a = actionOf(m[0], targetFirst || nounAfterTarget ? lower : lower.slice(m.index));
    if (a && (!best || PRIORITY[a] > PRIORITY[best])) best = a;
  }
  if (best === 'upgrade' || best === 'downgrade' || best === 'initiate') return best;
  // "raised X to Overweight", "cut the stock to In Line": a move of the rating itself.
  const moved = RATING_MOVE.exec(lower);
  if (moved) return moved.groups?.up ? 'upgrade' : 'downgrade';
  const a = r.rating ? ratingRank(r.rating) : null;
  const b = r.prior ? ratingRank(r.prior) : null;
  if (a !== null && b !== null && a !== b) return a > b ? 'upgrade' : 'downgrade';
  // With no rating left behind, only a bullish or a bearish one says the way: a move to neutral does not.
  const set = b === null ? RATING_SET.exec(lower) : null;
  if (set) {
    const rank = ratingRank(set[1]!);
    if (rank !== null && rank !== 3) return rank > 3 ? 'upgrade' : 'downgrade';
  }
  if (target !== null && priorTarget !== null && target !== priorTarget && best && best !== 'other') {
    if (PRIORITY[best] <= PRIORITY.target_raise) return target > priorTarget ? 'target_raise' : 'target_cut';
  }
  if (!best && target !== null && priorTarget !== null && target !== priorTarget)
    return target > priorTarget ? 'target_raise' : 'target_cut';
  return best;
}

/** Where a rating sits on the usual five-step scale: a change between steps is an upgrade or a downgrade. */
function ratingRank(r: string): number | null {
  const x = r.toLowerCase().replace(/[- ]/g, '');
  if (/^(strongbuy|convictionbuy)$/.test(x)) return 5;
  if (/^(buy|speculativebuy|outperform|overweight|accumulate|add|positive|marketoutperform)$/.test(x))
    return 4;
  if (/^(hold|neutral|equalweight|marketperform|sectorperform|peerperform|sectorweight|inline)$/.test(x))
    return 3;
  if (/^(sell|underperform|underweight|reduce|negative)$/.test(x)) return 2;
  if (/^strongsell$/.test(x)) return 1;
  return null;
}

/** The action a row or a bullet line states, else the one its rating or target change implies. */
function listedAction(
  words: string,
  rating: string | null,
  prior: string | null,
  target: number | null,
  priorTarget: number | null,
): Action | null {
  const w = words.toLowerCase();
  if (/upgrad/.test(w)) return 'upgrade';
  if (/downgrad/.test(w)) return 'downgrade';
  if (/initiat|coverage|\bstart|\b(?:began|begins?|started|starts|launch\w*|resum\w*)\s+covering/.test(w))
    return 'initiate';
  const a = rating ? ratingRank(rating) : null;
  const b = prior ? ratingRank(prior) : null;
  if (a !== null && b !== null && a !== b) return a > b ? 'upgrade' : 'downgrade';
  if (target !== null && priorTarget !== null && target !== priorTarget)
    return target > priorTarget ? 'target_raise' : 'target_cut';
  if (
    /(?:target|\bpt\b)[^|]{0,12}\b(?:rais|lift|boost|increas|hik)|\b(?:rais|lift|boost|increas|hik)\w*\s+(?:\w+\s+)?(?:target|pt)\b/.test(
      w,
    )
  )
    return 'target_raise';
  if (
    /(?:target|\bpt\b)[^|]{0,12}\b(?:cut|lower|reduc|trim|slash)|\b(?:cut|lower|reduc|trim|slash)\w*\s+(?:\w+\s+)?(?:target|pt)\b/.test(
      w,
    )
  )
    return 'target_cut';
  if (/reiterat|maintain|affirm|\bkeep|\bkept|\bstays?\b|\bremains?\b/.test(w)) return 'reiterate';
  return null;
}

/** "$18 (from $24)", "PT $95 (was $70)": the new target and the one it replaced. */
function listedTargets(text: string): { target: number | null; priorTarget: number | null } {
  let target: number | null = null;
  let priorTarget: number | null = null;
  const prices = pricesIn(text);
  for (let i = 0; i < prices.length; i++) {
    const m = prices[i]!;
    const next = prices[i + 1];
    if (next && ARROW_ONLY.test(text.slice(m.end, next.start))) {
      priorTarget ??= m.amount;
      target ??= next.amount;
      i++;
    } else if (/\b(?:from|was)\s*$/i.test(text.slice(Math.max(0, m.start - 8), m.start)))
      priorTarget ??= m.amount;
    else target ??= m.amount;
  }
  return { target, priorTarget };
}

const FIRM_HEAD = /^(?:firm|broker(?:age)?|bank|analyst firm|research firm|house)$/i;
const COMPANY_HEAD = /^(?:company|stock|ticker|name|security|issuer)$/i;
const ACTION_HEAD = /^(?:action|change|move|call)$/i;
const RATING_HEAD = /^(?:(?:new )?rating|recommendation)$/i;
const TARGET_HEAD = /^(?:(?:new )?(?:price )?target|pt|(?:new )?pt|target price)(?:\s*\(.*\))?$/i;

/**
 * Rating tables ("Firm | Company | Action | Rating | Target" and its rows) and broker bullet lines
 * ("Citi: Buy, PT $54 from $48" under a heading about one company): the layout, not a verb, says which
 * cell is the firm and which the company, so each row is read by its column.
 */
function listedActions(ctx: ArticleContext): { actions: AnalystActionFact[]; lines: Line[] } {
  const out: AnalystActionFact[] = [];
  const used: Line[] = [];
  const lines = linesOf(ctx.text);
  const mentionIn = (c: { start: number; end: number }): Entity | null => {
    const ms = ctx.companies.within(c.start, c.end);
    return (ms.find((m) => m.entity.ticker) ?? ms[0])?.entity ?? null;
  };
  const push = (
    firm: string,
    subject: Entity,
    action: Action,
    rating: string | null,
    prior: string | null,
    t: { target: number | null; priorTarget: number | null },
    line: { text: string; start: number; end: number },
  ): void => {
    out.push({
      firm,
      analyst: null,
      ticker: subject.ticker,
      company: subject.name,
      action,
      rating: rating ? titleCase(rating) : null,
      priorRating: prior ? titleCase(prior) : null,
      priceTarget: t.target,
      priorPriceTarget: t.priorTarget,
      evidence: {
        text: line.text.trim(),
        start: line.start + (line.text.length - line.text.trimStart().length),
        end: line.end,
      },
    });
  };
  const ratingIn = (text: string): { rating: string | null; prior: string | null } => {
    const ar = ARROW_RATING.exec(text);
    if (ar) return { rating: ar[2]!, prior: ar[1]! };
    const prior = FROM_RATING.exec(text)?.[1] ?? WAS_RATING.exec(text)?.[1] ?? null;
    const first = RATING_WORD.exec(text.replace(FROM_RATING, ''))?.[1] ?? null;
    return { rating: first, prior };
  };

  for (let i = 0; i < lines.length; i++) {
    const head = cellsOf(lines[i]!).map((c) => c.text);
    if (head.length < 3) continue;
    const firmCol = head.findIndex((h) => FIRM_HEAD.test(h));
    const coCol = head.findIndex((h) => COMPANY_HEAD.test(h));
    const actCol = head.findIndex((h) => ACTION_HEAD.test(h));
    const ratCol = head.findIndex((h) => RATING_HEAD.test(h));
    const tgtCol = head.findIndex((h) => TARGET_HEAD.test(h));
    if (firmCol < 0 || coCol < 0 || (actCol < 0 && ratCol < 0 && tgtCol < 0)) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const row = lines[j]!;
      if (!row.text.includes('|')) break;
      const cells = cellsOf(row);
      if (isSeparatorRow(cells)) continue;
      if (cells.length !== head.length) break;
      const subject = mentionIn(cells[coCol]!);
      const firmCell = cells[firmCol]!;
      const firm =
        mentionIn(firmCell)?.name ?? (/^[A-Z][\w&.' -]{1,40}$/.test(firmCell.text) ? firmCell.text : null);
      if (!subject || !firm || subject.name === firm) continue;
      const { rating, prior } = ratingIn(ratCol >= 0 ? cells[ratCol]!.text : '');
      const t = tgtCol >= 0 ? listedTargets(cells[tgtCol]!.text) : { target: null, priorTarget: null };
      const action = listedAction(
        actCol >= 0 ? cells[actCol]!.text : '',
        rating,
        prior,
        t.target,
        t.priorTarget,
      );
      if (action) {
        push(firm, subject, action, rating, prior, t, row);
        used.push(row);
      }
    }
  }

  // Broker lines: "Citi: Buy, PT $54 from $48" under a heading about one company, "DE — Wells Fargo:
  // stays Overweight; PT $560 ➜ $520", "Coca-Cola (KO) — Argus trims to Hold from Buy", "Needham .... Buy,
  // $34 price target" after a lead-in that names the company, "Jefferies | Hold | $45".
  let heading: Entity | null = null;
  let leadAction: Action | null = null;
  for (const l of lines) {
    const text = l.text.trim();
    if (!text || used.includes(l)) continue;
    const b = brokerLine(ctx, l);
    if (b) {
      const subject = b.subject ?? heading ?? (b.broker ? ctx.primary : null);
      if (subject && subject.name !== b.firm && !isBrokerName(subject.name)) {
        const { rating, prior } = ratingIn(b.call);
        const t = listedTargets(b.call);
        const action =
          listedAction(b.call, rating, prior, t.target, t.priorTarget) ??
          (rating || t.target ? leadAction : null);
        if (action) {
          push(b.firm, subject, action, rating, prior, t, l);
          used.push(l);
        }
      }
      continue;
    }
    const m = /^([A-Z][\w&.' -]{1,40}?)\s*:\s+(.+)$/.exec(text);
    const ms = ctx.companies
      .within(l.start, l.end)
      .filter((x) => !isBrokerName(x.entity.name) && !isBrokerName(x.text));
    // A lead-in that names the company and ends with a colon: "…Halcyon (NYSE: HLGD) started coverage:".
    if (/:\s*$/.test(text) && ms.length) {
      heading = (ms.find((x) => x.entity.anchored) ?? ms.find((x) => x.entity.kind === 'listed') ?? ms[0]!)
        .entity;
      leadAction = listedAction(text, null, null, null, null);
      continue;
    }
    // A short line that names one company and ends without a full stop heads the lines below it.
    if (ms.length && text.length < 120 && !/[.!?]["”’)]?$/.test(text) && !m) {
      heading = ms[0]!.entity;
      leadAction = null;
    } else if (/[.!?]["”’)]?$/.test(text) && text.length > 120) {
      heading = null;
      leadAction = null;
    }
  }
  return { actions: out, lines: used };
}

type Line = Piece;

/** What a broker line says: the call after "Firm:" (or a dash, dotted leaders, a bar), the company before it if named. */
/** A company named inside the call: "starts Roblox (RBLX) at Neutral", "Nike (NKE) stays Hold". */
const CALL_COMPANY = String.raw`(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s*(?:\([A-Z][A-Z.:\s]{0,12}\)\s*)?)`;
const CALL_START = new RegExp(
  String.raw`^${CALL_COMPANY}?(?:(?:upgraded|upgrades|downgraded|downgrades|initiated|initiates|initiating|starts|started|reiterated|reiterates|raised|raises|lifted|lifts|cut|cuts|lowered|lowers|trimmed|trims|nudged|nudges|bumped|bumps|stays|keeps|kept|maintains|maintained|moved|moves|resumed|resumes)\s+${CALL_COMPANY}?(?:(?:its|the|coverage|up|down|at|with|to|an?|on)\s+){0,3})?(?:${RATING}(?!\w)|PT\b|price target\b|target\b|\$\d)`,
  'i',
);

function brokerLine(
  ctx: ArticleContext,
  l: Line,
): { firm: string; broker: boolean; subject: Entity | null; call: string } | null {
  // Bullets and bold markers become spaces, so offsets stay those of the line.
  const body = l.text.replace(/\*\*|__/g, (x) => ' '.repeat(x.length)).replace(/^(\s*)[-*•▪·–]\s/, '$1  ');
  if (body.trim().length > 220) return null;
  const ms = mentionsBetween(ctx, l.start, l.end);
  const firms = firmsIn(body, ms);
  const lead = body.length - body.trimStart().length;
  for (const f of firms) {
    const left = body.slice(lead, f.rel);
    let subject: Entity | null = null;
    if (left.trim()) {
      // "DE — Wells Fargo: …", "Coca-Cola (KO) — Argus trims …": the company, a dash, the firm.
      const lm = /^(.{1,60}?)\s+[—–-]\s+$/.exec(left);
      if (!lm) continue;
      const inLeft = ms.filter((m) => m.relEnd <= f.rel && !isBrokerName(m.entity.name));
      subject =
        inLeft[0]?.entity ??
        (/^[A-Z][A-Z.]{0,5}$/.test(lm[1]!.trim()) ? (ctx.companies.resolve(lm[1]!.trim()) ?? null) : null);
      if (!subject) continue;
    } else if (!f.broker && !f.entity) continue;
    const rest = body.slice(f.relEnd);
    const sep = /^\s*(?::|[—–]|[.…·]{3,}|\|)\s*/.exec(rest);
    // Without a separator, only "Firm verb …" after a named company: "Coca-Cola (KO) — Argus trims to Hold".
    if (!sep && !(subject && /^\s+[a-z]/.test(rest))) continue;
    if (!sep && !f.broker) continue;
    if (sep && !subject && !f.broker && !/^\s*:/.test(sep[0])) continue;
    const callAt = body.length - rest.length + (sep ? sep[0].length : 0);
    const call = rest.slice(sep ? sep[0].length : 0).trim();
    if (!CALL_START.test(call)) continue;
    // The company named inside the call, when the line did not name one before the firm.
    subject ??= ms.find((m) => m.rel >= callAt && !isBrokerName(m.entity.name))?.entity ?? null;
    return { firm: f.name, broker: f.broker, subject, call };
  }
  return null;
}

function splitClauses(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const re =
    /,?\s+(?:while|whereas|and|but)\s+(?=[A-Z](?![A-Z]?\$))|;\s+|(?<=[a-z0-9%)])\.\s+(?=[A-Z])|,?\s+in which (?=it\b)|,\s+(?=which\s+(?:also\s+)?(?:upgrad|downgrad|rais|lift|cut|lower|trim|reiterat))/g;
  // "Shaw and Partners kept…": a firm's own "and" splits nothing.
  const firms = / and [A-Z]/.test(text) ? brokerHits(text) : [];
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    if (firms.some((f) => f.start < at && at < f.end)) continue;
    out.push({ text: text.slice(last, m.index), start: last, end: m.index });
    last = m.index + m[0].length;
  }
  out.push({ text: text.slice(last), start: last, end: text.length });
  return out;
}

function actionOf(cue: string, clause: string): Action | null {
  const c = cue.toLowerCase();
  if (c.startsWith('upgrad')) return 'upgrade';
  if (c.startsWith('downgrad')) return 'downgrade';
  if (c.startsWith('initiat') || /coverage|^(start|open|bega|begi)/.test(c)) return 'initiate';
  const targetMoved = TARGET.test(clause);
  if (/^(rais|lift|boost|increas|hik|bump|up)/.test(c) && targetMoved) return 'target_raise';
  if (/^(cut|lower|reduc|trim|slash|pare)/.test(c) && targetMoved) return 'target_cut';
  // "nudged its target up to $101", "nudged its price target down": the word after the target says which way.
  const nudged = /^nudg\w*\s+(?:\w+\s+)?(?:price\s+)?(?:target|objective)\s+(up|down|lower|higher)\b/.exec(
    clause.toLowerCase(),
  );
  if (nudged && targetMoved) return /up|higher/.test(nudged[1]!) ? 'target_raise' : 'target_cut';
  if (
    /^(reiterat|reissu|reaffirm|maintain|retain|affirm|kept|keep|held|holds|stay|remain|stick|stuck)/.test(c)
  )
    return 'reiterate';
  if (/^(set|rate)/.test(c) && targetMoved) return 'other';
  return null;
}

/**
 * Per-share prices in a text: money amounts (not "$2 billion"), and the forms money.ts leaves alone because
 * outside a price they are as often something else: pence ("2,100p"), rand ("R60", not a model "R2") and
 * won ("78,000 won", not "the team won").
 */
const PRICE_FORMS = [
  /(?<![\w$£€.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(?:p|pence)(?![\w])/g,
  /(?<![\w$])R\s?(\d{1,3}(?:,\d{3})+|\d{2,})(\.\d+)?(?![\w%])/g,
  /(?<![\w$.,])(\d{1,3}(?:,\d{3})+)(\.\d+)?\s+won\b/g,
];
function pricesIn(text: string): Array<{ amount: number; start: number; end: number }> {
  const money = findMoney(text);
  const out = money
    .filter((x) => !x.scaled && Math.abs(x.amount) < 100_000)
    .map((x) => ({ amount: x.amount, start: x.start, end: x.end }));
  // Every amount money.ts read, scaled ones too, holds its span: "R12 billion" is no price of 12.
  const taken: Array<{ start: number; end: number }> = [...money];
  for (const re of PRICE_FORMS)
    for (const m of text.matchAll(re)) {
      if (taken.some((o) => o.start <= m.index && m.index < o.end)) continue;
      const price = {
        amount: Number(m[1]!.replace(/,/g, '') + (m[2] ?? '')),
        start: m.index,
        end: m.index + m[0].length,
      };
      out.push(price);
      taken.push(price);
    }
  return out.sort((a, b) => a.start - b.start);
}

/** The new target and the one it replaced: "to $64 from $51", "$39, down from $45", "PT $560 ➜ $520", "(was $150)". */
function targetsOf(clause: string): { target: number | null; priorTarget: number | null } {
  const t = TARGET.exec(clause);
  if (!t) return { target: null, priorTarget: null };
  const money = pricesIn(clause);
  const afterTarget = money.filter((m) => m.start > t.index);
  const beforeTarget = money.filter((m) => m.end <= t.index);
  let target: number | null = null;
  let prior: number | null = null;
  for (let i = 0; i < afterTarget.length; i++) {
    const m = afterTarget[i]!;
    const pre = clause.slice(Math.max(0, m.start - 10), m.start);
    const next = afterTarget[i + 1];
    // "by $25": the size of the move, not a target.
    if (/\bby\s+$/i.test(pre)) continue;
    if (next && ARROW_ONLY.test(clause.slice(m.end, next.start))) {
      prior ??= m.amount;
      target ??= next.amount;
      i++;
    } else if (/(?:from|was)\s+$/i.test(pre)) prior ??= m.amount;
    else target ??= m.amount;
  }
  // "a $7.50 price target"
  if (target === null && beforeTarget.length) target = beforeTarget[beforeTarget.length - 1]!.amount;
  return { target, priorTarget: prior };
}

function analystName(clause: string): string | null {
  const m =
    /\b(?:analysts?|strategist)\s+([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-zA-Z'’-]+)/.exec(clause) ??
    /['’]s\s+([A-Z][a-z]+\s+[A-Z][a-zA-Z'’-]+)\s+(?:upgraded|downgraded|raised|lifted|boosted|cut|lowered|trimmed|slashed|reiterated|reaffirmed|maintained|initiated|started|began|moved)\b/.exec(
      clause,
    );
  return m ? m[1]! : null;
}

const titleCase = (s: string): string =>
  s
    .replace(/\w\S*/g, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
    .replace(/-(\w)/g, (_m, c: string) => `-${c.toUpperCase()}`);

/** The same firm, company and action reported twice in an article is one action; keep the fuller one. */
function dedupe(list: AnalystActionFact[], ctx: ArticleContext): AnalystActionFact[] {
  const firmKey = (n: string): string =>
    ctx.companies.resolve(n)?.key ?? ctx.companies.mentions.find((m) => m.text === n)?.entity.key ?? n;
  const out: AnalystActionFact[] = [];
  for (const a of list) {
    const same = out.find(
      (o) =>
        firmKey(o.firm) === firmKey(a.firm) &&
        (o.ticker ?? o.company) === (a.ticker ?? a.company) &&
        o.action === a.action,
    );
    if (!same) {
      out.push({ ...a });
      continue;
    }
    same.rating ??= a.rating;
    same.priorRating ??= a.priorRating;
    same.priceTarget ??= a.priceTarget;
    same.priorPriceTarget ??= a.priorPriceTarget;
    same.analyst ??= a.analyst;
  }
  return out;
}
