/**
 * bench:ingest — articles/s for `ingestInputs` into SQLite (read files → dedupe → extract → store →
 * merge deals), on a synthetic corpus written to a temp folder, with heap sampled
 * along the way to show memory stays flat. The corpus is bench/synthetic/articles.ts (the extraction
 * benchmark's generator), written to files so the readers are part of the measure. A second pass over the same folder measures the
 * "unchanged" path (dedupe only).
 *
 *   npm run bench:ingest                     # 10,000 articles
 *   BENCH_ARTICLES=2000 npm run bench:ingest
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultEngine, type ExtractEngine } from '../src/ingest/engine.js';
import { ingestInputs, type IngestProgress } from '../src/ingest/pipeline.js';
import { openStore } from '../src/store/index.js';
import { mb, summarize, table } from './lib/stats.js';
import { syntheticArticleTexts } from './synthetic/articles.js';

const N = Number(process.env.BENCH_ARTICLES ?? 10_000);
const PER_FOLDER = 1000;

/** The extraction benchmark's seeded corpus, written as front-matter text files (streamed, one at a time). */
async function writeCorpus(dir: string): Promise<number> {
  let bytes = 0;
  let i = 0;
  for (const a of syntheticArticleTexts(N)) {
    const folder = join(dir, `batch-${String(Math.floor(i / PER_FOLDER)).padStart(3, '0')}`);
    if (i % PER_FOLDER === 0) await mkdir(folder, { recursive: true });
    const file = [
      '---',
      ...(a.title ? [`title: ${a.title}`] : []),
      `url: https://bench-wire.example/${a.publishedAt}/story-${i}`,
      'source: Bench Wire',
      `published: ${a.publishedAt}`,
      '---',
      a.text,
      '',
    ].join('\n');
    bytes += Buffer.byteLength(file);
    await writeFile(join(folder, `article-${String(i).padStart(6, '0')}.txt`), file);
    i++;
  }
  return bytes;
}

// --- the run ----------------------------------------------------------------------------------------
const gc = (globalThis as { gc?: () => void }).gc;

async function pass(label: string, corpus: string, storeUrl: string, engine: ExtractEngine) {
  const store = await openStore(storeUrl);
  const heap: number[] = [];
  const gaps: number[] = [];
  let last = performance.now();
  let count = 0;
  const started = performance.now();
  const summary = await ingestInputs([corpus], {
    store,
    engine,
    allowPrivate: false,
    onProgress(e: IngestProgress) {
      if (e.type !== 'article' && e.type !== 'failure') return;
      const t = performance.now();
      gaps.push(t - last);
      last = t;
      if (++count % 500 === 0) {
        gc?.();
        heap.push(process.memoryUsage().heapUsed);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return { label, summary, seconds, heap, latency: summarize(gaps) };
}

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'dealdesk-bench-ingest-'));
  try {
    const corpus = join(root, 'corpus');
    const bytes = await writeCorpus(corpus);
    let engine: ExtractEngine;
    let engineNote = 'real extraction engine';
    try {
      engine = await defaultEngine();
    } catch (err) {
      engineNote = `NO extraction (${(err as Error).message}): pipeline and store only`;
      const { createDirectory } = await import('../src/extract/companies/directory.js');
      engine = {
        createDirectory: (records) => createDirectory(records),
        extractArticle: (raw, { articleId }) => ({
          extraction: {
            article: {
              id: articleId,
              title: raw.title,
              url: raw.url,
              source: raw.source,
              publishedAt: raw.publishedAt,
              tickers: [],
              impactScore: null,
            },
            companies: [],
            deals: [],
            stockMoves: [],
            analystActions: [],
            events: [],
            quotes: [],
            risks: [],
          },
          cleanedText: raw.text,
        }),
        mergeDeal: () => {
          throw new Error('unreachable');
        },
        removeSource: () => null,
      };
    }
    const storeUrl = process.env.BENCH_STORE_URL ?? `sqlite://${join(root, 'bench.sqlite')}`;
    console.log(
      `bench:ingest — ${N} synthetic articles (${mb(bytes)} of text) into ${storeUrl.split(':')[0]}; ${engineNote}; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`,
    );
    console.log(
      gc
        ? 'heap sampled after a forced GC every 500 articles'
        : 'heap sampled every 500 articles (run node with --expose-gc for steadier figures)',
    );
    const first = await pass('first ingest (new)', corpus, storeUrl, engine);
    const second = await pass('re-ingest (unchanged)', corpus, storeUrl, engine);
    const rows = [['pass', 'articles', 'articles/s', 'MB/s', 'p50/article', 'p99/article', 'failed']];
    for (const r of [first, second]) {
      const n = r.summary.new + r.summary.updated + r.summary.unchanged;
      rows.push([
        r.label,
        String(n),
        (n / r.seconds).toFixed(0),
        (bytes / 1024 / 1024 / r.seconds).toFixed(2),
        `${r.latency.p50.toFixed(2)} ms`,
        `${r.latency.p99.toFixed(2)} ms`,
        String(r.summary.failed.length),
      ]);
    }
    console.log(table(rows));
    console.log(`facts written: ${JSON.stringify(first.summary.facts)}`);
    const h = first.heap;
    if (h.length >= 4) {
      const q = Math.floor(h.length / 4);
      const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
      const early = med(h.slice(0, q));
      const late = med(h.slice(-q));
      console.log(
        `heap during first pass: first quarter median ${mb(early)}, last quarter median ${mb(late)}, ratio ${(late / early).toFixed(2)} (flat ≈ 1), max ${mb(Math.max(...h))}`,
      );
    }
    if (first.summary.failed.length) console.log('first failures:', first.summary.failed.slice(0, 3));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
