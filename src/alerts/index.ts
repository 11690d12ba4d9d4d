/**
 * Watchlist alerts: when an ingest (CLI, feed poll, any process sharing the store) adds a new deal, an
 * analyst action, or a stock move of at least DEALDESK_ALERT_MOVE_PCT for a ticker a channel watches,
 * that channel gets one alert card listing what is new, within one sweep (every few seconds).
 *
 * Sweeps read what arrived since a cursor kept in the store (with a small overlap so an ingest that
 * was mid-write is not missed); each (channel, fact) is claimed with set-if-absent before posting, so
 * overlaps, restarts and several instances never alert twice. A post that fails transiently is kept
 * (card and all) and retried at later sweeps with a backoff, up to `maxAttempts`, like digests.
 */
import type { Card, Citation, Outcome, RichText } from '../bot/types.js';
import type {
  AnalystActionRecord,
  ArticleHead,
  DealRecord,
  DeliveryRecord,
  StockMoveRecord,
} from '../domain/records.js';
import { z } from 'zod';
import { createLogger, type Logger } from '../log.js';
import { PermanentSendError, type Poster, type PosterRegistry } from '../delivery/poster.js';
import { analystLine, dealLine, moveLine, plain } from '../digest/render.js';
import type { Store } from '../store/types.js';

export interface AlertDeps {
  store: Store;
  posters: PosterRegistry;
  clock?: { now(): number };
  log?: Logger;
  /** DEALDESK_ALERT_MOVE_PCT */
  movePct?: number;
  /** After downtime, alert at most about what arrived this long ago (DEALDESK_CATCHUP_HOURS). Default 6 h. */
  catchupHours?: number;
  /** Attempts per alert before giving up, like digests. Default 5. */
  maxAttempts?: number;
  /** Wait before retry n+1 after n failed attempts. Default 1 min × 2^(n-1), max 30 min. */
  retryDelayMs?(attempts: number): number;
}

export type AlertFact =
  | { kind: 'deal'; id: string; tickers: string[]; deal: DealRecord; articleIds: string[] }
  | { kind: 'analyst'; id: string; tickers: string[]; action: AnalystActionRecord; articleIds: string[] }
  | { kind: 'move'; id: string; tickers: string[]; move: StockMoveRecord; articleIds: string[] };

export interface AlertReport {
  channelId: string;
  factIds: string[];
  /** failed: not posted (permanent, or retried later when `willRetry`); gave-up: out of attempts. */
  result: 'sent' | 'failed' | 'gave-up';
  willRetry?: boolean;
  error?: string;
  /** Which attempt this was (1 for the first post). */
  attempt?: number;
}

/**
 * An alert whose post failed transiently, kept per channel until a later sweep retries it: the
 * rendered card (so a retry says exactly what the first try would have) and the delivery records.
 */
const PendingAlertSchema = z.object({
  factIds: z.array(z.string()).min(1),
  outcome: z.custom<Outcome>((v) => typeof v === 'object' && v !== null && 'card' in v),
  attempts: z.number().int().positive(),
  failedAt: z.string(),
  error: z.string(),
});
type PendingAlert = z.infer<typeof PendingAlertSchema>;
const retryKey = (channelId: string) => `alerts:retry:${channelId}`;

export const CURSOR_KEY = 'alerts:cursor';
/** Re-read this much before the cursor: an ingest that started before the last sweep may have saved after it. */
const OVERLAP_MS = 5 * 60_000;
const CLAIM_TTL_MS = 30 * 86_400_000;
const DAY = 86_400_000;

export const alertKey = (channelId: string, factId: string) => `alert:${channelId}:${factId}`;

/** What arrived since `sinceIso` for the watched tickers. */
export async function newFactsSince(
  store: Store,
  sinceIso: string,
  watched: Set<string>,
  movePct: number,
): Promise<AlertFact[]> {
  const sinceDate = new Date(Date.parse(sinceIso) - 2 * DAY).toISOString().slice(0, 10);
  const [deals, actions, moves] = await Promise.all([
    store.deals.updatedSince(sinceIso, 1000),
    store.analystActions.newest({ since: sinceDate, limit: 1000 }),
    store.stockMoves.newest({ since: sinceDate, limit: 1000 }),
  ]);
  const facts: AlertFact[] = [];
  for (const deal of deals) {
    if (deal.firstSeenAt < sinceIso) continue; // an update of a known deal: the digest's business
    const tickers = deal.parties.flatMap((p) => (p.ticker && watched.has(p.ticker) ? [p.ticker] : []));
    if (tickers.length)
      facts.push({
        kind: 'deal',
        id: deal.id,
        tickers,
        deal,
        articleIds: deal.sources.map((s) => s.articleId),
      });
  }
  const watchedActions = actions.filter((a) => a.ticker && watched.has(a.ticker));
  const watchedMoves = moves.filter(
    (m) => m.ticker && watched.has(m.ticker) && Math.abs(m.changePct) >= movePct,
  );
  // Facts carry their article's date, not when they arrived: ask the articles.
  const ids = [...new Set([...watchedActions, ...watchedMoves].map((f) => f.articleId))];
  const arrived = new Set(
    (await store.articles.heads(ids)).filter((a) => a.ingestedAt >= sinceIso).map((a) => a.id),
  );
  for (const a of watchedActions)
    if (arrived.has(a.articleId))
      facts.push({ kind: 'analyst', id: a.id, tickers: [a.ticker!], action: a, articleIds: [a.articleId] });
  for (const m of watchedMoves)
    if (arrived.has(m.articleId))
      facts.push({ kind: 'move', id: m.id, tickers: [m.ticker!], move: m, articleIds: [m.articleId] });
  return facts;
}

