/**
 * Session 23, from analyst sentences of our own: two-word ratings written with a hyphen, and a target
 * "hike" told from the company's side.
 */
import { describe, expect, it } from 'vitest';
import { actionRow, extract } from './helpers.js';

const rows = (text: string) =>
  extract(`Ratings\n\n${text}`, '2026-11-20').extraction.analystActions.map(actionRow);

describe('a two-word rating written with a hyphen', () => {
  it('reads "now rates X market-perform, down from outperform" as a downgrade in the table\'s spelling', () => {
    expect(
      rows(
        'Bernstein analyst Tom Reyes now rates Ossory Foods (NYSE: OSSF) market-perform, down from outperform.',
      ),
    ).toEqual([['Bernstein', 'OSSF', 'downgrade', 'Market Perform', 'Outperform', null, null]]);
  });

  it('reads "upgraded X to sector-outperform from sector-perform"', () => {
    expect(
      rows('Scotiabank upgraded Ossory Foods (NYSE: OSSF) to sector-outperform from sector-perform.'),
    ).toEqual([['Scotiabank', 'OSSF', 'upgrade', 'Sector Outperform', 'Sector Perform', null, null]]);
  });

  it('keeps "equal-weight" as written', () => {
    expect(rows('Morgan Stanley cut Ossory Foods (NYSE: OSSF) to equal-weight from overweight.')).toEqual([
      ['Morgan Stanley', 'OSSF', 'downgrade', 'Equal-Weight', 'Overweight', null, null],
    ]);
  });
});

describe('a target hike told from the company side', () => {
  it('reads "earned a price-target hike to $58 from Truist, which stuck with its buy rating"', () => {
    expect(
      rows(
        'Ossory Foods (NYSE: OSSF) earned a price-target hike to $58 from Truist, which stuck with its buy rating.',
      ),
    ).toEqual([['Truist', 'OSSF', 'target_raise', 'Buy', null, 58, null]]);
  });

  it('does not read an interest-rate hike as a target move', () => {
    expect(rows('Ossory Foods (NYSE: OSSF) said a rate hike would lift its borrowing costs.')).toEqual([]);
  });
});

describe('a rating kept, written in lower case before "on"', () => {
  it('reads "reiterated a buy on X and lifted her target" with the Buy rating', () => {
    expect(
      rows("Citi's Jane Ko reiterated a buy on Ossory Foods (NYSE: OSSF) and lifted her target to $120."),
    ).toEqual([['Citi', 'OSSF', 'target_raise', 'Buy', null, 120, null]]);
  });

  it('does not read "maintain a hold on costs" as a rating without a company after it', () => {
    expect(rows('Ossory Foods (NYSE: OSSF) said it would maintain a hold on hiring.')).toEqual([]);
  });
});
