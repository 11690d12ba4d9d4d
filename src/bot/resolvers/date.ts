/** Dates and day counts typed by people: "7d", "30 days", "2025-10-01", "2025-01", "last week", "since Oct 1". */
import * as chrono from 'chrono-node';
import { fail, ok, type Resolution } from './result.js';

const DAY_MS = 86_400_000;
const UNIT_DAYS: Record<string, number> = {
  d: 1,
  day: 1,
  w: 7,
  wk: 7,
  week: 7,
  m: 30,
  mo: 30,
  month: 30,
  y: 365,
  yr: 365,
  year: 365,
};

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string =>
  isoDay(new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS));

/** "7", "7d", "30 days", "2 weeks", "a month" → number of days, or null. */
export function parseSpan(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  const m = /^(\d{1,4}|an?|one)\s*(d|days?|w|wks?|weeks?|m|mos?|months?|y|yrs?|years?)?$/.exec(s);
  if (!m) return null;
  const n = /^\d/.test(m[1]!) ? Number(m[1]) : 1;
  const unit = (m[2] ?? 'd').replace(/s$/, '');
  const per = UNIT_DAYS[unit] ?? UNIT_DAYS[unit.slice(0, 1)] ?? 1;
  return n * per;
}

/**
 * A lower bound in the past as YYYY-MM-DD (UTC). Accepts an optional leading "since"/"from"/"after",
 * spans ("7d", "30 days": that long ago), ISO days or months, and casual English ("last week", "Oct 1").
 */
export function resolveSince(raw: string, now: Date): Resolution<string> {
  const text = raw
    .trim()
    .replace(/^(since|from|after)\s+/i, '')
    .replace(/\s+ago$/i, '')
    .trim();
  if (!text)
    return fail('Give a date after "since", e.g. "since 2025-10-01", "since 7d" or "since last week".');
  const today = isoDay(now);
  // "since 2025" is the year, not 2,025 days.
  const year = /^(?:19|20)\d{2}$/.exec(text);
  if (year) {
    const start = `${year[0]}-01-01`;
    return start > today ? fail(`${year[0]} has not started yet; "since" needs a past date.`) : ok(start);
  }
  const span = parseSpan(text.replace(/^(last|past)\s+/i, ''));
  if (span !== null && (/^\d/.test(text) || /^(last|past)\s/i.test(text))) {
    if (span < 1 || span > 3660) return fail('Pick a span between 1 day and 10 years, e.g. "30d".');
    return ok(addDays(today, -span));
  }
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (iso) {
    const candidate = `${iso[1]}-${iso[2]}-${iso[3] ?? '01'}`;
    const t = Date.parse(`${candidate}T00:00:00Z`);
    if (Number.isNaN(t) || isoDay(new Date(t)) !== candidate)
      return fail(`"${text}" isn't a real date. Use YYYY-MM-DD, e.g. 2025-10-01.`);
    if (candidate > today) return fail(`${candidate} is in the future; "since" needs a past date.`);
    return ok(candidate);
  }
  if (/^yesterday$/i.test(text)) return ok(addDays(today, -1));
  if (/^today$/i.test(text)) return ok(today);
  const parsed = chrono.parse(text, now, { forwardDate: false })[0];
  // Only accept when chrono understood the whole phrase: "lumen" must not become a date.
  if (!parsed || parsed.text.length < text.length - 1)
    return fail(
      `I couldn't read "${text}" as a date. Try "7d", "30 days", "2025-10-01", "last week" or "since Oct 1".`,
    );
  let date = parsed.start.date();
  if (date.getTime() > now.getTime() + DAY_MS && !parsed.start.isCertain('year'))
    date = new Date(date.getTime() - 365 * DAY_MS);
  const day = isoDay(date);
  if (day > today) return fail(`${day} is in the future; "since" needs a past date.`);
  return ok(day);
}

/** A number of days ahead or back: "14", "14d", "2 weeks", "a month"; 1 to `max`. */
export function resolveDays(raw: string, max = 365): Resolution<number> {
  const text = raw
    .trim()
    .replace(/^(next|for|in|within)\s+/i, '')
    .trim();
  const span = parseSpan(text);
  if (span === null) return fail(`"${raw.trim()}" isn't a number of days. Try "14", "14d" or "2 weeks".`);
  if (span < 1 || span > max) return fail(`Pick between 1 and ${max} days.`);
  return ok(span);
}
