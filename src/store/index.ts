/**
 * `openStore(url)`: picks the backend from the URL scheme, checks it answers (within a timeout) and
 * that its schema version is one this code understands, then returns the typed repositories.
 */
import { randomUUID } from 'node:crypto';
import type { ArticleRecord, DealRecord } from '../domain/records.js';
import {
  AnalystActionRecordSchema,
  QuoteRecordSchema,
  RiskRecordSchema,
  StockMoveRecordSchema,
} from '../domain/records.js';
import { displayUrl, withTimeout, type Backend, type BackendOptions } from './backends/backend.js';
import { openMemory } from './backends/memory.js';
import { openPostgres } from './backends/postgres.js';
import { openRedis } from './backends/redis.js';
import { openSqlite } from './backends/sqlite.js';
import type { StoreContext } from './context.js';
import { Kv } from './kv.js';
import { ensureSchema, type SchemaOptions } from './migrations.js';
import { WriteLease } from './lease.js';
import { KeyedMutex } from './mutex.js';
import { Indexes } from './postings.js';
import { deleteArticle, saveArticles } from './repos/article-writer.js';
import { articleRepository } from './repos/articles.js';
import { subscriptionRepository, watchlistRepository } from './repos/channels.js';
import { companyRepository } from './repos/companies.js';
import { dealRepository, putDeals } from './repos/deals.js';
import { deliveryRepository, threadRepository } from './repos/deliveries.js';
import { eventRepository, factRepository } from './repos/facts.js';
import { StoreUnavailableError, type ArticleFacts, type Store } from './types.js';

export { StoreUnavailableError } from './types.js';
export { InvalidRecordError } from './validate.js';
export { SchemaVersionError, CURRENT_SCHEMA_VERSION, type Migration } from './migrations.js';

export interface OpenStoreOptions {
  /** Key prefix isolating this store's data from others on the same server. Default "dealdesk". */
  namespace?: string;
  /** How long to wait for the server at open. Default 5000 ms. */
  connectTimeoutMs?: number;
  /** Schema version and migrations to check against (tests override; the default is the real registry). */
  schema?: SchemaOptions;
}

export class StoreUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreUrlError';
  }
}

const BACKENDS = {
  sqlite: (url: string) => openSqlite(url),
  redis: (url: string, o: BackendOptions) => openRedis(url, o),
  rediss: (url: string, o: BackendOptions) => openRedis(url, o),
  postgres: (url: string, o: BackendOptions) => openPostgres(url, o),
  postgresql: (url: string, o: BackendOptions) => openPostgres(url, o),
  memory: () => Promise.resolve(openMemory()),
} as const satisfies Record<string, (url: string, o: BackendOptions) => Promise<Backend>>;

const NAMES: Record<Backend['kind'], string> = {
  sqlite: 'SQLite',
  redis: 'Redis',
  postgres: 'Postgres',
  memory: 'memory',
};

/** Internal handles for tooling and tests (bulk ingest, namespace cleanup), keyed by store. */
const internals = new WeakMap<Store, { ctx: StoreContext; backend: Backend }>();

export async function openStore(url: string, opts: OpenStoreOptions = {}): Promise<Store> {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme || !(scheme in BACKENDS))
    throw new StoreUrlError(
      `Unsupported store URL "${displayUrl(url)}": use sqlite://<path>, redis://…, rediss://…, postgres://…, postgresql://… or memory://`,
    );
  const timeout = opts.connectTimeoutMs ?? 5000;
  const open = BACKENDS[scheme as keyof typeof BACKENDS];
  const where = scheme === 'sqlite' ? url : displayUrl(url);
  let backend: Backend | undefined;
  try {
    backend = await withTimeout(
      open(url, { connectTimeoutMs: timeout }),
      timeout + 1000,
      'Opening the store',
    );
    await withTimeout(backend.ping(), timeout, 'The store check');
  } catch (error) {
    await backend?.close().catch(() => {});
    const kind = NAMES[backendKind(scheme)];
    throw new StoreUnavailableError(
      `Cannot open the ${kind} store at ${where}: ${safeReason(error, url)}. Check that the server is running and DEALDESK_STORE_URL is right.`,
      { cause: error },
    );
  }
  const kv = new Kv(backend, opts.namespace ?? 'dealdesk');
  try {
    await ensureSchema(kv, opts.schema);
  } catch (error) {
    await backend.close().catch(() => {});
    throw error;
  }
  const lease = new WriteLease(kv, backend.kind !== 'memory');
  const ctx: StoreContext = {
    kv,
    indexes: new Indexes(kv, new KeyedMutex(), lease),
    locks: new KeyedMutex(),
    lease,
  };
  const store = buildStore(ctx, backend);
  internals.set(store, { ctx, backend });
  return store;
}

