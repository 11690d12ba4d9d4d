/**
 * A fair A-versus-B latency comparison on a shared, noisy machine: several rounds, each alternating
 * one request of A with one of B (the order flips every round), so load drift hits both alike. The
 * verdict is the median of the per-round ratios, which one noisy round cannot move, beside the ratio
 * of the pooled samples.
 */
import { cpus, loadavg } from 'node:os';
import { summarize, type Summary } from './stats.js';

/** One timed request; resolves with its latency in milliseconds. `i` counts from 0 per contender. */
export type Trial = (i: number) => Promise<number>;

export interface RoundResult {
  a: Summary;
  b: Summary;
  /** b / a */
  p50Ratio: number;
  p99Ratio: number;
}

export interface Comparison {
  rounds: RoundResult[];
  pooled: RoundResult;
  medianP50Ratio: number;
  medianP99Ratio: number;
  samples: { a: number[]; b: number[] };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function compare(a: number[], b: number[]): RoundResult {
  const sa = summarize(a);
  const sb = summarize(b);
  return { a: sa, b: sb, p50Ratio: sb.p50 / sa.p50, p99Ratio: sb.p99 / sa.p99 };
}

/**
 * Runs `warmup` untimed pairs, then `rounds` rounds of `perRound` pairs. `onRound` is told after
 * each round (progress lines, per-round side figures).
 */
export async function interleavedRounds(opts: {
  a: Trial;
  b: Trial;
  rounds: number;
  perRound: number;
  warmup: number;
  /** Told once the warm-up is over, before the first timed request. */
  onTimed?(): void;
  onRound?(round: number, result: RoundResult): void;
}): Promise<Comparison> {
  let ia = 0;
  let ib = 0;
  for (let w = 0; w < opts.warmup; w++) {
    await opts.a(ia++);
    await opts.b(ib++);
  }
  opts.onTimed?.();
  const rounds: RoundResult[] = [];
  const all = { a: [] as number[], b: [] as number[] };
  for (let r = 0; r < opts.rounds; r++) {
    const a: number[] = [];
    const b: number[] = [];
    for (let k = 0; k < opts.perRound; k++) {
      // whoever goes second inherits the first one's leftovers (GC debt, queued callbacks): take turns
      if (r % 2 === 0) {
        a.push(await opts.a(ia++));
        b.push(await opts.b(ib++));
      } else {
        b.push(await opts.b(ib++));
        a.push(await opts.a(ia++));
      }
    }
    const result = compare(a, b);
    rounds.push(result);
    all.a.push(...a);
    all.b.push(...b);
    opts.onRound?.(r, result);
  }
  return {
    rounds,
    pooled: compare(all.a, all.b),
    medianP50Ratio: median(rounds.map((x) => x.p50Ratio)),
    medianP99Ratio: median(rounds.map((x) => x.p99Ratio)),
    samples: all,
  };
}

/** "load average 0.52 0.61 0.70 on 2 CPUs": quote it beside every figure from a shared machine. */
export const loadLine = (): string =>
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} on ${cpus().length} CPUs`;
