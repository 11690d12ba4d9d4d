/**
 * Exactly-once digest delivery. Each (subscription, period) has one delivery record, created with the
 * store's atomic set-if-absent before anything is posted; only the instance that created it posts.
 *
 *   no record            → claim it (attempt 1), build, post, mark sent / failed
 *   claimed, fresh       → someone is posting it: leave it alone
 *   claimed, stale lease → its poster died mid-delivery: take it over (attempt n+1)
 *   failed, retryable    → after a backoff, take it over (attempt n+1), up to maxAttempts
 *   sent                 → done
 *
 * Taking over claims a second key `${key}#${n+1}` (set-if-absent too), so when several instances see the
 * same stale record exactly one of them retries it. Known limit: a post that reached the platform but
 * whose process died before marking it sent is posted again after the lease (platforms give no
 * idempotency key for messages); the lease is refreshed while a post waits in the queue, so a slow
 * (rate-limited) post is never mistaken for a dead one.
 */
import type { DeliveryRecord, SubscriptionRecord } from '../domain/records.js';
import { createLogger, type Logger } from '../log.js';
import { PermanentSendError, type PosterRegistry } from '../delivery/poster.js';
import { periodKey, previousRun, type Run } from '../scheduler/schedule.js';
import type { Store } from '../store/types.js';
import { buildDigest, type BuiltDigest } from './build.js';
import { createDigestReader, type DigestReader } from './reader.js';
import { loadChannelMemory, loadStatus, saveChannelMemory, saveStatus } from './state.js';

export interface DigestClock {
  now(): number;
}

export interface DigestDeps {
  store: Store;
  posters: PosterRegistry;
  clock?: DigestClock;
  log?: Logger;
  /** Digests due longer ago than this when the bot comes back are skipped (DEALDESK_CATCHUP_HOURS). */
  catchupHours?: number;
  /** Notable stock move threshold, % (DEALDESK_ALERT_MOVE_PCT). */
  movePct?: number;
  /** Upcoming events this many days ahead. Default 7. */
  eventDays?: number;
  /** A claim not finished within this is presumed dead and retried. Default 10 min. */
  leaseMs?: number;
  /** Attempts per period before giving up (reported in /digest status). Default 5. */
  maxAttempts?: number;
  /** Wait before retry n+1 after n failed attempts. Default 1 min × 2^(n-1), max 30 min. */
  retryDelayMs?(attempts: number): number;
  /** Subscriptions processed at once (channels are independent; one channel's are sequential). */
  concurrency?: number;
}

export type DeliveryResult =
  | { kind: 'sent'; periodKey: string; messageRef: string; itemIds: string[] }
  | { kind: 'empty'; periodKey: string; posted: boolean }
  | { kind: 'already-sent' | 'in-progress' | 'claimed-elsewhere' | 'waiting-retry'; periodKey: string }
  | { kind: 'gave-up'; periodKey: string; error: string }
  | { kind: 'skipped-too-old'; periodKey: string; dueAt: string }
  | { kind: 'failed'; periodKey: string; error: string; permanent: boolean }
  | { kind: 'not-due' | 'paused' | 'no-poster'; periodKey: string | null };

export interface SubscriptionRunReport {
  subscriptionId: string;
  channelId: string;
  result: DeliveryResult;
}

const MIN = 60_000;
const RECORD_TTL_MS = 14 * 86_400_000; // outlives any period that can still be due (weekly + catch-up)

export const deliveryKey = (pk: string) => `digest:${pk}`;

interface Resolved {
  store: Store;
  posters: PosterRegistry;
  clock: DigestClock;
  log: Logger;
  catchupMs: number;
  movePct: number;
  eventDays: number;
  leaseMs: number;
  maxAttempts: number;
  retryDelayMs(attempts: number): number;
  concurrency: number;
}

function resolve(deps: DigestDeps): Resolved {
  return {
    store: deps.store,
    posters: deps.posters,
    clock: deps.clock ?? { now: () => Date.now() },
    log: deps.log ?? createLogger('digest'),
    catchupMs: (deps.catchupHours ?? 6) * 3_600_000,
    movePct: deps.movePct ?? 5,
    eventDays: deps.eventDays ?? 7,
    leaseMs: deps.leaseMs ?? 10 * MIN,
    maxAttempts: deps.maxAttempts ?? 5,
    retryDelayMs: deps.retryDelayMs ?? ((n) => Math.min(30 * MIN, MIN * 2 ** Math.max(0, n - 1))),
    concurrency: deps.concurrency ?? 32,
  };
}

