/** What every repository shares: the key-value view, the write-time indexes and the entity locks. */
import type { Kv } from './kv.js';
import type { WriteLease } from './lease.js';
import type { KeyedMutex } from './mutex.js';
import type { Indexes, DateRange } from './postings.js';
import type { RangeQuery } from './types.js';

export interface StoreContext {
  kv: Kv;
  indexes: Indexes;
  /** Locks on entities (article manifests, deal manifests, directories); index buckets have their own. */
  locks: KeyedMutex;
  /** Cross-process guard for read-modify-write sections; never nested. */
  lease: WriteLease;
}

/** Used when a query gives no limit; no query returns more than MAX_LIMIT. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

export const limitOf = (limit: number | undefined): number =>
  Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit ?? DEFAULT_LIMIT)));
export const rangeOf = (q: RangeQuery | undefined): DateRange => ({ from: q?.since, to: q?.until });
export const normTicker = (ticker: string): string => ticker.trim().toUpperCase();
