/**
 * A small in-memory Store for digest tests until (and besides) the real `openStore('memory://')`:
 * implements what digests, alerts and feeds read and write, with the same claim semantics.
 */
import type {
  AnalystActionRecord,
  ArticleRecord,
  DealRecord,
  DeliveryRecord,
  EventRecord,
  StockMoveRecord,
  SubscriptionRecord,
  ThreadContext,
  WatchlistRecord,
} from '../../src/domain/records.js';
import type { ArticleFacts, RangeQuery, Store } from '../../src/store/types.js';

const newestFirst = <T extends { sortDate: string; id: string }>(a: T, b: T) =>
  a.sortDate === b.sortDate ? (a.id < b.id ? 1 : -1) : a.sortDate < b.sortDate ? 1 : -1;

function range<T extends { sortDate: string; id: string }>(items: T[], q: RangeQuery = {}): T[] {
  return items
    .filter((x) => (!q.since || x.sortDate >= q.since) && (!q.until || x.sortDate <= q.until))
    .sort(newestFirst)
    .slice(0, q.limit ?? Infinity);
}

function factRepo<T extends { id: string; articleId: string; sortDate: string; ticker?: string | null }>(
  items: Map<string, T>,
) {
  return {
    async byTicker(ticker: string, q?: RangeQuery) {
      return range(
        [...items.values()].filter((x) => x.ticker === ticker),
        q,
      );
    },
    async forArticle(articleId: string) {
      return [...items.values()].filter((x) => x.articleId === articleId);
    },
    async newest(q?: RangeQuery) {
      return range([...items.values()], q);
    },
  };
}

export interface FakeStore extends Store {
  values: Map<string, unknown>;
}

export function createFakeStore(): FakeStore {
  const articles = new Map<string, ArticleRecord>();
  const moves = new Map<string, StockMoveRecord>();
  const actions = new Map<string, AnalystActionRecord>();
  const events = new Map<string, EventRecord>();
  const deals = new Map<string, DealRecord>();
  const subs = new Map<string, SubscriptionRecord>();
  const watch = new Map<string, WatchlistRecord>();
  const deliveries = new Map<string, { rec: DeliveryRecord; expires: number | null }>();
  const threads = new Map<string, ThreadContext>();
  const values = new Map<string, unknown>();
  const clone = <T>(x: T): T => structuredClone(x);
  const live = (key: string) => {
    const d = deliveries.get(key);
    if (d && d.expires !== null && d.expires <= Date.now()) deliveries.delete(key);
    return deliveries.get(key);
  };

  const store = {
    backend: 'memory' as const,
    values,
    articles: {
      async get(id: string) {
        return articles.get(id);
      },
      async getMany(ids: string[]) {
        return ids.flatMap((id) => (articles.has(id) ? [articles.get(id)!] : []));
      },
      async findByCanonicalUrl() {
        return undefined;
      },
      async findByGuid() {
        return undefined;
      },
      async findByContentHash() {
        return undefined;
      },
      async newest() {
        return [...articles.values()];
      },
      async byTicker(t: string) {
        return [...articles.values()].filter((a) => a.tickers.includes(t));
      },
      async count() {
        return articles.size;
      },
    },
    stockMoves: factRepo(moves),
    analystActions: factRepo(actions),
    events: {
      ...factRepo(events),
      async between(from: string, to: string, ticker?: string, limit?: number) {
        return [...events.values()]
          .filter((e) => e.date && e.date >= from && e.date <= to && (!ticker || e.ticker === ticker))
          .sort((a, b) => (a.date! < b.date! ? -1 : 1))
          .slice(0, limit ?? Infinity);
      },
    },
    quotes: factRepo(new Map()),
    risks: factRepo(new Map()),
    deals: {
      async get(id: string) {
        return clone(deals.get(id));
      },
      async getMany(ids: string[]) {
        return ids.flatMap((id) => (deals.has(id) ? [clone(deals.get(id)!)] : []));
      },
      async byParty(party: string) {
        return [...deals.values()].filter((d) => d.parties.some((p) => p.ticker === party));
      },
      async newest(q?: RangeQuery) {
        return range([...deals.values()], q);
      },
      async updatedSince(iso: string, limit?: number) {
        return [...deals.values()]
          .filter((d) => d.updatedAt >= iso)
          .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
          .slice(0, limit ?? Infinity)
          .map(clone);
      },
      async put(d: DealRecord) {
        deals.set(d.id, clone(d));
      },
      async delete(id: string) {
        deals.delete(id);
      },
    },
    companies: {
      async get() {
        return undefined;
      },
      async findByAlias() {
        return undefined;
      },
      async all() {
        return [];
      },
      async upsert() {},
      async upsertMany() {},
    },
    subscriptions: {
      async get(id: string) {
        return clone(subs.get(id));
      },
      async put(s: SubscriptionRecord) {
        subs.set(s.id, clone(s));
      },
      async delete(id: string) {
        subs.delete(id);
      },
      async byChannel(c: string) {
        return [...subs.values()].filter((s) => s.channelId === c).map(clone);
      },
      async all() {
        return [...subs.values()].map(clone);
      },
    },
    watchlists: {
      async get(c: string) {
        return clone(watch.get(c));
      },
      async put(w: WatchlistRecord) {
        watch.set(w.channelId, clone(w));
      },
      async channelsWatching(t: string) {
        return [...watch.values()].filter((w) => w.tickers.includes(t)).map((w) => w.channelId);
      },
      async all() {
        return [...watch.values()].map(clone);
      },
    },
    deliveries: {
      async claim(rec: DeliveryRecord, ttlMs?: number) {
        if (live(rec.key)) return false;
        deliveries.set(rec.key, { rec: clone(rec), expires: ttlMs ? Date.now() + ttlMs : null });
        return true;
      },
      async get(key: string) {
        return clone(live(key)?.rec);
      },
      async update(rec: DeliveryRecord) {
        const d = live(rec.key);
        deliveries.set(rec.key, { rec: clone(rec), expires: d?.expires ?? null });
      },
      async release(key: string) {
        deliveries.delete(key);
      },
    },
    threads: {
      async get(id: string) {
        return threads.get(id);
      },
      async put(t: ThreadContext) {
        threads.set(t.threadId, clone(t));
      },
    },
    async saveArticle(a: ArticleRecord, facts: ArticleFacts) {
      articles.set(a.id, clone(a));
      for (const m of facts.stockMoves) moves.set(m.id, clone(m));
      for (const x of facts.analystActions) actions.set(x.id, clone(x));
      for (const e of facts.events) events.set(e.id, clone(e));
    },
    async deleteArticle(id: string) {
      articles.delete(id);
    },
    async getValue<T>(key: string) {
      return clone(values.get(key)) as T | undefined;
    },
    async setValue<T>(key: string, value: T) {
      values.set(key, clone(value));
    },
    async ping() {},
    async close() {},
  };
  return store as unknown as FakeStore;
}
