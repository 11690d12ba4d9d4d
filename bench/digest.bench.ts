/**
 * `npm run bench:digest`: the morning digest for 1,000 subscribed channels over a store of synthetic
 * articles (default 100,000, SQLite), delivered to a fake platform through the real outbound queue.
 *
 * Reports: time to build all digests (target ≤ 2 s) with per-digest p50/p99, peak memory, and the
 * delivery pace per channel against the queue's limits (burst 3, then one message per second), with a
 * few 429s thrown in. BENCH_ARTICLES, BENCH_CHANNELS and BENCH_STORE (a store URL) override the sizes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Outcome } from '../src/bot/types.js';
import type { SubscriptionRecord } from '../src/domain/records.js';
import { createOutboundQueue, RateLimitedError } from '../src/delivery/outbound-queue.js';
import { PosterRegistry, queuedPoster, type PostedMessage } from '../src/delivery/poster.js';
import { buildForSubscription, runDueDigests } from '../src/digest/deliver.js';
import { createDigestReader } from '../src/digest/reader.js';
import { setLogLevel } from '../src/log.js';
import { openStore } from '../src/store/index.js';
import { mb, ms, summarize, table } from './lib/stats.js';
import { END_DATE, POPULAR_TICKER, tickers } from './synthetic/records.js';
import { fillSyntheticStore } from './synthetic/fill-store.js';

setLogLevel('error');
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const CHANNELS = Number(process.env.BENCH_CHANNELS ?? 1000);
/** Every tenth channel has this many subscriptions, so pacing inside one channel shows. */
const BUSY_SUBS = 5;
const RUN = Date.now().toString(36);
const INTERVAL_MS = 1000;
const BURST = 3;
/** The scheduler's default concurrency (runDueDigests). */
const BUILD_CONCURRENCY = 32;

// The morning after the synthetic data's last day: the window is the last 24 hours.
const NOW = Date.parse(`${END_DATE}T08:00:00Z`) + 86_400_000;
const SINCE = new Date(NOW - 86_400_000).toISOString();

let peakRss = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 20);

