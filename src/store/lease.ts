/**
 * A store-wide write lease, so read-modify-write sections (index buckets, counters, directory and
 * channel lists) stay correct when several processes write one store: two bot instances on Redis
 * or Postgres, or the CLI ingesting into the SQLite file a running bot uses. Built on the same
 * atomic claim as deliveries; expires after LEASE_TTL_MS if its holder dies. In-process callers
 * queue on a local mutex first, so only one of them at a time polls the backend.
 */
import { randomUUID } from 'node:crypto';
import type { Kv } from './kv.js';
import { KeyedMutex } from './mutex.js';
import { StoreUnavailableError } from './types.js';

const LEASE_KEY = 'lease:writes';
const LEASE_TTL_MS = 30_000;
const WAIT_LIMIT_MS = 35_000;

export class WriteLease {
  private local = new KeyedMutex();

  /** `shared`: whether other processes can reach this store (false for memory://). */
  constructor(
    private kv: Kv,
    private shared: boolean,
  ) {}

  /** Runs fn holding the lease. Never nest: the lease is not re-entrant. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    if (!this.shared) return fn();
    return this.local.run([LEASE_KEY], async () => {
      const owner = randomUUID();
      await this.acquire(owner);
      try {
        return await fn();
      } finally {
        // Delete only our own lease (one that outlived its TTL may belong to someone else now).
        if ((await this.kv.get(LEASE_KEY)) === owner) await this.kv.delete(LEASE_KEY);
      }
    });
  }

  private async acquire(owner: string): Promise<void> {
    const started = Date.now();
    let delay = 1;
    while (!(await this.kv.claim(LEASE_KEY, owner, LEASE_TTL_MS))) {
      if (Date.now() - started > WAIT_LIMIT_MS)
        throw new StoreUnavailableError('The store stayed locked by another Dealdesk process for over 30 s.');
      await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay));
      delay = Math.min(delay * 2, 25);
    }
  }
}
