import { beforeEach, describe, expect, it } from 'vitest';
import { sweepAlerts, type AlertDeps } from '../../src/alerts/index.js';
import { setLogLevel } from '../../src/log.js';
import { analyst, article, deal, move, putDeal } from '../digest/builders.js';
import { createFakePoster, registryWith, type FakePoster } from '../digest/fake-poster.js';
import { openTestStore } from '../digest/stores.js';
import type { Store } from '../../src/store/types.js';

let store: Store;
let poster: FakePoster;
let now: number;
let deps: AlertDeps;
const noFacts = { stockMoves: [], analystActions: [], events: [], quotes: [], risks: [] };

beforeEach(async () => {
  setLogLevel('silent');
  store = await openTestStore();
  poster = createFakePoster();
  now = Date.parse('2026-11-20T10:00:00Z');
  deps = { store, posters: registryWith(poster), clock: { now: () => now }, movePct: 5 };
  const updatedAt = '2026-11-19T00:00:00Z';
  await store.watchlists.put({ channelId: 'fake:W1:C1', tickers: ['LUMN'], updatedAt });
  await store.watchlists.put({ channelId: 'fake:W1:C2', tickers: ['LUMN', 'PLTR'], updatedAt });
  // backlog from before anyone watched
  await putDeal(store, deal('old', '2026-11-19T09:00:00Z', { tickers: ['LUMN', 'OLDT'] }));
  expect(await sweepAlerts(deps)).toEqual([]); // the first sweep only starts the clock
});

describe('watchlist alerts', () => {
  it('alerts each watching channel once about a new deal, and never again', async () => {
    now += 10_000;
    await putDeal(store, deal('d1', new Date(now).toISOString(), { tickers: ['LUMN', 'TTT'], amount: 2e9 }));
    await putDeal(store, deal('d2', new Date(now).toISOString(), { tickers: ['ZZZ', 'YYY'] }));
    now += 5_000;
    const reports = await sweepAlerts(deps);
    expect(reports.map((r) => [r.channelId, r.factIds]).sort()).toEqual([
      ['fake:W1:C1', ['d1']],
      ['fake:W1:C2', ['d1']],
    ]);
    expect(poster.posts[0]!.outcome.card.title).toBe('Watchlist alert: LUMN');
    expect(poster.posts[0]!.outcome.fallbackText).toContain('$2B');
    now += 10_000;
    await sweepAlerts(deps);
    await Promise.all([sweepAlerts(deps), sweepAlerts(deps)]);
    expect(poster.posts).toHaveLength(2);
  });

  it('alerts analyst actions and big moves, not small moves or old articles', async () => {
    now += 10_000;
    const today = '2026-11-20';
    await store.saveArticle(article('fresh', new Date(now).toISOString()), {
      ...noFacts,
      stockMoves: [move('big', 'fresh', 'PLTR', -7.5, today), move('small', 'fresh', 'PLTR', 2, today)],
      analystActions: [analyst('up', 'fresh', 'PLTR', today)],
    });
    await store.saveArticle(article('stale', '2026-11-19T08:00:00Z'), {
      ...noFacts,
      analystActions: [analyst('old-up', 'stale', 'LUMN', '2026-11-19')],
    });
    now += 5_000;
    const reports = await sweepAlerts(deps);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ channelId: 'fake:W1:C2', result: 'sent' });
    expect(reports[0]!.factIds.sort()).toEqual(['big', 'up']);
    const text = poster.posts[0]!.outcome.fallbackText;
    expect(text).toContain('-7.5%');
    expect(text).not.toContain('+2%');
    expect(text).toContain('Example Securities upgrades PLTR');
  });

  it('reports a channel it cannot post in instead of failing silently', async () => {
    const { PermanentSendError } = await import('../../src/delivery/poster.js');
    poster.failNext.push(new PermanentSendError('channel_not_found'));
    now += 10_000;
    await putDeal(store, deal('d9', new Date(now).toISOString(), { tickers: ['LUMN', 'QQQ'] }));
    const reports = await sweepAlerts(deps);
    expect(reports.filter((r) => r.result === 'failed' && !r.willRetry)).toHaveLength(1);
    expect(poster.notices[0]?.text).toContain('channel_not_found');
  });
});

