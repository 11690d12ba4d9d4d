/**
 * Ratings as wire copy writes them, in lower case and in the firm's own spelling, checked in our own words:
 * where only a rating can stand ("started X at underperform", "his buy rating"), a firm that "now rates X
 * equal weight, up from underweight", "lifted its rating", "moving to a Buy rating", and a company whose
 * name is also a word named after "price target on".
 */
import { describe, expect, it } from 'vitest';
import { actionRow, extract } from './helpers.js';

const rows = (text: string) =>
  extract(`Ratings\n\n${text}`, '2026-11-20').extraction.analystActions.map(actionRow);

describe('ratings in lower case', () => {
  it.each([
    [
      'Bernstein started Intel at underperform with a $20 price target.',
      ['Bernstein', 'INTC', 'initiate', 'Underperform', null, 20, null],
    ],
    [
      'Goldman Sachs analyst Eric Sheridan reiterated his buy rating on Amazon, with a $260 target.',
      ['Goldman Sachs', 'AMZN', 'reiterate', 'Buy', null, 260, null],
    ],
    [
      'Shares of Adobe slid after KeyBanc downgraded the stock to sector weight.',
      ['KeyBanc', 'ADBE', 'downgrade', 'Sector Weight', null, null, null],
    ],
    [
      'Piper Sandler lifted its rating on Starbucks to overweight from neutral.',
      ['Piper Sandler', 'SBUX', 'upgrade', 'Overweight', 'Neutral', null, null],
    ],
    [
      'Barclays now rates Tesla equal weight, up from underweight, with a price target of $350.',
      ['Barclays', 'TSLA', 'upgrade', 'Equal Weight', 'Underweight', 350, null],
    ],
    [
      'Stifel said it was moving to a Buy rating on Snap from Hold.',
      ['Stifel', 'SNAP', 'upgrade', 'Buy', 'Hold', null, null],
    ],
    [
      'Analysts at Jefferies cut their price target on Target to $110 from $125, keeping a hold rating.',
      ['Jefferies', 'TGT', 'target_cut', 'Hold', null, 110, 125],
    ],
  ])('%s', (text, row) => {
    expect(rows(text)).toEqual([row]);
  });

  it('leaves "buy" a verb where a rating cannot stand', () => {
    expect(
      rows(
        'Morgan Stanley raised its price target on Tesla to $400 from $350, telling clients to buy the dip.',
      ),
    ).toEqual([['Morgan Stanley', 'TSLA', 'target_raise', null, null, 400, 350]]);
  });
});

describe('ratings in single quotes, and a downgrade pointed back at', () => {
  it("reads \"upgraded X to 'buy' from 'hold'\" as Indian desks write it", () => {
    expect(
      rows("Jefferies upgraded Infosys (NSE: INFY) to 'buy' from 'hold' and raised its target to Rs 1,950."),
    ).toEqual([['Jefferies', 'INFY', 'upgrade', 'Buy', 'Hold', 1950, null]]);
  });

  it('takes "after the CLSA downgrade" for the action already told, not a new one', () => {
    expect(
      rows(
        "CLSA downgraded Asian Paints (NSE: ASIANPAINT) to 'underperform' from 'hold'. Asian Paints was the top loser, falling 3.1 percent after the CLSA downgrade, followed by Bharti Airtel (NSE: BHARTIARTL).",
      ),
    ).toEqual([['CLSA', 'ASIANPAINT', 'downgrade', 'Underperform', 'Hold', null, null]]);
  });
});

describe('an Australian small-cap page', () => {
  const text =
    'Karrawind Minerals Ltd (ASX:KWM) signed an offtake deal with Ford Motor Co (NYSE:F).\n\nCanaccord Genuity reiterated its speculative buy rating and A$0.62 price target, describing the Ford agreement as a key event. Shaw and Partners kept its buy rating and raised its price target to A$0.55 from A$0.48.';

  it('reads a speculative buy, an A$ target before "price target", and a broker named with "and"', () => {
    expect(rows(text)).toEqual([
      ['Canaccord Genuity', 'KWM', 'reiterate', 'Speculative Buy', null, 0.62, null],
      ['Shaw and Partners', 'KWM', 'target_raise', 'Buy', null, 0.55, 0.48],
    ]);
  });
});

describe('a target moved, told from the company side', () => {
  it('reads "X had its price target lifted by analysts at Y from $62.00 to $66.00"', () => {
    expect(
      rows(
        'Rollins (NYSE:ROL) had its price target lifted by analysts at Jefferies Financial Group from $62.00 to $66.00.',
      ),
    ).toEqual([['Jefferies Financial Group', 'ROL', 'target_raise', null, null, 66, 62]]);
  });
});
