/**
 * Dates and fiscal periods in a sentence, resolved against the article's publish date:
 * "Oct. 30" (year inferred), "October 30, 2025", "2025-10-30", "Thursday", "tomorrow", and periods
 * "Q3", "third quarter", "H1 2026", "first half of 2026". A period alone never yields a date.
 */
export interface DateMatch {
  date: string;
  start: number;
  end: number;
}
export interface PeriodMatch {
  period: string;
  start: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** 1–12 for a month word ("Sept.", "november"), or undefined. */
export const monthNumber = (word: string): number | undefined =>
  MONTHS[word.slice(0, word.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];

/** A month name or abbreviation, captured, with an optional period ("Sept.", "November"). */
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, 'g');
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\b(?:,?\s+(\d{4})\b)?`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const US_NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_WORDS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A weekday or month name written out ("MONDAY", "June"): a heading word, never a ticker or a name. */
export const isCalendarWord = (word: string): boolean => {
  const w = word.toLowerCase();
  return WEEKDAYS.includes(w) || MONTH_WORDS.includes(w);
};
/** "Monday", or "MONDAY" as a heading in capitals. */
const WEEKDAY =
  /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|SUNDAY|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY)\b/g;
const RELATIVE = /\b(today|tomorrow|yesterday|tonight)\b/gi;

const DAY_MS = 86_400_000;
const toIso = (d: Date): string => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

function valid(y: number, m: number, d: number): boolean {
  const t = utc(y, m, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** "YYYY-MM-DD" for a real calendar day of a plausible year (1900–2200), else null. */
export function isoDateOf(y: number, m: number, d: number): string | null {
  return y >= 1900 && y <= 2200 && valid(y, m, d) ? toIso(utc(y, m, d)) : null;
}

/**
 * Midnight UTC of the publish date, as new Date(`${published}T00:00:00Z`) gives it. The string is parsed
 * once per distinct date: findDates runs on nearly every sentence of an article, all with one date.
 */
let parsed: { published: string; time: number } | null = null;
function publishedMidnight(published: string): Date {
  if (parsed?.published !== published)
    parsed = { published, time: new Date(`${published}T00:00:00Z`).getTime() };
  return new Date(parsed.time);
}

/** Picks the year that puts month/day nearest the publish date (within half a year either way). */
export function inferYear(month: number, day: number, published: string | null): number | null {
  if (!published) return null;
  const pub = publishedMidnight(published);
  const y = pub.getUTCFullYear();
  let best = y;
  let bestDist = Infinity;
  for (const cand of [y - 1, y, y + 1]) {
    const dist = Math.abs(utc(cand, month, day).getTime() - pub.getTime());
    if (dist < bestDist) [best, bestDist] = [cand, dist];
  }
  return best;
}

/**
 * A valid date not overlapping one found before. At module level: under tsx (esbuild keepNames) a
 * function declared inside findDates is renamed with Object.defineProperty on every call.
 */
function addDate(out: DateMatch[], y: number | null, m: number, d: number, start: number, end: number): void {
  if (y === null || !valid(y, m, d)) return;
  if (out.some((o) => start < o.end && end > o.start)) return;
  out.push({ date: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, start, end });
}

export function findDates(text: string, published: string | null, preferFuture = false): DateMatch[] {
  const out: DateMatch[] = [];
  let m: RegExpExecArray | null;
  // Each of these patterns needs a digit: a text without one skips them.
  for (const re of /\d/.test(text) ? [ISO, US_NUMERIC, MONTH_DAY, DAY_MONTH] : []) {
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      const s = m.index;
      const e = s + m[0].length;
      if (re === ISO) addDate(out, +m[1]!, +m[2]!, +m[3]!, s, e);
      else if (re === US_NUMERIC) addDate(out, +m[3]!, +m[1]!, +m[2]!, s, e);
      else {
        const monthWord = re === MONTH_DAY ? m[1]! : m[2]!;
        const day = +(re === MONTH_DAY ? m[2]! : m[1]!);
        // "May 5" is a date, "may 5" is a verb: month words must be capitalised.
        if (!/^[A-Z]/.test(monthWord)) continue;
        const month = monthNumber(monthWord);
        if (!month || day < 1 || day > 31) continue;
        const year = m[3] ? +m[3] : inferYear(month, day, published);
        addDate(out, year, month, day, s, e);
      }
    }
  }
  if (published) {
    const pub = publishedMidnight(published);
    WEEKDAY.lastIndex = 0;
    while ((m = WEEKDAY.exec(text))) {
      // "Thursday, May 7, 2026": the calendar date says it all.
      if (
        /^,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/.test(
          text.slice(m.index + m[0].length),
        )
      )
        continue;
      const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      let delta = target - pub.getUTCDay();
      // "last Thursday" is always behind the publish date, "next Thursday" always ahead of it.
      const said = /\b(last|next|this|coming)\s+$/i.exec(text.slice(Math.max(0, m.index - 10), m.index))?.[1];
      const future = said
        ? /^(next|coming)$/i.test(said) || (said.toLowerCase() === 'this' && preferFuture)
        : preferFuture;
      if (said?.toLowerCase() === 'last') {
        if (delta >= 0) delta -= 7;
      } else if (future) {
        if (delta < 0 || (delta === 0 && said)) delta += 7;
      } else if (delta > 0) delta -= 7;
      const d = new Date(pub.getTime() + delta * DAY_MS);
      addDate(out, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), m.index, m.index + m[0].length);
    }
    RELATIVE.lastIndex = 0;
    while ((m = RELATIVE.exec(text))) {
      const word = m[1]!.toLowerCase();
      const delta = word === 'tomorrow' ? 1 : word === 'yesterday' ? -1 : 0;
      const d = new Date(pub.getTime() + delta * DAY_MS);
      addDate(out, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), m.index, m.index + m[0].length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
const QUARTER =
  /\b(?:fiscal\s+)?(?:Q([1-4])|([1-4])Q)(?:\s*(?:FY)?\s*'?(\d{4}|\d{2})\b)?|\b(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?(\d{4}))?/gi;
const HALF =
  /\b(?:H([12])|([12])H)(?:\s*'?(\d{4}|\d{2}))?\b|\b(first|second)\s+half(?:\s+of)?(?:\s+(?:fiscal\s+)?(\d{4}))?/gi;

/**
 * A fiscal quarter or half ("fiscal second-quarter", "fiscal Q1", "Q2 of fiscal 2026", "fiscal 2027 first
 * half"): a company's fiscal year is not the calendar year, so no year is inferred; one the text gives
 * is kept ("fiscal Q2 2026"). Null for a calendar period.
 */
function fiscalYear(text: string, m: RegExpExecArray): { label: (p: string) => string } | null {
  const before = /\bfiscal(?:[-\s]+(?:year\s+)?(?:FY)?'?(\d{4}|\d{2}))?[-\s]+$/i.exec(
    text.slice(Math.max(0, m.index - 24), m.index),
  );
  // "Q3FY27", "Q3 FY2027": the FY tag marks a fiscal year as the word does.
  const inside = /\bfiscal\s+(?:year\s+)?(?:FY)?'?(\d{4}|\d{2})?|FY\s*'?(\d{4}|\d{2})/i.exec(m[0]);
  const after = /^\s+of\s+fiscal(?:\s+year)?(?:\s+(\d{4}))?\b/i.exec(text.slice(m.index + m[0].length));
  if (!before && !inside && !after) return null;
  const explicit = m[3] ?? m[5] ?? before?.[1] ?? inside?.[1] ?? inside?.[2] ?? after?.[1];
  const year = explicit ? (explicit.length === 2 ? 2000 + +explicit : +explicit) : null;
  return { label: (p) => (year ? `fiscal ${p} ${year}` : `fiscal ${p}`) };
}

/**
 * Fiscal periods. Without a year, `future` decides the year: an upcoming closing "in the fourth quarter"
 * is the next such quarter; an earnings report "for Q3" is the latest quarter that has begun.
 */
export function findPeriods(text: string, published: string | null, future = false): PeriodMatch[] {
  const out: PeriodMatch[] = [];
  const pub = published ? publishedMidnight(published) : null;
  const yearFor = (firstMonth: number, explicit: string | undefined): number | null => {
    if (explicit) return explicit.length === 2 ? 2000 + +explicit : +explicit;
    if (!pub) return null;
    const y = pub.getUTCFullYear();
    const pm = pub.getUTCMonth() + 1;
    if (future) return firstMonth + 2 < pm ? y + 1 : y;
    return firstMonth > pm ? y - 1 : y;
  };
  let m: RegExpExecArray | null;
  QUARTER.lastIndex = 0;
  while ((m = QUARTER.exec(text))) {
    const q = m[1] ? +m[1] : m[2] ? +m[2] : ORDINAL[m[4]!.toLowerCase()]!;
    const fy = fiscalYear(text, m);
    if (fy) {
      out.push({ period: fy.label(`Q${q}`), start: m.index, end: m.index + m[0].length });
      continue;
    }
    const y = yearFor((q - 1) * 3 + 1, m[3] ?? m[5]);
    out.push({ period: y ? `Q${q} ${y}` : `Q${q}`, start: m.index, end: m.index + m[0].length });
  }
  HALF.lastIndex = 0;
  while ((m = HALF.exec(text))) {
    const h = m[1] ? +m[1] : m[2] ? +m[2] : m[4]!.toLowerCase() === 'first' ? 1 : 2;
    const fy = fiscalYear(text, m);
    if (fy) {
      out.push({ period: fy.label(`H${h}`), start: m.index, end: m.index + m[0].length });
      continue;
    }
    const y = yearFor(h === 1 ? 1 : 7, m[3] ?? m[5]);
    out.push({ period: y ? `H${h} ${y}` : `H${h}`, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

export { toIso };

/** "November 4, 2025", "Nov. 4 2025" (US order) or "4 November 2025" (UK order), or ISO. */
const WRITTEN_DATE = new RegExp(
  String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b|\b(\d{1,2})\s+${MONTH}\s+(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b`,
  'i',
);
/** A press-release or wire dateline opening the first paragraph: "NEW YORK, March 3, 2026 /PRNewswire/ --". */
const DATELINE_END = /\s(?:--|—|–|-)\s|\/[A-Za-z ]*(?:Newswire|Wire)\/|\((?:Reuters|AP|Bloomberg)\)/;

