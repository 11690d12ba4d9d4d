/**
 * The store reads a digest needs, memoised for one run: a morning digest to a thousand channels asks
 * the same questions (deals updated since yesterday 08:00, events this week) a thousand times, so each
 * distinct query hits the store once and every channel filters the shared answer by its own scope.
 */
import type {
  AnalystActionRecord,
  ArticleHead,
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
  articles(ids: string[]): Promise<Map<string, ArticleHead>>;
  /** Memoises any derived value for the run (e.g. the ranked pool of a window). */
  memo<T>(key: string, load: () => Promise<T>): Promise<T>;
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
  // id → the article (or null: not in the store), shared by every digest of the run; a fetch in flight
  // is shared too, so channels built at the same time never read the same articles twice.
  const articleCache = new Map<string, ArticleHead | null | Promise<ArticleHead | null>>();
  return {
    memo: once,
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
        const batch = store.articles.heads(missing).then((found) => new Map(found.map((a) => [a.id, a])));
        for (const id of missing) {
          const one = batch.then((m) => m.get(id) ?? null);
          articleCache.set(id, one);
          one.then(
            (a) => articleCache.set(id, a),
            () => articleCache.delete(id), // a failed read is retried by the next caller
          );
        }
      }
      const out = new Map<string, ArticleHead>();
      for (const id of ids) {
        const a = await articleCache.get(id);
        if (a) out.set(id, a);
      }
      return out;
    },
  };
}
