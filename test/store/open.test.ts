/** Opening a store: schemes, unreachable servers (fast, friendly, no credentials), SQLite paths. */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearStore, openStore, StoreUnavailableError, StoreUrlError } from '../../src/store/index.js';
import { sqlitePath } from '../../src/store/backends/sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'dealdesk-open-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(url: string): Promise<{ error: Error; ms: number }> {
  const started = Date.now();
  try {
    const store = await openStore(url, { connectTimeoutMs: 2000 });
    await store.close();
  } catch (error) {
    return { error: error as Error, ms: Date.now() - started };
  }
  throw new Error(`expected ${url} to fail`);
}

describe('openStore', () => {
  it('rejects an unknown scheme with the supported ones listed', async () => {
    const { error } = await failure('mongodb://127.0.0.1/x');
    expect(error).toBeInstanceOf(StoreUrlError);
    expect(error.message).toMatch(/sqlite:\/\/.*redis:\/\/.*postgres:\/\/.*memory:\/\//);
    expect((await failure('just-a-path')).error).toBeInstanceOf(StoreUrlError);
  });

  it('reports a Redis server that is not there within seconds, without the password', async () => {
    const { error, ms } = await failure('redis://user:s3cretpass@127.0.0.1:1');
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toMatch(/Cannot open the Redis store at redis:\/\/127\.0\.0\.1:1/);
    expect(error.message).not.toContain('s3cretpass');
    expect(ms).toBeLessThan(4000);
  });

  it('reports a Postgres server that is not there within seconds, without the password', async () => {
    const { error, ms } = await failure('postgres://dealdesk:s3cretpass@127.0.0.1:1/dealdesk');
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toMatch(/Cannot open the Postgres store at postgres:\/\/127\.0\.0\.1:1\/dealdesk/);
    expect(error.message).not.toContain('s3cretpass');
    expect(ms).toBeLessThan(4000);
  });

  it('creates the SQLite file and its folder on first open, and keeps data across opens', async () => {
    const path = join(dir, 'nested', 'deeper', 'dealdesk.sqlite');
    const first = await openStore(`sqlite://${path}`);
    await first.setValue('hello', 'world');
    await first.close();
    expect(existsSync(path)).toBe(true);
    const second = await openStore(`sqlite://${path}`);
    expect(await second.getValue('hello')).toBe('world');
    await clearStore(second);
    await second.close();
  });

  it('reports a SQLite path that cannot be created', async () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const { error } = await failure(`sqlite://${join(blocker, 'db.sqlite')}`);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toMatch(/Cannot open the SQLite store/);
  });

  it('resolves SQLite paths: relative to the working folder, absolute, or the default', () => {
    expect(sqlitePath('sqlite://data/x.sqlite', '/srv/app')).toBe('/srv/app/data/x.sqlite');
    expect(sqlitePath('sqlite:///var/lib/x.sqlite', '/srv/app')).toBe('/var/lib/x.sqlite');
    expect(sqlitePath('sqlite://', '/srv/app')).toBe('/srv/app/data/dealdesk.sqlite');
    expect(sqlitePath('sqlite://:memory:')).toBe(':memory:');
  });

  it('opens memory:// with nothing else', async () => {
    const store = await openStore('memory://');
    expect(store.backend).toBe('memory');
    await store.close();
  });
});
