import { beforeEach, describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/bot/types.js';
import {
  createOutboundQueue,
  PermanentSendError,
  RateLimitedError,
} from '../../src/delivery/outbound-queue.js';
import { queuedPoster, type PostedMessage } from '../../src/delivery/poster.js';
import { Scheduler, storeRunCoordinator } from '../../src/scheduler/index.js';
import { startBackgroundJobs } from '../../src/scheduler/run.js';
import { parseConfig } from '../../src/config/env.js';
import { deal, putDeal, subscription } from '../digest/builders.js';
import { createFakePoster, registryWith } from '../digest/fake-poster.js';
import { openTestStore } from '../digest/stores.js';
import type { Store } from '../../src/store/types.js';
import { createVirtualClock } from '../delivery/virtual-clock.js';
import { setLogLevel } from '../../src/log.js';

let store: Store;
beforeEach(async () => {
  setLogLevel('silent');
  store = await openTestStore();
  await putDeal(store, deal('d1', '2026-11-19T10:00:00Z'));
});

describe('scheduler', () => {
  it('two instances ticking at the same minute post each digest once', async () => {
    for (let i = 0; i < 20; i++)
      await store.subscriptions.put(subscription({ id: `s${i}`, channelId: `fake:W1:C${i}` }));
    const poster = createFakePoster();
    let now = Date.parse('2026-11-20T08:00:10Z');
    const make = () => new Scheduler({ store, posters: registryWith(poster), clock: { now: () => now } });
    const [a, b] = [make(), make()];
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    now += 60_000;
    await Promise.all([a.tick(), b.tick()]);
    expect(poster.posts).toHaveLength(20);
    expect(new Set(poster.posts.map((p) => p.channelId)).size).toBe(20);
  });

  it('a 429 storm delays delivery but loses nothing', async () => {
    const start = Date.parse('2026-11-20T08:00:00Z');
    const clock = createVirtualClock(start);
    const channels = Array.from({ length: 12 }, (_, i) => `fake:W1:C${i}`);
    for (const [i, channelId] of channels.entries())
      await store.subscriptions.put(subscription({ id: `s${i}`, channelId }));
    const delivered: Array<{ channel: string; at: number }> = [];
    const limited = new Map<string, number>();
    const queue = createOutboundQueue<Outcome, PostedMessage>({
      clock,
      async send(channel) {
        const n = limited.get(channel) ?? 0;
        if (n < 3) {
          limited.set(channel, n + 1);
          // every third channel trips the global limit, the rest their own
          throw new RateLimitedError(20_000, Number(channel.slice(-1)) % 3 === 0 ? 'global' : 'channel');
        }
        delivered.push({ channel, at: clock.now() });
        return { threadId: `${channel}:t`, messageRef: `${channel}:m` };
      },
    });
    const scheduler = new Scheduler({
      store,
      posters: registryWith(queuedPoster('fake', queue)),
      clock: { now: () => clock.now() },
    });
    const reports = await scheduler.tick();
    expect(reports.map((r) => r.result.kind)).toEqual(Array(12).fill('sent'));
    expect(delivered.map((d) => d.channel).sort()).toEqual([...channels].sort());
    // each channel waited out three Retry-Afters before its post went through
    for (const d of delivered) expect(d.at - start).toBeGreaterThanOrEqual(60_000);
    for (const i of channels.keys())
      expect((await store.deliveries.get(`digest:s${i}:2026-11-20`))?.state).toBe('sent');
  });

  it('refuses a bad feed poll cron expression with the variable name', () => {
    expect(() => new Scheduler({ store, posters: registryWith(), feedPoll: 'every ten minutes' })).toThrow(
      /DEALDESK_FEED_POLL/,
    );
  });

  it('start() catches up at once, then node-cron keeps ticking', async () => {
    await store.subscriptions.put(subscription());
    const poster = createFakePoster();
    const now = Date.parse('2026-11-20T09:00:00Z');
    const s = new Scheduler({ store, posters: registryWith(poster), clock: { now: () => now }, unref: true });
    await s.start();
    expect(poster.posts).toHaveLength(1);
    await s.stop();
  });

  it('elects one instance per feed-poll slot through the store', async () => {
    const [a, b] = [storeRunCoordinator(store), storeRunCoordinator(store)];
    const slot = 'feeds:2026-11-20T08:10:00.000Z';
    expect([await a.shouldRun(slot, 60_000), await b.shouldRun(slot, 60_000)]).toEqual([true, false]);
    expect(await b.shouldRun('feeds:2026-11-20T08:20:00.000Z', 60_000)).toBe(true);
  });

  it('startBackgroundJobs wires config into the scheduler and catches up at start', async () => {
    await store.subscriptions.put(subscription());
    const poster = createFakePoster();
    const config = parseConfig({ DEALDESK_CATCHUP_HOURS: '48', DEALDESK_LOG_LEVEL: 'silent' });
    const jobs = await startBackgroundJobs(config, store, { posters: registryWith(poster), feeds: false });
    try {
      await jobs.caughtUp;
      expect(poster.posts).toHaveLength(1); // yesterday-or-today's 08:00 digest, within 48 h
      expect(jobs.digestPort.available).toBe(true);
    } finally {
      await jobs.stop();
    }
  });

  it('a channel the bot lost (permanent failure from the queue) pauses its subscription and tells the admins', async () => {
    await store.subscriptions.put(subscription({ id: 'lost', channelId: 'fake:W1:GONE' }));
    await store.subscriptions.put(subscription({ id: 'fine', channelId: 'fake:W1:OK' }));
    const failures: string[] = [];
    const notices: string[] = [];
    const queue = createOutboundQueue<Outcome, PostedMessage>({
      async send(channel) {
        if (channel.endsWith('GONE')) throw new PermanentSendError('not_in_channel');
        return { threadId: null, messageRef: `${channel}:m` };
      },
      onFailure: (f) => failures.push(`${f.channel} ${f.code}`),
    });
    const poster = queuedPoster('fake', queue, async (channelId, text) => {
      notices.push(`${channelId}: ${text}`);
    });
    let now = Date.parse('2026-11-20T08:00:00Z');
    const s = new Scheduler({ store, posters: registryWith(poster), clock: { now: () => now } });
    const kinds = Object.fromEntries((await s.tick()).map((r) => [r.subscriptionId, r.result.kind]));
    expect(kinds).toEqual({ lost: 'failed', fine: 'sent' });
    expect(failures).toEqual(['fake:W1:GONE not_in_channel']);
    expect((await store.subscriptions.get('lost'))?.paused?.reason).toContain('not_in_channel');
    expect(notices[0]).toMatch(/^fake:W1:GONE: Dealdesk paused the daily digest/);
    now += 86_400_000;
    const next = Object.fromEntries((await s.tick()).map((r) => [r.subscriptionId, r.result.kind]));
    expect(next).toEqual({ lost: 'paused', fine: 'empty' }); // nothing new: the one-line "no new deals"
  });
});
