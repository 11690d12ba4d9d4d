/**
 * Session 6 rules, generalised from deal misses in the studied (odd) half of the unseen set: names
 * that do not run across lines, any round "led by" an investor, an investment "from" an investor,
 * takeovers told as "is taking over", hiring people (no contract), partnerships that ended, exchanges
 * written by their city, "A/S" in anchored names, and currencies such as R$.
 * Every case uses our own sentences; negatives must not extract.
 */
import { describe, expect, it } from 'vitest';
import { findAnchors } from '../../src/extract/companies/anchors.js';
import { builtinDirectory } from '../../src/extract/companies/directory.js';
import { findMoney } from '../../src/extract/money.js';
import { extract } from './helpers.js';

const deals = (text: string, title = '') =>
  extract(text, '2026-09-14', title).extraction.deals.map(
    (d) =>
      `${d.type} ${d.parties.map((p) => `${p.ticker ?? p.name}:${p.role ?? '-'}`).join('+')}${d.value ? ` ${d.value.text}` : ''} ${d.status}`,
  );

describe('deals: rounds and investments', () => {
  it('finds the investee named under a heading, and "a round led by" its lead investor', () => {
    expect(
      deals(
        'Brisklane raises Series A\n\nBrisklane, a Denver maker of drone batteries, raised $30 million in a round led by Tamsin Ventures.',
      ),
    ).toEqual([
      expect.stringMatching(/^investment Tamsin Ventures:investor\+Brisklane:investee \$30 million/),
    ]);
  });
  it('reads "received a strategic investment from Y" as Y investing in the subject', () => {
    expect(
      deals(
        'Corvid Ledger, a payroll software startup, received a $20 million strategic investment from Halvard Ventures on Monday.',
      ),
    ).toEqual([
      expect.stringMatching(/^investment Halvard Ventures:investor\+Corvid Ledger:investee \$20 million/),
    ]);
  });
  it('does not read a loan "from" a bank as an investment', () => {
    expect(
      deals('Corvid Ledger (NASDAQ: CRVL) received a $50 million term loan from Wells Fargo (NYSE: WFC).'),
    ).toEqual([]);
  });
});

describe('deals: takeovers and things that are not deals', () => {
  it('reads "is taking over X" as an acquisition', () => {
    expect(
      deals(
        'Pellworth Instruments (NYSE: PLWI) is taking over Dunmore Optics (NASDAQ: DNMO) for $1.4 billion in cash.',
      ),
    ).toEqual(['acquisition PLWI:buyer+DNMO:target $1.4 billion announced']);
  });
  it('does not read a manager who "took over as" chief executive as a takeover', () => {
    expect(
      deals('Maren Holt took over as chief executive of Pellworth Instruments (NYSE: PLWI) in March.'),
    ).toEqual([]);
  });
  it('does not read hiring a person as a contract', () => {
    expect(
      deals(
        'Pellworth Instruments (NYSE: PLWI) hired a former Oracle (NYSE: ORCL) executive as finance chief.',
      ),
    ).toEqual([]);
  });
  it('reads a partnership the two ended as terminated', () => {
    expect(
      deals(
        'Pellworth Instruments (NYSE: PLWI) and Dunmore Optics (NASDAQ: DNMO) ended the research alliance they formed in 2022.',
      ),
    ).toEqual(['partnership PLWI:partner+DNMO:partner terminated']);
  });
});

describe('anchors and money from other markets', () => {
  const dir = builtinDirectory();
  it('reads exchanges written by their city, and names ending in A/S', () => {
    const text = 'Fjordline Shipping A/S (Oslo: FJL) and Kvarn Energi (Nasdaq Stockholm: KVRN) signed.';
    expect(findAnchors(text, dir).map((a) => `${a.name}>${a.ticker}`)).toEqual([
      'Fjordline Shipping A/S>FJL',
      'Kvarn Energi>KVRN',
    ]);
  });
  it('reads R$, NZ$ and ₩ amounts in their own currencies', () => {
    expect(
      findMoney('for R$2.4 billion, NZ$300 million or ₩1.2 trillion').map((m) => [m.currency, m.amount]),
    ).toEqual([
      ['BRL', 2.4e9],
      ['NZD', 3e8],
      ['KRW', 1.2e12],
    ]);
  });
});
