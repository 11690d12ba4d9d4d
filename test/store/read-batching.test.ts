/** Reads asked for together are sent together: a fan-out of gets is one round trip, each caller gets its own answer. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openStore, rawKv, StoreUnavailableError } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'dealdesk-batch-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('read coalescing (SQLite)', () => {
  it('answers concurrent gets and getManys, repeated keys included, with one backend read', async () => {
    const store = await openStore(`sqlite://${join(dir, 'a.sqlite')}`);
    const kv = rawKv(store);
    await kv.setMany(Array.from({ length: 30 }, (_, i) => [`k${i}`, { n: i }] as [string, unknown]));
    const spy = vi.spyOn(kv.backend.keyv, 'getMany');
    const single = vi.spyOn(kv.backend.keyv, 'get');
    const [singles, many, again] = await Promise.all([
      Promise.all(Array.from({ length: 30 }, (_, i) => kv.get<{ n: number }>(`k${i}`))),
      kv.getMany<{ n: number }>(['k3', 'missing', 'k3', 'k29']),
      kv.get('missing'),
    ]);
    expect(singles.map((v) => v?.n)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(many.map((v) => v?.n)).toEqual([3, undefined, 3, 29]);
    expect(again).toBeUndefined();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(single).not.toHaveBeenCalled();
    // Reads issued later see what was written in between.
    await kv.set('k3', { n: 333 });
    expect((await kv.get<{ n: number }>('k3'))?.n).toBe(333);
    await store.close();
  });

  it('fails every read of a batch with the store error when the backend fails', async () => {
    const store = await openStore(`sqlite://${join(dir, 'b.sqlite')}`);
    const kv = rawKv(store);
    vi.spyOn(kv.backend.keyv, 'getMany').mockRejectedValueOnce(new Error('disk gone'));
    const results = await Promise.allSettled([kv.get('x'), kv.getMany(['y', 'z'])]);
    for (const r of results) {
      expect(r.status).toBe('rejected');
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailableError);
    }
    expect(await kv.get('x')).toBeUndefined();
    await store.close();
  });
});
