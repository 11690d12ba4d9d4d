/**
 * The backends the contract suite runs on: memory and SQLite always, Redis and Postgres when
 * REDIS_URL / DATABASE_URL are set. Each test store gets its own namespace and is wiped after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearStore, openStore, type OpenStoreOptions } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

export interface TestBackend {
  name: 'memory' | 'sqlite' | 'redis' | 'postgres';
  /** undefined: not configured here, the suite is skipped. */
  url: string | undefined;
  /** Whether a second openStore on the same URL and namespace sees the same data. */
  persistent: boolean;
}

const sqliteDir = mkdtempSync(join(tmpdir(), 'dealdesk-store-test-'));

/** Removes the temporary SQLite folder (call from afterAll). */
export const removeTempFiles = (): void => rmSync(sqliteDir, { recursive: true, force: true });

export const TEST_BACKENDS: TestBackend[] = [
  { name: 'memory', url: 'memory://', persistent: false },
  { name: 'sqlite', url: `sqlite://${join(sqliteDir, 'contract.sqlite')}`, persistent: true },
  { name: 'redis', url: process.env.REDIS_URL || undefined, persistent: true },
  { name: 'postgres', url: process.env.DATABASE_URL || undefined, persistent: true },
];

export const uniqueNamespace = (): string =>
  `test-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Opens stores and closes (and wipes) them all at the end of a test. */
export class StoreScope {
  private open: Store[] = [];
  constructor(private backend: TestBackend) {}

  async store(opts: OpenStoreOptions = {}): Promise<Store> {
    const store = await openStore(this.backend.url!, { namespace: uniqueNamespace(), ...opts });
    this.open.push(store);
    return store;
  }

  async dispose(): Promise<void> {
    for (const store of this.open.splice(0)) {
      await clearStore(store).catch(() => {});
      await store.close();
    }
  }
}
