/**
 * `npm run bench:qa`: p50/p99 of thread follow-up answers in-process (core.handleMessage with the
 * rules-and-retrieval answerer) on SQLite holding 100,000 synthetic articles (target p99 ≤ 50 ms).
 * Three mixes: warm questions on the most frequent ticker, questions on the rarest one, and a cold
 * mix rotating over 300 tickers so most questions first bring a new subject's index in step.
 * Warm mixes discard their first 50 answers (JIT, caches).
 * BENCH_ARTICLES (default 100000), BENCH_RUNS (default 300), BENCH_DB_DIR keeps the filled file.
 */
import { cpus, loadavg } from 'node:os';
import { createCore } from '../src/bot/core.js';
import type { BotCore } from '../src/bot/types.js';
import { setLogLevel } from '../src/log.js';
import { createQaAnswerer } from '../src/qa/answerer.js';
import type { Store } from '../src/store/types.js';
import { openBenchStore } from './lib/bench-store.js';
import { describePauses, watchPauses, type Pauses } from './lib/pauses.js';
import { summarize, type Summary } from './lib/stats.js';
import { END_DATE, POPULAR_TICKER, RARE_TICKER, tickers } from './synthetic/records.js';

setLogLevel('error');
const N = Number(process.env.BENCH_ARTICLES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const NOW = new Date(`${END_DATE}T18:00:00Z`);
const QUESTIONS = [
  'How much is the deal worth?',
  'What did analysts say?',
  'How did the stock react?',
  'When are earnings?',
  'What are the risks?',
  'What did the CEO say?',
  'Where is this from?',
  'How many employees does it have?',
];

let threadNo = 0;
async function openThread(core: BotCore, store: Store, ticker: string): Promise<string> {
  const threadId = `bench:w:c:${++threadNo}`;
  const deals = await store.deals.byParty(ticker, { limit: 10 });
  await core.rememberThread(threadId, {
    command: 'deal',
    tickers: [ticker],
    dealIds: deals.map((d) => d.id),
    articleIds: deals.flatMap((d) => d.sources.map((s) => s.articleId)).slice(0, 10),
    lastAnswer: null,
  });
  return threadId;
}

async function ask(core: BotCore, threadId: string, text: string): Promise<number> {
  // Let the loop turn between questions, as a server does between messages (SQLite reads are
  // synchronous, so nothing else would): timers, GC reports and the delay monitor run there.
  await new Promise((r) => setImmediate(r));
  const t = performance.now();
  const out = await core.handleMessage({
    kind: 'message',
    platform: 'shell',
    text,
    user: { id: 'bench:u', name: null, canManageChannel: false },
    workspaceId: 'bench:w',
    channelId: 'bench:w:c',
    threadId,
    mentioned: true,
  });
  const ms = performance.now() - t;
  if (!out || /went wrong/i.test(out.fallbackText))
    throw new Error(`no answer to "${text}": ${out?.fallbackText}`);
  return ms;
}

async function mix(
  core: BotCore,
  store: Store,
  tickersFor: (i: number) => string,
  warmup: number,
): Promise<Summary> {
  const threads = new Map<string, string>();
  const times: number[] = [];
  let stop: (() => Pauses) | undefined;
  let cpu0 = process.cpuUsage();
  for (let i = 0; i < warmup + RUNS; i++) {
    if (i === warmup) {
      stop = watchPauses();
      cpu0 = process.cpuUsage();
    }
    const ticker = tickersFor(i);
    let thread = threads.get(ticker);
    if (!thread) threads.set(ticker, (thread = await openThread(core, store, ticker)));
    const ms = await ask(core, thread, QUESTIONS[i % QUESTIONS.length]!);
    if (i >= warmup) times.push(ms);
  }
  pausesOf.set(times, stop!());
  cpuOf.set(times, cpuMsPerQuestion(cpu0));
  return summarize(times);
}

/** CPU time (user + system, all threads) per timed question: what a question costs on a busy machine. */
const cpuMsPerQuestion = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000 / RUNS;
};
const cpuOf = new Map<number[], number>();

/** Stalls seen while each mix was timed, reported under the table. */
const pausesOf = new Map<number[], Pauses>();
const stallLines: string[] = [];

async function main() {
  // BENCH_DB_DIR keeps the filled SQLite file between runs (bench/lib/bench-store.ts).
  const { store, loadMs, close } = await openBenchStore(N);
  if (loadMs) console.log(`${N.toLocaleString('en-US')} articles loaded in ${(loadMs / 1000).toFixed(1)} s`);
  try {
    const answerer = createQaAnswerer();
    const core = createCore({ store, answerer, now: () => NOW });
    const all = tickers();
    // The answerer alone (no thread read/write), to separate its cost from the store's thread writes.
    const deals = await store.deals.byParty(POPULAR_TICKER, { limit: 10 });
    const direct: number[] = [];
    let stopDirect: (() => Pauses) | undefined;
    let cpuDirect = process.cpuUsage();
    for (let i = 0; i < 50 + RUNS; i++) {
      if (i === 50) {
        stopDirect = watchPauses();
        cpuDirect = process.cpuUsage();
      }
      const t = performance.now();
      await answerer.answer({
        question: QUESTIONS[i % QUESTIONS.length]!,
        context: {
          command: 'deal',
          tickers: [POPULAR_TICKER],
          dealIds: deals.map((d) => d.id),
          articleIds: [],
          lastAnswer: null,
        },
        store,
        now: NOW,
      });
      if (i >= 50) direct.push(performance.now() - t);
    }
    const directPauses = stopDirect!();
    const cpus_: number[] = [cpuMsPerQuestion(cpuDirect)];
    const mixes: Array<[string, () => Promise<Summary>]> = [
      [`warm, ${POPULAR_TICKER} (most articles)`, () => mix(core, store, () => POPULAR_TICKER, 50)],
      [`warm, ${RARE_TICKER} (fewest articles)`, () => mix(core, store, () => RARE_TICKER, 50)],
      ['cold, 300 rotating tickers', () => mix(core, store, (i) => all[(i * 7) % 300]!, 0)],
    ];
    const rows: Array<[string, Summary]> = [[`answerer only, ${POPULAR_TICKER}`, summarize(direct)]];
    stallLines.push(`  answerer only: ${describePauses(directPauses)}`);
    for (const [name, run] of mixes) {
      rows.push([name, await run()]);
      cpus_.push([...cpuOf.values()].at(-1)!);
      stallLines.push(`  ${name}: ${describePauses([...pausesOf.values()].at(-1)!)}`);
    }
    const f = (x: number) => `${x.toFixed(2)} ms`.padStart(11);
    console.log(
      `\nThread follow-up answers in-process on SQLite, ${N.toLocaleString('en-US')} articles, ${RUNS} questions per mix (load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs)`,
    );
    console.log(
      `${'mix'.padEnd(34)}${'p50'.padStart(11)}${'p99'.padStart(11)}${'max'.padStart(11)}${'CPU/q'.padStart(11)}  target p99 ≤ 50 ms`,
    );
    rows.forEach(([name, s], i) =>
      console.log(
        `${name.padEnd(34)}${f(s.p50)}${f(s.p99)}${f(s.max)}${f(cpus_[i]!)}  ${s.p99 <= 50 ? 'ok' : 'OVER'}`,
      ),
    );
    console.log('Stalls while timing (p99 well above p50 with small stalls = waiting for a CPU):');
    for (const line of stallLines) console.log(line);
    console.log(`subject indexes in memory: ${answerer.index.size}`);
  } finally {
    await close();
  }
}

await main();
