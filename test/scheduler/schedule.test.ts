import { describe, expect, it } from 'vitest';
import {
  localParts,
  nextRun,
  periodKey,
  previousRun,
  zonedInstant,
  type ScheduleSpec,
} from '../../src/scheduler/schedule.js';

const daily = (time: string, timeZone: string): ScheduleSpec => ({
  cadence: 'daily',
  weekday: null,
  time,
  timeZone,
});
const iso = (d: Date) => d.toISOString();

describe('schedule math', () => {
  it('runs a daily digest at local time in its zone', () => {
    const spec = daily('08:00', 'Europe/Paris');
    // 2026-01-15 is winter: Paris is UTC+1.
    expect(iso(nextRun(spec, new Date('2026-01-15T06:00:00Z')).at)).toBe('2026-01-15T07:00:00.000Z');
    // Just after today's run: tomorrow.
    const run = nextRun(spec, new Date('2026-01-15T07:00:00Z'));
    expect(iso(run.at)).toBe('2026-01-16T07:00:00.000Z');
    expect(run.localDate).toBe('2026-01-16');
  });

  it('uses the local date, not the UTC date, for zones far from UTC', () => {
    const spec = daily('07:30', 'Asia/Tokyo'); // UTC+9, no DST
    const run = nextRun(spec, new Date('2026-03-01T20:00:00Z')); // already 05:00 on 2 March in Tokyo
    expect(iso(run.at)).toBe('2026-03-01T22:30:00.000Z');
    expect(run.localDate).toBe('2026-03-02');
    expect(periodKey('sub1', run)).toBe('sub1:2026-03-02');
  });

  it('keeps 08:00 local across both DST changes', () => {
    const spec = daily('08:00', 'America/New_York');
    const before = nextRun(spec, new Date('2026-03-07T00:00:00Z')); // Sat 7 Mar, EST (UTC-5)
    expect(iso(before.at)).toBe('2026-03-07T13:00:00.000Z');
    const after = nextRun(spec, before.at); // Sun 8 Mar: DST starts at 02:00, EDT (UTC-4)
    expect(iso(after.at)).toBe('2026-03-08T12:00:00.000Z');
    const autumn = nextRun(spec, new Date('2026-11-01T00:00:00Z')); // Sun 1 Nov: back to EST
    expect(iso(autumn.at)).toBe('2026-11-01T13:00:00.000Z');
    expect(localParts(autumn.at, 'America/New_York')).toMatchObject({ hour: 8, minute: 0 });
  });

  it('runs a time that does not exist on the spring-forward day at the next valid minute, once', () => {
    const spec = daily('02:30', 'America/New_York');
    const runs = [];
    let t = new Date('2026-03-06T12:00:00Z');
    for (let i = 0; i < 4; i++) runs.push((t = nextRun(spec, t).at));
    const local = runs.map((r) => localParts(r, 'America/New_York'));
    expect(local.map((p) => `${p.day} ${p.hour}:${p.minute}`)).toEqual([
      '7 2:30',
      '8 3:0',
      '9 2:30',
      '10 2:30',
    ]);
    expect(iso(zonedInstant({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York'))).toBe(
      '2026-03-08T07:00:00.000Z',
    );
  });

  it('runs a time that happens twice on the fall-back day at the first one, once', () => {
    const spec = daily('01:30', 'America/New_York');
    const first = nextRun(spec, new Date('2026-11-01T00:00:00Z'));
    expect(iso(first.at)).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
    const next = nextRun(spec, first.at);
    expect(next.localDate).toBe('2026-11-02'); // not again at 01:30 EST the same night
  });

  it('runs weekdays only on Monday to Friday', () => {
    const spec: ScheduleSpec = { cadence: 'weekdays', weekday: null, time: '09:00', timeZone: 'UTC' };
    const fri = new Date('2026-11-20T09:00:00Z');
    expect(iso(nextRun(spec, fri).at)).toBe('2026-11-23T09:00:00.000Z'); // Monday
    expect(iso(previousRun(spec, new Date('2026-11-22T12:00:00Z')).at)).toBe(iso(fri));
  });

  it('runs weekly on its day', () => {
    const spec: ScheduleSpec = { cadence: 'weekly', weekday: 3, time: '17:45', timeZone: 'Australia/Sydney' };
    const run = nextRun(spec, new Date('2026-11-21T00:00:00Z'));
    expect(run.localDate).toBe('2026-11-25'); // Wednesday
    expect(iso(run.at)).toBe('2026-11-25T06:45:00.000Z'); // AEDT, UTC+11
    expect(previousRun(spec, run.at).localDate).toBe('2026-11-25');
    expect(previousRun(spec, new Date(run.at.getTime() - 60_000)).localDate).toBe('2026-11-18');
  });
});
