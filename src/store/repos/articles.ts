/** Articles: by id, by lookup key (canonical URL, feed guid, content hash), newest first. */
import { ArticleRecordSchema, type ArticleRecord } from '../../domain/records.js';
import { limitOf, rangeOf, type StoreContext } from '../context.js';
import type { ArticleRepository, RangeQuery } from '../types.js';
import { checkRead, readAll } from '../validate.js';
import { articleIndex, articleKey, lookupKey } from './article-plan.js';
import { ARTICLE_COUNT_KEY } from './article-writer.js';

export function articleRepository(ctx: StoreContext): ArticleRepository {
  const get = async (id: string) =>
    checkRead(ArticleRecordSchema, 'article', articleKey(id), await ctx.kv.get(articleKey(id)));
  const getMany = async (ids: string[]): Promise<ArticleRecord[]> => {
    const keys = ids.map(articleKey);
    return readAll(ArticleRecordSchema, 'article', keys, await ctx.kv.getMany(keys));
  };
  const byLookup = async (key: string) => {
    const id = await ctx.kv.get<string>(key);
    return typeof id === 'string' ? get(id) : undefined;
  };
  return {
    get,
    getMany,
    findByCanonicalUrl: (url) => byLookup(lookupKey.url(url)),
    findByGuid: (guid) => byLookup(lookupKey.guid(guid)),
    findByContentHash: (hash) => byLookup(lookupKey.hash(hash)),
    async newest(q?: RangeQuery) {
      return getMany(await ctx.indexes.newest([articleIndex.all], rangeOf(q), limitOf(q?.limit)));
    },
    async byTicker(ticker: string, q?: RangeQuery) {
      return getMany(await ctx.indexes.newest([articleIndex.ticker(ticker)], rangeOf(q), limitOf(q?.limit)));
    },
    async count() {
      return (await ctx.kv.get<number>(ARTICLE_COUNT_KEY)) ?? 0;
    },
  };
}
