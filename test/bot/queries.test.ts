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

it('credits a move to the deal the article is about, not to one it tells in passing nearer the move', async () => {
  const move = {
    ticker: 'HLVN',
    company: 'Halvern Foods',
    changePct: -2.6,
    price: null,
    window: 'day',
    date: null,
    evidence: { text: 'Halvern shares fell 2.6%.', start: 900, end: 925 },
    articleId: 'a1',
  } as StockMoveRecord;
  const store = {
    articles: { heads: async () => [] },
    stockMoves: { forArticle: async () => [move] },
  } as unknown as Store;
  const views = await loadDealViews(store, [
    deal('lead', 'Trestle Labs', 10, 0.9),
    deal('passing', 'Corvid Labs', 950, 0.7),
  ]);
  expect(views.map((v) => [v.deal.id, v.move?.changePct ?? null])).toEqual([
    ['lead', -2.6],
    ['passing', null],
  ]);
});

it('credits a move to the deal told before it over a surer-looking one told just after', async () => {
  // "Kestrel is being sold to General Mills. Kestrel shares jumped 18%. It already buys wheat from Y…"
  const move = {
    ticker: 'HLVN',
    company: 'Halvern Foods',
    changePct: 18,
    price: null,
    window: 'premarket',
    date: null,
    evidence: { text: 'Halvern shares jumped 18% premarket.', start: 130, end: 166 },
    articleId: 'a1',
  } as StockMoveRecord;
  const store = {
    articles: { heads: async () => [] },
    stockMoves: { forArticle: async () => [move] },
  } as unknown as Store;
  const views = await loadDealViews(store, [
    deal('sale', 'Trestle Labs', 0, 0.9),
    deal('supply', 'Prairie Mills', 189, 0.93),
  ]);
  expect(views.map((v) => [v.deal.id, v.move?.changePct ?? null])).toEqual([
    ['sale', 18],
    ['supply', null],
  ]);
});
