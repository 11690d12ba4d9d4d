/**
 * One wire story told the way wires tell it (a report of talks, background deals in passing, an agency's
 * contract next to a sale in one sentence, a chief executive quoted, an afternoon move), read whole.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const STORY = `Nov 3 (Wire) - Corvane Industries (NYSE: CVNI) is in advanced talks to acquire the commercial drone unit of Sablewing Aerospace for about $900 million, three people familiar with the matter said.

Sablewing, which is backed by private equity firm Granite Peak Partners, put the unit up for sale in June.

The talks come months after Corvane completed its $2.1 billion takeover of satellite maker Heliant. Corvane has also struck a partnership with Microsoft to run its flight software on Azure.

"We are always looking at ways to grow our commercial business," Corvane Chief Executive Laura Mendes told analysts.

Corvane shares were up 1.8% at $112.40 in afternoon trading on Monday.

Earlier this year Corvane won a $640 million contract from the U.S. Space Force to build tracking satellites, and in 2024 it sold its training business to Pell Learning for $150 million.`;

const x = extract(STORY, '2026-11-03', 'Corvane in talks to buy drone unit').extraction;

describe('a wire story read whole', () => {
  it('finds every deal with its parties, value and status', () => {
    expect(x.deals.map(dealLine).sort()).toEqual(
      [
        'acquisition CVNI:buyer+Sablewing Aerospace:seller about $900 million rumored',
        'investment Granite Peak Partners:investor+Sablewing Aerospace:investee completed',
        'acquisition CVNI:buyer+Heliant:target $2.1 billion completed',
        'partnership CVNI:partner+MSFT:partner announced',
        'contract CVNI:supplier+U.S. Space Force:customer $640 million completed',
        'divestiture CVNI:seller+Pell Learning:buyer $150 million completed',
      ].sort(),
    );
  });
  it('ends a name read after "maker" with its sentence', () => {
    expect(x.companies.map((c) => c.name)).toContain('Heliant');
  });
  it('keeps a capitalised role whole', () => {
    expect(x.quotes.map((q) => [q.speaker, q.role])).toEqual([['Laura Mendes', 'Chief Executive']]);
  });
  it('reads "in afternoon trading" as an intraday move', () => {
    expect(x.stockMoves.map((m) => [m.ticker, m.changePct, m.price, m.window])).toEqual([
      ['CVNI', 1.8, 112.4, 'intraday'],
    ]);
  });
});

describe('page chrome and same-day calls', () => {
  it('drops a quote strip of tickers and moves, keeping the story’s own move', () => {
    const x = extract(
      'Markets | Tech\n\nCSCO -1.84%  NVDA +0.62%  MSFT +0.15%  DDOG -3.10%\n\nCisco (NASDAQ: CSCO) agreed to buy Lumatrace. Cisco shares fell 1.84%.',
      '2026-10-01',
      'Cisco buys Lumatrace',
    ).extraction;
    expect(x.stockMoves.map((m) => [m.ticker, m.changePct])).toEqual([['CSCO', -1.84]]);
  });
  it('dates a call held "that day" on the report date told just before', () => {
    const x = extract(
      'Markets today.\n\nHarbor Ridge Foods (NYSE: HRGF) will report results for the second quarter of fiscal 2027 before the market opens on Tuesday, December 8, 2026. Management will host a conference call at 10:00 a.m. ET that day.',
      '2026-11-17',
      'Harbor Ridge schedules results',
    ).extraction;
    expect(x.events.map((e) => [e.ticker, e.type, e.date])).toEqual([
      ['HRGF', 'earnings', '2026-12-08'],
      ['HRGF', 'earnings_call', '2026-12-08'],
    ]);
  });
});

describe('a second figure of a move', () => {
  it('reads "extending its gain over the past month to 22%" as the month’s move', () => {
    const x = extract(
      'Markets today.\n\nPalantir Technologies (PLTR) rose 3.1%, extending its gain over the past month to 22%.',
      '2026-11-10',
      'Movers',
    ).extraction;
    expect(x.stockMoves.map((m) => [m.ticker, m.changePct, m.window])).toEqual([
      ['PLTR', 3.1, 'day'],
      ['PLTR', 22, 'month'],
    ]);
  });
  it('leaves a business figure after a move alone', () => {
    const x = extract(
      'Markets today.\n\nHalvard Group (NYSE: HLVG) rose 2%, while its revenue growth slowed to 12%.',
      '2026-11-10',
      'Movers',
    ).extraction;
    expect(x.stockMoves.map((m) => m.changePct)).toEqual([2]);
  });
});

describe('closing a stake purchase', () => {
  it('gives the closing to the investor, not to the company whose shares it buys', () => {
    const x = extract(
      'Markets today.\n\nSora Group (TSE: 6958) will acquire a 20% stake in Kaname Interactive (TSE: 4297) for ¥150 billion.\n\nSora will buy newly issued Kaname shares and is expected to complete the purchase on Sept. 30.',
      '2026-08-20',
      'Sora takes a stake in Kaname',
    ).extraction;
    expect(x.events.map((e) => [e.ticker, e.type, e.date])).toEqual([['6958', 'deal_closing', '2026-09-30']]);
  });
});
