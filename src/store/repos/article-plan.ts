/**
 * Pure: what storing one article with its facts means in keys — the records, the index postings
 * and the lookup keys. Saving diffs this plan against the previous one (kept as the article's
 * manifest), so a re-save changes only what changed and an identical re-save changes nothing.
 */
import { createHash } from 'node:crypto';
import type { ArticleHead, ArticleRecord } from '../../domain/records.js';
import { summarise } from '../../domain/summary.js';
import {
  AnalystActionRecordSchema,
  ArticleRecordSchema,
  EventRecordSchema,
  QuoteRecordSchema,
  RiskRecordSchema,
  StockMoveRecordSchema,
} from '../../domain/records.js';
import { normTicker } from '../context.js';
import { posting, type Posting } from '../postings.js';
import type { ArticleFacts } from '../types.js';
import { checkWrite, InvalidRecordError } from '../validate.js';
import { factIndex, factKey, type FactKind } from './facts.js';

export const articleKey = (id: string): string => `a:${id}`;
/** The text lives apart from the head, so listings and citations never read it. */
export const articleTextKey = (id: string): string => `at:${id}`;
export const articleManifestKey = (id: string): string => `am:${id}`;
export const articleFactsKey = (id: string): string => `af:${id}`;
export const articleIndex = {
  all: 'a:all',
  ticker: (ticker: string) => `a:t:${normTicker(ticker)}`,
};
export const lookupKey = {
  url: (url: string) => `lk:url:${url}`,
  guid: (guid: string) => `lk:guid:${guid}`,
  hash: (hash: string) => `lk:hash:${hash}`,
};

export interface ArticleManifest {
  /** Fingerprint of the article (minus ingestedAt) and its facts. */
  fp: string;
  keys: string[];
  postings: Posting[];
  lookups: string[];
}

export interface ArticlePlan {
  id: string;
  records: Array<[string, unknown]>;
  manifest: ArticleManifest;
}

export const articleSortDate = (a: Pick<ArticleRecord, 'publishedAt' | 'ingestedAt'>): string =>
  a.publishedAt ?? a.ingestedAt.slice(0, 10);

const FACT_SCHEMAS = {
  sm: [StockMoveRecordSchema, 'stock move', 'stockMoves'],
  aa: [AnalystActionRecordSchema, 'analyst action', 'analystActions'],
  ev: [EventRecordSchema, 'event', 'events'],
  qu: [QuoteRecordSchema, 'quote', 'quotes'],
  ri: [RiskRecordSchema, 'risk', 'risks'],
} as const;

export function planArticle(input: ArticleRecord, facts: ArticleFacts): ArticlePlan {
  const article = checkWrite(ArticleRecordSchema, 'article', input);
  const id = article.id;
  const tickers = [...new Set(article.tickers.map(normTicker))];
  const { text, ...rest } = article;
  const head: ArticleHead = { ...rest, summary: summarise(article.title, text) };
  const records: Array<[string, unknown]> = [
    [articleKey(id), head],
    [articleTextKey(id), text],
  ];
  const postings: Posting[] = [posting(articleIndex.all, articleSortDate(article), id, 'day')];
  // Listed under the companies it is about, and under every company it states a move, an analyst
  // action or an event of: a roundup's third paragraph is news for that company too (/news ORBL).
  for (const t of new Set([...tickers, ...statedTickers(facts)]))
    postings.push(posting(articleIndex.ticker(t), articleSortDate(article), id));

  for (const kind of Object.keys(FACT_SCHEMAS) as FactKind[]) {
    const [schema, label, field] = FACT_SCHEMAS[kind];
    const seen = new Set<string>();
    for (const raw of facts[field] ?? []) {
      const fact = checkWrite(schema, label, raw);
      if (fact.articleId !== id)
        throw new InvalidRecordError(
          `Refusing to store ${label} ${fact.id}: it belongs to article ${fact.articleId}, not ${id}`,
        );
      if (seen.has(fact.id))
        throw new InvalidRecordError(`Refusing to store ${label} ${fact.id} twice in one article`);
      seen.add(fact.id);
      records.push([factKey(kind, fact.id), fact]);
      postings.push(posting(factIndex.all(kind), fact.sortDate, fact.id, 'day'));
      for (const t of factTickers(kind, fact, tickers))
        postings.push(posting(factIndex.ticker(kind, t), fact.sortDate, fact.id));
      if (kind === 'ev' && 'date' in fact && fact.date) {
        postings.push(posting(factIndex.eventDateAll, fact.date, fact.id));
        if ('ticker' in fact && fact.ticker)
          postings.push(posting(factIndex.eventDate(fact.ticker), fact.date, fact.id));
      }
    }
  }

  // The fact keys on their own: reading one article's facts then skips its (much larger) manifest.
  const factKeys = records.map(([k]) => k).filter((k) => k.startsWith('f:'));
  records.push([articleFactsKey(id), factKeys]);

  const lookups = [
    article.canonicalUrl && lookupKey.url(article.canonicalUrl),
    article.guid && lookupKey.guid(article.guid),
    lookupKey.hash(article.contentHash),
  ].filter((k): k is string => Boolean(k));
  for (const k of lookups) records.push([k, id]);

  const { ingestedAt: _ignored, ...content } = article;
  const fp = createHash('sha256')
    .update(JSON.stringify([content, facts]))
    .digest('base64url');
  return { id, records, manifest: { fp, keys: records.map(([k]) => k), postings, lookups } };
}

/** The tickers of the article's stock moves, analyst actions and events. */
function statedTickers(facts: ArticleFacts): string[] {
  const stated = [...(facts.stockMoves ?? []), ...(facts.analystActions ?? []), ...(facts.events ?? [])];
  return stated.flatMap((f) => (f.ticker ? [normTicker(f.ticker)] : []));
}

/** Stock moves, analyst actions and events by their own ticker; quotes by the article's; risks by theirs. */
function factTickers(kind: FactKind, fact: object, articleTickers: string[]): string[] {
  if (kind === 'qu') return articleTickers;
  if (kind === 'ri') return 'tickers' in fact ? [...new Set((fact.tickers as string[]).map(normTicker))] : [];
  const ticker = 'ticker' in fact ? (fact.ticker as string | null) : null;
  return ticker ? [normTicker(ticker)] : [];
}
