import { describe, expect, it } from 'vitest';
import { findDates, findPeriods, inferYear } from '../../src/extract/dates.js';

const pub = '2026-03-10'; // a Tuesday

describe('dates', () => {
  it('infers the year from the publish date', () => {
    expect(findDates('results on Apr. 22', pub)[0]!.date).toBe('2026-04-22');
    expect(findDates('the deal signed Dec. 18', pub)[0]!.date).toBe('2025-12-18');
    expect(inferYear(1, 5, '2025-12-20')).toBe(2026);
    expect(inferYear(1, 5, null)).toBeNull();
  });
  it('reads full, day-first, ISO and numeric dates', () => {
    expect(findDates('on September 3, 2025 it said', pub)[0]!.date).toBe('2025-09-03');
    expect(findDates('on 14 May 2026', pub)[0]!.date).toBe('2026-05-14');
    expect(findDates('filed 2026-02-27', pub)[0]!.date).toBe('2026-02-27');
    expect(findDates('due 6/30/2026', pub)[0]!.date).toBe('2026-06-30');
    expect(findDates('Sept. 9', pub)[0]!.date).toBe('2025-09-09');
  });
  it('resolves weekdays forward for plans and backward for reports', () => {
    expect(findDates('will report Thursday', pub, true)[0]!.date).toBe('2026-03-12');
    expect(findDates('said on Friday', pub, false)[0]!.date).toBe('2026-03-06');
    expect(findDates('said today', pub)[0]!.date).toBe(pub);
    expect(findDates('reports tomorrow', pub)[0]!.date).toBe('2026-03-11');
  });
  it('reads "last" and "next" before a weekday whatever the tense elsewhere', () => {
    expect(findDates('reported results last Thursday', pub, true)[0]!.date).toBe('2026-03-05');
    expect(findDates('last Tuesday', pub, true)[0]!.date).toBe('2026-03-03');
    expect(findDates('reports next Tuesday', pub, false)[0]!.date).toBe('2026-03-17');
    expect(findDates('reports this Friday', pub, true)[0]!.date).toBe('2026-03-13');
  });
  it('does not read the verb "may" as a month', () => {
    expect(findDates('it may 5 times exceed', pub)).toEqual([]);
  });
  it('without a publish date a bare month and day has no year', () => {
    expect(findDates('on Oct. 3', null)).toEqual([]);
    expect(findDates('on Oct. 3, 2024', null)[0]!.date).toBe('2024-10-03');
  });
  it('reads quarters and halves, inferring their year', () => {
    expect(findPeriods('its Q4 results', '2026-01-28')[0]!.period).toBe('Q4 2025');
    expect(findPeriods('fourth-quarter earnings', '2026-01-28')[0]!.period).toBe('Q4 2025');
    expect(findPeriods('close in the second quarter', pub, true)[0]!.period).toBe('Q2 2026');
    expect(findPeriods('close in the first quarter', '2026-11-02', true)[0]!.period).toBe('Q1 2027');
    expect(findPeriods('by H2 2027', pub)[0]!.period).toBe('H2 2027');
    expect(findPeriods('in the first half of 2027', pub)[0]!.period).toBe('H1 2027');
    expect(findPeriods('Q3 2024 numbers', pub)[0]!.period).toBe('Q3 2024');
  });
});
