/** Publish dates arrive as ISO strings, RFC 822 (feeds), or free text; we keep YYYY-MM-DD or null. */

/**
 * The calendar date the publisher wrote. An ISO timestamp keeps its own date (no shift to UTC, so
 * "2025-10-30T21:00:00-04:00" stays the 30th); other formats go through Date.parse and UTC.
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
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
  const lines = text.split('\n').map((l) => l.trim());
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
  if (m[1]) return validDate(Number(m[3]), MONTHS[m[1].slice(0, 3).toLowerCase()]!, Number(m[2]));
  if (m[5]) return validDate(Number(m[6]), MONTHS[m[5].slice(0, 3).toLowerCase()]!, Number(m[4]));
  return validDate(Number(m[7]), Number(m[8]), Number(m[9]));
}