/** The period a subscription is due for at `now`, or null if its latest run predates it. */
export function duePeriod(sub: SubscriptionRecord, now: Date): Run | null {
  const run = previousRun(sub, now);
  return run.at.getTime() >= Date.parse(sub.createdAt) ? run : null;
}

/** Where the next digest's content starts: the last delivered digest's cutoff, or the subscription's since. */
export async function windowStartFor(store: Store, sub: SubscriptionRecord): Promise<string> {
  const status = await loadStatus(store, sub.id);
  const cutoff = status.lastRun?.cutoff;
  return cutoff && Date.parse(cutoff) > Date.parse(sub.since) ? cutoff : sub.since;
}

/** Builds what the channel's digest would say now, without posting or remembering anything. */
export async function buildForSubscription(
  deps: DigestDeps,
  sub: SubscriptionRecord,
  now: Date,
  reader: DigestReader = createDigestReader(deps.store),
): Promise<BuiltDigest & { windowStart: string }> {
  const r = resolve(deps);
  const [windowStart, memory, watchlist] = await Promise.all([
    windowStartFor(r.store, sub),
    loadChannelMemory(r.store, sub.channelId),
    sub.scope.kind === 'watchlist' ? r.store.watchlists.get(sub.channelId) : Promise.resolve(undefined),
  ]);
  const built = await buildDigest(sub, memory, reader, {
    now,
    windowStart,
    watchlist: watchlist?.tickers ?? [],
    movePct: r.movePct,
    eventDays: r.eventDays,
  });
  return { ...built, windowStart };
}

/** Runs every due digest once (what the per-minute tick and `dealdesk digest run` do). */
export async function runDueDigests(
  deps: DigestDeps,
  opts: { channelId?: string } = {},
): Promise<SubscriptionRunReport[]> {
  const r = resolve(deps);
  const subs = (await r.store.subscriptions.all()).filter(
    (s) => !opts.channelId || s.channelId === opts.channelId,
  );
  const reader = createDigestReader(r.store);
  // One channel's subscriptions run in order (they share the channel's memory); channels in parallel.
  const byChannel = new Map<string, SubscriptionRecord[]>();
  for (const s of subs) byChannel.set(s.channelId, [...(byChannel.get(s.channelId) ?? []), s]);
  const groups = [...byChannel.values()];
  const reports: SubscriptionRunReport[] = [];
  let next = 0;
  const worker = async () => {
    while (next < groups.length) {
      const group = groups[next++]!;
      for (const sub of group) {
        const result = await deliverDue(deps, sub, reader).catch((err: unknown) => {
          r.log.error(`digest ${sub.id} for ${sub.channelId}: unexpected error`, err);
          return { kind: 'failed', periodKey: '', error: String(err), permanent: false } as const;
        });
        reports.push({ subscriptionId: sub.id, channelId: sub.channelId, result });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(r.concurrency, groups.length) }, worker));
  return reports;
}

/** Delivers one subscription's current period if it is due and not yet delivered. */
export async function deliverDue(
  deps: DigestDeps,
  sub: SubscriptionRecord,
  reader: DigestReader = createDigestReader(deps.store),
): Promise<DeliveryResult> {
  const r = resolve(deps);
  const now = r.clock.now();
  if (sub.paused) return { kind: 'paused', periodKey: null };
  const run = duePeriod(sub, new Date(now));
  if (!run) return { kind: 'not-due', periodKey: null };
  const pk = periodKey(sub.id, run);
  if (!r.posters.forChannel(sub.channelId)) return { kind: 'no-poster', periodKey: pk };
  const key = deliveryKey(pk);

  const existing = await r.store.deliveries.get(key);
  const tooOld = now - run.at.getTime() > r.catchupMs;
  if (!existing && tooOld) return skipTooOld(r, sub, pk, run, now);

  let record: DeliveryRecord;
  if (!existing) {
    record = freshRecord(key, sub.channelId, now);
    if (!(await r.store.deliveries.claim(record, RECORD_TTL_MS)))
      return { kind: 'claimed-elsewhere', periodKey: pk };
  } else if (existing.state === 'failed' && existing.error?.startsWith(SKIPPED)) {
    return { kind: 'skipped-too-old', periodKey: pk, dueAt: run.at.toISOString() };
  } else {
    const decision = retryDecision(r, existing, now);
    if (decision !== 'retry')
      return decision === 'gave-up'
        ? { kind: 'gave-up', periodKey: pk, error: existing.error ?? 'unknown error' }
        : { kind: decision, periodKey: pk };
    const attempt = existing.attempts + 1;
    const lock = { ...freshRecord(`${key}#${attempt}`, sub.channelId, now), attempts: attempt };
    if (!(await r.store.deliveries.claim(lock, 2 * r.leaseMs)))
      return { kind: 'claimed-elsewhere', periodKey: pk };
    record = { ...existing, state: 'claimed', attempts: attempt, claimedAt: iso(now), finishedAt: null };
    await r.store.deliveries.update(record);
    r.log.info(`digest ${pk}: retrying (attempt ${attempt} of ${r.maxAttempts})`);
  }
  return postClaimed(r, sub, pk, run, record, reader);
}

