/**
 * What the store needs from a backend beyond Keyv: an atomic set-if-absent (Keyv has none), a way to
 * drop a namespace (tests), a liveness check and a clean close.
 */
import type { Deserialize, KeyvOptions, Serialize } from 'keyv';
import type Keyv from 'keyv';

export type BackendKind = 'sqlite' | 'redis' | 'postgres' | 'memory';

export interface Backend {
  readonly kind: BackendKind;
  /** Keyv over the backend, with our own key prefixing (useKeyPrefix off) and JSON serialisation. */
  readonly keyv: Keyv;
  /**
   * Writes `raw` (already serialised in Keyv's `{value, expires}` shape) at the physical key unless a
   * live value is there. An expired value is taken over. True when this call wrote it.
   */
  insertIfAbsent(physicalKey: string, raw: string, expiresAt: number | undefined): Promise<boolean>;
  /** Deletes every physical key starting with the prefix. */
  deletePrefix(prefix: string): Promise<void>;
  /** Round trip to the server; throws when it cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface BackendOptions {
  connectTimeoutMs: number;
}

/** Keyv's value envelope, serialised with plain JSON (much faster than Keyv's default serialiser). */
export interface Envelope {
  value?: unknown;
  expires?: number | undefined;
}

/** Marks a stored string that is not JSON, so reads report it instead of throwing mid-query. */
export const CORRUPT = Symbol('corrupt');

export const encode = (data: Envelope): string => JSON.stringify(data);
const serialize: Serialize = (data) => JSON.stringify(data);
export const deserialize = (raw: string): Envelope => {
  try {
    return JSON.parse(raw) as Envelope;
  } catch {
    return { value: { [CORRUPT]: true, raw: raw.slice(0, 80) } };
  }
};

export const keyvOptions: KeyvOptions = {
  serialize,
  deserialize: deserialize as Deserialize,
  useKeyPrefix: false,
  namespace: undefined,
  throwOnErrors: true,
};

/** Hides credentials: scheme://host:port/path only. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return url.split('://')[0] + '://…';
  }
}

/** Rejects after `ms` so a dead server never hangs start-up. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const likePrefix = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
