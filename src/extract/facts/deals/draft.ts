/**
 * A mention's draft before its parties are read: the status of the cue's clause (else the sentence's),
 * the date, the value near the cue and the starting confidence (0.9, 0.75 for rumours).
 */
import { evidenceOf, type ArticleContext } from '../../context.js';
import { findDates, monthNumber } from '../../dates.js';
import type { Span } from '../../sentences.js';
import { statusClause, withoutOtherRelatives, withoutOtherTimeClauses } from './clauses.js';
import { statusOf, withoutConditions } from './status.js';
import type { DealType, MentionDraft } from './types.js';
import { valueNear } from './value.js';

// "…said the deal had closed", "the deal for X, which Y agreed to buy, closed after…", "…, a transaction that
// was completed earlier this month" (read without the sentence's conditions: "if the deal closed" is none).
const DEAL_CLOSED =
  /\bthe (?:deal|transaction|acquisition|purchase|merger|takeover)(?:\s+(?:for|of|with)\s+[^,.;]{1,60}?)?(?:,\s+which\b[^;]{1,120}?,)?\s+(?:had\s+|has\s+)?(?:now\s+|finally\s+|officially\s+)?(?:closed|been completed|completed)\b|,\s+an?\s+(?:deal|transaction|sale|purchase)\s+(?:that|which)\s+(?:was\s+|has been\s+|had been\s+)?(?:closed|completed)\b/i;

/** A year told for the deal ("bought it in 2019", "led a round in March 2025") before the article's own. */
const PAST_YEAR =
  /\b(?:in|since|during|back in)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+)?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+(?:purchase|acquisition|deal|merger|takeover|pickup|sale)\b/;

/** ", the private equity firm that has owned it since 2019,": a firm described by a clause of its own. */
const FIRM_CLAUSE =
  /,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:firm|company|group|fund|investor|owner|manager|operator|lender|bank|insurer|\w*maker|producer|developer|startup)\s+(?:that|which|who)\b[^,;]*(?:,|[.!?]?$)/g;

/** The year a sentence puts the deal in ("bought it in 2019"), when it is before the article's own. */
function earlierYear(text: string, published: string | null): string | null {
  if (!published) return null;
  for (const m of text.matchAll(PAST_YEARS)) {
    // "its largest acquisition since 2018": a comparison with the past, not a deal dated in it.
    if (/^since/i.test(m[0]) && SUPERLATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)))
      continue;
    const year = (m[1] ?? m[2])!;
    return year < published.slice(0, 4) ? year : null;
  }
  return null;
}
const PAST_YEARS = new RegExp(PAST_YEAR.source, 'g');
const SUPERLATIVE_BEFORE =
  /\b(?:largest|biggest|first|best|worst|highest|lowest|most|fastest|steepest|sharpest)\b[^.;]*$/i;

/**
 * The dates the sentence gives: when it puts the deal in an earlier year ("said Wednesday it had
 * bought Y in 2019"), only dates in that year, so the day of the telling does not date the deal.
 */
function datesOfDeal(text: string, published: string | null): ReturnType<typeof findDates> {
  const dates = findDates(text, published);
  // "…has closed its acquisition, a deal first announced in May 2025": the year the deal was agreed
  // dates its announcement, not the closing told today.
  const announced = PAST_YEAR.exec(text);
  const toldAsAnnounced =
    !!announced &&
    /\b(?:announced|unveiled|agreed|signed|struck|reached)\s+$/i.test(
      text.slice(Math.max(0, announced.index - 25), announced.index),
    );
  const year = dates.length && !toldAsAnnounced ? earlierYear(text, published) : null;
  return year ? dates.filter((d) => d.date.startsWith(year)) : dates;
}

/**
 * "UBS's takeover of Credit Suisse in 2023 was arranged over a weekend": a deal put in a year before
 * the article's, with no word of it still to come, is done.
 */
function toldInPastYear(told: string, published: string | null, cueStart = -1): boolean {
  // ", the private equity firm that has owned it since 2019": a year in a firm's description is its own,
  // unless the cue is in it (", the startup that X agreed to buy in 2024").
  const text = told.replace(FIRM_CLAUSE, (clause, at: number) =>
    cueStart >= at && cueStart < at + clause.length ? clause : ' '.repeat(clause.length),
  );
  return (
    earlierYear(text, published) !== null &&
    !/\b(?:will|would|expects?|expected|plans?|pending|awaiting|proposed|(?<!\b(?:she|he|they|who)\s)talks|bid|offer|(?:is|are)\s+\w+ing)\b/i.test(
      text,
    )
  );
}

/**
 * "set up a joint venture in September with X", told in November: a tie formed in an earlier month is an
 * existing one (the month of the article itself is today's news).
 */
