/**
 * Embedded SQLite through better-sqlite3, behind Keyv. Reads are synchronous prepared statements:
 * a command's few point reads cost microseconds each instead of a hop through a worker thread, which
 * is where most of a command's time went with the asynchronous driver. Bulk writes run in one
 * transaction. WAL with synchronous=NORMAL keeps commits cheap while staying crash-safe, and a busy
 * timeout lets the CLI and a running bot share the file. The table is the one @keyv/sqlite used
 * (`keyv`: key, value), so stores written before keep working.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import Database from 'better-sqlite3';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import { keyvOptions, likePrefix, type Backend } from './backend.js';

const DEFAULT_PATH = 'data/dealdesk.sqlite';
const TABLE = 'keyv';

/** `sqlite://data/x.sqlite` → cwd-relative; `sqlite:///abs/x.sqlite` → absolute; `sqlite://:memory:`. */
export function sqlitePath(url: string, cwd = process.cwd()): string {
  const rest = url.replace(/^sqlite:(\/\/)?/, '');
  if (rest === ':memory:') return rest;
  const path = rest === '' ? DEFAULT_PATH : decodeURIComponent(rest);
  return isAbsolute(path) ? path : resolve(cwd, path);
}

interface Row {
  key: string;
  value: string;
}

/** Keyv's storage contract over one table; values arrive already serialised by Keyv. */
class SqliteAdapter extends EventEmitter implements KeyvStoreAdapter {
  opts = { dialect: 'sqlite' };
  namespace?: string;
  private readonly one;
  private readonly many;
  private readonly upsert;
  private readonly remove;
  private readonly removeMany;
  private readonly writeAll;

  constructor(readonly db: Database.Database) {
    super();
    db.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (key VARCHAR(255) PRIMARY KEY, value TEXT)`);
    this.one = db.prepare<[string], Row>(`SELECT value FROM ${TABLE} WHERE key = ?`);
    this.many = db.prepare<[string], Row>(
      `SELECT key, value FROM ${TABLE} WHERE key IN (SELECT value FROM json_each(?))`,
    );
    this.upsert = db.prepare<[string, string]>(
      `INSERT INTO ${TABLE} (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
    );
    this.remove = db.prepare<[string]>(`DELETE FROM ${TABLE} WHERE key = ?`);
    this.removeMany = db.prepare<[string]>(
      `DELETE FROM ${TABLE} WHERE key IN (SELECT value FROM json_each(?))`,
    );
    this.writeAll = db.transaction((entries: Array<{ key: string; value: string }>) => {
      for (const e of entries) this.upsert.run(e.key, e.value);
    });
  }

  async get<Value>(key: string) {
    return this.one.get(key)?.value as Value | undefined;
  }

  async getMany<Value>(keys: string[]) {
    const found = new Map(this.many.all(JSON.stringify(keys)).map((r) => [r.key, r.value]));
    return keys.map((k) => found.get(k) as Value | undefined);
  }

  async has(key: string) {
    return this.one.get(key) !== undefined;
  }

  async set(key: string, value: string) {
    this.upsert.run(key, value);
  }

  async setMany(entries: Array<{ key: string; value: string }>) {
    this.writeAll(entries);
  }

  async delete(key: string) {
    return this.remove.run(key).changes > 0;
  }

  async deleteMany(keys: string[]) {
    return this.removeMany.run(JSON.stringify(keys)).changes > 0;
  }

  async clear() {
    this.db.exec(`DELETE FROM ${TABLE}`);
  }

  async disconnect() {
    if (this.db.open) this.db.close();
  }
}

export interface SqliteBackend extends Backend {
  readonly path: string;
  /** Bytes on disk: the database file plus its write-ahead log. */
  sizeOnDisk(): number;
}

export async function openSqlite(url: string): Promise<SqliteBackend> {
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -65536'); // 64 MB of page cache: index buckets stay hot
  const adapter = new SqliteAdapter(db);
  const keyv = new Keyv({ ...keyvOptions, store: adapter });
  // Takes over a row whose envelope has expired; RETURNING tells whether this statement wrote.
  const claim = db.prepare<[string, string, number]>(
    `INSERT INTO ${TABLE} (key, value) VALUES (?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value
     WHERE json_extract(${TABLE}.value, '$.expires') < ?
     RETURNING key`,
  );
  const dropPrefix = db.prepare<[string]>(`DELETE FROM ${TABLE} WHERE key LIKE ? ESCAPE '\\'`);
  return {
    kind: 'sqlite',
    keyv,
    path,
    async insertIfAbsent(key, raw, _expiresAt) {
      return claim.all(key, raw, Date.now()).length === 1;
    },
    async deletePrefix(prefix) {
      dropPrefix.run(likePrefix(prefix));
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      await adapter.disconnect();
    },
    sizeOnDisk() {
      const size = (p: string) => {
        try {
          return statSync(p).size;
        } catch {
          return 0;
        }
      };
      return path === ':memory:' ? 0 : size(path) + size(`${path}-wal`);
    },
  };
}