function factLine(f: AlertFact): RichText {
  if (f.kind === 'deal') return dealLine(f.deal, false);
  if (f.kind === 'analyst') return analystLine(f.action);
  return moveLine(f.move);
}

export function renderAlert(facts: AlertFact[], articles: Map<string, ArticleHead>): Outcome {
  const tickers = [...new Set(facts.flatMap((f) => f.tickers))];
  const lines = facts.map(factLine);
  const citations: Citation[] = [];
  for (const id of new Set(facts.flatMap((f) => f.articleIds))) {
    const a = articles.get(id);
    if (a) citations.push({ title: a.title, source: a.source, date: a.publishedAt, url: a.url });
  }
  const card: Card = {
    title: `Watchlist alert: ${tickers.join(', ')}`,
    sections: [{ lines }],
    citations: citations.slice(0, 8),
    threadPrompt: 'Reply in this thread to ask more about this.',
  };
  const fallbackText = [`Watchlist alert (${tickers.join(', ')})`, ...lines.map((l) => `- ${plain(l)}`)].join(
    '\n',
  );
  return {
    card,
    visibility: 'public',
    fallbackText,
    followUp: {
      command: 'alert',
      tickers,
      dealIds: facts.flatMap((f) => (f.kind === 'deal' ? [f.id] : [])),
      articleIds: [...new Set(facts.flatMap((f) => f.articleIds))],
      lastAnswer: fallbackText,
    },
  };
}

/** One sweep: alert every watching channel about what arrived since the last sweep. */
export async function sweepAlerts(deps: AlertDeps): Promise<AlertReport[]> {
  const { store, posters } = deps;
  const log = deps.log ?? createLogger('alerts');
  const now = (deps.clock ?? { now: () => Date.now() }).now();
  const cursor = await store.getValue<string>(CURSOR_KEY);
  // The first sweep only starts the clock: watching never floods a channel with the backlog.
  await store.setValue(CURSOR_KEY, new Date(now).toISOString());

  const lists = await store.watchlists.all();
  const retried = await retryPendingAlerts(
    deps,
    lists.map((l) => l.channelId),
    now,
    log,
  );
  if (typeof cursor !== 'string' || Number.isNaN(Date.parse(cursor))) return retried;

  const channelsByTicker = new Map<string, string[]>();
  for (const l of lists)
    for (const t of l.tickers) channelsByTicker.set(t, [...(channelsByTicker.get(t) ?? []), l.channelId]);
  if (!channelsByTicker.size) return retried;

  const oldest = now - (deps.catchupHours ?? 6) * 3_600_000;
  const since = new Date(Math.max(Date.parse(cursor) - OVERLAP_MS, oldest)).toISOString();
  const facts = await newFactsSince(store, since, new Set(channelsByTicker.keys()), deps.movePct ?? 5);
  const byChannel = new Map<string, AlertFact[]>();
  for (const f of facts)
    for (const channelId of new Set(f.tickers.flatMap((t) => channelsByTicker.get(t) ?? [])))
      byChannel.set(channelId, [...(byChannel.get(channelId) ?? []), f]);

  const reports: AlertReport[] = [...retried];
  for (const [channelId, channelFacts] of byChannel) {
    const poster = posters.forChannel(channelId);
    if (!poster) continue; // another instance (with that platform) will alert it
    const claimed: AlertFact[] = [];
    for (const fact of channelFacts)
      if (await store.deliveries.claim(alertRecord(channelId, fact.id, now), CLAIM_TTL_MS))
        claimed.push(fact);
    if (!claimed.length) continue;
    const articles = new Map(
      (await store.articles.heads([...new Set(claimed.flatMap((f) => f.articleIds))])).map((a) => [a.id, a]),
    );
    const outcome = renderAlert(claimed, articles);
    const alert = { factIds: claimed.map((f) => f.id), outcome, attempts: 1 };
    reports.push(await postAlert(deps, poster, channelId, alert, now, log));
  }
  return reports;
}

