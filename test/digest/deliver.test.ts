import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermanentSendError } from '../../src/delivery/poster.js';
import { deliverDue, runDueDigests, type DigestDeps } from '../../src/digest/deliver.js';
import { loadStatus } from '../../src/digest/state.js';
import { setLogSink, setLogLevel } from '../../src/log.js';
import { analyst, deal, event, move, article, putDeal, subscription } from './builders.js';
import { createFakePoster, registryWith, type FakePoster } from './fake-poster.js';
import { openTestStore } from './stores.js';
import type { Store } from '../../src/store/types.js';

let store: Store;
let poster: FakePoster;
let now: number;
let logs: string[];
let deps: DigestDeps;
const at = (iso: string) => (now = Date.parse(iso));
const texts = () => poster.posts.map((p) => p.outcome.fallbackText);

beforeEach(async () => {
  store = await openTestStore();
  poster = createFakePoster();
  logs = [];
  setLogLevel('info');
  setLogSink((l) => logs.push(l));
  now = Date.parse('2026-11-20T07:00:00Z');
  deps = { store, posters: registryWith(poster), clock: { now: () => now }, catchupHours: 6, movePct: 5 };
});
afterEach(() => setLogSink((l) => process.stderr.write(`${l}\n`)));

describe('digest delivery', () => {
  it('posts a due digest once per period, ranked, with citations and a thread subject', async () => {
    await store.subscriptions.put(subscription());
    await putDeal(store, deal('small', '2026-11-19T12:00:00Z', { amount: 50e6, tickers: ['SMAL', 'TINY'] }));
    await putDeal(
      store,
      deal('big', '2026-11-19T13:00:00Z', {
        amount: 9e9,
        tickers: ['HUGE', 'PREY'],
        articleIds: ['x1', 'x2', 'x3'],
      }),
      0.9,
    );
    at('2026-11-20T07:59:00Z');
    expect((await runDueDigests(deps))[0]!.result.kind).toBe('not-due');
    expect(poster.posts).toHaveLength(0);

    at('2026-11-20T08:00:00Z');
    const [report] = await runDueDigests(deps);
    expect(report!.result.kind).toBe('sent');
    at('2026-11-20T08:05:00Z');
    expect((await runDueDigests(deps))[0]!.result.kind).toBe('already-sent');
    expect(poster.posts).toHaveLength(1);

    const { outcome } = poster.posts[0]!;
    const dealLines = outcome.card.sections
      .find((s) => s.heading === 'Deals')!
      .lines.map((l) => JSON.stringify(l));
    expect(dealLines[0]).toContain('HUGE'); // bigger, more sources, higher impact: first
    expect(dealLines[1]).toContain('SMAL');
    expect(outcome.fallbackText).toContain('3 sources');
    expect(outcome.card.citations!.map((c) => c.url)).toContain('https://news.example/x1');
    expect(outcome.followUp?.dealIds).toEqual(['big', 'small']);
    // the thread under the digest knows what it is about
    const thread = await store.threads.get(poster.posts.length ? 'fake:W1:C1:m1' : '');
    expect(thread?.dealIds).toEqual(['big', 'small']);
  });

  it('repeats nothing across two runs, and announces a status change once', async () => {
    await store.subscriptions.put(subscription());
    await putDeal(store, deal('d1', '2026-11-19T10:00:00Z', { tickers: ['AAA', 'BBB'] }));
    await putDeal(store, deal('d2', '2026-11-19T11:00:00Z', { tickers: ['CCC', 'DDD'] }));
    at('2026-11-20T08:00:00Z');
    await runDueDigests(deps);

    // next day: one new deal, d1 completed, d2 untouched
    await putDeal(store, deal('d3', '2026-11-20T15:00:00Z', { tickers: ['EEE', 'FFF'] }));
    await putDeal(
      store,
      deal('d1', '2026-11-20T16:00:00Z', { tickers: ['AAA', 'BBB'], status: 'completed' }),
    );
    at('2026-11-21T08:00:00Z');
    await runDueDigests(deps);
    // day three: nothing new at all
    at('2026-11-22T08:00:00Z');
    await runDueDigests(deps);

    const [day1, day2, day3] = texts();
    expect(day1).toContain('AAA');
    expect(day1).toContain('CCC');
    expect(day2).toContain('EEE');
    expect(day2).toContain('update: now completed');
    expect(day2).not.toContain('CCC');
    expect(day3).toMatch(/^No new deals since/);
    expect(poster.posts).toHaveLength(3);
    const status = await loadStatus(store, 'sub-1');
    expect(status.lastRun?.periodKey).toBe('sub-1:2026-11-22');
  });

  it('says plainly when a watchlist digest has no watchlist to follow', async () => {
    await store.subscriptions.put(subscription({ scope: { kind: 'watchlist' } }));
    await putDeal(store, deal('d1', '2026-11-19T10:00:00Z'));
    at('2026-11-20T08:00:00Z');
    await runDueDigests(deps);
    expect(texts()).toEqual([expect.stringContaining("this channel's watchlist is empty")]);
  });

  it('stays quiet when empty if asked to, and still records the run', async () => {
    await store.subscriptions.put(subscription({ quietWhenEmpty: true }));
    at('2026-11-20T08:00:00Z');
    const [r] = await runDueDigests(deps);
    expect(r!.result).toMatchObject({ kind: 'empty', posted: false });
    expect(poster.posts).toHaveLength(0);
    expect((await loadStatus(store, 'sub-1')).lastRun?.periodKey).toBe('sub-1:2026-11-20');
  });

  it('filters by tickers or watchlist, caps at maxItems and reports what was left out', async () => {
    await store.subscriptions.put(subscription({ id: 's-t', scope: { kind: 'tickers', tickers: ['LUMN'] } }));
    await store.subscriptions.put(
      subscription({ id: 's-w', channelId: 'fake:W1:C2', scope: { kind: 'watchlist' }, maxItems: 2 }),
    );
    await store.watchlists.put({
      channelId: 'fake:W1:C2',
      tickers: ['PLTR'],
      updatedAt: '2026-11-01T00:00:00Z',
    });
    await putDeal(store, deal('lumn', '2026-11-19T10:00:00Z', { tickers: ['LUMN', 'TTT'] }));
    for (const i of [1, 2, 3])
      await putDeal(store, deal(`pl${i}`, `2026-11-19T1${i}:00:00Z`, { tickers: ['PLTR', `P${i}`] }));
    await store.saveArticle(article('mv', '2026-11-19T18:00:00Z'), {
      stockMoves: [
        move('m-big', 'mv', 'LUMN', 10.7, '2026-11-19'),
        move('m-small', 'mv', 'LUMN', 1.2, '2026-11-19'),
      ],
      analystActions: [analyst('an1', 'mv', 'LUMN', '2026-11-19')],
      events: [event('ev1', 'mv', 'LUMN', '2026-11-24')],
      quotes: [],
      risks: [],
    });
    at('2026-11-20T08:00:00Z');
    await runDueDigests(deps);
    const byChannel = Object.fromEntries(poster.posts.map((p) => [p.channelId, p.outcome]));
    const lumn = byChannel['fake:W1:C1']!.fallbackText;
    expect(lumn).toContain('LUMN Corp');
    expect(lumn).not.toContain('PLTR');
    expect(lumn).toContain('+10.7%');
    expect(lumn).not.toContain('+1.2%'); // below the notable-move threshold
    expect(lumn).toMatch(/Example Securities upgrades LUMN to Buy, target \$40 \(from \$30\)/);
    expect(lumn).toContain('2026-11-24 · LUMN earnings (Q4)');
    const pltr = byChannel['fake:W1:C2']!;
    expect(pltr.card.sections[0]!.lines).toHaveLength(2);
    expect(pltr.card.footer).toMatch(/1 more item left out/);
    const status = await loadStatus(store, 's-w');
    expect(status.lastRun?.leftOut.counts['max-items']).toBe(1);
    expect(status.lastRun?.leftOut.items.map((i) => i.reason)).toEqual(['max-items']);
  });

  it('a restart mid-delivery (claimed, never posted) ends in exactly one post', async () => {
    await store.subscriptions.put(subscription());
    await putDeal(store, deal('d1', '2026-11-19T10:00:00Z'));
    at('2026-11-20T08:00:00Z');
    // process A claims and hangs in the post, then "dies"
    const hung = createFakePoster();
    hung.post = () => new Promise(() => {});
    void deliverDue({ ...deps, posters: registryWith(hung) }, (await store.subscriptions.get('sub-1'))!);
    await new Promise((r) => setTimeout(r, 20));
    expect((await store.deliveries.get('digest:sub-1:2026-11-20'))?.state).toBe('claimed');

    // process B starts: within the lease it leaves the claim alone, after it, it delivers once
    at('2026-11-20T08:05:00Z');
    expect((await runDueDigests(deps))[0]!.result.kind).toBe('in-progress');
    at('2026-11-20T08:11:00Z');
    const [r1, r2] = await Promise.all([runDueDigests(deps), runDueDigests(deps)]);
    expect([r1[0]!.result.kind, r2[0]!.result.kind].sort()).toEqual(['claimed-elsewhere', 'sent']);
    at('2026-11-20T08:30:00Z');
    await runDueDigests(deps);
    expect(poster.posts).toHaveLength(1);
    expect((await store.deliveries.get('digest:sub-1:2026-11-20'))?.attempts).toBe(2);
  });

  it('catches up a digest missed during downtime inside the window, skips (and logs) older ones', async () => {
    await store.subscriptions.put(subscription({ id: 'late', time: '08:00' }));
    await store.subscriptions.put(subscription({ id: 'old', channelId: 'fake:W1:C9', time: '03:00' }));
    await putDeal(store, deal('d1', '2026-11-19T10:00:00Z'));
    at('2026-11-20T12:30:00Z'); // bot back: 08:00 was 4.5 h ago, 03:00 was 9.5 h ago
    const results = Object.fromEntries(
      (await runDueDigests(deps)).map((r) => [r.subscriptionId, r.result.kind]),
    );
    expect(results).toEqual({ late: 'sent', old: 'skipped-too-old' });
    expect(poster.posts.map((p) => p.channelId)).toEqual(['fake:W1:C1']);
    expect(logs.filter((l) => l.includes('old:2026-11-20') && l.includes('catch-up window'))).toHaveLength(1);
    const later = Object.fromEntries(
      (await runDueDigests(deps)).map((r) => [r.subscriptionId, r.result.kind]),
    );
    expect(later).toEqual({ late: 'already-sent', old: 'skipped-too-old' });
    expect(logs.filter((l) => l.includes('catch-up window'))).toHaveLength(1); // noted once
    expect((await loadStatus(store, 'old')).lastSkipped?.periodKey).toBe('old:2026-11-20');
  });

  it('pauses the subscription of a channel the bot lost, and tells the admins', async () => {
    await store.subscriptions.put(subscription());
    await putDeal(store, deal('d1', '2026-11-19T10:00:00Z'));
    poster.failNext.push(new PermanentSendError('not_in_channel'));
    at('2026-11-20T08:00:00Z');
    const [r] = await runDueDigests(deps);
    expect(r!.result).toMatchObject({ kind: 'failed', permanent: true });
    expect((await store.subscriptions.get('sub-1'))?.paused?.reason).toContain('not_in_channel');
    expect(poster.notices[0]?.text).toMatch(/paused the daily digest/);
    expect(logs.some((l) => l.includes('WARN') && l.includes('subscription paused'))).toBe(true);
    expect((await loadStatus(store, 'sub-1')).lastError?.message).toContain('not_in_channel');
    at('2026-11-21T08:00:00Z');
    expect((await runDueDigests(deps))[0]!.result.kind).toBe('paused');
    expect(poster.posts).toHaveLength(0);
  });

  it('retries a transient failure after a backoff, a bounded number of times', async () => {
    await store.subscriptions.put(subscription());
    await putDeal(store, deal('d1', '2026-11-19T10:00:00Z'));
    poster.failNext.push(new Error('socket hang up'), new Error('socket hang up'));
    const d = { ...deps, maxAttempts: 3, retryDelayMs: () => 60_000 };
    at('2026-11-20T08:00:00Z');
    expect((await runDueDigests(d))[0]!.result.kind).toBe('failed');
    at('2026-11-20T08:00:30Z');
    expect((await runDueDigests(d))[0]!.result.kind).toBe('waiting-retry');
    at('2026-11-20T08:01:00Z');
    expect((await runDueDigests(d))[0]!.result.kind).toBe('failed');
    at('2026-11-20T08:02:00Z');
    expect((await runDueDigests(d))[0]!.result.kind).toBe('sent');
    expect(poster.posts).toHaveLength(1);

    // a channel that always fails gives up after maxAttempts and says so
    poster.failNext.push(...Array(10).fill(new Error('boom')));
    at('2026-11-21T08:00:00Z');
    for (let i = 0; i < 6; i++) {
      await runDueDigests(d);
      now += 60_000;
    }
    expect((await store.deliveries.get('digest:sub-1:2026-11-21'))?.attempts).toBe(3);
    expect(logs.some((l) => l.includes('giving up after 3 attempts'))).toBe(true);
  });

  it('a slow post (waiting out rate limits) keeps its lease, so no other instance posts it again', async () => {
    await store.subscriptions.put(subscription());
    await putDeal(store, deal('d1', '2026-11-19T10:00:00Z'));
    const d = { ...deps, leaseMs: 3000 }; // lease refreshed every second while the post waits
    const slow = createFakePoster();
    const inner = slow.post.bind(slow);
    slow.post = async (channelId, outcome) => {
      await new Promise((r) => setTimeout(r, 1600));
      return inner(channelId, outcome);
    };
    at('2026-11-20T08:00:00Z');
    const first = runDueDigests({ ...d, posters: registryWith(slow) });
    await new Promise((r) => setTimeout(r, 300));
    now += 10_000; // the other instance's clock says the lease would have run out…
    await new Promise((r) => setTimeout(r, 1000)); // …but a refresh has happened since
    const [other] = await runDueDigests(d);
    expect(other!.result.kind).toBe('in-progress');
    expect((await first)[0]!.result.kind).toBe('sent');
    expect(slow.posts.length + poster.posts.length).toBe(1);
    expect((await store.deliveries.get('digest:sub-1:2026-11-20'))?.state).toBe('sent');
  });
});
