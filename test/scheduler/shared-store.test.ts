/**
 * Several bot instances against one real Redis or Postgres: each digest is posted once. Needs
 * REDIS_URL / DATABASE_URL (this machine: redis://127.0.0.1:6379, postgres://postgres@127.0.0.1:5432/test);
 * skipped with a message when unset, failing when set but the server is down.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/scheduler/index.js';
import { clearStore, openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { setLogLevel } from '../../src/log.js';
import { deal, putDeal, subscription } from '../digest/builders.js';
import { createFakePoster, registryWith } from '../digest/fake-poster.js';

const servers = [
  ['Redis', process.env.REDIS_URL],
  ['Postgres', process.env.DATABASE_URL],
] as const;

const opened: Store[] = [];
afterAll(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
});

for (const [name, url] of servers) {
  describe.skipIf(!url)(`two scheduler instances on ${name}`, () => {
    it('post each digest once, also when one instance died mid-delivery', async () => {
      setLogLevel('silent');
      const namespace = `dd-sched-${process.pid}-${Date.now()}`;
      const a = await openStore(url!, { namespace });
      const b = await openStore(url!, { namespace });
      opened.push(a, b);
      try {
        await putDeal(a, deal('d1', '2026-11-19T10:00:00Z'));
        for (let i = 0; i < 15; i++)
          await a.subscriptions.put(subscription({ id: `s${i}`, channelId: `fake:W1:C${i}` }));
        const poster = createFakePoster();
        let now = Date.parse('2026-11-20T08:00:05Z');
        const clock = { now: () => now };
        const one = new Scheduler({ store: a, posters: registryWith(poster), clock });
        const two = new Scheduler({ store: b, posters: registryWith(poster), clock });
        await Promise.all([one.tick(), two.tick()]);
        now += 60_000;
        await Promise.all([one.tick(), two.tick()]);
        expect(poster.posts).toHaveLength(15);
        expect(new Set(poster.posts.map((p) => p.channelId)).size).toBe(15);

        // next day: instance one claims the first digest and dies before posting; both come back later
        now = Date.parse('2026-11-21T08:00:00Z');
        const dead = createFakePoster();
        dead.post = () => new Promise(() => {});
        const dying = new Scheduler({ store: a, posters: registryWith(dead), clock });
        void dying.tick();
        await new Promise((r) => setTimeout(r, 300));
        now = Date.parse('2026-11-21T08:20:00Z'); // past the lease
        await Promise.all([one.tick(), two.tick(), one.tick()]);
        const day2 = poster.posts.slice(15);
        expect(day2).toHaveLength(15);
        expect(new Set(day2.map((p) => p.channelId)).size).toBe(15);
      } finally {
        await clearStore(a).catch(() => undefined);
      }
    });
  });
}

if (!servers.some(([, url]) => url))
  describe('two scheduler instances on Redis/Postgres', () => {
    it.skip('skipped: set REDIS_URL and/or DATABASE_URL to run against real servers', () => {});
  });
