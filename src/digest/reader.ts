/**
 * The store reads a digest needs, memoised for one run: a morning digest to a thousand channels asks
 * the same questions (deals updated since yesterday 08:00, events this week) a thousand times, so each
 * distinct query hits the store once and every channel filters the shared answer by its own scope.
 */
import type {
  AnalystActionRecord,
  ArticleRecord,
  DealRecord,
  EventRecord,
  StockMoveRecord,
} from '../domain/records.js';
import type { Store } from '../store/types.js';

export interface DigestReader {
  dealsUpdatedSince(iso: string): Promise<DealRecord[]>;
  stockMovesSince(date: string): Promise<StockMoveRecord[]>;
  analystActionsSince(date: string): Promise<AnalystActionRecord[]>;
  eventsBetween(from: string, to: string): Promise<EventRecord[]>;
  articles(ids: string[]): Promise<Map<string, ArticleRecord>>;
}

/** Upper bounds per query: a digest shows at most 50 items, so a day's worth is plenty. */
export const READ_LIMITS = { deals: 2000, facts: 2000, events: 500 };

export function createDigestReader(store: Store): DigestReader {
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let p = memo.get(key) as Promise<T> | undefined;
    if (!p) {
      p = load();
      memo.set(key, p);
      p.catch(() => memo.delete(key)); // a failed read is retried by the next caller
    }
    return p;
  };
  const articleCache = new Map<string, ArticleRecord | null>();

  return {
    dealsUpdatedSince: (iso) => once(`deals:${iso}`, () => store.deals.updatedSince(iso, READ_LIMITS.deals)),
    stockMovesSince: (date) =>
      once(`moves:${date}`, () => store.stockMoves.newest({ since: date, limit: READ_LIMITS.facts })),
    analystActionsSince: (date) =>
      once(`analyst:${date}`, () => store.analystActions.newest({ since: date, limit: READ_LIMITS.facts })),
    eventsBetween: (from, to) =>
      once(`events:${from}:${to}`, () => store.events.between(from, to, undefined, READ_LIMITS.events)),
    async articles(ids) {
      const missing = [...new Set(ids)].filter((id) => !articleCache.has(id));
      if (missing.length) {
        const found = await store.articles.getMany(missing);
        for (const id of missing) articleCache.set(id, null);
        for (const a of found) articleCache.set(a.id, a);
      }
      const out = new Map<string, ArticleRecord>();
      for (const id of ids) {
        const a = articleCache.get(id);
        if (a) out.set(id, a);
      }
      return out;
    },
  };
}