function subscriptions(): SubscriptionRecord[] {
  const universe = tickers();
  const subs: SubscriptionRecord[] = [];
  for (let c = 0; c < CHANNELS; c++) {
    const channelId = `fake:W${RUN}:C${c}`;
    const count = c % 10 === 0 ? BUSY_SUBS : 1;
    for (let k = 0; k < count; k++) {
      // 60% everything, 25% a few tickers, 15% the channel's watchlist
      const kind = c % 20 < 12 ? 'all' : c % 20 < 17 ? 'tickers' : 'watchlist';
      const scope =
        kind === 'all'
          ? { kind: 'all' as const }
          : kind === 'tickers'
            ? {
                kind: 'tickers' as const,
                tickers: [POPULAR_TICKER, universe[(c * 7) % 50]!, universe[(c * 13) % 200]!],
              }
            : { kind: 'watchlist' as const };
      subs.push({
        id: `bench-${RUN}-${c}-${k}`,
        channelId,
        cadence: 'daily',
        weekday: null,
        time: '08:00',
        timeZone: 'UTC',
        scope,
        maxItems: 10,
        quietWhenEmpty: false,
        since: SINCE,
        createdBy: 'fake:W1:U1',
        createdAt: '2026-11-01T00:00:00.000Z',
        paused: null,
      });
    }
  }
  return subs;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dd-bench-digest-'));
  // BENCH_DIGEST_DB=<file>: keep the loaded SQLite store there and reuse it on the next run.
  const kept = process.env.BENCH_DIGEST_DB;
  const url = process.env.BENCH_STORE ?? `sqlite://${kept ?? join(dir, 'bench.sqlite')}`;
  const store = await openStore(url, { namespace: kept ? 'bench-digest' : `bench-digest-${process.pid}` });
  const subs = subscriptions();
  try {
    const t0 = performance.now();
    const reuse = kept !== undefined && (await store.articles.count()) >= ARTICLES;
    if (!reuse) await fillSyntheticStore(store, ARTICLES);
    const loadMs = performance.now() - t0;
    for (const s of subs) await store.subscriptions.put(s);
    const universe = tickers();
    for (let c = 0; c < CHANNELS; c++)
      if (c % 20 >= 17)
        await store.watchlists.put({
          channelId: `fake:W${RUN}:C${c}`,
          tickers: universe.slice(c % 40, (c % 40) + 5),
          updatedAt: SINCE,
        });
    const baseRss = process.memoryUsage().rss;
    peakRss = baseRss;

    // ---- 1. build every digest (what the 08:00 tick does before posting): channels in parallel
    // (BUILD_CONCURRENCY at a time), one shared reader per run. Twice: cold (right after a start, JIT
    // and caches cold) and warm (a long-running bot on the next morning); fresh reader each time.
    const deps = { store, posters: new PosterRegistry(), clock: { now: () => NOW } };
    const buildRound = async () => {
      const reader = createDigestReader(store);
      const perDigest: number[] = [];
      let items = 0;
      let empty = 0;
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      let next = 0;
      const worker = async () => {
        while (next < subs.length) {
          const sub = subs[next++]!;
          const t = performance.now();
          const built = await buildForSubscription(deps, sub, new Date(NOW), reader);
          perDigest.push(performance.now() - t);
          items += built.itemIds.length;
          if (built.empty) empty++;
        }
      };
      await Promise.all(Array.from({ length: BUILD_CONCURRENCY }, worker));
      const cpu = process.cpuUsage(cpu0);
      return {
        wallMs: performance.now() - t0,
        cpuMs: (cpu.user + cpu.system) / 1000,
        per: summarize(perDigest),
        items,
        empty,
      };
    };
    const cold = await buildRound();
    const warm = await buildRound();
    const { items, empty } = warm;

    // ---- 2. deliver them all through the outbound queue to a fake platform (real time, real pacing)
    const sends = new Map<string, number[]>();
    let rateLimited = 0;
    let attemptsByChannel = new Map<string, number>();
    const queue = createOutboundQueue<Outcome, PostedMessage>({
      intervalMs: INTERVAL_MS,
      burst: BURST,
      async send(channel) {
        const n = (attemptsByChannel.get(channel) ?? 0) + 1;
        attemptsByChannel.set(channel, n);
        // 2% of channels answer their first post with a 429 and Retry-After 1.5 s
        if (n === 1 && Number(channel.split(':C')[1]) % 50 === 7) {
          rateLimited++;
          throw new RateLimitedError(1500);
        }
        sends.set(channel, [...(sends.get(channel) ?? []), performance.now()]);
        return { threadId: `${channel}:t${n}`, messageRef: `${channel}:m${n}` };
      },
    });
    const posters = new PosterRegistry().register(queuedPoster('fake', queue));
    const tDeliver = performance.now();
    const reports = await runDueDigests({ ...deps, posters, concurrency: 256 });
    const deliverMs = performance.now() - tDeliver;
    attemptsByChannel = new Map();

    const kinds = new Map<string, number>();
    for (const r of reports) kinds.set(r.result.kind, (kinds.get(r.result.kind) ?? 0) + 1);
    // Pacing check: in every window of BURST+1 consecutive posts to one channel, at least one interval passed.
    let violations = 0;
    let minGapAfterBurst = Infinity;
    let posted = 0;
    for (const times of sends.values()) {
      posted += times.length;
      for (let i = BURST; i < times.length; i++) {
        const span = times[i]! - times[i - BURST]!;
        minGapAfterBurst = Math.min(minGapAfterBurst, times[i]! - times[i - 1]!);
        if (span < INTERVAL_MS - 5) violations++;
      }
    }
    clearInterval(sampler);

    const verdict = (wall: number) => (wall <= 2000 ? 'met' : 'MISSED');
    console.log(
      `\nload average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${os.cpus().length} CPUs`,
    );
    console.log(
      `\nDigest benchmark: ${ARTICLES.toLocaleString()} synthetic articles (${store.backend}), ${CHANNELS} channels, ${subs.length} subscriptions`,
    );
    console.log(
      `(loading the store took ${(loadMs / 1000).toFixed(1)} s${reuse ? ', reused' : ''}, not counted)\n`,
    );
    console.log(
      table([
        ['measure', 'value'],
        [
          'build all digests, cold',
          `${ms(cold.wallMs)} wall, ${ms(cold.cpuMs)} CPU (target ≤ 2 s: ${verdict(cold.wallMs)})`,
        ],
        [
          'build all digests, warm',
          `${ms(warm.wallMs)} wall, ${ms(warm.cpuMs)} CPU (target ≤ 2 s: ${verdict(warm.wallMs)})`,
        ],
        ['per digest p50 / p99 (warm)', `${ms(warm.per.p50)} / ${ms(warm.per.p99)} (32 built at once)`],
        ['items per digest (mean)', (items / subs.length).toFixed(1)],
        ['empty digests', String(empty)],
        ['deliver all (real time, paced)', ms(deliverMs)],
        ['results', [...kinds].map(([k, n]) => `${k} ${n}`).join(', ')],
        ['messages posted / subscriptions', `${posted} / ${subs.length}`],
        ['429s waited out', String(rateLimited)],
        [
          `posts to busy channels (${BUSY_SUBS} each)`,
          `min gap after burst ${ms(minGapAfterBurst)}; pacing violations ${violations}`,
        ],
        [
          'peak RSS (during build + delivery)',
          `${mb(peakRss)} (start ${mb(baseRss)}, +${mb(peakRss - baseRss)})`,
        ],
        ['peak heap used', mb(peakHeap)],
      ]),
    );
    if (posted !== subs.length) console.log(`\nLOST MESSAGES: ${subs.length - posted}`);
  } finally {
    clearInterval(sampler);
    // a kept store is reused: leave no subscriptions or delivery state behind for the next run
    if (kept) for (const s of subs) await store.subscriptions.delete(s.id);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
