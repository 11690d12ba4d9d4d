/**
 * `npm run bench:commands`: p50/p99 of /deal, /company and /news run in-process through the core on
 * SQLite, with 1,000 and with 100,000 synthetic articles, and the ratio between the two (target:
 * p99 ≤ 10 ms and flat). Data: bench/synthetic/records.ts (LUMN is its most frequent ticker).
 * BENCH_ARTICLES=1000,20000 changes the sizes, BENCH_RUNS the samples per command.
 */
import { cpus, loadavg } from 'node:os';
import { createCore } from '../src/bot/core.js';
import type { BotCore, InboundCommand } from '../src/bot/types.js';
import { setLogLevel } from '../src/log.js';
import { openBenchStore } from './lib/bench-store.js';
import { describePauses, watchPauses, type Pauses } from './lib/pauses.js';
import { END_DATE } from './synthetic/records.js';

setLogLevel('error');
const SIZES = (process.env.BENCH_ARTICLES ?? '1000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 400);
const COMMANDS = ['/deal LUMN', '/company LUMN', '/news LUMN'];
const NOW = new Date(`${END_DATE}T18:00:00Z`);

// ---- data: the shared synthetic generator (bench/synthetic/records.ts) ---------------------------

// ---- measuring ----------------------------------------------------------------------------------
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

interface Timing {
  p50: number;
  p99: number;
  /** Mean CPU time per command (user + system): less sensitive than wall time to a busy machine. */
  cpu: number;
  pauses: Pauses;
}

function commandOf(line: string): InboundCommand {
  const [name, ...rest] = line.slice(1).split(' ');
  return {
    kind: 'command',
    platform: 'shell',
    command: name!,
    text: rest.join(' '),
    user: { id: 'bench:u', name: null, canManageChannel: false },
    workspaceId: 'bench:w',
    channelId: 'bench:w:c',
    threadId: null,
  };
}

/** JIT and caches warm. */
async function warm(core: BotCore, line: string): Promise<void> {
  const cmd = commandOf(line);
  for (let i = 0; i < 300; i++) await core.handleCommand(cmd);
}

async function measure(core: BotCore, line: string): Promise<Timing> {
  const cmd = commandOf(line);
  await warm(core, line);
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  const stop = watchPauses();
  for (let i = 0; i < RUNS; i++) {
    // Let the loop turn between commands, as a server does between requests: timers, GC reports
    // and the delay monitor run there (SQLite reads are synchronous, so nothing else yields).
    await new Promise((r) => setImmediate(r));
    const t = performance.now();
    const out = await core.handleCommand(cmd);
    times.push(performance.now() - t);
    if (i === 0 && out.visibility !== 'public')
      throw new Error(`${line} did not answer: ${out.fallbackText}`);
  }
  const cpu = process.cpuUsage(cpu0);
  const pauses = stop();
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p99: pct(times, 99), cpu: (cpu.user + cpu.system) / 1000 / RUNS, pauses };
}

async function main() {
  const results = new Map<number, Map<string, Timing>>();
  // Every store is opened and every command warmed on each before any timing: the first size timed
  // would otherwise pay for the process warming up (JIT, the loader's garbage) and look slower.
  const stores = [];
  for (const n of SIZES) {
    // BENCH_DB_DIR keeps the filled SQLite files between runs (bench/lib/bench-store.ts).
    const opened = await openBenchStore(n);
    if (opened.loadMs)
      console.log(`${n.toLocaleString('en-US')} articles loaded in ${(opened.loadMs / 1000).toFixed(1)} s`);
    stores.push({
      n,
      ...opened,
      core: createCore({ store: opened.store, now: () => NOW, replyCache: false }),
    });
  }
  try {
    for (const { core } of stores) for (const line of COMMANDS) await warm(core, line);
    for (const { n, core } of stores) {
      const row = new Map<string, Timing>();
      for (const line of COMMANDS) row.set(line, await measure(core, line));
      results.set(n, row);
    }
  } finally {
    for (const { close } of stores) await close();
  }
  const f = (x: number) => `${x.toFixed(2)} ms`;
  const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
  console.log(
    `\nIn-process command latency on SQLite (${RUNS} runs each after warm-up; load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs)`,
  );
  const head = [
    'command',
    ...SIZES.flatMap((n) => [`p50 @${label(n)}`, `p99 @${label(n)}`, `cpu @${label(n)}`]),
    'p50 ratio',
    'p99 ratio',
    'cpu ratio',
  ];
  const rows = COMMANDS.map((line) => {
    const at = (n: number) => results.get(n)!.get(line)!;
    const first = at(SIZES[0]!);
    const last = at(SIZES[SIZES.length - 1]!);
    return [
      line,
      ...SIZES.flatMap((n) => [f(at(n).p50), f(at(n).p99), f(at(n).cpu)]),
      `${(last.p50 / first.p50).toFixed(2)}×`,
      `${(last.p99 / first.p99).toFixed(2)}×${last.p99 <= 10 ? '' : ' (p99 over 10 ms)'}`,
      `${(last.cpu / first.cpu).toFixed(2)}×`,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [head, ...rows])
    console.log(r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
  console.log('\nStalls while timing (p99 well above p50 with small stalls = waiting for a CPU):');
  for (const n of SIZES)
    for (const line of COMMANDS)
      console.log(`  ${line} @${label(n)}: ${describePauses(results.get(n)!.get(line)!.pauses)}`);
}

await main();
