/**
 * The scheduler: node-cron ticks every minute and delivers the digests that are due; feeds are polled
 * on DEALDESK_FEED_POLL; watchlist alerts sweep every few seconds. Time comes from an injectable clock
 * so tests drive `tick()` directly. Several instances may run against one Redis/Postgres store: the
 * delivery claims make each digest post once.
 *
 * On start it ticks at once, which is the catch-up after downtime (digests due within
 * DEALDESK_CATCHUP_HOURS are sent, older ones skipped with a logged note).
 */
import cron, { type RunCoordinator, type ScheduledTask } from 'node-cron';
import type { Store } from '../store/types.js';
import { createLogger, type Logger } from '../log.js';
import { runDueDigests, type DigestDeps, type SubscriptionRunReport } from '../digest/deliver.js';

export interface SchedulerOptions extends DigestDeps {
  /** Cron expression for feed polling (DEALDESK_FEED_POLL). */
  feedPoll?: string;
  pollFeeds?: () => Promise<unknown>;
  /** Runs after each ingest-producing job and every `alertEverySeconds`. */
  sweepAlerts?: () => Promise<unknown>;
  alertEverySeconds?: number;
  /** IANA zone for cron expressions (DEALDESK_TIMEZONE). */
  timeZone?: string;
  /** Let the process exit while only the scheduler is left (e.g. beside a server that owns the lifetime). */
  unref?: boolean;
  /** Elects one instance per feed-poll slot (several instances share a store): see storeRunCoordinator. */
  coordinator?: RunCoordinator;
}

/**
 * node-cron's distributed mode backed by the store's atomic claim: of several instances firing the same
 * cron slot (key = task name + slot time), only the one that claims it runs the job. Digests need no
 * election (their delivery records decide), but feed polls should not hit a host once per instance.
 */
export function storeRunCoordinator(store: Store): RunCoordinator {
  return {
    async shouldRun(key, ttlMs) {
      const now = new Date().toISOString();
      return store.deliveries.claim(
        {
          key: `cron:${key}`,
          channelId: 'cron:local:jobs', // not a chat channel: a job-election record
          kind: 'digest',
          state: 'claimed',
          attempts: 1,
          itemIds: [],
          messageRef: null,
          error: null,
          claimedAt: now,
          finishedAt: null,
        },
        Math.max(ttlMs, 60_000),
      );
    },
  };
}

export class Scheduler {
  private readonly tasks: ScheduledTask[] = [];
  private running: Promise<SubscriptionRunReport[]> | null = null;
  private polling: Promise<unknown> | null = null;
  private sweeping: Promise<unknown> | null = null;
  private readonly log: Logger;

  constructor(private readonly opts: SchedulerOptions) {
    this.log = opts.log ?? createLogger('scheduler');
    if (opts.feedPoll && !cron.validate(opts.feedPoll))
      throw new Error(`DEALDESK_FEED_POLL: "${opts.feedPoll}" is not a valid cron expression`);
  }

  /** Delivers what is due now; overlapping calls share the run in progress. */
  tick(): Promise<SubscriptionRunReport[]> {
    if (!this.running)
      this.running = runDueDigests(this.opts)
        .catch((err: unknown) => {
          this.log.error('digest tick failed', err);
          return [];
        })
        .finally(() => {
          this.running = null;
        });
    return this.running;
  }

  pollFeeds(): Promise<unknown> {
    if (!this.opts.pollFeeds) return Promise.resolve();
    if (!this.polling)
      this.polling = this.opts
        .pollFeeds()
        .then(() => this.sweepAlerts()) // new articles: alert watchers right away
        .catch((err: unknown) => this.log.error('feed poll failed', err))
        .finally(() => {
          this.polling = null;
        });
    return this.polling;
  }

  sweepAlerts(): Promise<unknown> {
    if (!this.opts.sweepAlerts) return Promise.resolve();
    if (!this.sweeping)
      this.sweeping = this.opts
        .sweepAlerts()
        .catch((err: unknown) => this.log.error('alert sweep failed', err))
        .finally(() => {
          this.sweeping = null;
        });
    return this.sweeping;
  }

  async start(): Promise<void> {
    const options = { timezone: this.opts.timeZone, noOverlap: true };
    this.tasks.push(cron.schedule('* * * * *', () => this.tick(), { ...options, name: 'digests' }));
    if (this.opts.pollFeeds)
      this.tasks.push(
        cron.schedule(this.opts.feedPoll ?? '*/10 * * * *', () => this.pollFeeds(), {
          ...options,
          name: 'feeds',
        }),
      );
    if (this.opts.sweepAlerts) {
      const every = Math.max(1, Math.min(59, this.opts.alertEverySeconds ?? 10));
      this.tasks.push(
        cron.schedule(`*/${every} * * * * *`, () => this.sweepAlerts(), { ...options, name: 'alerts' }),
      );
    }
    if (this.opts.unref) for (const t of this.tasks) t.unref();
    this.log.info(
      `scheduler started (digests every minute${this.opts.pollFeeds ? `, feeds ${this.opts.feedPoll ?? '*/10 * * * *'}` : ''})`,
    );
    // Catch up on what was missed while down; the first sweep also starts the alert clock, so an
    // ingest right after start-up is alerted.
    await Promise.all([this.sweepAlerts(), this.tick()]);
  }

  async stop(): Promise<void> {
    for (const t of this.tasks.splice(0)) await t.destroy();
    await Promise.allSettled([this.running, this.polling, this.sweeping]);
  }
}
