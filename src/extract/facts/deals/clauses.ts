/**
 * Clauses and spans of a sentence: where a cue's clause starts and ends, relative clauses closed by a
 * comma (", which it bought in 2024,"), and participle clauses ("after selling X") whose actor is the
 * sentence's subject. Positions are offsets into the sentence's text.
 */

/** Breaks between clauses with their own verb, for the companies a cue may pair (global: clauseBetween resets it). */
const BOUNDARY = /;\s|,\s+(?:while|but|whereas|although|after|as)\s|\s[—–]\s/g;

/**
 * Relative clauses closed by a comma: ", which it bought for $500 million in 2024,", and appositives that
 * hold one (", the water group that Danaher spun off in 2023,").
 */
export function relativeSpans(t: string): Array<[number, number]> {
  // A relative clause ends at a comma or with the sentence ("…, which it formed after acquiring X.").
  return [
    ...t.matchAll(/,\s+(?:which|who|(?:the|an?)\s[^,;]{1,80}?\s(?:that|which|who)\b)[^,;]*(?:,|[.!?]?$)/g),
  ].map((r) => [r.index!, r.index! + r[0].length]);
}
export const inside = ([a, b]: [number, number], start: number, end: number): boolean =>
  start >= a && end <= b;

/** What joins a second verb to the first one's subject: "…and bought", "…, then in 2025 closed". */
export const COORDINATOR = String.raw`(?:\s(?:and|but)|,\s+then)\s`;
const COORDINATORS = new RegExp(COORDINATOR, 'gi');

/** Where the last coordinator before `at` starts, or -1. */
export function lastCoordinator(t: string, at: number): number {
  return [...t.slice(0, at).matchAll(COORDINATORS)].pop()?.index ?? -1;
}

/** "after selling", "before buying": a participle clause whose actor is the sentence's subject. */
const PARTICIPLE = String.raw`\b(?:after|before|while|by|since|following|besides)\s+\w+ing`;
export const ENDS_IN_PARTICIPLE = new RegExp(`${PARTICIPLE}\\s*$`, 'i');
export const HAS_PARTICIPLE = new RegExp(`${PARTICIPLE}\\b`, 'i');

/** "after its rival completed a deal", "before the vote": a time clause with its own subject and verb. */
// "…after its rival's bid", "the biggest since it bought X in 2020": a time told by another event.
const TIME_OPENER = String.raw`(?:(?:after|before)\s+(?:its|their|his|her|the|a|an)|since\s+(?:it|they|its|their))\s`;
const TIME_CLAUSE = new RegExp(String.raw`\s${TIME_OPENER}`, 'g');

/**
 * Where a status word belongs to another verb: clause breaks, subordinating words, time clauses, and a
 * second verb still to come ("took a stake … and will sit on its board").
 */
const STATUS_BOUNDARY = new RegExp(
  String.raw`;\s|,\s+(?:and|but|while|whereas|although|as|since|after|which|when|who)\s|\s(?=(?:since|while|whereas|although)\s)|\s(?=and\s+(?:will|would)\s)|\s[—–]\s|\s(?=${TIME_OPENER})`,
  'g',
);

/** ", which closed in 2024", ", which was signed in 2023": told of the deal itself, not of a firm. */
const DEAL_CLOSED_RELATIVE =
  /^,\s+which\s+(?:closed|completed|was\s+(?:completed|finali[sz]ed|signed|struck|inked|sealed))\b/;

/** The sentence without relative clauses that do not hold the cue (", which it bought in 2024,"). */
export function withoutOtherRelatives(t: string, cueStart: number, cueEnd: number): string {
  let out = t;
  for (const span of relativeSpans(t))
    // "…'s purchase of X, which closed in 2024": a firm does not close, its purchase does.
    if (
      !inside(span, cueStart, cueEnd) &&
      !(span[0] >= cueEnd && DEAL_CLOSED_RELATIVE.test(t.slice(span[0])))
    )
      out = out.slice(0, span[0]) + ','.padEnd(span[1] - span[0], ' ') + out.slice(span[1]);
  return out;
}

/** The sentence without time clauses that do not hold the cue: their verbs tell of other events. */
export function withoutOtherTimeClauses(t: string, cueStart: number, cueEnd: number): string {
  let out = t;
  for (const m of t.matchAll(TIME_CLAUSE)) {
    const [start, end] = clauseBetween(t, STATUS_BOUNDARY, m.index + 1, m.index + m[0].length);
    if (!inside([start, end], cueStart, cueEnd))
      out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

/** The sentence without the relative clauses that start after `from`. */
export function withoutRelativesAfter(t: string, from: number): string {
  let out = t;
  for (const span of relativeSpans(t))
    if (span[0] > from) out = out.slice(0, span[0]) + ','.padEnd(span[1] - span[0], ' ') + out.slice(span[1]);
  return out;
}

/** The text of the clause a cue sits in, for its status. */
export function statusClause(t: string, cueStart: number, cueEnd: number): string {
  const [start, end] = statusClauseSpan(t, cueStart, cueEnd);
  return t.slice(start, end);
}
export function statusClauseSpan(t: string, cueStart: number, cueEnd: number): [number, number] {
  // A cue that opens a clause set off by commas (", which it bought in 2021,", ", a business it purchased
  // in 2023,") is told by that clause alone, not by the sentence around it.
  if (t[cueStart] === ',') {
    const close = /;|,(?=\s)/g;
    close.lastIndex = cueEnd;
    return [cueStart + 1, close.exec(t)?.index ?? t.length];
  }
  // "ITV Studios, which took a 25% stake in 2022, will sell…": a cue inside a relative clause is told by it.
  const relative = relativeSpans(t).find((r) => inside(r, cueStart, cueEnd));
  if (relative) return [relative[0] + 1, relative[1]];
  return clauseBetween(t, STATUS_BOUNDARY, cueStart, cueEnd);
}

export const clauseAround = (t: string, at: number): [number, number] => clauseBetween(t, BOUNDARY, at, at);

/** The span between the last `boundary` ending before `from` and the first starting after `to`. */
export function clauseBetween(t: string, boundary: RegExp, from: number, to: number): [number, number] {
  let start = 0;
  let end = t.length;
  boundary.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(t))) {
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}
