/**
 * Schema versioning. The version lives at `meta:schema-version`. At open: missing → write the
 * current version; older → run the registered migrations above it in order, recording each step;
 * newer → refuse, because this code would misread data written by a later Dealdesk.
 */
import type { Kv } from './kv.js';
import { splitArticleText } from './migrate-article-text.js';

export const SCHEMA_VERSION_KEY = 'meta:schema-version';
export const CURRENT_SCHEMA_VERSION = 2;

export interface Migration {
  /** The version this migration produces; it runs on stores at version `to - 1` or older. */
  to: number;
  description: string;
  run(kv: Kv): Promise<void>;
}

/** Register real migrations here, each with `to` = the new CURRENT_SCHEMA_VERSION. */
export const MIGRATIONS: Migration[] = [splitArticleText];

export class SchemaVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchemaVersionError';
  }
}

export interface SchemaOptions {
  current: number;
  migrations: Migration[];
}

/** Returns the migrations it ran (descriptions), in order. */
export async function ensureSchema(
  kv: Kv,
  { current, migrations }: SchemaOptions = { current: CURRENT_SCHEMA_VERSION, migrations: MIGRATIONS },
): Promise<string[]> {
  const stored = await kv.get<number>(SCHEMA_VERSION_KEY);
  if (stored === undefined) {
    await kv.set(SCHEMA_VERSION_KEY, current);
    return [];
  }
  if (typeof stored !== 'number' || !Number.isInteger(stored))
    throw new SchemaVersionError(`The store's schema version is unreadable (${JSON.stringify(stored)}).`);
  if (stored > current)
    throw new SchemaVersionError(
      `This store was written by a newer Dealdesk (schema version ${stored}; this version understands up to ${current}). Upgrade Dealdesk or use another DEALDESK_STORE_URL.`,
    );
  const ran: string[] = [];
  const steps = migrations.filter((m) => m.to > stored && m.to <= current).sort((a, b) => a.to - b.to);
  for (const step of steps) {
    await step.run(kv);
    await kv.set(SCHEMA_VERSION_KEY, step.to);
    ran.push(step.description);
  }
  if (stored < current) await kv.set(SCHEMA_VERSION_KEY, current);
  return ran;
}
