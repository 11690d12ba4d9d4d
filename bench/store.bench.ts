/**
 * `npm run bench:store`: bulk ingest of synthetic articles (with facts and deals), size on disk, and
 * lookup latency measured at 10% of the run and at the end, so the ratio shows whether a lookup's
 * cost grows with the store. SQLite always (BENCH_ARTICLES, default 100,000); Redis and Postgres
 * when REDIS_URL / DATABASE_URL are set (BENCH_SERVER_ARTICLES, default 20,000).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  clearStore,
  openStore,
  putDealBatch,
  rawKv,
  saveArticleBatch,
  storeSizeOnDisk,
} from '../src/store/index.js';
import type { Store } from '../src/store/types.js';
import { describePauses, watchPauses, type Pauses } from './lib/pauses.js';
import { mb, memory, ms, table, timeAsync, type Summary } from './lib/stats.js';
import {
  POPULAR_TICKER,
  RARE_TICKER,
  syntheticArticles,
  type SyntheticArticle,
} from './synthetic/records.js';

const BATCH = 500;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);

interface Lookups {
  deals: Record<string, Summary & { size: number }>;
  facts: Record<string, Summary & { size: number }>;
}

interface Checkpoint {
  articles: number;
  ingestPerSec: number;
  /** Process CPU (all threads, SQLite's included) per article: steadier than wall time on a busy machine. */
  cpuMsPerArticle: number;
  sizeBytes: number | undefined;
  lookups: Lookups;
  /** Event-loop stalls and GC pauses while the lookups were timed. */
  pauses: Pauses;
}

function minusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

async function measureLookups(store: Store, today: string): Promise<Lookups> {
  const since = minusDays(today, 7);
  const out: Lookups = { deals: {}, facts: {} };
  for (const ticker of [POPULAR_TICKER, RARE_TICKER]) {
    const newestDeals = () => store.deals.byParty(ticker, { limit: 10 });
    const lastWeek = () =>
      Promise.all([
        store.stockMoves.byTicker(ticker, { since, limit: 500 }),
        store.analystActions.byTicker(ticker, { since, limit: 500 }),
        store.events.byTicker(ticker, { since, limit: 500 }),
      ]);
    const dealCount = (await newestDeals()).length;
    const factCount = (await lastWeek()).flat().length;
    out.deals[ticker] = { ...(await timeAsync(newestDeals, ITERATIONS)), size: dealCount };
    out.facts[ticker] = { ...(await timeAsync(lastWeek, ITERATIONS)), size: factCount };
  }
  return out;
}

/**
 * Writes batches of BATCH articles (and their deals, alongside: they touch different keys). The next
 * batch is generated while the previous one is being written, as a feed reader would overlap.
 */
async function ingest(
  store: Store,
  source: Iterator<SyntheticArticle>,
  count: number,
): Promise<{ seconds: number; cpuSeconds: number; lastDate: string }> {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const take = (n: number) => {
    const batch: SyntheticArticle[] = [];
    while (batch.length < n) {
      const next = source.next();
      if (next.done) break;
      batch.push(next.value);
    }
    return batch;
  };
  let lastDate = '';
  let pending: Promise<unknown> = Promise.resolve();
  for (let done = 0; done < count;) {
    const batch = take(Math.min(BATCH, count - done));
    if (!batch.length) break;
    await pending;
    pending = Promise.all([
      saveArticleBatch(store, batch),
      putDealBatch(
        store,
        batch.flatMap((s) => s.deals),
      ),
    ]);
    done += batch.length;
    lastDate = batch.at(-1)!.article.publishedAt ?? batch.at(-1)!.article.ingestedAt.slice(0, 10);
  }
  await pending;
  const used = process.cpuUsage(cpu);
  return {
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    cpuSeconds: (used.user + used.system) / 1e6,
    lastDate,
  };
}

