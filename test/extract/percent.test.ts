import { describe, expect, it } from 'vitest';
import { findPercents } from '../../src/extract/percent.js';

const one = (t: string) => findPercents(t)[0]!;

describe('percents', () => {
  it('takes direction from the verb', () => {
    expect(one('the stock slid 4.5% by noon')).toMatchObject({ value: 4.5, direction: -1 });
    expect(one('shares climbed 12% after the report')).toMatchObject({ value: 12, direction: 1 });
    expect(one('it ended down roughly 2.2% on the week')).toMatchObject({
      value: 2.2,
      direction: -1,
      approximate: true,
    });
    expect(one('which gained 7 percent')).toMatchObject({ value: 7, direction: 1 });
  });
  it('takes direction from an explicit sign', () => {
    expect(one('a jump (+58%) since March')).toMatchObject({ value: 58, direction: 1, signed: true });
    expect(one('margins (-3.1%) shrank')).toMatchObject({ value: 3.1, direction: -1, signed: true });
    expect(one('down to –6% from a year ago').direction).toBe(-1);
  });
  it('marks ranges so they are not read as one move', () => {
    const [a] = findPercents('rivals were up 8–12% this year');
    expect(a!.range).toBe(true);
    expect(a!.value).toBe(12);
    expect(a!.direction).not.toBe(-1); // the dash joins two numbers, it is not a minus
    const both = findPercents('a 5% to 9% gain');
    expect(both.map((p) => p.range)).toEqual([true, true]);
  });
  it('reads thousands separators', () => {
    expect(one('up more than 1,450% since listing').value).toBe(1450);
  });
});
