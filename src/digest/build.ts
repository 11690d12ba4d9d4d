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
  ArticleHead,
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
export function dealScore(deal: DealRecord, articles: Map<string, ArticleHead>): number {
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

const moveLabel = (m: StockMoveRecord) => `${m.ticker ?? m.company} ${m.changePct}%`;
const actionLabel = (a: AnalystActionRecord) => `${a.firm} ${a.action} ${a.ticker ?? a.company}`;
const eventLabel = (e: EventRecord) => `${e.ticker ?? e.company} ${e.type} ${e.date ?? ''}`.trim();
type Described = Omit<LeftOutItem, 'reason'>;
const describeDeal = (d: DealRecord): Described => ({ id: d.id, kind: 'deal', label: dealLabel(d) });
const describeMove = (m: StockMoveRecord): Described => ({ id: m.id, kind: 'move', label: moveLabel(m) });
const describeAction = (a: AnalystActionRecord): Described => ({
  id: a.id,
  kind: 'analyst',
  label: actionLabel(a),
});
const describeEvent = (e: EventRecord): Described => ({ id: e.id, kind: 'event', label: eventLabel(e) });

/**
 * Everything a window holds before any channel's scope or memory: ranked once per run and shared by
 * every channel with the same window (the morning digest: all of them).
 */
export interface DigestPool {
  deals: Array<{ deal: DealRecord; score: number }>;
  moves: StockMoveRecord[];
  actions: AnalystActionRecord[];
  events: EventRecord[];
  articles: Map<string, ArticleHead>;
}

export function digestPool(
  reader: DigestReader,
  windowStart: string,
  today: string,
  opts: Pick<BuildOptions, 'movePct' | 'eventDays'>,
): Promise<DigestPool> {
  const key = `pool:${windowStart}:${today}:${opts.movePct}:${opts.eventDays}`;
  return reader.memo(key, async () => {
    const windowDate = addDays(windowStart.slice(0, 10), -2); // published a little before it arrived
    const [allDeals, allMoves, allActions, events] = await Promise.all([
      reader.dealsUpdatedSince(windowStart),
      reader.stockMovesSince(windowDate),
      reader.analystActionsSince(windowDate),
      reader.eventsBetween(today, addDays(today, opts.eventDays)),
    ]);
    const deals = allDeals.filter((d) => d.updatedAt >= windowStart);
    const notable = allMoves.filter((m) => Math.abs(m.changePct) >= opts.movePct);
    const articles = await reader.articles([
      ...deals.flatMap((d) => d.sources.map((s) => s.articleId)),
      ...notable.map((m) => m.articleId),
      ...allActions.map((a) => a.articleId),
      ...events.map((e) => e.articleId),
    ]);
    // Facts carry their article's date; only those whose article arrived in the window are new.
    const arrived = (articleId: string) => (articles.get(articleId)?.ingestedAt ?? '') >= windowStart;
    return {
      deals: deals
        .map((deal) => ({ deal, score: dealScore(deal, articles) }))
        .sort((a, b) => b.score - a.score || (a.deal.sortDate < b.deal.sortDate ? 1 : -1)),
      moves: notable
        .filter((m) => arrived(m.articleId))
        .sort((a, b) => Math.abs(b.changePct) - Math.abs(a.changePct)),
      actions: allActions.filter((a) => arrived(a.articleId)),
      events: [...events].sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1)),
      articles,
    };
  });
}

export async function buildDigest(
  sub: SubscriptionRecord,
  memory: ChannelMemory,
  reader: DigestReader,
  opts: BuildOptions,
): Promise<BuiltDigest> {
  const scope = scopeTickers(sub, opts.watchlist);
  const left: LeftOutItem[] = [];
  const counts: Record<string, number> = {};
  // Called for hundreds of items per channel: no per-item closures; labels only for the listed sample.
  function leaveOut<T>(x: T, describe: (x: T) => Omit<LeftOutItem, 'reason'>, reason: LeftOutReason): void {
    counts[reason] = (counts[reason] ?? 0) + 1;
    // "outside scope" is everything else in the market: counted, not listed
    if (reason !== 'outside-scope' && left.length < LEFT_OUT_SAMPLE) left.push({ ...describe(x), reason });
  }

  const today = localDateOf(opts.now, sub.timeZone);
  const pool = await digestPool(reader, opts.windowStart, today, opts);
  const { articles } = pool;

  // ---- deals: new, or with a status the channel has not been told about (announced once, ranked a bit higher)
  const scored: Array<{ deal: DealRecord; update: boolean; score: number }> = [];
  for (const { deal, score } of pool.deals) {
    if (
      !inScope(
        scope,
        deal.parties.map((p) => p.ticker),
      )
    ) {
      leaveOut(deal, describeDeal, 'outside-scope');
      continue;
    }
    const seen = memory.deals[deal.id];
    if (seen && seen.status === deal.status) {
      leaveOut(deal, describeDeal, 'already-delivered');
      continue;
    }
    scored.push({ deal, update: seen !== undefined, score: score + (seen ? 1 : 0) });
  }
  if (scored.some((c) => c.update)) scored.sort((a, b) => b.score - a.score);

  const factFilter = <T extends { id: string; ticker: string | null }>(
    facts: T[],
    describe: (f: T) => Omit<LeftOutItem, 'reason'>,
  ): T[] =>
    facts.filter((f) => {
      if (scope !== null && (f.ticker === null || !scope.has(f.ticker.toUpperCase()))) {
        leaveOut(f, describe, 'outside-scope');
        return false;
      }
      if (memory.facts[f.id]) {
        leaveOut(f, describe, 'already-delivered');
        return false;
      }
      return true;
    });
  const moveCandidates = factFilter(pool.moves, describeMove);
  const actionCandidates = factFilter(pool.actions, describeAction);
  const eventCandidates = factFilter(pool.events, describeEvent);

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
      } else leaveOut(x, describe, 'max-items');
    }
  };
  take(
    scored,
    (c) => ({ kind: 'deal', deal: c.deal, update: c.update }),
    (c) => describeDeal(c.deal),
  );
  take(actionCandidates, (a) => ({ kind: 'analyst', action: a }), describeAction);
  take(moveCandidates, (m) => ({ kind: 'move', move: m }), describeMove);
  take(eventCandidates, (e) => ({ kind: 'event', event: e }), describeEvent);

  const leftOut: LeftOut = { items: left, counts };
  const itemIds = entries.map(entryId);
  const remember = {
    deals: Object.fromEntries(
      entries.flatMap((e) => (e.kind === 'deal' ? [[e.deal.id, e.deal.status] as const] : [])),
    ),
    facts: entries.filter((e) => e.kind !== 'deal').map(entryId),
  };

  if (entries.length === 0) {
    const watchlistEmpty = sub.scope.kind === 'watchlist' && opts.watchlist.length === 0;
    const outcome = sub.quietWhenEmpty ? null : renderEmptyDigest(sub, opts.windowStart, watchlistEmpty);
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

function citationsFor(entries: DigestEntry[], articles: Map<string, ArticleHead>): Citation[] {
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
