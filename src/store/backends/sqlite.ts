/**
 * Embedded SQLite through @keyv/sqlite. The adapter has no setMany, so we add a one-statement bulk
 * upsert (one transaction instead of one per key), and tune the connection: WAL with
 * synchronous=NORMAL keeps commits cheap while staying crash-safe, and a busy timeout lets the CLI
 * and a running bot share the file.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { keyvOptions, likePrefix, type Backend } from './backend.js';

const DEFAULT_PATH = 'data/dealdesk.sqlite';
const BULK_CHUNK = 500;

/** `sqlite://data/x.sqlite` → cwd-relative; `sqlite:///abs/x.sqlite` → absolute; `sqlite://:memory:`. */
export function sqlitePath(url: string, cwd = process.cwd()): string {
  const rest = url.replace(/^sqlite:(\/\/)?/, '');
  if (rest === ':memory:') return rest;
  const path = rest === '' ? DEFAULT_PATH : decodeURIComponent(rest);
  return isAbsolute(path) ? path : resolve(cwd, path);
}

class BulkSqlite extends KeyvSqlite {
  private statements = new Map<number, string>();

  /** One multi-row upsert per chunk: one transaction instead of one per key. */
  async setMany(entries: Array<{ key: string; value: unknown }>): Promise<void> {
    for (let i = 0; i < entries.length; i += BULK_CHUNK) {
      const chunk = entries.slice(i, i + BULK_CHUNK);
      let sql = this.statements.get(chunk.length);
      if (!sql) {
        sql = `INSERT INTO ${this.opts.table} (key, value) VALUES ${Array(chunk.length).fill('(?, ?)').join(', ')}
          ON CONFLICT(key) DO UPDATE SET value = excluded.value`;
        this.statements.set(chunk.length, sql);
      }
      await this.query(sql, ...chunk.flatMap((e) => [e.key, e.value]));
    }
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
  const adapter = new BulkSqlite({ uri: `sqlite://${path}`, busyTimeout: 5000 });
  const keyv = new Keyv({ ...keyvOptions, store: adapter });
  const table = adapter.opts.table;
  await adapter.query('PRAGMA journal_mode=WAL');
  await adapter.query('PRAGMA synchronous=NORMAL');
  await adapter.query('PRAGMA cache_size=-65536'); // 64 MB of page cache: index buckets stay hot
  return {
    kind: 'sqlite',
    keyv,
    path,
    async insertIfAbsent(key, raw, _expiresAt) {
      // Takes over a row whose envelope has expired; RETURNING tells whether this statement wrote.
      const rows = (await adapter.query(
        `INSERT INTO ${table} (key, value) VALUES (?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value
         WHERE json_extract(${table}.value, '$.expires') < ?
         RETURNING key`,
        key,
        raw,
        Date.now(),
      )) as unknown[];
      return rows.length === 1;
    },
    async deletePrefix(prefix) {
      await adapter.query(`DELETE FROM ${table} WHERE key LIKE ? ESCAPE '\\'`, likePrefix(prefix));
    },
    async ping() {
      await adapter.query('SELECT 1');
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
