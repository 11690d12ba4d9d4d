/**
 * Polls every feed once (the DEALDESK_FEED_POLL cron job calls this):
 * - conditional requests: the ingest pipeline sends the ETag / Last-Modified it kept for the URL, and a
 *   304 costs nothing;
 * - politeness: feeds on one host are fetched one after another with a minimum gap, never concurrently;
 *   different hosts go in parallel (a few at a time);
 * - errors back off exponentially per feed; after `maxFailures` in a row the feed is marked failing,
 *   reported once, and then only probed once per cool-down (default 24 h): a probe that works un-parks
 *   it, one that fails waits another cool-down. Re-adding it (`dealdesk feeds add <url>`) retries now.
 */
import type { IngestSummary } from '../ingest/pipeline.js';
import { createLogger, type Logger } from '../log.js';
import type { Store } from '../store/types.js';
import { listFeeds, saveFeedState, type FeedEntry, type FeedState } from './registry.js';

export interface PollClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface PollDeps {
  store: Store;
  /** Ingests one feed URL (normally `ingestInputs([url], ingestDeps)`). */
  ingest(url: string): Promise<IngestSummary>;
  /** DEALDESK_FEEDS */
  envFeeds?: string[];
  clock?: PollClock;
  log?: Logger;
  /** Minimum gap between two requests to one host. Default 2 s. */
  hostGapMs?: number;
  /** Hosts polled at once. Default 4. */
  hostConcurrency?: number;
  /** Failures in a row before a feed is marked failing. Default 6. */
  maxFailures?: number;
  /** A failing feed is probed once per this. Default 24 h. */
  failingCooldownMs?: number;
  /** Backoff after failure n: base × 2^(n-1), capped. Defaults 5 min and 6 h. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
}

export interface FeedPollReport {
  url: string;
  result: 'new-items' | 'unchanged' | 'not-modified' | 'error' | 'backing-off' | 'failing';
  newArticles: number;
  updatedArticles: number;
  error?: string;
  /** This poll is the one that marked it failing. */
  markedFailing?: boolean;
}

const realClock: PollClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms))),
};

export const hostOf = (url: string): string => new URL(url).host.toLowerCase();

export async function pollFeeds(deps: PollDeps): Promise<FeedPollReport[]> {
  const clock = deps.clock ?? realClock;
  const log = deps.log ?? createLogger('feeds');
  const feeds = await listFeeds(deps.store, deps.envFeeds ?? []);
  const byHost = new Map<string, FeedEntry[]>();
  for (const f of feeds) byHost.set(hostOf(f.url), [...(byHost.get(hostOf(f.url)) ?? []), f]);

  const reports: FeedPollReport[] = [];
  const hosts = [...byHost.values()];
  let next = 0;
  const worker = async () => {
    while (next < hosts.length) {
      const group = hosts[next++]!;
      let lastRequestAt = -Infinity;
      for (const feed of group) {
        const skip = skipReason(feed.state, clock.now(), deps.failingCooldownMs ?? DAY);
        if (skip) {
          reports.push({ url: feed.url, result: skip, newArticles: 0, updatedArticles: 0 });
          continue;
        }
        const wait = lastRequestAt + (deps.hostGapMs ?? 2000) - clock.now();
        if (wait > 0) await clock.sleep(wait);
        lastRequestAt = clock.now();
        reports.push(await pollOne(deps, feed, clock, log));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(deps.hostConcurrency ?? 4, hosts.length) }, worker));
  return reports;
}

const DAY = 86_400_000;

function skipReason(state: FeedState, now: number, cooldownMs: number): 'failing' | 'backing-off' | null {
  if (state.failing) {
    // one probe per cool-down, counted from the last attempt
    const last = Date.parse(state.lastPolledAt ?? state.failingSince ?? '');
    return Number.isNaN(last) || now - last >= cooldownMs ? null : 'failing';
  }
  if (state.nextAttemptAt && Date.parse(state.nextAttemptAt) > now) return 'backing-off';
  return null;
}

async function pollOne(
  deps: PollDeps,
  feed: FeedEntry,
  clock: PollClock,
  log: Logger,
): Promise<FeedPollReport> {
  const startedAt = new Date(clock.now()).toISOString();
  let summary: IngestSummary | null = null;
  let error: string | null = null;
  try {
    summary = await deps.ingest(feed.url);
    // The feed itself failed (network, HTTP status, unreadable XML) — not merely one of its articles.
    const own = summary.failed.find((f) => f.input === feed.url);
    if (own) error = own.reason;
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }

  const state = feed.state;
  if (error !== null || !summary) {
    const failures = state.consecutiveFailures + 1;
    const max = deps.maxFailures ?? 6;
    const backoff = Math.min(
      deps.backoffMaxMs ?? 6 * 3_600_000,
      (deps.backoffBaseMs ?? 5 * 60_000) * 2 ** (failures - 1),
    );
    const wasFailing = state.failing;
    const failing = wasFailing || failures >= max;
    const cooldown = deps.failingCooldownMs ?? DAY;
    await saveFeedState(deps.store, feed.url, {
      ...state,
      lastPolledAt: startedAt,
      lastResult: 'error',
      lastError: error,
      consecutiveFailures: failures,
      nextAttemptAt: new Date(clock.now() + (failing ? cooldown : backoff)).toISOString(),
      failing,
      failingSince: failing ? (state.failingSince ?? startedAt) : null,
    });
    if (wasFailing)
      log.warn(
        `feed ${feed.url} is still failing (${error}); next probe in ${Math.round(cooldown / 3_600_000)} h`,
      );
    else if (failing)
      log.error(
        `feed ${feed.url} failed ${failures} times in a row (last: ${error}); it is now probed only once ` +
          `every ${Math.round(cooldown / 3_600_000)} h. Fix it and run \`dealdesk feeds add ${feed.url}\` to resume now, or remove it.`,
      );
    else
      log.warn(
        `feed ${feed.url} failed (${failures}/${max}): ${error}; next try in ${Math.round(backoff / 60_000)} min`,
      );
    return {
      url: feed.url,
      result: 'error',
      newArticles: 0,
      updatedArticles: 0,
      error: error ?? 'unknown error',
      markedFailing: failing && !wasFailing,
    };
  }

  const result: FeedPollReport['result'] =
    summary.notModified > 0 && summary.new + summary.updated === 0
      ? 'not-modified'
      : summary.new + summary.updated > 0
        ? 'new-items'
        : 'unchanged';
  await saveFeedState(deps.store, feed.url, {
    ...state,
    lastPolledAt: startedAt,
    lastOkAt: startedAt,
    lastResult: result,
    lastError: null,
    consecutiveFailures: 0,
    nextAttemptAt: null,
    failing: false,
    failingSince: null,
    articles: { new: state.articles.new + summary.new, updated: state.articles.updated + summary.updated },
  });
  if (state.failing) log.info(`feed ${feed.url} works again after failing since ${state.failingSince}`);
  if (result === 'new-items')
    log.info(`feed ${feed.url}: ${summary.new} new, ${summary.updated} updated articles`);
  return { url: feed.url, result, newArticles: summary.new, updatedArticles: summary.updated };
}
