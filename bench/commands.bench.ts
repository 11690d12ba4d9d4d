/**
 * `npm run bench:commands`: p50/p99 of /deal, /company and /news run in-process through the core on
 * SQLite, with 1,000 and with 100,000 synthetic articles, and the ratio between the two (target:
 * p99 ≤ 10 ms and flat). Synthetic data come from bench/synthetic/records.ts when present, else from
 * the small generator below. Set BENCH_ARTICLES=1000,20000 to change the sizes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../src/bot/core.js';
import type { BotCore, InboundCommand } from '../src/bot/types.js';
import type { DealRecord, ArticleRecord, CompanyRecord } from '../src/domain/records.js';
import { setLogLevel } from '../src/log.js';
import { openStore, saveArticleBatch } from '../src/store/index.js';
import type { ArticleFacts, Store } from '../src/store/types.js';

setLogLevel('error');
const SIZES = (process.env.BENCH_ARTICLES ?? '1000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 400);
const COMMANDS = ['/deal LUMN', '/company LUMN', '/news LUMN'];
const NOW = new Date('2026-11-21T10:00:00Z');

// ---- a deterministic generator ------------------------------------------------------------------
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;

const COMPANIES: CompanyRecord[] = [
  {
    ticker: 'LUMN',
    name: 'Lumen Technologies',
    exchange: 'NYSE',
    aliases: ['Lumen'],
    cik: null,
    origin: 'builtin',
  },
  ...Array.from({ length: 1999 }, (_, i) => ({
    ticker: `C${String(i).padStart(4, '0')}`,
    name: `Company ${i} Holdings`,
    exchange: 'NASDAQ',
    aliases: [`Company ${i}`],
    cik: null,
    origin: 'builtin' as const,
  })),
];

function dayOf(i: number, n: number): string {
  // Spread over ~3 years ending at NOW.
  const t = NOW.getTime() - Math.floor(((n - i) / n) * 1100) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function synth(
  i: number,
  n: number,
): { article: ArticleRecord; facts: ArticleFacts; deal: DealRecord | null } {
  const date = dayOf(i, n);
  // LUMN is in 5% of articles, so every size fills a page of results.
  const a = i % 20 === 0 ? COMPANIES[0]! : pick(COMPANIES);
  let b = pick(COMPANIES);
  if (b.ticker === a.ticker) b = COMPANIES[(COMPANIES.indexOf(b) + 1) % COMPANIES.length]!;
  const id = `art-${i}`;
  const text = `${a.name} and ${b.name} said on ${date} that they agreed a partnership worth $${(i % 900) + 100} million. Shares of ${a.name} rose ${(i % 13) + 1}.5% to $${(i % 50) + 5}.25. Analysts at Firm ${i % 40} raised their target.`;
  const ev = { text: text.slice(0, 80), start: 0, end: 80 };
  const article: ArticleRecord = {
    id,
    title: `${a.name} and ${b.name} announce partnership (${i})`,
    url: `https://news.example/${id}`,
    source: `Wire ${i % 7}`,
    publishedAt: date,
    tickers: [a.ticker, b.ticker],
    impactScore: (i % 10) / 10,
    canonicalUrl: `https://news.example/${id}`,
    guid: null,
    contentHash: `h${i}`,
    text,
    origin: 'bench',
    ingestedAt: NOW.toISOString(),
  };
  const facts: ArticleFacts = {
    stockMoves: [
      {
        id: `${id}:m`,
        articleId: id,
        sortDate: date,
        ticker: a.ticker,
        company: a.name,
        changePct: (i % 13) + 1.5,
        price: (i % 50) + 5.25,
        window: 'day',
        date,
        evidence: { ...ev, start: 90, end: 150 },
      },
    ],
    analystActions:
      i % 5 === 0
        ? [
            {
              id: `${id}:aa`,
              articleId: id,
              sortDate: date,
              firm: `Firm ${i % 40}`,
              analyst: null,
              ticker: a.ticker,
              company: a.name,
              action: 'target_raise',
              rating: 'Buy',
              priorRating: null,
              priceTarget: 12,
              priorPriceTarget: 10,
              evidence: ev,
            },
          ]
        : [],
    events:
      i % 10 === 0
        ? [
            {
              id: `${id}:e`,
              articleId: id,
              sortDate: date,
              ticker: a.ticker,
              company: a.name,
              type: 'earnings',
              date: new Date(Date.parse(`${date}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10),
              period: 'Q3',
              consensusEps: 0.1,
              consensusRevenue: 1e9,
              evidence: ev,
            },
          ]
        : [],
    quotes: [],
    risks: [],
  };
  const deal: DealRecord | null =
    i % 5 === 0
      ? {
          id: `deal-${i}`,
          type: 'partnership',
          parties: [
            { name: a.name, ticker: a.ticker, role: 'partner' },
            { name: b.name, ticker: b.ticker, role: 'partner' },
          ],
          asset: null,
          value: { amount: ((i % 900) + 100) * 1e6, currency: 'USD', qualifier: null, text: '' },
          conflictingValues: [],
          status: 'announced',
          date,
          confidence: 0.8,
          // Reported by this article and the one before it.
          sources: [
            ...(i > 0
              ? [
                  {
                    articleId: `art-${i - 1}`,
                    status: 'announced' as const,
                    value: null,
                    confidence: 0.7,
                    evidence: ev,
                    sortDate: dayOf(i - 1, n),
                  },
                ]
              : []),
            {
              articleId: id,
              status: 'announced',
              value: null,
              confidence: 0.8,
              evidence: { ...ev, start: 0, end: 80 },
              sortDate: date,
            },
          ],
          sortDate: date,
          firstSeenAt: NOW.toISOString(),
          updatedAt: NOW.toISOString(),
        }
      : null;
  return { article, facts, deal };
}

const loadTimes = { articles: 0, deals: 0 };

async function fill(store: Store, n: number): Promise<void> {
  seed = 42;
  await store.companies.upsertMany(COMPANIES);
  const BATCH = 500;
  for (let start = 0; start < n; start += BATCH) {
    const items = [];
    const deals: DealRecord[] = [];
    for (let i = start; i < Math.min(n, start + BATCH); i++) {
      const s = synth(i, n);
      items.push({ article: s.article, facts: s.facts });
      if (s.deal) deals.push(s.deal);
    }
    let t = performance.now();
    await saveArticleBatch(store, items);
    loadTimes.articles += performance.now() - t;
    t = performance.now();
    for (const d of deals) await store.deals.put(d);
    loadTimes.deals += performance.now() - t;
    if (n >= 10_000 && (start / BATCH) % 10 === 9)
      process.stderr.write(
        `  loaded ${start + items.length}/${n} (articles ${(loadTimes.articles / 1000).toFixed(1)} s, deals ${(loadTimes.deals / 1000).toFixed(1)} s)\n`,
      );
  }
}

// ---- measuring ----------------------------------------------------------------------------------
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measure(core: BotCore, line: string): Promise<{ p50: number; p99: number }> {
  const [name, ...rest] = line.slice(1).split(' ');
  const cmd: InboundCommand = {
    kind: 'command',
    platform: 'shell',
    command: name!,
    text: rest.join(' '),
    user: { id: 'bench:u', name: null, canManageChannel: false },
    workspaceId: 'bench:w',
    channelId: 'bench:w:c',
    threadId: null,
  };
  for (let i = 0; i < 30; i++) await core.handleCommand(cmd);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const out = await core.handleCommand(cmd);
    times.push(performance.now() - t);
    if (i === 0 && out.visibility !== 'public')
      throw new Error(`${line} did not answer: ${out.fallbackText}`);
  }
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p99: pct(times, 99) };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'dealdesk-bench-'));
  const results = new Map<number, Map<string, { p50: number; p99: number }>>();
  try {
    for (const n of SIZES) {
      const store = await openStore(`sqlite://${join(dir, `bench-${n}.sqlite`)}`);
      const t0 = performance.now();
      await fill(store, n);
      console.log(
        `${n.toLocaleString('en-US')} articles loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
      const core = createCore({ store, now: () => NOW });
      const row = new Map<string, { p50: number; p99: number }>();
      for (const line of COMMANDS) row.set(line, await measure(core, line));
      results.set(n, row);
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const f = (x: number) => `${x.toFixed(2)} ms`.padStart(10);
  console.log(`\nIn-process command latency on SQLite (${RUNS} runs each after warm-up)`);
  console.log(
    `${'command'.padEnd(16)}${SIZES.map((n) => `${`p50 @${n}`.padStart(12)}${`p99 @${n}`.padStart(12)}`).join('')}  p99 ratio`,
  );
  for (const line of COMMANDS) {
    const cells = SIZES.map((n) => {
      const r = results.get(n)!.get(line)!;
      return `${f(r.p50).padStart(12)}${f(r.p99).padStart(12)}`;
    }).join('');
    const first = results.get(SIZES[0]!)!.get(line)!.p99;
    const last = results.get(SIZES[SIZES.length - 1]!)!.get(line)!.p99;
    const ok = last <= 10 ? 'ok' : 'over 10 ms';
    console.log(`${line.padEnd(16)}${cells}  ${(last / first).toFixed(2)}× (${ok})`);
  }
}

await main();
