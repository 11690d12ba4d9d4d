import { describe, expect, it } from 'vitest';
import { resolveDays, resolveSince } from '../../src/bot/resolvers/date.js';
import { resolveDealType } from '../../src/bot/resolvers/deal-type.js';
import { resolveSchedule } from '../../src/bot/resolvers/schedule.js';
import { resolveTimeZone, suggestTimeZones } from '../../src/bot/resolvers/timezone.js';
import { editDistance, rankCandidates } from '../../src/bot/resolvers/fuzzy.js';

const NOW = new Date('2026-11-21T10:00:00Z');

describe('since', () => {
  it.each([
    ['7d', '2026-11-14'],
    ['30 days', '2026-10-22'],
    ['2 weeks', '2026-11-07'],
    ['2025-10-01', '2025-10-01'],
    ['2025-01', '2025-01-01'],
    ['since 2025-01', '2025-01-01'],
    ['since Oct 1', '2026-10-01'],
    ['last week', '2026-11-14'],
    ['yesterday', '2026-11-20'],
    ['2025', '2025-01-01'],
    ['since 2026', '2026-01-01'],
  ])('reads %s', (raw, expected) => {
    expect(resolveSince(raw, NOW)).toEqual({ ok: true, value: expected });
  });

  it('takes a month name without a year as the most recent past one', () => {
    const r = resolveSince('since Dec 5', NOW);
    expect(r).toEqual({ ok: true, value: '2025-12-05' });
  });

  it('refuses future dates, impossible dates and words', () => {
    expect(resolveSince('2027-01-01', NOW).ok).toBe(false);
    expect(resolveSince('2027', NOW).ok).toBe(false);
    const bad = resolveSince('2025-02-30', NOW);
    expect(bad.ok || bad.error).toMatch(/isn't a real date/);
    const word = resolveSince('lumen', NOW);
    expect(word.ok || word.error).toMatch(/couldn't read "lumen"/);
  });
});

describe('days', () => {
  it('reads counts and spans', () => {
    expect(resolveDays('14')).toEqual({ ok: true, value: 14 });
    expect(resolveDays('2 weeks')).toEqual({ ok: true, value: 14 });
    expect(resolveDays('next 30d')).toEqual({ ok: true, value: 30 });
    expect(resolveDays('0').ok).toBe(false);
    expect(resolveDays('soon').ok).toBe(false);
  });
});

describe('schedule', () => {
  it.each([
    ['daily 08:00', { cadence: 'daily', weekday: null, time: '08:00' }],
    ['weekdays 7:30am', { cadence: 'weekdays', weekday: null, time: '07:30' }],
    ['weekly mon 9:00', { cadence: 'weekly', weekday: 1, time: '09:00' }],
    ['every friday at 5pm', { cadence: 'weekly', weekday: 5, time: '17:00' }],
    ['8am', { cadence: 'daily', weekday: null, time: '08:00', timeOnly: true }],
  ])('reads %s', (raw, expected) => {
    expect(resolveSchedule(raw)).toEqual({ ok: true, value: expected });
  });

  it('explains what is wrong', () => {
    const noDay = resolveSchedule('weekly 9:00');
    expect(noDay.ok || noDay.error).toMatch(/Which day/);
    const badTime = resolveSchedule('daily 25:00');
    expect(badTime.ok || badTime.error).toMatch(/valid time/);
    const noTime = resolveSchedule('weekdays');
    expect(noTime.ok || noTime.error).toMatch(/what time/i);
  });
});

describe('time zones', () => {
  it('accepts IANA names loosely and common abbreviations', () => {
    expect(resolveTimeZone('Europe/Paris')).toEqual({ ok: true, value: 'Europe/Paris' });
    expect(resolveTimeZone('europe/paris')).toEqual({ ok: true, value: 'Europe/Paris' });
    expect(resolveTimeZone('Tokyo')).toEqual({ ok: true, value: 'Asia/Tokyo' });
    expect(resolveTimeZone('ET')).toEqual({ ok: true, value: 'America/New_York' });
    expect(resolveTimeZone('utc')).toEqual({ ok: true, value: 'UTC' });
  });

  it('suggests close names for a typo', () => {
    const r = resolveTimeZone('Europe/Pariss');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/Did you mean .*Europe\/Paris/);
      expect(r.suggestions).toContain('Europe/Paris');
    }
    expect(suggestTimeZones('new y')).toContain('America/New_York');
  });
});

describe('deal types', () => {
  it('understands plurals and synonyms', () => {
    for (const [raw, t] of [
      ['acquisitions', 'acquisition'],
      ['Partnerships', 'partnership'],
      ['sales', 'divestiture'],
      ['M&A', 'acquisition'],
      ['stakes', 'investment'],
      ['contracts', 'contract'],
    ])
      expect(resolveDealType(raw!)).toEqual({ ok: true, value: t });
    expect(resolveDealType('lumen').ok).toBe(false);
  });
});

describe('fuzzy matching', () => {
  it('measures edits including transpositions', () => {
    expect(editDistance('lumn', 'lumn')).toBe(0);
    expect(editDistance('lunm', 'lumn')).toBe(1);
    expect(editDistance('lumm', 'lumn')).toBe(1);
    expect(editDistance('zzzz', 'lumn')).toBe(4);
  });

  it('ranks exact, then prefix, then close', () => {
    const cands = ['LUMN', 'LUV', 'LULU', 'PLTR'].map((t) => ({ item: t, keys: [t] }));
    expect(rankCandidates('lu', cands, 5)).toEqual(['LUV', 'LULU', 'LUMN']);
    expect(rankCandidates('LUMM', cands, 1)).toEqual(['LUMN']);
    expect(rankCandidates('ZZZZ', cands, 3)).toEqual([]);
  });
});
