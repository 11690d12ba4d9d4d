/**
 * Politeness for every request a feed poll makes (the feed, and the article pages of feeds that carry
 * only summaries): requests to one host go one at a time, at least `gapMs` apart. Other hosts are not
 * held up.
 */
import { safeFetch, type FetchOptions, type FetchResult } from '../ingest/fetch.js';

export type Fetcher = (url: string, opts: FetchOptions) => Promise<FetchResult>;

export interface PoliteClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: PoliteClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms))),
};

const hostKey = (url: string): string => {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url; // safeFetch reports the bad URL itself
  }
};

export function politeFetch(
  inner: Fetcher = safeFetch,
  opts: { gapMs?: number; clock?: PoliteClock } = {},
): Fetcher {
  const gapMs = opts.gapMs ?? 2000;
  const clock = opts.clock ?? realClock;
  const tails = new Map<string, Promise<unknown>>();
  const lastAt = new Map<string, number>();
  return (url, fetchOpts) => {
    const host = hostKey(url);
    const run = (tails.get(host) ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        const wait = (lastAt.get(host) ?? -Infinity) + gapMs - clock.now();
        if (wait > 0) await clock.sleep(wait);
        try {
          return await inner(url, fetchOpts);
        } finally {
          lastAt.set(host, clock.now());
        }
      });
    tails.set(host, run);
    // forget idle hosts so a long-running bot polling many hosts stays small
    void run
      .catch(() => undefined)
      .then(() => {
        if (tails.get(host) === run) tails.delete(host);
      });
    return run;
  };
}