function backendKind(scheme: string): Backend['kind'] {
  if (scheme.startsWith('redis')) return 'redis';
  if (scheme.startsWith('postgres')) return 'postgres';
  return scheme === 'sqlite' ? 'sqlite' : 'memory';
}

/** The error's message without anything from the URL's credentials. */
function safeReason(error: unknown, url: string): string {
  let reason = error instanceof Error ? error.message : String(error);
  if (error instanceof AggregateError && error.errors.length)
    reason = String(error.errors[0]?.message ?? reason);
  try {
    const { username, password } = new URL(url);
    for (const secret of [password, decodeURIComponent(password), username])
      if (secret && secret.length >= 3) reason = reason.split(secret).join('***');
  } catch {
    /* not a URL: nothing to hide */
  }
  return reason || 'no answer';
}

const CONTENT_VERSION_KEY = 'meta:content-version';

/** Runs a write, then marks the content changed (see Store.contentVersion). */
async function changingContent<T>(ctx: StoreContext, write: () => Promise<T>): Promise<T> {
  const result = await write();
  await ctx.kv.set(CONTENT_VERSION_KEY, randomUUID());
  return result;
}

function buildStore(ctx: StoreContext, backend: Backend): Store {
  const deals = dealRepository(ctx);
  const companies = companyRepository(ctx);
  return {
    backend: backend.kind,
    articles: articleRepository(ctx),
    stockMoves: factRepository(ctx, 'sm', StockMoveRecordSchema, 'stock move'),
    analystActions: factRepository(ctx, 'aa', AnalystActionRecordSchema, 'analyst action'),
    events: eventRepository(ctx),
    quotes: factRepository(ctx, 'qu', QuoteRecordSchema, 'quote'),
    risks: factRepository(ctx, 'ri', RiskRecordSchema, 'risk'),
    deals: {
      ...deals,
      put: (deal) => changingContent(ctx, () => deals.put(deal)),
      delete: (id) => changingContent(ctx, () => deals.delete(id)),
    },
    companies: {
      ...companies,
      upsert: (company) => changingContent(ctx, () => companies.upsert(company)),
      upsertMany: (list) => changingContent(ctx, () => companies.upsertMany(list)),
    },
    subscriptions: subscriptionRepository(ctx),
    watchlists: watchlistRepository(ctx),
    deliveries: deliveryRepository(ctx),
    threads: threadRepository(ctx),
    saveArticle: (article, facts) => changingContent(ctx, () => saveArticles(ctx, [{ article, facts }])),
    deleteArticle: (id) => changingContent(ctx, () => deleteArticle(ctx, id)),
    // A store written before versions were kept has one version until its first write.
    contentVersion: async () => (await ctx.kv.get<string>(CONTENT_VERSION_KEY)) ?? 'initial',
    getValue: <T>(key: string) => ctx.kv.get<T>(`v:${key}`),
    setValue: async <T>(key: string, value: T) => ctx.kv.set(`v:${key}`, value),
    async ping() {
      await ctx.kv.guard(() => withTimeout(backend.ping(), 5000, 'The store check'));
    },
    close: () => backend.close(),
  };
}

/**
 * Saves many articles in one batch (one manifest read, one bulk write, one index update): the fast
 * path for bulk ingest. Falls back to one saveArticle per item on a Store not made by openStore.
 */
export async function saveArticleBatch(
  store: Store,
  items: Array<{ article: ArticleRecord; facts: ArticleFacts }>,
): Promise<void> {
  const internal = internals.get(store);
  if (internal) return changingContent(internal.ctx, () => saveArticles(internal.ctx, items));
  for (const { article, facts } of items) await store.saveArticle(article, facts);
}

/** Puts many deals in one batch; falls back to one put per deal on a Store not made by openStore. */
export async function putDealBatch(store: Store, deals: DealRecord[]): Promise<void> {
  const internal = internals.get(store);
  if (internal) return changingContent(internal.ctx, () => putDeals(internal.ctx, deals));
  for (const deal of deals) await store.deals.put(deal);
}

/** Deletes every key of the store's namespace (test cleanup on shared servers). */
export async function clearStore(store: Store): Promise<void> {
  const internal = internals.get(store);
  if (!internal) throw new Error('clearStore: not a store made by openStore');
  await internal.ctx.kv.clearNamespace();
}

/** Bytes on disk for a SQLite store (database plus WAL); undefined for server backends. */
export function storeSizeOnDisk(store: Store): number | undefined {
  const backend = internals.get(store)?.backend;
  return backend && 'sizeOnDisk' in backend ? (backend as { sizeOnDisk(): number }).sizeOnDisk() : undefined;
}

/** The key-value view under a store, for migrations and tests that must write raw values. */
export function rawKv(store: Store): Kv {
  const internal = internals.get(store);
  if (!internal) throw new Error('rawKv: not a store made by openStore');
  return internal.ctx.kv;
}
