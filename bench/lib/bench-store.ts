/**
 * The benches' store: SQLite, as a default deployment runs, filled with N synthetic articles.
 * BENCH_DB_DIR keeps the filled file between runs (`bench-<N>.sqlite`; filling 100k articles takes
 * about a minute); without it the file lives in a temporary folder removed by `close`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { fillSyntheticStore } from '../synthetic/fill-store.js';

export interface BenchStore {
  store: Store;
  /** Milliseconds spent filling it in this run (0 when a kept file was reused). */
  loadMs: number;
  /** Closes the store, and removes the file unless BENCH_DB_DIR keeps it. */
  close(): Promise<void>;
}

export async function openBenchStore(count: number): Promise<BenchStore> {
  const keep = process.env.BENCH_DB_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'dealdesk-bench-'));
  if (keep) mkdirSync(keep, { recursive: true });
  const file = join(dir, `bench-${count}.sqlite`);
  const store = await openStore(`sqlite://${file}`);
  const have = await store.articles.count();
  let loadMs = 0;
  if (have !== count) {
    if (have) throw new Error(`${file} holds ${have} articles, not ${count}: remove it`);
    const t0 = performance.now();
    await fillSyntheticStore(store, count);
    loadMs = performance.now() - t0;
  }
  return {
    store,
    loadMs,
    async close() {
      await store.close();
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}
