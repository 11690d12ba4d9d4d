/**
 * Builds one channel's digest: what is new since its last delivered digest (or the subscription's
 * `since`), within its scope, minus what the channel has already been shown — except deals whose
 * status changed, which come back once as "update: now completed".
 *
 * Deals are ranked by value, market impact and how many sources report them; then analyst actions,
 * notable stock moves and upcoming events fill the remaining room up to `maxItems`.
 */
import type { Citation, Outcome } from '../bot/types.js';
import type {
  AnalystActionRecord,
  ArticleRecord,
  DealRecord,
  EventRecord,
  StockMoveRecord,
  SubscriptionRecord,
} from '../domain/records.js';
import { localDateOf } from '../scheduler/schedule.js';
import type { DigestReader } from './reader.js';
import { renderDigest, renderEmptyDigest, type DigestEntry } from './render.js';
import type { ChannelMemory, LeftOut, LeftOutItem, LeftOutReason } from './state.js';

export interface BuildOptions {
  now: Date;
  /** ISO instant: content that arrived before this was in an earlier digest (or predates the subscription). */
  windowStart: string;
  /** The channel's watchlist, for `scope: watchlist`. */
  watchlist: string[];
  /** A stock move is notable at or above this absolute percentage. */
  movePct: number;
  /** Upcoming events this many days ahead are listed. */
  eventDays: number;
}

export interface BuiltDigest {
  /** null: nothing new and the subscription is quiet when empty. */
  outcome: Outcome | null;
  empty: boolean;
  itemIds: string[];
  leftOut: LeftOut;
  /** What the channel will have been shown once this digest is posted. */
  remember: { deals: Record<string, string>; facts: string[] };
}

const DAY = 86_400_000;
const LEFT_OUT_SAMPLE = 25;
const MAX_CITATIONS = 12;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Scope → the tickers that pass, or null for "everything". */
function scopeTickers(sub: SubscriptionRecord, watchlist: string[]): Set<string> | null {
  if (sub.scope.kind === 'all') return null;
  const list = sub.scope.kind === 'tickers' ? sub.scope.tickers : watchlist;
  return new Set(list.map((t) => t.toUpperCase()));
}

const inScope = (scope: Set<string> | null, tickers: Array<string | null>) =>
  scope === null || tickers.some((t) => t !== null && scope.has(t.toUpperCase()));

/** 0..1 from an article's impact score (0..1, or 0..10 on some extractors' scale). */
const normaliseImpact = (s: number | null | undefined) =>
  s == null || !Number.isFinite(s) ? 0 : Math.max(0, Math.min(1, s > 1 ? s / 10 : s));

/** Bigger, more market-moving, more widely reported deals first. */
export function dealScore(deal: DealRecord, articles: Map<string, ArticleRecord>): number {
  const amount = deal.value?.amount ?? 0;
  const valueScore = amount >= 1e6 ? Math.min(6, Math.log10(amount / 1e6)) : 0; // $1B → 3
  const impact = Math.max(
    0,
    ...deal.sources.map((s) => normaliseImpact(articles.get(s.articleId)?.impactScore)),
  );
  const sourcesScore = 1.5 * Math.log2(1 + new Set(deal.sources.map((s) => s.articleId)).size);
  return valueScore + 3 * impact + sourcesScore;
}

const dealLabel = (d: DealRecord) =>
  `${d.type} ${d.parties.map((p) => p.ticker ?? p.name).join('/')}${d.value ? ` ${d.value.text}` : ''}`;

/** The source articles of an item that arrived after the window start (facts of older articles are old news). */
const arrivedSince = (articles: Map<string, ArticleRecord>, articleId: string, windowStart: string) => {
  const a = articles.get(articleId);
  return a !== undefined && a.ingestedAt >= windowStart;
};

