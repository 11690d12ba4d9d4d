/**
 * Postgres through @keyv/postgres, with a pool this store owns: the adapter's own pool is a module
 * global (closing one store would end another's) and has no error listener (an idle connection
 * dropped by the server would crash the process).
 */
import KeyvPostgres from '@keyv/postgres';
import Keyv from 'keyv';
import pg from 'pg';
import { createLogger } from '../../log.js';
import { keyvOptions, likePrefix, type Backend, type BackendOptions } from './backend.js';

const log = createLogger('store');

class OwnPoolPostgres extends KeyvPostgres {
  override async connect() {
    const pool = (this.opts as { pool?: pg.Pool }).pool as pg.Pool;
    return async (sql: string, values?: unknown[]) => (await pool.query(sql, values)).rows;
  }
  override async disconnect() {
    await (this.opts as { pool?: pg.Pool }).pool?.end();
  }
}

export async function openPostgres(url: string, opts: BackendOptions): Promise<Backend> {
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: opts.connectTimeoutMs,
    query_timeout: 60_000, // a stuck server fails a query instead of hanging it
    max: 10,
  });
  pool.on('error', (error) => log.warn('postgres connection dropped:', error.message));
  const adapter = new OwnPoolPostgres({ uri: url, pool } as ConstructorParameters<typeof KeyvPostgres>[0]);
  const keyv = new Keyv({ ...keyvOptions, store: adapter });
  const table = `${adapter.opts.schema}.${adapter.opts.table}`;
  return {
    kind: 'postgres',
    keyv,
    async insertIfAbsent(key, raw) {
      const rows = await adapter.query(
        `INSERT INTO ${table} (key, value) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
         WHERE (${table}.value::json->>'expires')::bigint < $3
         RETURNING key`,
        [key, raw, Date.now()],
      );
      return rows.length === 1;
    },
    async deletePrefix(prefix) {
      await adapter.query(`DELETE FROM ${table} WHERE key LIKE $1`, [likePrefix(prefix)]);
    },
    async ping() {
      await adapter.query('SELECT 1');
    },
    async close() {
      await adapter.disconnect();
    },
  };
}
