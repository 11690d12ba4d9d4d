/**
 * Watchlist alerts: when an ingest (CLI, feed poll, any process sharing the store) adds a new deal, an
 * analyst action, or a stock move of at least DEALDESK_ALERT_MOVE_PCT for a ticker a channel watches,
 * that channel gets one alert card listing what is new, within one sweep (every few seconds).
 *
 * Sweeps read what arrived since a cursor kept in the store (with a small overlap so an ingest that
 * was mid-write is not missed); each (channel, fact) is claimed with set-if-absent before posting, so
 * overlaps, restarts and several instances never alert twice.
 */
import type { Card, Citation, Outcome, RichText } from '../bot/types.js';
import type {
  AnalystActionRecord,
  ArticleRecord,
  DealRecord,
  DeliveryRecord,
  StockMoveRecord,
} from '../domain/records.js';
import { createLogger, type Logger } from '../log.js';
import { PermanentSendError, type PosterRegistry } from '../delivery/poster.js';
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
}

export type AlertFact =
  | { kind: 'deal'; id: string; tickers: string[]; deal: DealRecord; articleIds: string[] }
  | { kind: 'analyst'; id: string; tickers: string[]; action: AnalystActionRecord; articleIds: string[] }
  | { kind: 'move'; id: string; tickers: string[]; move: StockMoveRecord; articleIds: string[] };

export interface AlertReport {
  channelId: string;
  factIds: string[];
  result: 'sent' | 'failed';
  error?: string;
}

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
    (await store.articles.getMany(ids)).filter((a) => a.ingestedAt >= sinceIso).map((a) => a.id),
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

export function renderAlert(facts: AlertFact[], articles: Map<string, ArticleRecord>): Outcome {
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
  if (typeof cursor !== 'string' || Number.isNaN(Date.parse(cursor))) return [];

  const lists = await store.watchlists.all();
  const channelsByTicker = new Map<string, string[]>();
  for (const l of lists)
    for (const t of l.tickers) channelsByTicker.set(t, [...(channelsByTicker.get(t) ?? []), l.channelId]);
  if (!channelsByTicker.size) return [];

  const oldest = now - (deps.catchupHours ?? 6) * 3_600_000;
  const since = new Date(Math.max(Date.parse(cursor) - OVERLAP_MS, oldest)).toISOString();
  const facts = await newFactsSince(store, since, new Set(channelsByTicker.keys()), deps.movePct ?? 5);
  const byChannel = new Map<string, AlertFact[]>();
  for (const f of facts)
    for (const channelId of new Set(f.tickers.flatMap((t) => channelsByTicker.get(t) ?? [])))
      byChannel.set(channelId, [...(byChannel.get(channelId) ?? []), f]);

  const reports: AlertReport[] = [];
  for (const [channelId, channelFacts] of byChannel) {
    const poster = posters.forChannel(channelId);
    if (!poster) continue; // another instance (with that platform) will alert it
    const claimed: Array<{ fact: AlertFact; record: DeliveryRecord }> = [];
    for (const fact of channelFacts) {
      const record: DeliveryRecord = {
        key: alertKey(channelId, fact.id),
        channelId,
        kind: 'alert',
        state: 'claimed',
        attempts: 1,
        itemIds: [fact.id],
        messageRef: null,
        error: null,
        claimedAt: new Date(now).toISOString(),
        finishedAt: null,
      };
      if (await store.deliveries.claim(record, CLAIM_TTL_MS)) claimed.push({ fact, record });
    }
    if (!claimed.length) continue;
    const articles = new Map(
      (await store.articles.getMany([...new Set(claimed.flatMap((c) => c.fact.articleIds))])).map((a) => [
        a.id,
        a,
      ]),
    );
    const outcome = renderAlert(
      claimed.map((c) => c.fact),
      articles,
    );
    const factIds = claimed.map((c) => c.fact.id);
    try {
      const posted = await poster.post(channelId, outcome);
      const finishedAt = new Date().toISOString();
      for (const c of claimed)
        await store.deliveries.update({
          ...c.record,
          state: 'sent',
          messageRef: posted.messageRef,
          finishedAt,
        });
      if (posted.threadId && outcome.followUp)
        await store.threads
          .put({ threadId: posted.threadId, ...outcome.followUp, updatedAt: finishedAt })
          .catch(() => undefined);
      reports.push({ channelId, factIds, result: 'sent' });
    } catch (err) {
      const permanent = err instanceof PermanentSendError;
      const error = permanent
        ? `the bot cannot post in this channel (${err.code})`
        : String((err as Error).message ?? err);
      for (const c of claimed)
        await store.deliveries.update({
          ...c.record,
          state: 'failed',
          error,
          finishedAt: new Date().toISOString(),
        });
      log.warn(`watchlist alert for ${channelId} (${factIds.join(', ')}) not delivered: ${error}`);
      if (permanent && poster.notifyAdmins)
        await poster
          .notifyAdmins(channelId, `Dealdesk could not post a watchlist alert in ${channelId}: ${error}.`)
          .catch(() => undefined);
      reports.push({ channelId, factIds, result: 'failed', error });
    }
  }
  return reports;
}
