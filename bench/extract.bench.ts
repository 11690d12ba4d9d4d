/**
 * bench:extract — throughput of clean + extract on one core, in MB/s of article text, over a streamed
 * synthetic corpus (bench/synthetic/articles.ts), with per-article latency percentiles and heap used
 * sampled at 1k / 5k / 10k articles to show memory stays flat (nothing is retained between articles).
 * Throughput is reported on CPU time of this process (what one core does, unaffected by other work on a
 * shared machine) and on wall time, with the load average, so a busy machine is visible in the figures.
 *
 *   npm run bench:extract                    # 10,000 articles
 *   BENCH_ARTICLES=20000 npm run bench:extract
 */
import { loadavg } from 'node:os';
import { builtinDirectory, extractArticle } from '../src/extract/index.js';
import { mb, summarize, table } from './lib/stats.js';
import { syntheticArticleTexts } from './synthetic/articles.js';

const N = Number(process.env.BENCH_ARTICLES ?? 10_000);
const SAMPLE_AT = new Set([1_000, 5_000, 10_000, 20_000, 50_000].filter((n) => n <= N).concat(N));
const gc = (globalThis as { gc?: () => void }).gc;

function heap(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

const directory = builtinDirectory();
// Warm up the JIT and the directory so the first timed article is not an outlier.
for (const a of syntheticArticleTexts(200, 7))
  extractArticle({ ...a, url: null, source: null, guid: null, origin: 'bench' }, { directory });

const base = heap();
const samples: number[] = [];
const heapRows: string[][] = [['articles', 'heap used', 'vs start']];
let bytes = 0;
let facts = 0;
let busyNs = 0n;
let cpuUs = 0;
const cpuSamples: number[] = [];
for (const [i, a] of enumerate(syntheticArticleTexts(N))) {
  const c0 = process.cpuUsage();
  const t = process.hrtime.bigint();
  const { extraction } = extractArticle(
    { ...a, url: null, source: null, guid: null, origin: 'bench' },
    { directory },
  );
  const dt = process.hrtime.bigint() - t;
  const c = process.cpuUsage(c0);
  busyNs += dt;
  cpuUs += c.user + c.system;
  cpuSamples.push((c.user + c.system) / 1000);
  samples.push(Number(dt) / 1e6);
  bytes += Buffer.byteLength(a.text);
  facts +=
    extraction.deals.length +
    extraction.stockMoves.length +
    extraction.analystActions.length +
    extraction.events.length +
    extraction.quotes.length;
  if (SAMPLE_AT.has(i + 1)) {
    const h = heap();
    heapRows.push([String(i + 1), mb(h), `${h >= base ? '+' : ''}${mb(h - base)}`]);
  }
}

function* enumerate<T>(it: Iterable<T>): Generator<[number, T]> {
  let i = 0;
  for (const x of it) yield [i++, x];
}

const seconds = Number(busyNs) / 1e9;
const cpuSeconds = cpuUs / 1e6;
const s = summarize(samples);
const sc = summarize(cpuSamples);
console.log(
  `bench:extract — clean + extract, ${N.toLocaleString()} synthetic articles (${mb(bytes)} of text, ${facts.toLocaleString()} facts), one core${gc ? '' : ' (run with --expose-gc for exact heap figures)'}`,
);
console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on this machine during the run`,
);
const row = (name: string, secs: number, x: typeof s): string[] => [
  name,
  `${secs.toFixed(2)} s`,
  (bytes / 1024 / 1024 / secs).toFixed(2),
  Math.round(N / secs).toLocaleString(),
  `${x.p50.toFixed(3)} ms`,
  `${x.p99.toFixed(3)} ms`,
  `${x.max.toFixed(1)} ms`,
];
console.log(
  table([
    ['clock', 'time', 'MB/s', 'articles/s', 'p50/article', 'p99/article', 'max'],
    row('CPU', cpuSeconds, sc),
    row('wall', seconds, s),
  ]),
);
console.log('');
console.log(table(heapRows));
const first = heapRows[1];
const last = heapRows[heapRows.length - 1];
if (first && last && first !== last)
  console.log(`heap ratio last/first sample: ${(parseFloat(last[1]!) / parseFloat(first[1]!)).toFixed(2)}`);