const iso = (ms: number) => new Date(ms).toISOString();
const SKIPPED = 'skipped:';

function freshRecord(key: string, channelId: string, now: number): DeliveryRecord {
  return {
    key,
    channelId,
    kind: 'digest',
    state: 'claimed',
    attempts: 1,
    itemIds: [],
    messageRef: null,
    error: null,
    claimedAt: iso(now),
    finishedAt: null,
  };
}

function retryDecision(
  r: Resolved,
  rec: DeliveryRecord,
  now: number,
): 'retry' | 'already-sent' | 'in-progress' | 'waiting-retry' | 'gave-up' {
  if (rec.state === 'sent') return 'already-sent';
  if (rec.attempts >= r.maxAttempts)
    return rec.state === 'claimed' && now - Date.parse(rec.claimedAt) < r.leaseMs ? 'in-progress' : 'gave-up';
  if (rec.state === 'claimed') return now - Date.parse(rec.claimedAt) >= r.leaseMs ? 'retry' : 'in-progress';
  const failedAt = Date.parse(rec.finishedAt ?? rec.claimedAt);
  return now - failedAt >= r.retryDelayMs(rec.attempts) ? 'retry' : 'waiting-retry';
}

async function skipTooOld(
  r: Resolved,
  sub: SubscriptionRecord,
  pk: string,
  run: Run,
  now: number,
): Promise<DeliveryResult> {
  const hours = Math.round(((now - run.at.getTime()) / 3_600_000) * 10) / 10;
  const note = `${SKIPPED} due ${run.at.toISOString()}, ${hours} h ago, beyond the ${r.catchupMs / 3_600_000} h catch-up window`;
  // Recorded as a finished record so every instance (and every later tick) agrees, and logs it once.
  const record: DeliveryRecord = {
    ...freshRecord(deliveryKey(pk), sub.channelId, now),
    state: 'failed',
    attempts: r.maxAttempts,
    error: note,
    finishedAt: iso(now),
  };
  if (await r.store.deliveries.claim(record, RECORD_TTL_MS)) {
    r.log.info(`digest ${pk} for ${sub.channelId}: ${note}`);
    const status = await loadStatus(r.store, sub.id);
    await saveStatus(r.store, sub.id, {
      ...status,
      lastSkipped: { periodKey: pk, dueAt: run.at.toISOString(), note },
    });
  }
  return { kind: 'skipped-too-old', periodKey: pk, dueAt: run.at.toISOString() };
}

