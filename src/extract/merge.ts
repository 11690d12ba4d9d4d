/**
 * Merging one article's deal into the store's deal records (pure). The same transaction reported by
 * several articles becomes one record: same parties (by ticker, else normalised name), compatible type
 * (an acquisition and a divestiture or merger of the same parties are one transaction; so are a
 * partnership and an investment or contract between them), values within a factor of two when both
 * are stated, and dates within DEAL_WINDOW_DAYS (DEAL_PROGRESS_WINDOW_DAYS when the new report moves the
 * deal to another stage with the same value: M&A often takes a year or more from announcement to close). The record lists every source, keeps the most advanced
 * status (rumored → announced → pending → completed/terminated, never back), and lists values that
 * disagree in conflictingValues instead of picking one silently.
 */
import { createHash } from 'node:crypto';
import type { DealFact, DealStatus, DealType, Money, Party } from '../domain/facts.js';
import type { DealRecord, DealSource } from '../domain/records.js';
import { nameKey, stripLegalSuffix } from './companies/tokens.js';

export const DEAL_WINDOW_DAYS = 120;
export const DEAL_PROGRESS_WINDOW_DAYS = 550;

const STATUS_RANK: Record<DealStatus, number> = {
  rumored: 0,
  announced: 1,
  pending: 2,
  completed: 3,
  terminated: 3,
};
/** Deal types that can describe one transaction from different sides (a purchase is also a sale). */
export const DEAL_FAMILY: Record<DealType, string> = {
  acquisition: 'ma',
  divestiture: 'ma',
  merger: 'ma',
  partnership: 'coop',
  investment: 'coop',
  contract: 'coop',
  other: 'other',
};

export type SourceInput = Pick<DealSource, 'articleId' | 'sortDate'> & Partial<DealSource>;

/** A party's identity across reports: its ticker, else its name without the legal suffix. */
export const partyKey = (p: Pick<Party, 'name' | 'ticker'>): string =>
  p.ticker ? `T:${p.ticker.toUpperCase()}` : `N:${nameKey(stripLegalSuffix(p.name))}`;

const days = (a: string, b: string): number =>
  Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

function sameValue(a: Money, b: Money): boolean {
  return (
    a.currency === b.currency &&
    Math.abs(a.amount - b.amount) <= Math.max(Math.abs(a.amount), Math.abs(b.amount)) * 0.01
  );
}

/** The acquiring side of a deal: its buyers and investors. */
const buyerKeys = (parties: readonly Party[]): string[] =>
  parties.filter((p) => p.role === 'buyer' || p.role === 'investor').map(partyKey);

/** Whether a fact reports the deal of this record. */
export function isSameDeal(deal: DealRecord, fact: DealFact, sortDate: string): boolean {
  if (DEAL_FAMILY[deal.type] !== DEAL_FAMILY[fact.type]) return false;
  const a = new Set(deal.parties.map(partyKey));
  const b = new Set(fact.parties.map(partyKey));
  const common = [...b].filter((k) => a.has(k)).length;
  if (common < Math.min(2, a.size, b.size)) return false;
  // "Clorox agreed to buy Greenwell from Brookline" and "Brookline acquired Greenwell in 2021" share two
  // parties but not the buyer: two transactions.
  const buyersA = buyerKeys(deal.parties);
  const buyersB = buyerKeys(fact.parties);
  if (buyersA.length && buyersB.length && !buyersB.some((k) => buyersA.includes(k))) return false;
  const nearest = Math.min(...deal.sources.map((s) => days(s.sortDate, sortDate)));
  if (nearest > DEAL_WINDOW_DAYS) {
    // Far apart: only a report of another stage (announced → completed) with the same stated value joins.
    const otherStage = deal.sources.some((s) => STATUS_RANK[s.status] !== STATUS_RANK[fact.status]);
    const valueAgrees = !!deal.value && !!fact.value && sameValue(deal.value, fact.value);
    if (!otherStage || !valueAgrees || nearest > DEAL_PROGRESS_WINDOW_DAYS) return false;
  }
  if (deal.value && fact.value && deal.value.currency === fact.value.currency) {
    const ratio = Math.abs(deal.value.amount) / Math.max(1, Math.abs(fact.value.amount));
    if (ratio > 2 || ratio < 0.5) return false;
  }
  return true;
}

