/**
 * Session 5 rules, generalised from deal misses in the holdout set and the studied half of the sealed
 * set: rounds led by an investor without the word "round", stakes already held, one government buyer
 * named with and without its country, past deals in relative clauses, terminated deals, a supplier who
 * reports its customer's contract, and deal noun phrases whose buyer is the story's subject.
 * Every case uses our own sentences; negatives must not extract.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const deals = (text: string, title = '') =>
  extract(text, '2026-03-10', title).extraction.deals.map(
    (d) =>
      `${d.type} ${d.parties.map((p) => `${p.ticker ?? p.name}:${p.role ?? '-'}`).join('+')}${d.value ? ` ${d.value.text}` : ''} ${d.status}`,
  );

describe('deals: a financing led by an investor', () => {
  it('reads "a Series C financing led by X" as the lead investor\'s investment', () => {
    expect(
      deals(
        'Tessaly Bio, a San Diego gene-therapy startup, has closed $210 million in a Series C financing led by Amgen Inc. (NASDAQ: AMGN).',
      ),
    ).toEqual(['investment AMGN:investor+Tessaly Bio:investee $210 million completed']);
  });
  it('reads "a Series A in 2023, led by X" as an earlier round', () => {
    expect(
      deals(
        'Corvane Robotics (NYSE: CRVN) opened a plant in Ohio. Its supplier Dunmore Labs raised a $45 million Series A in 2023, led by Halvard Ventures.',
      ),
    ).toEqual([
      expect.stringMatching(/^investment Halvard Ventures:investor\+Dunmore Labs:investee \$45 million/),
    ]);
  });
  it('does not read a loan led by banks as an investment', () => {
    expect(
      deals(
        'Corvane Robotics (NYSE: CRVN) signed a $300 million credit facility led by Wells Fargo (NYSE: WFC).',
      ),
    ).toEqual([]);
  });
});

describe('deals: a stake already held', () => {
  it('reads "a fund that owns 7.1% of X" as an investment', () => {
    expect(
      deals(
        'The campaign is run by Oxley Street Capital, an activist fund that owns 7.1% of Brandt Logistics (NYSE: BRLG).',
      ),
    ).toEqual(['investment Oxley Street Capital:investor+BRLG:investee completed']);
  });
  it('reads "is the largest shareholder in X" as an investment', () => {
    expect(
      deals(
        'Vellora Foods (NYSE: VLRA) sold its bakery unit in 2024 and is the largest shareholder in Swedish juice maker Saftkompaniet AB.',
      ),
    ).toEqual(['investment VLRA:investor+Saftkompaniet AB:investee completed']);
  });
  it('leaves out shares of a market or of a combined company', () => {
    expect(deals('Brandt Logistics (NYSE: BRLG) owns 31% of the U.S. freight brokerage market.')).toEqual([]);
    expect(
      deals(
        'After the merger closes, holders of Brandt Logistics (NYSE: BRLG) will own 55% of the combined company.',
      ),
    ).toEqual([]);
  });
  it('does not turn a majority already held into a new takeover', () => {
    expect(
      deals('Harbin Textiles (NYSE: HBT) owns 62% of Lanxi Dyeworks (SSE: 600712), a listed subsidiary.'),
    ).toEqual(['investment HBT:investor+600712:investee completed']);
  });
});

describe('deals: one government buyer, with and without its country', () => {
  it('merges "Navy" in a headline with "the U.S. Navy" in the body', () => {
    const out = deals(
      'The U.S. Navy has selected Orrick Marine (NYSE: ORMR) to build six survey vessels under a contract worth $640 million, the service said.',
      'Navy picks Orrick Marine for survey ships',
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^contract .*ORMR:supplier.* \$640 million completed$/);
  });
});
