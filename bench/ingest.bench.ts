/**
 * bench:ingest — articles/s for `ingestInputs` into SQLite (read files → dedupe → extract → store →
 * merge deals), on a synthetic corpus of text articles written to a temp folder, with heap sampled
 * along the way to show memory stays flat. A second pass over the same folder measures the
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
import { between, chance, pick, seeded, type Random } from './lib/random.js';

const N = Number(process.env.BENCH_ARTICLES ?? 10_000);
const PER_FOLDER = 1000;

// --- a small generator of plausible wire copy (all text invented here) ----------------------------
const SYLLABLES = [
  'nor',
  'vel',
  'tra',
  'quin',
  'dor',
  'mar',
  'bel',
  'cas',
  'fen',
  'lum',
  'tor',
  'ri',
  'zen',
  'pax',
  'hal',
  'gro',
];
const SUFFIXES = [
  'Technologies',
  'Holdings',
  'Systems',
  'Energy',
  'Therapeutics',
  'Logistics',
  'Foods',
  'Networks',
  'Capital',
  'Materials',
];
const EXCHANGES = ['NYSE', 'NASDAQ'];
const FIRMS = [
  'Goldman Sachs',
  'Morgan Stanley',
  'JPMorgan',
  'Citi',
  'Barclays',
  'Jefferies',
  'Wedbush',
  'Needham',
];
const PEOPLE = [
  'Dana Whitfield',
  'Marco Lindqvist',
  'Aisha Okafor',
  'Henry Tsai',
  'Laura Brandt',
  'Omar Haddad',
];
const ROLES = ['chief executive', 'chief financial officer', 'president'];
const FILLER = [
  'The company said the move fits its plan to focus on higher-margin products and recurring revenue.',
  'Executives told analysts on a call that demand had held up better than expected in the quarter.',
  'The sector has seen a wave of consolidation as larger players look for growth beyond their core markets.',
  'Investors have been watching closely for signs that cost cuts announced last year are paying off.',
  'Competition from lower-cost rivals in Asia remains a concern, according to people familiar with the matter.',
  'The board also approved a new share repurchase program and kept its quarterly dividend unchanged.',
];

interface Co {
  name: string;
  ticker: string;
  exchange: string;
}
function companies(rnd: Random, n: number): Co[] {
  const out: Co[] = [];
  const seen = new Set<string>();
  while (out.length < n) {
    const word = pick(rnd, SYLLABLES) + pick(rnd, SYLLABLES) + pick(rnd, SYLLABLES);
    const base = word[0]!.toUpperCase() + word.slice(1);
    const ticker = Array.from({ length: 4 }, () => String.fromCharCode(65 + Math.floor(rnd() * 26))).join('');
    if (seen.has(ticker)) continue;
    seen.add(ticker);
    out.push({ name: `${base} ${pick(rnd, SUFFIXES)}`, ticker, exchange: pick(rnd, EXCHANGES) });
  }
  return out;
}

const isoDay = (start: number, offset: number) =>
  new Date(start + offset * 86_400_000).toISOString().slice(0, 10);

function article(rnd: Random, i: number, pool: Co[]): string {
  const a = pick(rnd, pool);
  let b = pick(rnd, pool);
  while (b === a) b = pick(rnd, pool);
  const published = isoDay(Date.UTC(2025, 0, 1), Math.floor(i / 15));
  const amount = Math.round(between(rnd, 50, 9000));
  const value = amount >= 1000 ? `$${(amount / 1000).toFixed(2)} billion` : `$${amount} million`;
  const pct = between(rnd, 0.5, 14).toFixed(1);
  const up = chance(rnd, 0.5);
  const paras = [
    `${a.name} (${a.exchange}: ${a.ticker}) said on Tuesday it agreed to acquire ${b.name} (${b.exchange}: ${b.ticker}) for about ${value} in cash, a deal that would expand its reach into new markets.`,
    `Shares of ${a.name.split(' ')[0]} ${up ? 'rose' : 'fell'} ${pct}% to $${between(rnd, 5, 300).toFixed(2)} in afternoon trading after the announcement.`,
    pick(rnd, FILLER),
    `"This combination gives our customers more of what they have been asking for," ${pick(rnd, PEOPLE)}, ${pick(rnd, ROLES)} of ${a.name.split(' ')[0]}, said in a statement.`,
  ];
  if (chance(rnd, 0.5))
    paras.push(
      `${pick(rnd, FIRMS)} upgraded ${b.name.split(' ')[0]} to Buy from Hold and raised its price target to $${Math.round(between(rnd, 20, 200))}.`,
    );
  if (chance(rnd, 0.4))
    paras.push(
      `${a.name.split(' ')[0]} is scheduled to report third-quarter results on Oct. ${1 + Math.floor(rnd() * 28)}.`,
    );
  for (let k = 0, n = 1 + Math.floor(rnd() * 4); k < n; k++) paras.push(pick(rnd, FILLER));
  return [
    '---',
    `title: ${a.name} to buy ${b.name} for ${value}`,
    `url: https://bench-wire.example/${published}/story-${i}`,
    'source: Bench Wire',
    `published: ${published}`,
    '---',
    '',
    paras.join('\n\n'),
    '',
  ].join('\n');
}

async function writeCorpus(dir: string): Promise<number> {
  const rnd = seeded(42);
  const pool = companies(rnd, 400);
  let bytes = 0;
  for (let i = 0; i < N; i++) {
    const folder = join(dir, `batch-${String(Math.floor(i / PER_FOLDER)).padStart(3, '0')}`);
    if (i % PER_FOLDER === 0) await mkdir(folder, { recursive: true });
    const text = article(rnd, i, pool);
    bytes += Buffer.byteLength(text);
    await writeFile(join(folder, `article-${String(i).padStart(6, '0')}.md`), text);
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