function alertRecord(channelId: string, factId: string, now: number, attempts = 1): DeliveryRecord {
  return {
    key: alertKey(channelId, factId),
    channelId,
    kind: 'alert',
    state: 'claimed',
    attempts,
    itemIds: [factId],
    messageRef: null,
    error: null,
    claimedAt: new Date(now).toISOString(),
    finishedAt: null,
  };
}

const retryDelay = (deps: AlertDeps, attempts: number) =>
  (deps.retryDelayMs ?? ((n: number) => Math.min(30 * 60_000, 60_000 * 2 ** Math.max(0, n - 1))))(attempts);

async function loadPending(store: Store, channelId: string): Promise<PendingAlert[]> {
  const parsed = z.array(PendingAlertSchema).safeParse(await store.getValue(retryKey(channelId)));
  return parsed.success ? parsed.data : [];
}

/** Replaces one pending alert (by its first fact id) with `next`, or drops it. */
async function savePending(
  store: Store,
  channelId: string,
  factIds: string[],
  next: PendingAlert | null,
): Promise<void> {
  const rest = (await loadPending(store, channelId)).filter((p) => p.factIds[0] !== factIds[0]);
  await store.setValue(retryKey(channelId), next ? [...rest, next] : rest);
}

/**
 * Retries alerts whose post failed transiently, after the backoff, like digests: each attempt n is
 * claimed as `${key}#n` (set-if-absent), so of several instances only one retries it.
 */
async function retryPendingAlerts(
  deps: AlertDeps,
  channelIds: string[],
  now: number,
  log: Logger,
): Promise<AlertReport[]> {
  const reports: AlertReport[] = [];
  for (const channelId of new Set(channelIds)) {
    const poster = deps.posters.forChannel(channelId);
    if (!poster) continue;
    for (const pending of await loadPending(deps.store, channelId)) {
      if (now - Date.parse(pending.failedAt) < retryDelay(deps, pending.attempts)) continue;
      const attempt = pending.attempts + 1;
      const lock = alertRecord(channelId, pending.factIds[0]!, now, attempt);
      if (!(await deps.store.deliveries.claim({ ...lock, key: `${lock.key}#${attempt}` }, CLAIM_TTL_MS)))
        continue;
      log.info(`watchlist alert for ${channelId}: retrying (attempt ${attempt})`);
      reports.push(await postAlert(deps, poster, channelId, { ...pending, attempts: attempt }, now, log));
    }
  }
  return reports;
}

/** Posts one alert card and finishes its delivery records: sent, failed (kept for retry) or given up. */
async function postAlert(
  deps: AlertDeps,
  poster: Poster,
  channelId: string,
  alert: { factIds: string[]; outcome: Outcome; attempts: number },
  now: number,
  log: Logger,
): Promise<AlertReport> {
  const { store } = deps;
  const { factIds, outcome, attempts } = alert;
  const finish = async (patch: Partial<DeliveryRecord>) => {
    for (const id of factIds)
      await store.deliveries.update({
        ...alertRecord(channelId, id, now, attempts),
        ...patch,
        finishedAt: new Date().toISOString(),
      });
  };
  try {
    const posted = await poster.post(channelId, outcome);
    await finish({ state: 'sent', messageRef: posted.messageRef });
    if (attempts > 1) await savePending(store, channelId, factIds, null);
    if (posted.threadId && outcome.followUp)
      await store.threads
        .put({ threadId: posted.threadId, ...outcome.followUp, updatedAt: new Date().toISOString() })
        .catch(() => undefined);
    return { channelId, factIds, result: 'sent', attempt: attempts };
  } catch (err) {
    const permanent = err instanceof PermanentSendError;
    const error = permanent
      ? `the bot cannot post in this channel (${err.code})`
      : String((err as Error).message ?? err);
    const giveUp = permanent || attempts >= (deps.maxAttempts ?? 5);
    await finish({
      state: 'failed',
      error: giveUp && !permanent ? `gave up after ${attempts} attempts: ${error}` : error,
    });
    await savePending(
      store,
      channelId,
      factIds,
      giveUp ? null : { factIds, outcome, attempts, failedAt: new Date(now).toISOString(), error },
    );
    if (giveUp) log.warn(`watchlist alert for ${channelId} (${factIds.join(', ')}) not delivered: ${error}`);
    else log.info(`watchlist alert for ${channelId}: attempt ${attempts} failed (${error}); will retry`);
    if (permanent && poster.notifyAdmins)
      await poster
        .notifyAdmins(channelId, `Dealdesk could not post a watchlist alert in ${channelId}: ${error}.`)
        .catch(() => undefined);
    const result = giveUp && !permanent ? 'gave-up' : 'failed';
    return { channelId, factIds, result, error, attempt: attempts, willRetry: !giveUp };
  }
}
