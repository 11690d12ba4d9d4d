/**
 * Reads the store for the cards: a deal with the articles that report it and the stock reaction
 * reported next to it. Bounded reads only (a page of deals, their sources), never a scan.
 */
import type { ArticleHead, DealRecord, StockMoveRecord } from '../domain/records.js';
import type { Store } from '../store/types.js';

export interface DealView {
  deal: DealRecord;
  /** The reporting articles found in the store, newest first. */
  articles: ArticleHead[];
  /** A party's share-price move reported in the same article, nearest to this deal's sentence. */
  move: StockMoveRecord | null;
}

const REACTION_WINDOWS = new Set(['day', 'intraday', 'premarket', 'afterhours', 'since_event']);
const MAX_SOURCES_READ = 5;

export async function loadDealViews(store: Store, deals: DealRecord[]): Promise<DealView[]> {
  const articleIds = [
    ...new Set(deals.flatMap((d) => d.sources.slice(0, MAX_SOURCES_READ).map((s) => s.articleId))),
  ];
  const [articles, moveLists] = await Promise.all([
    store.articles.heads(articleIds),
    Promise.all(articleIds.map((id) => store.stockMoves.forArticle(id))),
  ]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Each reported move goes to the one displayed deal whose sentence is nearest in that article,
  // so an article about two deals does not credit both with the same jump; a deal the article tells
  // in passing (a clearly lower confidence: a party absent from its headline and lead) yields to one it
  // is about, and a deal told before the move ("X agreed to be bought… X shares jumped 18%") to one told
  // after it.
  const bestFor = new Map<string, { move: StockMoveRecord; distance: number }>();
  moveLists.flat().forEach((move) => {
    if (!move.ticker || !REACTION_WINDOWS.has(move.window)) return;
    let best: { dealId: string; distance: number; confidence: number; before: boolean } | null = null;
    for (const d of deals) {
      if (!d.parties.some((p) => p.ticker === move.ticker)) continue;
      for (const s of d.sources) {
        if (s.articleId !== move.articleId) continue;
        const distance = Math.abs(s.evidence.start - move.evidence.start);
        const before = s.evidence.start <= move.evidence.start;
        const found = { dealId: d.id, distance, confidence: s.confidence, before };
        if (!best || closerReaction(found, best)) best = found;
      }
    }
    if (!best) return;
    const prev = bestFor.get(best.dealId);
    const better =
      !prev ||
      (prev.move.window !== 'day' && move.window === 'day') ||
      (prev.move.window === move.window && best.distance < prev.distance);
    if (better) bestFor.set(best.dealId, { move, distance: best.distance });
  });
  return deals.map((deal) => ({
    deal,
    articles: deal.sources
      .map((s) => byId.get(s.articleId))
      .filter((a): a is ArticleHead => !!a)
      .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')),
    move: bestFor.get(deal.id)?.move ?? null,
  }));
}

/** What the store covers, for "nothing found" replies: tickers with the most recent deals. */
export async function coverage(
  store: Store,
  sample = 300,
): Promise<{ articles: number; topTickers: Array<{ ticker: string; deals: number }> }> {
  const [articles, deals] = await Promise.all([
    store.articles.count(),
    store.deals.newest({ limit: sample }),
  ]);
  const counts = new Map<string, number>();
  for (const d of deals)
    for (const t of new Set(d.parties.map((p) => p.ticker).filter((x): x is string => !!x)))
      counts.set(t, (counts.get(t) ?? 0) + 1);
  const topTickers = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 8)
    .map(([ticker, n]) => ({ ticker, deals: n }));
  return { articles, topTickers };
}

/** Whether a deal is the likelier one a move reacts to: clearly surer, else told before it, else nearer. */
function closerReaction(
  a: { distance: number; confidence: number; before: boolean },
  b: { distance: number; confidence: number; before: boolean },
): boolean {
  if (Math.abs(a.confidence - b.confidence) > 0.1) return a.confidence > b.confidence;
  if (a.before !== b.before) return a.before;
  return a.distance < b.distance;
}
