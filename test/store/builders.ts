/** Small record builders for the store tests: every field valid, overrides for what a test is about. */
import type {
  AnalystActionRecord,
  ArticleRecord,
  CompanyRecord,
  DealRecord,
  DeliveryRecord,
  EventRecord,
  QuoteRecord,
  RiskRecord,
  StockMoveRecord,
  SubscriptionRecord,
} from '../../src/domain/records.js';
import type { ArticleFacts } from '../../src/store/types.js';

const evidence = (text = 'A sentence written for this test.') => ({ text, start: 0, end: text.length });

export function article(
  id: string,
  publishedAt: string | null,
  over: Partial<ArticleRecord> = {},
): ArticleRecord {
  return {
    id,
    title: `Story ${id}`,
    url: `https://news.example/${id}`,
    source: 'Example Wire',
    publishedAt,
    tickers: [],
    impactScore: null,
    canonicalUrl: `https://news.example/${id}`,
    guid: `guid-${id}`,
    contentHash: `hash-${id}`,
    text: `Body of ${id}.`,
    origin: 'test',
    ingestedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

export const noFacts = (over: Partial<ArticleFacts> = {}): ArticleFacts => ({
  stockMoves: [],
  analystActions: [],
  events: [],
  quotes: [],
  risks: [],
  ...over,
});

export const stockMove = (
  id: string,
  articleId: string,
  ticker: string | null,
  sortDate: string,
  changePct = 3,
): StockMoveRecord => ({
  id,
  articleId,
  sortDate,
  ticker,
  company: ticker ?? 'Unlisted Co',
  changePct,
  price: null,
  window: 'day',
  date: sortDate,
  evidence: evidence(),
});

export const analystAction = (
  id: string,
  articleId: string,
  ticker: string,
  sortDate: string,
): AnalystActionRecord => ({
  id,
  articleId,
  sortDate,
  firm: 'Example Securities',
  analyst: null,
  ticker,
  company: ticker,
  action: 'upgrade',
  rating: 'Buy',
  priorRating: 'Hold',
  priceTarget: 12,
  priorPriceTarget: 10,
  evidence: evidence(),
});

export const event = (
  id: string,
  articleId: string,
  ticker: string | null,
  sortDate: string,
  date: string | null,
): EventRecord => ({
  id,
  articleId,
  sortDate,
  ticker,
  company: ticker ?? 'Someone',
  type: 'earnings',
  date,
  period: 'Q3',
  consensusEps: null,
  consensusRevenue: null,
  evidence: evidence(),
});

export const quote = (id: string, articleId: string, sortDate: string): QuoteRecord => ({
  id,
  articleId,
  sortDate,
  speaker: 'A. Person',
  role: 'CEO',
  organization: null,
  text: 'We are pleased.',
  evidence: evidence(),
});

export const risk = (id: string, articleId: string, sortDate: string, tickers: string[]): RiskRecord => ({
  id,
  articleId,
  sortDate,
  tickers,
  text: 'Regulators may object.',
  evidence: evidence(),
});

export function deal(
  id: string,
  sortDate: string,
  parties: Array<{ name: string; ticker: string | null }>,
  over: Partial<DealRecord> = {},
): DealRecord {
  return {
    id,
    type: 'acquisition',
    parties: parties.map((p) => ({ ...p, role: null })),
    asset: null,
    value: null,
    conflictingValues: [],
    status: 'announced',
    date: sortDate,
    confidence: 0.9,
    sources: [
      {
        articleId: `art-${id}`,
        status: 'announced',
        value: null,
        confidence: 0.9,
        evidence: evidence(),
        date: null,
        sortDate,
      },
    ],
    sortDate,
    firstSeenAt: `${sortDate}T08:00:00.000Z`,
    updatedAt: `${sortDate}T08:00:00.000Z`,
    ...over,
  };
}

export const company = (ticker: string, name: string, over: Partial<CompanyRecord> = {}): CompanyRecord => ({
  ticker,
  name,
  exchange: 'NYSE',
  aliases: [],
  cik: null,
  origin: 'builtin',
  ...over,
});

export const delivery = (key: string, over: Partial<DeliveryRecord> = {}): DeliveryRecord => ({
  key,
  channelId: 'slack:T1:C1',
  kind: 'digest',
  state: 'claimed',
  attempts: 0,
  itemIds: [],
  messageRef: null,
  error: null,
  claimedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: null,
  ...over,
});

export const subscription = (id: string, channelId: string): SubscriptionRecord => ({
  id,
  channelId,
  cadence: 'daily',
  weekday: null,
  time: '08:00',
  timeZone: 'UTC',
  scope: { kind: 'all' },
  maxItems: 10,
  quietWhenEmpty: true,
  since: '2026-01-01T00:00:00.000Z',
  createdBy: 'U1',
  createdAt: '2026-01-01T00:00:00.000Z',
  paused: null,
});
