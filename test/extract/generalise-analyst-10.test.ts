/**
 * Session 22, from analyst sentences of our own: rating moves told with participles and plain "moved",
 * ratings in lower case after more verbs, and a target that "goes to" a new figure.
 */
import { describe, expect, it } from 'vitest';
import { actionRow, extract } from './helpers.js';

const rows = (text: string) =>
  extract(`Ratings\n\n${text}`, '2026-11-20').extraction.analystActions.map(actionRow);

describe('a rating move told with a participle', () => {
  it('reads "…, lifting the stock to buy from hold"', () => {
    expect(
      rows('Jefferies turned bullish on Ossory Foods, lifting the stock to buy from hold with a $42 target.'),
    ).toEqual([['Jefferies', 'Ossory Foods', 'upgrade', 'Buy', 'Hold', 42, null]]);
  });
});

describe('a rating set without the one it replaced', () => {
  it('is an upgrade when the new rating is bullish', () => {
    expect(rows('Analysts at Barclays moved Ossory Foods to overweight, citing stronger pricing.')).toEqual([
      ['Barclays', 'Ossory Foods', 'upgrade', 'Overweight', null, null, null],
    ]);
  });

  it('is a downgrade when it is bearish, in lower case after "slashed"', () => {
    expect(rows('UBS slashed Harlow Metals to sell, warning that margins will shrink.')).toEqual([
      ['UBS', 'Harlow Metals', 'downgrade', 'Sell', null, null, null],
    ]);
  });

  it('says nothing of the way when the new rating is neutral', () => {
    expect(rows('Barclays moved Ossory Foods to neutral after the results.')).not.toContainEqual(
      expect.arrayContaining(['upgrade']),
    );
    expect(rows('Barclays moved Ossory Foods to neutral after the results.')).not.toContainEqual(
      expect.arrayContaining(['downgrade']),
    );
  });
});

describe('a target that goes to a new figure', () => {
  it('is raised or cut by the figures', () => {
    expect(rows("Piper Sandler's price target for Harlow Metals goes to $102 from $97.")).toEqual([
      ['Piper Sandler', 'Harlow Metals', 'target_raise', null, null, 102, 97],
    ]);
  });
});

describe('a target move told as a noun the company got', () => {
  it('reads "got a price-target bump at BMO, to $95 from $88" as BMO\'s target raise', () => {
    expect(rows('Harlow Metals (NYSE: HLMT) got a price-target bump at BMO, to $95 from $88.')).toEqual([
      ['Bank of Montreal', 'HLMT', 'target_raise', null, null, 95, 88],
    ]);
  });
});

describe('ratings in lower case after a comma', () => {
  it('reads "got an upgrade at BMO, to outperform from market perform" with both ratings', () => {
    expect(
      rows('Harlow Metals (NYSE: HLMT) got an upgrade at BMO, to outperform from market perform.'),
    ).toEqual([['Bank of Montreal', 'HLMT', 'upgrade', 'Outperform', 'Market Perform', null, null]]);
  });
});
