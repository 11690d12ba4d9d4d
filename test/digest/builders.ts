/** Record builders for digest tests: small synthetic facts written for these tests. */
import type {
  AnalystActionRecord,
  ArticleRecord,
  DealRecord,
  EventRecord,
  StockMoveRecord,
  SubscriptionRecord,
} from '../../src/domain/records.js';
import type { Store } from '../../src/store/types.js';

const ev = (text: string) => ({ text, start: 0, end: text.length });

export function article(id: string, ingestedAt: string, over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    title: `Story ${id}`,
    url: `https://news.example/${id}`,
    source: 'Example Wire',
    publishedAt: ingestedAt.slice(0, 10),
    tickers: [],
    impactScore: 0.5,
    canonicalUrl: null,
    guid: null,
    contentHash: `h-${id}`,
    text: `Synthetic story ${id}.`,
    origin: 'test',
    ingestedAt,
    ...over,
  };
}

export function deal(
  id: string,
  at: string,
  over: Partial<DealRecord> & { tickers?: [string, string]; amount?: number; articleIds?: string[] } = {},
): DealRecord {
  const [a, b] = over.tickers ?? ['BUYR', 'TGT'];
  const articleIds = over.articleIds ?? [`a-${id}`];
  const amount = over.amount;
  const value = amount ? { amount, currency: 'USD', qualifier: null, text: `$${amount / 1e9}B` } : null;
  const status = over.status ?? 'announced';
  return {
    id,
    type: 'acquisition',
    parties: [
      { name: `${a} Corp`, ticker: a, role: 'buyer' },
      { name: `${b} Inc`, ticker: b, role: 'target' },
    ],
    asset: null,
    value,
    conflictingValues: [],
    status,
    date: at.slice(0, 10),
    confidence: 0.9,
    sources: articleIds.map((articleId) => ({
      articleId,
      status,
      value,
      confidence: 0.9,
      evidence: ev(`${a} agreed to buy ${b}.`),
      date: null,
      sortDate: at.slice(0, 10),
    })),
    sortDate: at.slice(0, 10),
    firstSeenAt: at,
    updatedAt: at,
    ...over,
  };
}

export function move(
  id: string,
  articleId: string,
  ticker: string,
  changePct: number,
  date: string,
): StockMoveRecord {
  return {
    id,
    articleId,
    sortDate: date,
    ticker,
    company: `${ticker} Inc`,
    changePct,
    price: 12.5,
    window: 'day',
    date,
    evidence: ev(`${ticker} moved ${changePct}%.`),
  };
}

export function analyst(id: string, articleId: string, ticker: string, date: string): AnalystActionRecord {
  return {
    id,
    articleId,
    sortDate: date,
    firm: 'Example Securities',
    analyst: null,
    ticker,
    company: `${ticker} Inc`,
    action: 'upgrade',
    rating: 'Buy',
    priorRating: 'Hold',
    priceTarget: 40,
    priorPriceTarget: 30,
    evidence: ev(`Example Securities upgraded ${ticker}.`),
  };
}

export function event(id: string, articleId: string, ticker: string, date: string): EventRecord {
  return {
    id,
    articleId,
    sortDate: date,
    ticker,
    company: `${ticker} Inc`,
    type: 'earnings',
    date,
    period: 'Q4',
    consensusEps: null,
    consensusRevenue: null,
    evidence: ev(`${ticker} reports on ${date}.`),
  };
}

export function subscription(over: Partial<SubscriptionRecord> = {}): SubscriptionRecord {
  return {
    id: 'sub-1',
    channelId: 'fake:W1:C1',
    cadence: 'daily',
    weekday: null,
    time: '08:00',
    timeZone: 'UTC',
    scope: { kind: 'all' },
    maxItems: 10,
    quietWhenEmpty: false,
    since: '2026-11-19T09:00:00.000Z',
    createdBy: 'fake:W1:U1',
    createdAt: '2026-11-19T09:00:00.000Z',
    paused: null,
    ...over,
  };
}

/** Saves a deal with its source articles ingested at the deal's update time. */
export async function putDeal(store: Store, d: DealRecord, impactScore = 0.5): Promise<void> {
  for (const s of d.sources) {
    const existing = await store.articles.get(s.articleId);
    if (!existing)
      await store.saveArticle(
        article(s.articleId, d.updatedAt, {
          impactScore,
          tickers: d.parties.flatMap((p) => (p.ticker ? [p.ticker] : [])),
        }),
        {
          stockMoves: [],
          analystActions: [],
          events: [],
          quotes: [],
          risks: [],
        },
      );
  }
  await store.deals.put(d);
}