/**
 * The publish date a plain-text article states in its header (a byline or "Published …" line under
 * the title) or in the dateline that opens a press release; null when it states none there. Dates in
 * the body are never taken: "results on Nov. 6, 2025" is not when the article appeared.
 */
export function datelineDate(text: string, title?: string): string | null {
  const all = text.split('\n').map((l) => l.trim());
  // A page copied with its chrome has the header under the headline, however many menu lines precede it.
  const at = title?.trim() ? all.indexOf(title.trim()) : -1;
  return (at > 0 ? headerDate(all.slice(at + 1), title) : null) ?? headerDate(all, title);
}

function headerDate(lines: string[], title?: string): string | null {
  let seen = 0;
  for (const line of lines) {
    // The headline is no dateline ("… to report on Nov. 6, 2025").
    if (!line || line === title?.trim()) continue;
    if (++seen > 6) break;
    // Header lines are short; the first long line is the body, where only a leading dateline counts.
    const header = line.length <= 120;
    const head = header ? line : line.slice(0, 160);
    const m = WRITTEN_DATE.exec(head);
    if (!m) {
      if (!header) break;
      continue;
    }
    if (!header && !DATELINE_END.test(head.slice(m.index + m[0].length, m.index + m[0].length + 30))) break;
    const date = fromMatch(m);
    if (date) return date;
  }
  return null;
}

function fromMatch(m: RegExpExecArray): string | null {
  if (m[1]) return isoDateOf(Number(m[3]), monthNumber(m[1]) ?? 0, Number(m[2]));
  if (m[5]) return isoDateOf(Number(m[6]), monthNumber(m[5]) ?? 0, Number(m[4]));
  return isoDateOf(Number(m[7]), Number(m[8]), Number(m[9]));
}
