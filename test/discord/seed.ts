/**
 * A small store for end-to-end adapter tests, written for these tests (no third-party text):
 * a directory, two deals with their articles, one article whose title tries markdown and mention
 * tricks so the escaping is seen through the real core.
 */
import type { ArticleRecord, CompanyRecord, DealRecord } from '../../src/domain/records.js';
import type { Store } from '../../src/store/types.js';

export const SEED_NOW = new Date('2026-11-20T12:00:00Z');

const companies: CompanyRecord[] = [
  {
    ticker: 'LUMN',
    name: 'Lumen Technologies',
    exchange: 'NYSE',
    aliases: ['Lumen'],
    cik: null,
    origin: 'builtin',
  },
  {
    ticker: 'LULU',
    name: 'Lululemon Athletica',
    exchange: 'NASDAQ',
    aliases: ['Lululemon'],
    cik: null,
    origin: 'builtin',
  },
  {
    ticker: 'NWND',
    name: 'Northwind Networks',
    exchange: 'NASDAQ',
    aliases: ['Northwind'],
    cik: null,
    origin: 'builtin',
  },
];

function article(id: string, title: string, text: string, tickers: string[], date: string): ArticleRecord {
  return {
    id,
    title,
    url: `https://news.example/${id}`,
    source: 'Example Wire',
    publishedAt: date,
    tickers,
    impactScore: null,
    canonicalUrl: `https://news.example/${id}`,
    guid: null,
    contentHash: `hash-${id}`,
    text,
    origin: 'test',
    ingestedAt: `${date}T08:00:00.000Z`,
  };
}

function deal(
  id: string,
  a: ArticleRecord,
  parties: DealRecord['parties'],
  amount: number,
  date: string,
): DealRecord {
  const evidence = { text: a.text.split('. ')[0]!, start: 0, end: a.text.split('. ')[0]!.length };
  const value = { amount, currency: 'USD', qualifier: null, text: `$${amount / 1e9} billion` };
  return {
    id,
    type: 'divestiture',
    parties,
    asset: 'regional fiber unit',
    value,
    conflictingValues: [],
    status: 'announced',
    date,
    confidence: 0.9,
    sources: [
      { articleId: a.id, status: 'announced', value, confidence: 0.9, evidence, date: null, sortDate: date },
    ],
    sortDate: date,
    firstSeenAt: `${date}T08:00:00.000Z`,
    updatedAt: `${date}T08:00:00.000Z`,
  };
}

export async function seedStore(store: Store): Promise<void> {
  await store.companies.upsertMany(companies);
  const facts = { stockMoves: [], analystActions: [], events: [], quotes: [], risks: [] };
  const a1 = article(
    'seed-1',
    'Lumen to sell a regional fiber unit to Northwind for $1.2 billion',
    'Lumen Technologies agreed to sell a regional fiber unit to Northwind Networks for $1.2 billion. The companies expect to close next year.',
    ['LUMN', 'NWND'],
    '2026-11-18',
  );
  const a2 = article(
    'seed-2',
    'Ping @everyone: [read this](https://evil.example) <@123456789012345678> **now**',
    'Lumen Technologies said it would sell a second fiber unit to Northwind Networks for $0.4 billion. @everyone should read it.',
    ['LUMN', 'NWND'],
    '2026-11-19',
  );
  await store.saveArticle(a1, facts);
  await store.saveArticle(a2, facts);
  const seller = (name: string, ticker: string) => ({ name, ticker, role: 'seller' as const });
  const buyer = (name: string, ticker: string) => ({ name, ticker, role: 'buyer' as const });
  await store.deals.put(
    deal(
      'deal-1',
      a1,
      [seller('Lumen Technologies', 'LUMN'), buyer('Northwind Networks', 'NWND')],
      1.2e9,
      '2026-11-18',
    ),
  );
  await store.deals.put(
    deal(
      'deal-2',
      a2,
      [seller('Lumen Technologies', 'LUMN'), buyer('Northwind Networks', 'NWND')],
      0.4e9,
      '2026-11-19',
    ),
  );
}
