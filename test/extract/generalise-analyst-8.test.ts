/**
 * Session 19, from analyst sentences of our own: the company named between the firm and its verb
 * ("Analysts at HSBC turned bullish on Corvane, upgrading the stock"), a firm's action told in a relative
 * clause after it ("a vote of confidence from UBS, which upgraded the shares"), and a target "nudged up".
 */
import { describe, expect, it } from 'vitest';
import { actionRow, extract } from './helpers.js';

const rows = (text: string) =>
  extract(`Ratings\n\n${text}`, '2026-11-20').extraction.analystActions.map(actionRow);

const TWO = 'Corvane Systems Inc. (NASDAQ: CRVN) and Harvel Group Inc. (NYSE: HRVG) both traded higher.';

describe('the company an action is about', () => {
  it('is the one named between the firm and its verb, not the one of the sentence before', () => {
    expect(
      rows(
        `${TWO} Mizuho cut its price target on Harvel to $70 from $85. Analysts at HSBC turned bullish on Corvane, upgrading the stock to buy from hold.`,
      ),
    ).toEqual([
      ['Mizuho', 'HRVG', 'target_cut', null, null, 70, 85],
      ['HSBC', 'CRVN', 'upgrade', 'Buy', 'Hold', null, null],
    ]);
  });
});

describe('an action told in a relative clause after the firm', () => {
  it('reads "a vote of confidence from UBS, which upgraded the shares to buy"', () => {
    expect(
      rows(
        'Harvel Group Inc. (NYSE: HRVG) got a vote of confidence from UBS, which upgraded the shares to buy with a $90 price target.',
      ),
    ).toEqual([['UBS', 'HRVG', 'upgrade', 'Buy', null, 90, null]]);
  });

  it('reads no action from a relative clause after a company that is no research firm', () => {
    expect(
      rows(
        'Harvel Group Inc. (NYSE: HRVG) signed a deal with Corvane Systems, which raised its sales target to $2 billion.',
      ),
    ).toEqual([]);
  });
});

describe('a target nudged up or down', () => {
  it('reads "nudged its target up" as a raise even after a reaffirmed rating', () => {
    expect(
      rows(
        'Harvel Group Inc. (NYSE: HRVG) rose. Raymond James reaffirmed its view on Harvel Group and nudged its target up to $101.',
      ),
    ).toEqual([['Raymond James', 'HRVG', 'target_raise', null, null, 101, null]]);
  });

  it('reads "nudged its price target down" as a cut', () => {
    expect(
      rows(
        'Harvel Group Inc. (NYSE: HRVG) fell. Raymond James nudged its price target down to $88 and kept an outperform rating.',
      ),
    ).toEqual([['Raymond James', 'HRVG', 'target_cut', 'Outperform', null, 88, null]]);
  });
});
