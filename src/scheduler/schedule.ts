/**
 * Pure schedule math for digest subscriptions: when does a daily / weekdays / weekly digest at HH:MM
 * local time in an IANA zone run? Uses Intl only (no date library).
 *
 * DST: the run stays at the same local wall time across a change. A wall time that does not exist on a
 * spring-forward day (02:30 in New York on the second Sunday of March) runs at the first valid minute
 * after the gap (03:00), once. A wall time that happens twice on a fall-back day runs at the first one.
 */
import type { SubscriptionRecord } from '../domain/records.js';

export type ScheduleSpec = Pick<SubscriptionRecord, 'cadence' | 'weekday' | 'time' | 'timeZone'>;

export interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export interface Run {
  /** The instant the digest is due. */
  at: Date;
  /** The local calendar date the run belongs to, YYYY-MM-DD: names its period. */
  localDate: string;
}

export interface LocalParts extends LocalDate {
  hour: number;
  minute: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock date and time of an instant in a zone. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const out: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant))
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour! % 24,
    minute: out.minute!,
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const formatLocalDate = (d: LocalDate): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

/** Wall time as if it were UTC: comparable numbers for local times. */
const wallMs = (p: LocalParts) => Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);

/** The zone's offset from UTC at an instant, in ms (positive east of Greenwich). */
function offsetAt(instantMs: number, timeZone: string): number {
  const floored = Math.floor(instantMs / MINUTE) * MINUTE;
  return wallMs(localParts(new Date(floored), timeZone)) - floored;
}

/**
 * The instant of a local wall time. If the wall time does not exist (DST gap), the first minute after
 * the gap; if it exists twice (DST overlap), the earlier instant.
 */
export function zonedInstant(parts: LocalParts, timeZone: string): Date {
  const wanted = wallMs(parts);
  // Two candidates from the offsets either side of the target: covers every real zone transition.
  const candidates = new Set<number>();
  for (const probe of [wanted - DAY / 2, wanted + DAY / 2])
    candidates.add(wanted - offsetAt(probe, timeZone));
  candidates.add(wanted - offsetAt(wanted, timeZone));
  const exact = [...candidates]
    .filter((t) => wallMs(localParts(new Date(t), timeZone)) === wanted)
    .sort((a, b) => a - b);
  if (exact.length) return new Date(exact[0]!);
  // In a gap: binary-search the first minute whose wall time is at or after the wanted time.
  let lo = Math.min(...candidates) - DAY / 4;
  let hi = Math.max(...candidates) + DAY / 4;
  lo = Math.floor(lo / MINUTE);
  hi = Math.ceil(hi / MINUTE);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallMs(localParts(new Date(mid * MINUTE), timeZone)) >= wanted) hi = mid;
    else lo = mid + 1;
  }
  return new Date(lo * MINUTE);
}

function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

const weekdayOf = (d: LocalDate) => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();

export function runsOn(spec: ScheduleSpec, d: LocalDate): boolean {
  const wd = weekdayOf(d);
  if (spec.cadence === 'daily') return true;
  if (spec.cadence === 'weekdays') return wd >= 1 && wd <= 5;
  return wd === (spec.weekday ?? 1);
}

function parseTime(time: string): { hour: number; minute: number } {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!m) throw new Error(`bad schedule time "${time}" (expected HH:MM)`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** The run on one local date (whether or not the cadence runs that day). */
export function runOnDate(spec: ScheduleSpec, d: LocalDate): Run {
  return {
    at: zonedInstant({ ...d, ...parseTime(spec.time) }, spec.timeZone),
    localDate: formatLocalDate(d),
  };
}

/** The first run strictly after `after`. */
export function nextRun(spec: ScheduleSpec, after: Date): Run {
  const start = addDays(localParts(after, spec.timeZone), -1);
  for (let i = 0; i < 10; i++) {
    const d = addDays(start, i);
    if (!runsOn(spec, d)) continue;
    const run = runOnDate(spec, d);
    if (run.at.getTime() > after.getTime()) return run;
  }
  throw new Error('no run found within ten days: bad schedule');
}

/** The latest run at or before `atOrBefore`. */
export function previousRun(spec: ScheduleSpec, atOrBefore: Date): Run {
  const start = addDays(localParts(atOrBefore, spec.timeZone), 1);
  for (let i = 0; i < 10; i++) {
    const d = addDays(start, -i);
    if (!runsOn(spec, d)) continue;
    const run = runOnDate(spec, d);
    if (run.at.getTime() <= atOrBefore.getTime()) return run;
  }
  throw new Error('no run found within ten days: bad schedule');
}

/** Names one delivery of a subscription: the unit of exactly-once. */
export const periodKey = (subscriptionId: string, run: Run): string => `${subscriptionId}:${run.localDate}`;

/** YYYY-MM-DD of an instant in a zone. */
export const localDateOf = (instant: Date, timeZone: string): string =>
  formatLocalDate(localParts(instant, timeZone));
