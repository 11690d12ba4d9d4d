/**
 * The store's contract: typed repositories over Keyv. The core, the commands and the pipeline use
 * only this interface; `openStore(url)` picks the backend (sqlite, redis, postgres, memory).
 *
 * Ordering: "newest first" is by `sortDate` (published date, else ingest date), ties by id.
 * Indexes are kept on write, bucketed by month, so a query reads what it returns, not the whole store.
 */
import type {
  AnalystActionRecord,
  ArticleHead,
  ArticleRecord,
  CompanyRecord,
  DealRecord,
  DeliveryRecord,
  EventRecord,
  QuoteRecord,
  RiskRecord,
  StockMoveRecord,
  SubscriptionRecord,
  ThreadContext,
  WatchlistRecord,
} from '../domain/records.js';

export interface RangeQuery {
  /** Default 50, at most 1000 (src/store/context.ts). */
  limit?: number;
  /** Inclusive lower bound, YYYY-MM-DD. */
  since?: string;
  /** Inclusive upper bound, YYYY-MM-DD. */
  until?: string;
}

/** Per-article facts, replaced as a whole when the article is re-ingested with new content. */
export interface ArticleFacts {
  stockMoves: StockMoveRecord[];
  analystActions: AnalystActionRecord[];
  events: EventRecord[];
  quotes: QuoteRecord[];
  risks: RiskRecord[];
}

export interface ArticleRepository {
  /** Full records, with the text (for answering questions and re-reading evidence). */
  get(id: string): Promise<ArticleRecord | undefined>;
  getMany(ids: string[]): Promise<ArticleRecord[]>;
  /** Heads only (no text, with a one-line summary): what listings and citations need. */
  heads(ids: string[]): Promise<ArticleHead[]>;
  findByCanonicalUrl(url: string): Promise<ArticleHead | undefined>;
  findByGuid(guid: string): Promise<ArticleHead | undefined>;
  findByContentHash(hash: string): Promise<ArticleHead | undefined>;
  /** Heads, newest first across the store. */
  newest(q?: RangeQuery): Promise<ArticleHead[]>;
  /** Heads, newest first among articles that mention the ticker. */
  byTicker(ticker: string, q?: RangeQuery): Promise<ArticleHead[]>;
  count(): Promise<number>;
}

export interface FactRepository<T extends { id: string; articleId: string; sortDate: string }> {
  /** Newest first. */
  byTicker(ticker: string, q?: RangeQuery): Promise<T[]>;
  forArticle(articleId: string): Promise<T[]>;
  /** Newest first across all tickers. */
  newest(q?: RangeQuery): Promise<T[]>;
}

export interface EventRepository extends FactRepository<EventRecord> {
  /** Dated events with from <= date <= to, soonest first; optionally for one ticker. */
  between(from: string, to: string, ticker?: string, limit?: number): Promise<EventRecord[]>;
}

export interface DealRepository {
  get(id: string): Promise<DealRecord | undefined>;
  getMany(ids: string[]): Promise<DealRecord[]>;
  /** Deals where the ticker (or, without a ticker, the party name) is a party; newest first. */
  byParty(party: string, q?: RangeQuery & { type?: DealRecord['type'] }): Promise<DealRecord[]>;
  /** Newest first across the store (by sortDate), for digests. */
  newest(q?: RangeQuery): Promise<DealRecord[]>;
  /** Deals updated at or after the instant (ISO date-time), for digests and alerts. */
  updatedSince(isoDateTime: string, limit?: number): Promise<DealRecord[]>;
  put(deal: DealRecord): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface CompanyRepository {
  get(ticker: string): Promise<CompanyRecord | undefined>;
  /** Exact alias match after normalisation ("Lumen", "lumen technologies inc." → LUMN). */
  findByAlias(nameOrAlias: string): Promise<CompanyRecord | undefined>;
  /** Every company in the directory (cached in memory; the directory is thousands, not millions). */
  all(): Promise<CompanyRecord[]>;
  /** Adds or merges (aliases are unioned; a more authoritative origin wins the name). */
  upsert(company: CompanyRecord): Promise<void>;
  upsertMany(companies: CompanyRecord[]): Promise<void>;
}

export interface SubscriptionRepository {
  get(id: string): Promise<SubscriptionRecord | undefined>;
  put(sub: SubscriptionRecord): Promise<void>;
  delete(id: string): Promise<void>;
  byChannel(channelId: string): Promise<SubscriptionRecord[]>;
  all(): Promise<SubscriptionRecord[]>;
}

export interface WatchlistRepository {
  get(channelId: string): Promise<WatchlistRecord | undefined>;
  put(list: WatchlistRecord): Promise<void>;
  /** Channels whose watchlist contains the ticker. */
  channelsWatching(ticker: string): Promise<string[]>;
  all(): Promise<WatchlistRecord[]>;
}

export interface DeliveryRepository {
  /**
   * Atomically claims a delivery key: true if this caller created it (and may post), false if it
   * already existed. Backed by Redis SET NX PX, Postgres INSERT … ON CONFLICT DO NOTHING, SQLite
   * INSERT OR IGNORE, or a Map in memory.
   */
  claim(record: DeliveryRecord, ttlMs?: number): Promise<boolean>;
  get(key: string): Promise<DeliveryRecord | undefined>;
  /** Overwrites a claimed record (finish it as sent or failed). */
  update(record: DeliveryRecord): Promise<void>;
  /** Releases a claim so a failed post can be retried. */
  release(key: string): Promise<void>;
}

export interface ThreadRepository {
  get(threadId: string): Promise<ThreadContext | undefined>;
  put(ctx: ThreadContext): Promise<void>;
}

export interface Store {
  readonly backend: 'sqlite' | 'redis' | 'postgres' | 'memory';
  articles: ArticleRepository;
  stockMoves: FactRepository<StockMoveRecord>;
  analystActions: FactRepository<AnalystActionRecord>;
  events: EventRepository;
  quotes: FactRepository<QuoteRecord>;
  risks: FactRepository<RiskRecord>;
  deals: DealRepository;
  companies: CompanyRepository;
  subscriptions: SubscriptionRepository;
  watchlists: WatchlistRepository;
  deliveries: DeliveryRepository;
  threads: ThreadRepository;
  /**
   * Writes an article with its per-article facts, replacing the facts of a previous version of the
   * same article id (so an updated article never doubles them). Idempotent.
   */
  saveArticle(article: ArticleRecord, facts: ArticleFacts): Promise<void>;
  /** Removes an article and its per-article facts (deals are the merger's business). */
  deleteArticle(id: string): Promise<void>;
  /**
   * A token that changes whenever articles, facts, deals or the company directory change (in any
   * process sharing the store): answers derived from that content stay valid while it is unchanged.
   */
  contentVersion(): Promise<string>;
  /** Generic small values (feed state, settings): validated by the caller. */
  getValue<T>(key: string): Promise<T | undefined>;
  setValue<T>(key: string, value: T): Promise<void>;
  /** Throws a StoreUnavailableError if the backend cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The store could not be reached or answered with an error: shown to users as a friendly message. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
