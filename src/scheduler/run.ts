/**
 * Background jobs for `dealdesk start` and `dealdesk chat`: the digest scheduler, feed polling and
 * watchlist alerts, wired from config. Adapters register their posters in `posters` (src/delivery/poster.ts) before this runs.
 *
 *   const jobs = await startBackgroundJobs(config, store);  // after the adapters started
 *   createApp(config, { digest: jobs.digestPort })           // or createDigestPort({ store, posters })
 *   await jobs.stop();                                       // on shutdown
 */
import type { DigestPort } from '../bot/digest-port.js';
import type { Config } from '../config/env.js';
import { sweepAlerts } from '../alerts/index.js';
import { posters as processPosters, type PosterRegistry } from '../delivery/poster.js';
import { createDigestPort } from '../digest/port.js';
import { feedIngester, pollFeeds } from '../feeds/index.js';
import { defaultEngine, type ExtractEngine } from '../ingest/engine.js';
import { createLogger } from '../log.js';
import type { Store } from '../store/types.js';
import { ingestEvents } from '../ingest/pipeline.js';
import { Scheduler, storeRunCoordinator } from './index.js';

export interface BackgroundJobs {
  scheduler: Scheduler;
  /** The start-up catch-up run (digests missed while down): not awaited by start-up, which stays quick. */
  caughtUp: Promise<void>;
  digestPort: DigestPort;
  stop(): Promise<void>;
}

export async function startBackgroundJobs(
  config: Config,
  store: Store,
  opts: {
    posters?: PosterRegistry;
    /** The extraction engine feed polling ingests with; default: the real one. */
    engine?: ExtractEngine;
    /** false: no feed polling (e.g. `dealdesk chat` with no feeds configured). Default true. */
    feeds?: boolean;
    /** Controllable time for digests and alerts (tests); cron still fires on real time. */
    clock?: { now(): number };
  } = {},
): Promise<BackgroundJobs> {
  const log = createLogger('scheduler');
  const posters = opts.posters ?? processPosters;
  const wantFeeds = opts.feeds ?? true;
  const engine = wantFeeds ? (opts.engine ?? (await defaultEngine())) : null;
  const deps = {
    store,
    posters,
    ...(opts.clock ? { clock: opts.clock } : {}),
    catchupHours: config.DEALDESK_CATCHUP_HOURS,
    movePct: config.DEALDESK_ALERT_MOVE_PCT,
  };
  const scheduler = new Scheduler({
    ...deps,
    timeZone: config.DEALDESK_TIMEZONE,
    feedPoll: config.DEALDESK_FEED_POLL,
    pollFeeds: engine
      ? () =>
          pollFeeds({
            store,
            envFeeds: config.DEALDESK_FEEDS,
            ingest: feedIngester({ store, engine, allowPrivate: config.DEALDESK_ALLOW_PRIVATE_FETCH }),
          })
      : undefined,
    sweepAlerts: () => sweepAlerts(deps),
    coordinator: storeRunCoordinator(store),
  });
  const caughtUp = scheduler.start().catch((err: unknown) => log.error('scheduler start-up failed', err));
  // An ingest in this process (feed poll, chat-triggered) alerts watchers within a second, not at the next sweep.
  let pending: NodeJS.Timeout | null = null;
  const onIngested = () => {
    pending ??= setTimeout(() => {
      pending = null;
      void scheduler.sweepAlerts();
    }, 500);
  };
  ingestEvents.on('ingested', onIngested);
  return {
    scheduler,
    caughtUp,
    digestPort: createDigestPort(deps),
    async stop() {
      ingestEvents.off('ingested', onIngested);
      if (pending) clearTimeout(pending);
      await caughtUp;
      await scheduler.stop();
    },
  };
}
