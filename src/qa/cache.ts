/**
 * Per-subject read cache for the answerer: a ticker's newest articles, deals and facts are read from
 * the store once and reused across questions. Kept in step with ingest by the pipeline's "ingested"
 * event (an article's tickers and its deals' parties are dropped at once), and with other processes'
 * writes by the store's content version (`syncVersion`: a new version drops everything). Bounded:
 * least recently used subjects are dropped first; a long time-to-live is only a backstop.
 */
import { ingestEvents, type IngestedEvent } from '../ingest/pipeline.js';

// One listener for every cache (weakly held), so answerers that come and go never pile up listeners.
const live = new Set<WeakRef<SubjectCache>>();
let listening = false;
function onIngested(e: IngestedEvent): void {
  const tickers = new Set([
    ...e.article.tickers,
    ...e.deals.flatMap((d) => d.parties.map((p) => p.ticker).filter((t): t is string => !!t)),
  ]);
  for (const ref of live) {
    const cache = ref.deref();
    if (!cache) {
      live.delete(ref);
      continue;
    }
    for (const t of tickers) cache.invalidate(t);
    cache.invalidate('*');
  }
}

interface Entry {
  at: number;
  value: Promise<unknown>;
}

export class SubjectCache {
  private entries = new Map<string, Entry>();
  private readonly ref = new WeakRef(this);
  private version: string | null = null;

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly max = 2_000,
  ) {
    live.add(this.ref);
    if (!listening) {
      ingestEvents.on('ingested', onIngested);
      listening = true;
    }
  }

  /** The cached value for (ticker, what), loading it when absent or stale. */
  get<T>(ticker: string, what: string, load: () => Promise<T>): Promise<T> {
    const key = `${ticker}\u0000${what}`;
    const hit = this.entries.get(key);
    const now = Date.now();
    if (hit && now - hit.at < this.ttlMs) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = load();
    // A failed read is not remembered.
    value.catch(() => this.entries.delete(key));
    this.entries.set(key, { at: now, value });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /** Drops everything when the store's content changed since the last call (another process wrote). */
  syncVersion(version: string): void {
    if (this.version !== null && this.version !== version) this.entries.clear();
    this.version = version;
  }

  invalidate(ticker: string): void {
    const prefix = `${ticker}\u0000`;
    for (const k of [...this.entries.keys()]) if (k.startsWith(prefix)) this.entries.delete(k);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Stops following ingest (tests, shutdown). */
  close(): void {
    live.delete(this.ref);
  }
}