export function mergeDeal(
  candidates: DealRecord[],
  fact: DealFact,
  source: SourceInput,
  now: string | Date,
): DealRecord {
  const at = typeof now === 'string' ? now : now.toISOString();
  const src: DealSource = {
    articleId: source.articleId,
    sortDate: source.sortDate,
    status: source.status ?? fact.status,
    value: source.value !== undefined ? source.value : fact.value,
    confidence: source.confidence ?? fact.confidence,
    evidence: source.evidence ?? fact.evidence,
    asset: source.asset !== undefined ? source.asset : fact.asset,
    date: source.date !== undefined ? source.date : fact.date,
    partyKeys: fact.parties.map(partyKey),
  };
  const match =
    candidates.find(
      (d) => d.sources.some((s) => s.articleId === src.articleId) && isSameDeal(d, fact, src.sortDate),
    ) ?? candidates.find((d) => isSameDeal(d, fact, src.sortDate));
  if (!match) {
    const id = `d_${createHash('sha256')
      .update([DEAL_FAMILY[fact.type], ...fact.parties.map(partyKey).sort(), src.articleId].join('|'))
      .digest('hex')
      .slice(0, 16)}`;
    return recompute({
      id,
      type: fact.type,
      parties: fact.parties.map((p) => ({ ...p })),
      asset: fact.asset,
      value: fact.value,
      conflictingValues: [],
      status: fact.status,
      date: fact.date,
      confidence: fact.confidence,
      sources: [src],
      sortDate: src.sortDate,
      firstSeenAt: at,
      updatedAt: at,
    });
  }
  const parties = match.parties.map((p) => ({ ...p }));
  for (const p of fact.parties) {
    const q = parties.find((x) => partyKey(x) === partyKey(p));
    if (!q) parties.push({ ...p });
    else q.role ??= p.role;
  }
  // Re-ingesting an article replaces its own source instead of adding a second one.
  const sources = [...match.sources.filter((s) => s.articleId !== src.articleId), src];
  return recompute({
    ...match,
    parties,
    asset: match.asset ?? fact.asset,
    date: match.date ?? fact.date,
    sources,
    // Never back in time: a refreshed report carries its article's first arrival, not the deal's last news.
    updatedAt: at > match.updatedAt ? at : match.updatedAt,
  });
}

/** The deal without one article's report; null when that was its only source. */
export function removeSource(deal: DealRecord, articleId: string): DealRecord | null {
  const sources = deal.sources.filter((s) => s.articleId !== articleId);
  if (!sources.length) return null;
  if (sources.length === deal.sources.length) return deal;
  return recompute({
    ...deal,
    sources,
    parties: stillNamed(deal, sources),
    asset: reported(deal, sources, 'asset'),
    date: reported(deal, sources, 'date'),
  });
}

/** The parties some remaining report names (all of them when a report stored before reports kept theirs). */
function stillNamed(deal: DealRecord, sources: DealSource[]): DealRecord['parties'] {
  if (sources.some((s) => !s.partyKeys)) return deal.parties;
  const named = new Set(sources.flatMap((s) => s.partyKeys!));
  return deal.parties.filter((p) => named.has(partyKey(p)));
}

/**
 * The asset or date as the remaining reports give it: the earliest that names one. Sources stored
 * before reports kept their own (the field is absent) leave the deal's value as it was.
 */
function reported<K extends 'asset' | 'date'>(
  deal: DealRecord,
  sources: DealSource[],
  key: K,
): DealRecord[K] {
  if (sources.some((s) => s[key] === undefined)) return deal[key];
  const sorted = [...sources].sort((a, b) => a.sortDate.localeCompare(b.sortDate));
  return sorted.find((s) => s[key] != null)?.[key] ?? null;
}

/** Status, value, conflicts, confidence and sort date follow from the sources. */
function recompute(deal: DealRecord): DealRecord {
  const sources = [...deal.sources].sort((a, b) => a.sortDate.localeCompare(b.sortDate));
  let status: DealStatus = sources[0]!.status;
  for (const s of sources) {
    // Forward only; a later "completed" or "terminated" settles it.
    if (
      STATUS_RANK[s.status] > STATUS_RANK[status] ||
      (STATUS_RANK[s.status] === 3 && STATUS_RANK[status] === 3)
    )
      status = s.status;
  }
  // The value most sources agree on (the newest breaks ties); every other distinct value is a conflict.
  const groups: Array<{ value: Money; count: number; newest: string }> = [];
  for (const s of sources) {
    if (!s.value) continue;
    const g = groups.find((x) => sameValue(x.value, s.value!));
    if (g) {
      g.count++;
      g.newest = s.sortDate;
    } else groups.push({ value: s.value, count: 1, newest: s.sortDate });
  }
  groups.sort((a, b) => b.count - a.count || b.newest.localeCompare(a.newest));
  const value = groups[0]?.value ?? null;
  const conflictingValues = groups.slice(1).map((g) => g.value);
  const confidence = Math.min(1, Math.max(...sources.map((s) => s.confidence)) + 0.05 * (sources.length - 1));
  const sortDate = sources[sources.length - 1]!.sortDate;
  return {
    ...deal,
    sources,
    status,
    value,
    conflictingValues,
    confidence: Math.round(confidence * 100) / 100,
    sortDate,
  };
}