export async function buildDigest(
  sub: SubscriptionRecord,
  memory: ChannelMemory,
  reader: DigestReader,
  opts: BuildOptions,
): Promise<BuiltDigest> {
  const scope = scopeTickers(sub, opts.watchlist);
  const left: LeftOutItem[] = [];
  const counts: Record<string, number> = {};
  const leaveOut = (item: Omit<LeftOutItem, 'reason'>, reason: LeftOutReason) => {
    counts[reason] = (counts[reason] ?? 0) + 1;
    // "outside scope" is everything else in the market: counted, not listed
    if (reason !== 'outside-scope' && left.length < LEFT_OUT_SAMPLE) left.push({ ...item, reason });
  };

  const today = localDateOf(opts.now, sub.timeZone);
  const windowDate = addDays(opts.windowStart.slice(0, 10), -2); // published a little before it arrived
  const [deals, moves, actions, events] = await Promise.all([
    reader.dealsUpdatedSince(opts.windowStart),
    reader.stockMovesSince(windowDate),
    reader.analystActionsSince(windowDate),
    reader.eventsBetween(today, addDays(today, opts.eventDays)),
  ]);

  // ---- deals: new, or with a status the channel has not been told about
  const dealCandidates: Array<{ deal: DealRecord; update: boolean }> = [];
  for (const deal of deals) {
    if (deal.updatedAt < opts.windowStart) continue;
    const label = dealLabel(deal);
    if (
      !inScope(
        scope,
        deal.parties.map((p) => p.ticker),
      )
    ) {
      leaveOut({ id: deal.id, kind: 'deal', label }, 'outside-scope');
      continue;
    }
    const seen = memory.deals[deal.id];
    if (seen && seen.status === deal.status) {
      leaveOut({ id: deal.id, kind: 'deal', label }, 'already-delivered');
      continue;
    }
    dealCandidates.push({ deal, update: seen !== undefined });
  }

  const factFilter = <T extends { id: string; articleId: string; ticker: string | null }>(
    facts: T[],
    kind: LeftOutItem['kind'],
    label: (f: T) => string,
    keep: (f: T) => boolean = () => true,
  ): T[] =>
    facts.filter((f) => {
      if (!keep(f)) return false;
      if (!inScope(scope, [f.ticker])) {
        leaveOut({ id: f.id, kind, label: label(f) }, 'outside-scope');
        return false;
      }
      if (memory.facts[f.id]) {
        leaveOut({ id: f.id, kind, label: label(f) }, 'already-delivered');
        return false;
      }
      return true;
    });

  const moveLabel = (m: StockMoveRecord) => `${m.ticker ?? m.company} ${m.changePct}%`;
  const actionLabel = (a: AnalystActionRecord) => `${a.firm} ${a.action} ${a.ticker ?? a.company}`;
  const eventLabel = (e: EventRecord) => `${e.ticker ?? e.company} ${e.type} ${e.date ?? ''}`.trim();
  let moveCandidates = factFilter(moves, 'move', moveLabel, (m) => Math.abs(m.changePct) >= opts.movePct);
  let actionCandidates = factFilter(actions, 'analyst', actionLabel);
  const eventCandidates = factFilter(events, 'event', eventLabel);

  // Articles: for ranking, citations, and to tell facts that arrived in the window from old ones.
  const articleIds = [
    ...dealCandidates.flatMap((c) => c.deal.sources.map((s) => s.articleId)),
    ...moveCandidates.map((m) => m.articleId),
    ...actionCandidates.map((a) => a.articleId),
    ...eventCandidates.map((e) => e.articleId),
  ];
  const articles = await reader.articles(articleIds);
  moveCandidates = moveCandidates.filter((m) => arrivedSince(articles, m.articleId, opts.windowStart));
  actionCandidates = actionCandidates.filter((a) => arrivedSince(articles, a.articleId, opts.windowStart));

  const scored = dealCandidates
    .map((c) => ({ ...c, score: dealScore(c.deal, articles) + (c.update ? 1 : 0) }))
    .sort((a, b) => b.score - a.score || (a.deal.sortDate < b.deal.sortDate ? 1 : -1));
  moveCandidates.sort((a, b) => Math.abs(b.changePct) - Math.abs(a.changePct));
  eventCandidates.sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1));

  // ---- fill up to maxItems: deals first, then analyst actions, moves, events
  const entries: DigestEntry[] = [];
  let room = sub.maxItems;
  const take = <T>(
    list: T[],
    toEntry: (x: T) => DigestEntry,
    describe: (x: T) => Omit<LeftOutItem, 'reason'>,
  ) => {
    for (const x of list) {
      if (room > 0) {
        entries.push(toEntry(x));
        room -= 1;
      } else leaveOut(describe(x), 'max-items');
    }
  };
  take(
    scored,
    (c) => ({ kind: 'deal', deal: c.deal, update: c.update }),
    (c) => ({ id: c.deal.id, kind: 'deal', label: dealLabel(c.deal) }),
  );
  take(
    actionCandidates,
    (a) => ({ kind: 'analyst', action: a }),
    (a) => ({ id: a.id, kind: 'analyst', label: actionLabel(a) }),
  );
  take(
    moveCandidates,
    (m) => ({ kind: 'move', move: m }),
    (m) => ({ id: m.id, kind: 'move', label: moveLabel(m) }),
  );
  take(
    eventCandidates,
    (e) => ({ kind: 'event', event: e }),
    (e) => ({ id: e.id, kind: 'event', label: eventLabel(e) }),
  );

  const leftOut: LeftOut = { items: left, counts };
  const itemIds = entries.map(entryId);
  const remember = {
    deals: Object.fromEntries(
      entries.flatMap((e) => (e.kind === 'deal' ? [[e.deal.id, e.deal.status] as const] : [])),
    ),
    facts: entries.filter((e) => e.kind !== 'deal').map(entryId),
  };

  if (entries.length === 0) {
    const outcome = sub.quietWhenEmpty ? null : renderEmptyDigest(sub, opts.windowStart);
    return { outcome, empty: true, itemIds, leftOut, remember };
  }
  const citations = citationsFor(entries, articles);
  const outcome = renderDigest(sub, entries, citations, { windowStart: opts.windowStart, leftOut });
  return { outcome, empty: false, itemIds, leftOut, remember };
}

export function entryId(e: DigestEntry): string {
  switch (e.kind) {
    case 'deal':
      return e.deal.id;
    case 'move':
      return e.move.id;
    case 'analyst':
      return e.action.id;
    case 'event':
      return e.event.id;
  }
}

export function entryArticleIds(e: DigestEntry): string[] {
  switch (e.kind) {
    case 'deal':
      return e.deal.sources.map((s) => s.articleId);
    case 'move':
      return [e.move.articleId];
    case 'analyst':
      return [e.action.articleId];
    case 'event':
      return [e.event.articleId];
  }
}

function citationsFor(entries: DigestEntry[], articles: Map<string, ArticleRecord>): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const id of entries.flatMap(entryArticleIds)) {
    const a = articles.get(id);
    if (!a || seen.has(id) || out.length >= MAX_CITATIONS) continue;
    seen.add(id);
    out.push({ title: a.title, source: a.source, date: a.publishedAt, url: a.url });
  }
  return out;
}
