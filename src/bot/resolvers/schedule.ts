/** Digest schedules: "daily 08:00", "weekdays 7:30am", "weekly mon 9:00", "every monday at 9am", "8am". */
import { fail, ok, type Resolution } from './result.js';

export interface Schedule {
  cadence: 'daily' | 'weekdays' | 'weekly';
  /** 0 = Sunday … 6 = Saturday, for weekly. */
  weekday: number | null;
  /** HH:MM, 24-hour local time. */
  time: string;
  /** Only a time was given ("9:00"): a settings change keeps the cadence it had. */
  timeOnly?: true;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const weekdayName = (n: number): string => {
  const w = WEEKDAYS[n] ?? 'monday';
  return w[0]!.toUpperCase() + w.slice(1);
};

export function parseWeekday(word: string): number | null {
  const w = word.toLowerCase().replace(/s$/, '').replace(/\.$/, '');
  if (w.length < 2) return null;
  const i = WEEKDAYS.findIndex(
    (d) => d.startsWith(w) || (w.length >= 3 && w.startsWith(d.slice(0, 3)) && d.startsWith(w.slice(0, 3))),
  );
  return i >= 0 ? i : null;
}

/** "8", "08:00", "7:30am", "7.30 pm", "noon" → "HH:MM", or an error. */
export function parseTime(raw: string): Resolution<string> {
  const s = raw.trim().toLowerCase().replace(/\s+/g, '');
  if (s === 'noon') return ok('12:00');
  if (s === 'midnight') return ok('00:00');
  const m = /^(\d{1,2})(?:[:.h](\d{2}))?(am|pm|a|p)?$/.exec(s);
  if (!m) return fail(`"${raw.trim()}" isn't a time. Use HH:MM (24-hour) like 08:00, or 7:30am.`);
  let h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  const ampm = m[3]?.[0];
  if (ampm) {
    if (h < 1 || h > 12) return fail(`"${raw.trim()}" isn't a valid 12-hour time.`);
    h = (h % 12) + (ampm === 'p' ? 12 : 0);
  }
  if (h > 23 || min > 59) return fail(`"${raw.trim()}" isn't a valid time of day.`);
  return ok(`${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`);
}

export function resolveSchedule(raw: string): Resolution<Schedule> {
  const words = raw
    .trim()
    .toLowerCase()
    .replace(/\b(every|at|on|each)\b/g, ' ')
    .split(/[\s,]+/)
    .filter(Boolean);
  if (!words.length)
    return fail('Give a schedule, e.g. "daily 08:00", "weekdays 7:30am" or "weekly mon 9:00".');
  let cadence: Schedule['cadence'] | null = null;
  let weekday: number | null = null;
  let time: string | null = null;
  for (const w of words) {
    if (w === 'daily' || w === 'day' || w === 'everyday') cadence = 'daily';
    else if (w === 'weekdays' || w === 'weekday' || w === 'workdays') cadence = 'weekdays';
    else if (w === 'weekly' || w === 'week') cadence = cadence ?? 'weekly';
    else if (/^\d/.test(w) || w === 'noon' || w === 'midnight') {
      const t = parseTime(w);
      if (!t.ok) return t;
      time = t.value;
    } else if ((w === 'am' || w === 'pm') && time) {
      const t = parseTime(`${time.replace(/^0/, '')}${w}`.replace(':00', ''));
      if (t.ok) time = t.value;
    } else {
      const d = parseWeekday(w);
      if (d === null)
        return fail(
          `I didn't understand "${w}" in the schedule. Try "daily 08:00", "weekdays 7:30am" or "weekly mon 9:00".`,
        );
      weekday = d;
      cadence = 'weekly';
    }
  }
  if (cadence === 'weekly' && weekday === null)
    return fail('Which day for a weekly digest? e.g. "weekly mon 9:00".');
  if (!time) return fail('At what time? e.g. "daily 08:00" or "weekdays 7:30am".');
  if (!cadence) return ok({ cadence: 'daily', weekday: null, time, timeOnly: true });
  return ok({ cadence, weekday: cadence === 'weekly' ? weekday : null, time });
}

export function describeSchedule(s: Schedule, timeZone: string): string {
  const when =
    s.cadence === 'daily'
      ? 'every day'
      : s.cadence === 'weekdays'
        ? 'on weekdays'
        : `every ${weekdayName(s.weekday ?? 1)}`;
  return `${when} at ${s.time} (${timeZone})`;
}