describe('alerts in the running bot', () => {
  it('alert a watching channel within a second of an ingest in this process', async () => {
    const { startBackgroundJobs } = await import('../../src/scheduler/run.js');
    const { parseConfig } = await import('../../src/config/env.js');
    const { ingestEvents } = await import('../../src/ingest/pipeline.js');
    const live = await openTestStore();
    await live.watchlists.put({
      channelId: 'fake:W1:C7',
      tickers: ['NEWT'],
      updatedAt: new Date().toISOString(),
    });
    const livePoster = createFakePoster();
    const config = parseConfig({ DEALDESK_LOG_LEVEL: 'silent' });
    const jobs = await startBackgroundJobs(config, live, { posters: registryWith(livePoster), feeds: false });
    try {
      await jobs.caughtUp;
      const at = new Date().toISOString();
      await putDeal(live, deal('fresh', at, { tickers: ['NEWT', 'OTHR'], amount: 3e8 }));
      const started = Date.now();
      ingestEvents.emit('ingested', { status: 'new' });
      while (!livePoster.posts.length && Date.now() - started < 3000)
        await new Promise((r) => setTimeout(r, 50));
      expect(livePoster.posts.map((p) => p.channelId)).toEqual(['fake:W1:C7']);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await jobs.stop();
    }
  });
});

describe('alert retries', () => {
  it('retries a transiently failed alert after a backoff, once, and gives up after bounded attempts', async () => {
    deps = { ...deps, maxAttempts: 3, retryDelayMs: (n) => 60_000 * n };
    poster.failNext.push(new Error('socket hang up'));
    now += 10_000;
    await putDeal(store, deal('r1', new Date(now).toISOString(), { tickers: ['PLTR', 'RRR'] }));
    const first = await sweepAlerts(deps);
    expect(first).toEqual([
      expect.objectContaining({ channelId: 'fake:W1:C2', result: 'failed', attempt: 1, willRetry: true }),
    ]);
    expect(poster.posts).toHaveLength(0);
    expect((await store.deliveries.get('alert:fake:W1:C2:r1'))?.state).toBe('failed');

    now += 30_000; // before the backoff: nothing
    expect(await sweepAlerts(deps)).toEqual([]);
    now += 40_000; // past it: the same card goes out, once, even with overlapping sweeps
    await Promise.all([sweepAlerts(deps), sweepAlerts(deps)]);
    expect(poster.posts.map((p) => p.channelId)).toEqual(['fake:W1:C2']);
    expect(poster.posts[0]!.outcome.card.title).toBe('Watchlist alert: PLTR');
    expect((await store.deliveries.get('alert:fake:W1:C2:r1'))?.state).toBe('sent');
    now += 3_600_000;
    await sweepAlerts(deps);
    expect(poster.posts).toHaveLength(1);
  });

  it('stops after maxAttempts and records why', async () => {
    deps = { ...deps, maxAttempts: 2, retryDelayMs: () => 1000 };
    poster.failNext.push(new Error('timeout'), new Error('timeout again'));
    now += 10_000;
    await putDeal(store, deal('r2', new Date(now).toISOString(), { tickers: ['PLTR', 'RRR'] }));
    expect((await sweepAlerts(deps))[0]?.result).toBe('failed');
    now += 2000;
    expect((await sweepAlerts(deps))[0]).toMatchObject({ result: 'gave-up', attempt: 2 });
    now += 60_000;
    expect(await sweepAlerts(deps)).toEqual([]);
    expect(poster.posts).toHaveLength(0);
    expect((await store.deliveries.get('alert:fake:W1:C2:r2'))?.error).toContain('gave up after 2 attempts');
  });
});
