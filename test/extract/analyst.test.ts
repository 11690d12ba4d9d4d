import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const actions = (text: string, title = '') => extract(text, '2026-03-10', title).extraction.analystActions;

describe('analyst actions', () => {
  it('reads an upgrade with ratings and targets', () => {
    const [a] = actions(
      'Goldman Sachs upgraded Lorvex Energy (NYSE: LRVX) to Buy from Neutral and raised its price target to $64 from $51.',
    );
    expect(a).toMatchObject({
      firm: 'Goldman Sachs',
      ticker: 'LRVX',
      action: 'upgrade',
      rating: 'Buy',
      priorRating: 'Neutral',
      priceTarget: 64,
      priorPriceTarget: 51,
    });
  });
  it('reads ratings written in lower case where only a rating can stand', () => {
    expect(actions('Jefferies upgraded Lorvex Energy (NYSE: LRVX) to buy from hold.')[0]).toMatchObject({
      firm: 'Jefferies',
      action: 'upgrade',
      rating: 'Buy',
      priorRating: 'Hold',
    });
    expect(
      actions(
        'Berenberg initiated coverage of Lorvex Energy (NYSE: LRVX) with a hold rating and a $21 target.',
      )[0],
    ).toMatchObject({ action: 'initiate', rating: 'Hold', priceTarget: 21 });
    expect(
      actions('Citi raised its target on Lorvex Energy (NYSE: LRVX) to $55 and kept a buy rating.')[0],
    ).toMatchObject({ action: 'target_raise', rating: 'Buy', priceTarget: 55 });
    // "buy" as a verb is no rating.
    expect(actions('Lorvex Energy (NYSE: LRVX) said it would buy back shares.')).toEqual([]);
  });
  it('does not give a reiteration to the company a quoted view before it is about', () => {
    const list = actions(
      'Lorvex Energy (NYSE: LRVX)\n\n• Jefferies upgraded Lorvex Energy to Buy from Hold. Analyst Rowan Kessler wrote that Dunmore Optics "closes the biggest gap in Lorvex\'s story."\n• Morgan Stanley reiterated an Overweight rating and a $365 target.',
    );
    expect(list.map((a) => [a.firm, a.ticker ?? a.company, a.action])).toEqual([
      ['Jefferies', 'LRVX', 'upgrade'],
      ['Morgan Stanley', 'LRVX', 'reiterate'],
    ]);
  });
  it('gives "upgraded the stock" to the stock the sentence just named, not the paragraph\'s last company', () => {
    const list = actions(
      'Lorvex Energy (NYSE: LRVX) agreed to buy Dunmore Optics. Dunmore had raised $48 million since 2020. Lorvex shares rose 3.8% on Monday, and Wedbush upgraded the stock to Outperform from Neutral.',
    );
    expect(list.map((a) => [a.firm, a.ticker ?? a.company, a.action])).toEqual([
      ['Wedbush', 'LRVX', 'upgrade'],
    ]);
  });
  it('splits two firms in one sentence and carries the company over', () => {
    const got = actions(
      'UBS cut its target on Delmar Foods (NYSE: DLMR) to $30 from $36, while Bernstein reiterated its Outperform rating.',
    );
    expect(got.map((a) => [a.firm, a.ticker, a.action, a.rating, a.priceTarget])).toEqual([
      ['UBS', 'DLMR', 'target_cut', null, 30],
      ['Bernstein', 'DLMR', 'reiterate', 'Outperform', null],
    ]);
  });
  it('reads initiations and downgrades of "the stock"', () => {
    const text =
      'Vexa Cloud (NASDAQ: VXCL) fell 3%. Jefferies started coverage at Hold with a $22 target. Barclays downgraded the stock to Underweight.';
    const got = actions(text, 'Vexa Cloud slips');
    expect(got.map((a) => [a.firm, a.ticker, a.action, a.rating])).toEqual([
      ['Jefferies', 'VXCL', 'initiate', 'Hold'],
      ['Barclays', 'VXCL', 'downgrade', 'Underweight'],
    ]);
  });
  it('ignores cuts and raises that are not about ratings', () => {
    expect(actions('Ford cut 3,000 jobs and raised its dividend.')).toEqual([]);
  });
});