async function run(label: string, url: string, total: number): Promise<Checkpoint[]> {
  const store = await openStore(url, { namespace: `bench-${Date.now().toString(36)}` });
  const source = syntheticArticles({ count: total })[Symbol.iterator]();
  const checkpoints: Checkpoint[] = [];
  let ingested = 0;
  let seconds = 0;
  let cpuSeconds = 0;
  try {
    for (const target of [Math.round(total / 10), total]) {
      const step = await ingest(store, source, target - ingested);
      ingested = target;
      seconds += step.seconds;
      cpuSeconds += step.cpuSeconds;
      // Bulk upserts leave Postgres dead row versions of the hot index buckets until autovacuum
      // runs; measure the steady state it reaches (right after ingest, lookups were ~2x slower).
      if (store.backend === 'postgres')
        await (rawKv(store).backend.keyv.store as { query(sql: string): Promise<unknown> }).query(
          'VACUUM ANALYZE keyv',
        );
      const stop = watchPauses();
      const lookups = await measureLookups(store, step.lastDate);
      const pauses = stop();
      checkpoints.push({
        articles: ingested,
        ingestPerSec: ingested / seconds,
        cpuMsPerArticle: (cpuSeconds * 1000) / ingested,
        sizeBytes: storeSizeOnDisk(store),
        lookups,
        pauses,
      });
      console.log(`  ${label}: ${ingested} articles in ${seconds.toFixed(1)} s`);
    }
  } finally {
    if (!url.startsWith('sqlite:')) await clearStore(store);
    await store.close();
  }
  return checkpoints;
}

function report(label: string, cps: Checkpoint[]): void {
  const [small, big] = cps as [Checkpoint, Checkpoint];
  console.log(`\n${label}`);
  console.log(
    table([
      ['articles', 'ingest (articles/s)', 'CPU ms/article', 'size on disk', 'bytes/article'],
      ...cps.map((c) => [
        String(c.articles),
        c.ingestPerSec.toFixed(0),
        c.cpuMsPerArticle.toFixed(2),
        c.sizeBytes === undefined ? 'n/a (server)' : mb(c.sizeBytes),
        c.sizeBytes === undefined ? '' : (c.sizeBytes / c.articles).toFixed(0),
      ]),
    ]),
  );
  const rows = [
    [
      'lookup',
      'ticker',
      'rows',
      `p50 @${small.articles}`,
      `p99 @${small.articles}`,
      `p50 @${big.articles}`,
      `p99 @${big.articles}`,
      'p50 ratio',
    ],
  ];
  for (const kind of ['deals', 'facts'] as const)
    for (const ticker of [POPULAR_TICKER, RARE_TICKER]) {
      const a = small.lookups[kind][ticker]!;
      const b = big.lookups[kind][ticker]!;
      rows.push([
        kind === 'deals' ? 'newest 10 deals' : 'facts, last 7 days',
        ticker,
        `${a.size}/${b.size}`,
        ms(a.p50),
        ms(a.p99),
        ms(b.p50),
        ms(b.p99),
        `${(b.p50 / a.p50).toFixed(2)}x`,
      ]);
    }
  console.log(table(rows));
  for (const c of cps) console.log(`stalls during lookups @${c.articles}: ${describePauses(c.pauses)}`);
}

async function main(): Promise<void> {
  const sqliteCount = Number(process.env.BENCH_ARTICLES ?? 100_000);
  const serverCount = Number(process.env.BENCH_SERVER_ARTICLES ?? 20_000);
  console.log(
    `bench:store — ${ITERATIONS} timed lookups per figure; facts = stock moves + analyst actions + events`,
  );
  console.log(
    `machine: ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'dealdesk-bench-'));
  const results: Array<[string, Checkpoint[]]> = [];
  try {
    results.push([
      `SQLite (${sqliteCount} articles)`,
      await run('sqlite', `sqlite://${join(dir, 'bench.sqlite')}`, sqliteCount),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.env.REDIS_URL)
    results.push([`Redis (${serverCount} articles)`, await run('redis', process.env.REDIS_URL, serverCount)]);
  else console.log('  Redis: skipped (set REDIS_URL)');
  if (process.env.DATABASE_URL)
    results.push([
      `Postgres (${serverCount} articles)`,
      await run('postgres', process.env.DATABASE_URL, serverCount),
    ]);
  else console.log('  Postgres: skipped (set DATABASE_URL)');
  for (const [label, cps] of results) report(label, cps);
  const m = memory();
  console.log(`\nprocess memory at the end: rss ${mb(m.rss)}, heap used ${mb(m.heapUsed)}`);
}

await main();
