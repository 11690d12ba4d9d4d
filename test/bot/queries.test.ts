import { expect, it } from 'vitest';
import type { DealRecord, StockMoveRecord } from '../../src/domain/records.js';
import { loadDealViews } from '../../src/bot/queries.js';
import type { Store } from '../../src/store/types.js';

const deal = (id: string, target: string, start: number, confidence: number): DealRecord =>
  ({
    id,
    type: 'acquisition',
    parties: [
      { name: 'Halvern Foods', ticker: 'HLVN', role: 'buyer' },
      { name: target, ticker: null, role: 'target' },
    ],
    asset: null,
    value: null,
    conflictingValues: [],
    status: 'announced',
    date: null,
    confidence,
    sources: [
      {
        articleId: 'a1',
        status: 'announced',
        value: null,
        confidence,
        evidence: { text: 'x', start, end: start + 1 },
        sortDate: '2026-11-17',
      },
    ],
    sortDate: '2026-11-17',
    firstSeenAt: '2026-11-17T00:00:00Z',
    updatedAt: '2026-11-17T00:00:00Z',
  }) as DealRecord;

/** A move reported in article a1, at `start`, of Halvern's shares. */
const move = (changePct: number, window: string, start: number): StockMoveRecord =>
  ({
    ticker: 'HLVN',
    company: 'Halvern Foods',
    changePct,
    price: null,
    window,
    date: null,
    evidence: { text: 'Halvern shares moved.', start, end: start + 20 },
    articleId: 'a1',
  }) as StockMoveRecord;

/** Which deal each move is credited to, with a store that holds only that move. */
async function credited(m: StockMoveRecord, deals: DealRecord[]): Promise<Array<[string, number | null]>> {
  const store = {
    articles: { heads: async () => [] },
    stockMoves: { forArticle: async () => [m] },
  } as unknown as Store;
  return (await loadDealViews(store, deals)).map((v) => [v.deal.id, v.move?.changePct ?? null]);
}

it('credits a move to the deal the article is about, not to one it tells in passing nearer the move', async () => {
  expect(
    await credited(move(-2.6, 'day', 900), [
      deal('lead', 'Trestle Labs', 10, 0.9),
      deal('passing', 'Corvid Labs', 950, 0.7),
    ]),
  ).toEqual([
    ['lead', -2.6],
    ['passing', null],
  ]);
});

it('credits a move to the deal told before it over a surer-looking one told just after', async () => {
  // "Kestrel is being sold to General Mills. Kestrel shares jumped 18%. It already buys wheat from Y…"
  expect(
    await credited(move(18, 'premarket', 130), [
      deal('sale', 'Trestle Labs', 0, 0.9),
      deal('supply', 'Prairie Mills', 189, 0.93),
    ]),
  ).toEqual([
    ['sale', 18],
    ['supply', null],
  ]);
});