async function postClaimed(
  r: Resolved,
  sub: SubscriptionRecord,
  pk: string,
  run: Run,
  record: DeliveryRecord,
  reader: DigestReader,
): Promise<DeliveryResult> {
  const poster = r.posters.forChannel(sub.channelId)!;
  const startedAt = r.clock.now();
  // Keep the lease fresh while the post waits in a rate-limited queue (real timer: only slow posts see it).
  // The last lease refresh is awaited before the record is finished, so a late refresh never
  // overwrites "sent" or "failed" with "claimed".
  let beat: Promise<unknown> = Promise.resolve();
  const heartbeat = setInterval(
    () => {
      beat = r.store.deliveries.update({ ...record, claimedAt: iso(r.clock.now()) }).catch(() => undefined);
    },
    Math.max(1000, r.leaseMs / 3),
  );
  heartbeat.unref();
  const stopHeartbeat = () => {
    clearInterval(heartbeat);
    return beat;
  };
  try {
    const built = await buildForSubscription(r, sub, new Date(startedAt), reader);
    const cutoff = iso(startedAt);
    let messageRef: string | null = null;
    if (built.outcome) {
      const posted = await poster.post(sub.channelId, built.outcome);
      messageRef = posted.messageRef;
      if (built.outcome.followUp && posted.threadId) {
        const f = built.outcome.followUp;
        await r.store.threads
          .put({ threadId: posted.threadId, ...f, updatedAt: iso(r.clock.now()) })
          .catch((err: unknown) => r.log.warn(`digest ${pk}: could not keep the thread context`, err));
      }
    }
    await stopHeartbeat();
    const finished = iso(r.clock.now());
    await r.store.deliveries.update({
      ...record,
      state: 'sent',
      itemIds: built.itemIds,
      messageRef,
      error: null,
      finishedAt: finished,
    });
    // Remember what the channel has seen only after the post is recorded as sent.
    if (built.itemIds.length) {
      const memory = await loadChannelMemory(r.store, sub.channelId);
      for (const [id, status] of Object.entries(built.remember.deals))
        memory.deals[id] = { status, at: finished };
      for (const id of built.remember.facts) memory.facts[id] = finished;
      await saveChannelMemory(r.store, sub.channelId, memory, new Date(r.clock.now()));
    }
    const status = await loadStatus(r.store, sub.id);
    await saveStatus(r.store, sub.id, {
      ...status,
      lastRun: {
        periodKey: pk,
        dueAt: run.at.toISOString(),
        sentAt: finished,
        cutoff,
        itemIds: built.itemIds,
        leftOut: built.leftOut,
        messageRef,
      },
      lastError: null,
    });
    if (!built.outcome) return { kind: 'empty', periodKey: pk, posted: false };
    if (built.empty) return { kind: 'empty', periodKey: pk, posted: true };
    r.log.info(`digest ${pk}: posted ${built.itemIds.length} items to ${sub.channelId}`);
    return { kind: 'sent', periodKey: pk, messageRef: messageRef ?? '', itemIds: built.itemIds };
  } catch (err) {
    await stopHeartbeat();
    return recordFailure(r, sub, pk, record, err);
  }
}

async function recordFailure(
  r: Resolved,
  sub: SubscriptionRecord,
  pk: string,
  record: DeliveryRecord,
  err: unknown,
): Promise<DeliveryResult> {
  const permanent = err instanceof PermanentSendError;
  const message = permanent ? `the bot cannot post in this channel (${err.code})` : errorText(err);
  const now = iso(r.clock.now());
  await r.store.deliveries.update({
    ...record,
    state: 'failed',
    // a permanent failure is not retried: the subscription is paused until someone fixes the channel
    attempts: permanent ? Math.max(record.attempts, r.maxAttempts) : record.attempts,
    error: message,
    finishedAt: now,
  });
  const status = await loadStatus(r.store, sub.id);
  await saveStatus(r.store, sub.id, { ...status, lastError: { at: now, periodKey: pk, message } });
  if (permanent) {
    await pauseSubscription(r, sub, message, now);
  } else if (record.attempts >= r.maxAttempts) {
    r.log.error(`digest ${pk} for ${sub.channelId}: giving up after ${record.attempts} attempts: ${message}`);
  } else {
    r.log.warn(
      `digest ${pk} for ${sub.channelId}: attempt ${record.attempts} failed, will retry: ${message}`,
    );
  }
  return { kind: 'failed', periodKey: pk, error: message, permanent };
}

/** Pauses a subscription whose channel the bot lost, and tells the admins rather than failing silently. */
export async function pauseSubscription(
  deps: Pick<Resolved, 'store' | 'posters' | 'log'>,
  sub: SubscriptionRecord,
  reason: string,
  at: string,
): Promise<void> {
  const current = (await deps.store.subscriptions.get(sub.id)) ?? sub;
  await deps.store.subscriptions.put({ ...current, paused: { reason, at } });
  const text =
    `Dealdesk paused the ${sub.cadence} digest (${sub.id}) for ${sub.channelId}: ${reason}. ` +
    'Invite the bot back to the channel (or restore its permissions), then resume it with /digest settings.';
  deps.log.warn(`subscription paused: ${text}`);
  const poster = deps.posters.forChannel(sub.channelId);
  if (poster?.notifyAdmins)
    await poster
      .notifyAdmins(sub.channelId, text)
      .catch((e: unknown) => deps.log.warn('admin notice failed', errorText(e)));
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
