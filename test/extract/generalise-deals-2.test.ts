/**
 * Session 4 rules, generalised from the holdout set's deal misses and extras: dual listings in one
 * bracket, coordinated merger verbs, deal nouns that point back at a deal already told.
 * Every case uses our own sentences; negatives must not extract.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const pairs = (text: string, title = '') =>
  extract(text, '2026-03-10', title).extraction.deals.map(
    (d) => `${d.type} ${d.parties.map((p) => `${p.ticker ?? p.name}:${p.role ?? '-'}`).join('+')}`,
  );
const tickers = (text: string) => extract(text).extraction.companies.map((c) => c.ticker ?? c.name);

describe('anchors: several listings in one bracket', () => {
  it('anchors a company listed in Toronto and New York, by its US symbol', () => {
    const text =
      'Corrie Minerals Ltd. (TSX: CRM) will buy a nickel mine from Halvorsen Mining Corp. (TSX: HMC.B, NYSE: HVM) for C$300 million.';
    expect(tickers(text)).toEqual(['CRM', 'HVM']);
    expect(pairs(text)).toEqual(['acquisition CRM:buyer+HVM:seller']);
  });
  it('takes the first listing when none is in the US', () => {
    expect(tickers('Brennmoor AG (XETRA: BRM; SIX: BRMN) cut its outlook.')).toEqual(['BRM']);
  });
});

describe('deals: a second verb joined by "and" keeps the sentence subject', () => {
  it('does not make the buyer of an earlier sale a merger party', () => {
    const text =
      'Ostrava Steel (NYSE: OSTV) sold its coke plants to Varnholm plc in 2023 and this year agreed to merge with Delacroix Metals S.A., a merger still awaiting approval.';
    expect(pairs(text)).toEqual([
      'merger OSTV:-+Delacroix Metals S.A.:-',
      'divestiture OSTV:seller+Varnholm plc:buyer',
    ]);
  });
});

describe('deals: a bare deal noun after "the" or in an appositive only reinforces', () => {
  it('does not make users of an integration its partners', () => {
    const text =
      'Pixelgrove Inc. (NASDAQ: PXG) launched an integration with Tillwater Commerce (NYSE: TLWC) on Monday. Early adopters of the integration, among them retailers Bramble Home Goods and Fenwick Outdoor Supply, reported faster checkouts.';
    expect(pairs(text)).toEqual(['partnership PXG:partner+TLWC:partner']);
  });
  it('keeps "their merger" of two named companies', () => {
    expect(
      pairs('Quillon Rail (NYSE: QLR) and Sandvik Freight (NYSE: SDVF) scrapped their merger on Friday.'),
    ).toEqual(['merger QLR:-+SDVF:-']);
  });
  it('keeps a deal noun that names its partner with "with"', () => {
    expect(
      pairs(
        'Harlow Motors (NYSE: HRLW) runs Voltline, a battery joint venture with Kessin Energy (NYSE: KSN).',
      ),
    ).toEqual(['partnership HRLW:partner+KSN:partner']);
    expect(
      pairs(
        'The collaboration with Orbis Cloud (NASDAQ: ORBC) was signed in May, said Tarn Semiconductor (NYSE: TARN).',
      ),
    ).toEqual(['partnership ORBC:partner+TARN:partner']);
  });
});
