/**
 * The typed repositories' view of a backend: namespaced keys, JSON values, batched reads and writes,
 * the atomic claim, and backend failures turned into StoreUnavailableError.
 */
import { createHash } from 'node:crypto';
import { StoreUnavailableError } from './types.js';
import { encode, type Backend, type Envelope } from './backends/backend.js';

/** Physical keys stay under this length (Postgres' column is VARCHAR(255)); longer ones are hashed. */
const MAX_KEY = 200;
/** @keyv/sqlite matches getMany rows with an O(n²) scan, so big batches are split. */
const READ_CHUNK = 200;
const WRITE_CHUNK = 1000;

export class Kv {
  constructor(
    readonly backend: Backend,
    readonly namespace: string,
  ) {}

  physical(key: string): string {
    const full = `${this.namespace}:${key}`;
    if (full.length <= MAX_KEY) return full;
    return `${this.namespace}:#${createHash('sha256').update(key).digest('hex')}`;
  }

  get<T = unknown>(key: string): Promise<T | undefined> {
    return this.guard(() => this.backend.keyv.get(this.physical(key)) as Promise<T | undefined>);
  }

  async getMany<T = unknown>(keys: string[]): Promise<Array<T | undefined>> {
    if (keys.length === 0) return [];
    const out: Array<T | undefined> = [];
    for (let i = 0; i < keys.length; i += READ_CHUNK) {
      const chunk = keys.slice(i, i + READ_CHUNK).map((k) => this.physical(k));
      const values = await this.guard(() => this.backend.keyv.getMany(chunk) as Promise<unknown[]>);
      out.push(...(values as Array<T | undefined>));
    }
    return out;
  }

  /** The value with its expiry (ms since epoch), for writes that must keep a TTL. */
  getEnvelope(key: string): Promise<Envelope | undefined> {
    return this.guard(
      () => this.backend.keyv.get(this.physical(key), { raw: true }) as Promise<Envelope | undefined>,
    );
  }

  async set(key: string, value: unknown, ttlMs?: number): Promise<void> {
    await this.guard(() => this.backend.keyv.set(this.physical(key), value, ttlMs));
  }

  async setMany(entries: Array<[string, unknown]>): Promise<void> {
    for (let i = 0; i < entries.length; i += WRITE_CHUNK) {
      const chunk = entries
        .slice(i, i + WRITE_CHUNK)
        .map(([key, value]) => ({ key: this.physical(key), value }));
      await this.guard(() => this.backend.keyv.setMany(chunk));
    }
  }

  async delete(key: string): Promise<void> {
    await this.guard(() => this.backend.keyv.delete(this.physical(key)));
  }

  async deleteMany(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    for (let i = 0; i < keys.length; i += READ_CHUNK) {
      const chunk = keys.slice(i, i + READ_CHUNK).map((k) => this.physical(k));
      await this.guard(() => this.backend.keyv.deleteMany(chunk));
    }
  }

  /** Atomic set-if-absent in Keyv's own envelope, so `get` reads back what the claim wrote. */
  claim(key: string, value: unknown, ttlMs?: number): Promise<boolean> {
    const expires = ttlMs && ttlMs > 0 ? Date.now() + ttlMs : undefined;
    const raw = encode({ value, expires });
    return this.guard(() => this.backend.insertIfAbsent(this.physical(key), raw, expires));
  }

  /** Removes every key of this namespace (tests, and `--reset` style tooling). */
  clearNamespace(): Promise<void> {
    return this.guard(() => this.backend.deletePrefix(`${this.namespace}:`));
  }

  async guard<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(`The ${this.backend.kind} store failed: ${reason}`, { cause: error });
    }
  }
}