const TIE_VERBS = String.raw`formed|set up|created|launched|established|struck|signed|entered into|began|started|granted|licensed|out-licensed`;
const MONTH_NAMES = String.raw`January|February|March|April|May|June|July|August|September|October|November|December`;
const FORMED_IN_MONTH = new RegExp(
  String.raw`\b(?:${TIE_VERBS})\b[^.;]{0,60}?\b(?:in|since|back in)\s+(?:(?:early|late|mid-?)\s*)?(${MONTH_NAMES})\b(?!\s+\d)`,
);
/** "in January it granted Japanese rights to X": the month told first. */
const MONTH_THEN_TIE = new RegExp(
  String.raw`\b(?:in|back in)\s+(?:(?:early|late|mid-?)\s*)?(${MONTH_NAMES})\b(?!\s+\d),?\s+(?:it|they|the\s+company|[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})\s+(?:${TIE_VERBS})\b`,
);
function formedInEarlierMonth(text: string, published: string | null): boolean {
  const m = published ? (FORMED_IN_MONTH.exec(text) ?? MONTH_THEN_TIE.exec(text)) : null;
  if (!m || /\b(?:will|would|expects?|expected|plans?|pending|proposed)\b/i.test(text)) return false;
  return monthNumber(m[1]!) !== Number(published!.slice(5, 7));
}

/**
 * A deal ended in the clause after it: "made a $2 billion offer for X, which the board rejected", "held
 * talks to buy X in the spring, but those discussions ended without an agreement", "had agreed to buy X, but
 * the deal fell apart".
 */
const ENDED_AFTER =
  /^[^.;]{0,40}?\b(?:offer|bid|proposal|approach)\b[^.;]{0,80}?,\s+which\s+(?:[\w'’-]+\s+){0,3}?(?:rejected|turned down|rebuffed|spurned)\b|^[^.;]{0,120}?,\s+but\s+(?:the|those|these|their|its)\s+(?:talks|discussions|negotiations|deal|agreement|transaction|merger|takeover|plan|overture|approach|offer|bid|proposal)\s+(?:have\s+|had\s+|has\s+)?(?:later\s+|eventually\s+|ultimately\s+)?(?:ended|collapsed|fell apart|fallen apart|fell through|broke down|stalled|fizzled|unravell?ed|went nowhere|came to nothing|led nowhere|(?:was|were|has been|had been)\s+(?:later\s+|eventually\s+|ultimately\s+)?(?:called off|scrapped|abandoned|terminated|blocked))\b/i;

/** `list`: one of several deals told by one cue (a list of targets or customers): no value of its own. */
export function baseDraft(
  ctx: ArticleContext,
  s: Span,
  si: number,
  type: DealType | null,
  cueStart: number,
  cueEnd: number,
  list: boolean,
): MentionDraft {
  // The cue's own clause decides first ("…will be its largest since it bought X in 2023": the
  // purchase is done whatever "will" says of the sentence's main clause), else the whole sentence.
  // The sentence without its other relative clauses, read once for all three looks below.
  const rel = withoutOtherRelatives(s.text, cueStart, cueEnd);
  const own = statusOf(statusClause(rel, cueStart, cueEnd));
  const told = own.explicit ? own : statusOf(withoutOtherTimeClauses(rel, cueStart, cueEnd));
  // "X, which agreed in March to buy Y, said Tuesday the deal had closed": the main clause finishes it.
  const closedByMain =
    told.status === 'announced' &&
    (DEAL_CLOSED.test(withoutConditions(s.text)) ||
      // "…, its largest since it sold its laminates arm in 2019": another deal's year is not this one's.
      toldInPastYear(withoutOtherTimeClauses(rel, cueStart, cueEnd), ctx.published, cueStart) ||
      // "Its purchase of X in 2024 was its largest, and the new deal will…": the year in the cue's own clause.
      toldInPastYear(statusClause(rel, cueStart, cueEnd), ctx.published) ||
      (type === 'partnership' && formedInEarlierMonth(statusClause(rel, cueStart, cueEnd), ctx.published)));
  const rejected = ENDED_AFTER.test(s.text.slice(Math.max(0, cueStart - 40)));
  const { status, explicit } = rejected
    ? { status: 'terminated' as const, explicit: true }
    : closedByMain
      ? { status: 'completed' as const, explicit: true }
      : told;
  const dates = datesOfDeal(s.text, ctx.published);
  const v = list ? null : valueNear(s.text, cueStart, cueEnd, type);
  return {
    type,
    equity: false,
    valueMarked: v?.marked ?? false,
    parties: [],
    asset: null,
    value: v?.value ?? null,
    status,
    statusExplicit: explicit,
    date:
      dates.length && status === 'completed'
        ? dates[0]!.date
        : (dates.find((d) => d.date <= (ctx.published ?? '9999'))?.date ?? null),
    confidence: status === 'rumored' ? 0.75 : 0.9,
    evidence: evidenceOf(s),
    sentenceIndex: si,
  };
}
