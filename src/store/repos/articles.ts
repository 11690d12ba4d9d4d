/** Articles: heads (no text) for listings, full records when the text is needed, lookups, newest first. */
import { ArticleHeadSchema, type ArticleHead, type ArticleRecord } from '../../domain/records.js';
import { limitOf, rangeOf, type StoreContext } from '../context.js';
import type { ArticleRepository, RangeQuery } from '../types.js';
import { createLogger } from '../../log.js';
import { readAll } from '../validate.js';
import { articleIndex, articleKey, articleTextKey, lookupKey } from './article-plan.js';
import { ARTICLE_COUNT_KEY } from './article-writer.js';

const log = createLogger('store');

export function articleRepository(ctx: StoreContext): ArticleRepository {
  const heads = async (ids: string[]): Promise<ArticleHead[]> => {
    const keys = ids.map(articleKey);
    return readAll(ArticleHeadSchema, 'article', keys, await ctx.kv.getMany(keys));
  };
  // Heads and texts are asked for in the same tick, so the store's read batching makes them one trip.
  const getMany = async (ids: string[]): Promise<ArticleRecord[]> => {
    const [found, texts] = await Promise.all([heads(ids), ctx.kv.getMany(ids.map(articleTextKey))]);
    const textOf = new Map(ids.map((id, i) => [id, texts[i]]));
    const out: ArticleRecord[] = [];
    for (const { summary: _summary, ...head } of found) {
      const text = textOf.get(head.id);
      if (typeof text === 'string') out.push({ ...head, text });
      else log.warn(`skipping article ${head.id}: its text is missing from the store`);
    }
    return out;
  };
  const newestIds = (index: string, q?: RangeQuery) =>
    ctx.indexes.newest([index], rangeOf(q), limitOf(q?.limit));
  const byLookup = async (key: string) => {
    const id = await ctx.kv.get<string>(key);
    return typeof id === 'string' ? (await heads([id]))[0] : undefined;
  };
  return {
    get: async (id) => (await getMany([id]))[0],
    getMany,
    heads,
    findByCanonicalUrl: (url) => byLookup(lookupKey.url(url)),
    findByGuid: (guid) => byLookup(lookupKey.guid(guid)),
    findByContentHash: (hash) => byLookup(lookupKey.hash(hash)),
    newest: async (q) => heads(await newestIds(articleIndex.all, q)),
    byTicker: async (ticker, q) => heads(await newestIds(articleIndex.ticker(ticker), q)),
    async count() {
      return (await ctx.kv.get<number>(ARTICLE_COUNT_KEY)) ?? 0;
    },
  };
}
