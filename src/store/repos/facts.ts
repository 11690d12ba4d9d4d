/** Per-article facts (stock moves, analyst actions, events, quotes, risks): read side. */
import type { z } from 'zod';
import type { EventRecord } from '../../domain/records.js';
import { EventRecordSchema } from '../../domain/records.js';
import { limitOf, normTicker, rangeOf, type StoreContext } from '../context.js';
import type { EventRepository, FactRepository, RangeQuery } from '../types.js';
import { readAll } from '../validate.js';
import { articleFactsKey, articleManifestKey, type ArticleManifest } from './article-plan.js';

export type FactKind = 'sm' | 'aa' | 'ev' | 'qu' | 'ri';
export const factKey = (kind: FactKind, id: string): string => `f:${kind}:${id}`;
export const factIndex = {
  all: (kind: FactKind) => `${kind}:all`,
  ticker: (kind: FactKind, ticker: string) => `${kind}:t:${normTicker(ticker)}`,
  eventDateAll: 'ev:d:all',
  eventDate: (ticker: string) => `ev:d:t:${normTicker(ticker)}`,
};

type Fact = { id: string; articleId: string; sortDate: string };

export function factRepository<S extends z.ZodType<Fact>>(
  ctx: StoreContext,
  kind: FactKind,
  schema: S,
  label: string,
): FactRepository<z.output<S>> {
  const load = async (ids: string[]) => {
    const keys = ids.map((id) => factKey(kind, id));
    return readAll(schema, label, keys, await ctx.kv.getMany(keys));
  };
  return {
    async byTicker(ticker: string, q?: RangeQuery) {
      return load(await ctx.indexes.newest([factIndex.ticker(kind, ticker)], rangeOf(q), limitOf(q?.limit)));
    },
    async newest(q?: RangeQuery) {
      return load(await ctx.indexes.newest([factIndex.all(kind)], rangeOf(q), limitOf(q?.limit)));
    },
    async forArticle(articleId: string) {
      // Stores written before the fact list existed have the keys only in the manifest.
      const listed =
        (await ctx.kv.get<string[]>(articleFactsKey(articleId))) ??
        (await ctx.kv.get<ArticleManifest>(articleManifestKey(articleId)))?.keys ??
        [];
      const prefix = `f:${kind}:`;
      const keys = listed.filter((k) => k.startsWith(prefix));
      return readAll(schema, label, keys, await ctx.kv.getMany(keys));
    },
  };
}

export function eventRepository(ctx: StoreContext): EventRepository {
  const base = factRepository(ctx, 'ev', EventRecordSchema, 'event');
  return {
    ...base,
    async between(from: string, to: string, ticker?: string, limit?: number): Promise<EventRecord[]> {
      const index = ticker ? factIndex.eventDate(ticker) : factIndex.eventDateAll;
      const ids = await ctx.indexes.oldest(index, { from, to }, limitOf(limit));
      const keys = ids.map((id) => factKey('ev', id));
      return readAll(EventRecordSchema, 'event', keys, await ctx.kv.getMany(keys));
    },
  };
}
