/** One-line renderings of per-article facts, shared by /company, /calendar and answers. */
import type {
  AnalystActionRecord,
  ArticleHead,
  DealRecord,
  EventRecord,
  StockMoveRecord,
} from '../../domain/records.js';
import type { RichText } from '../types.js';
import { counterparties, kindFor, statusText } from './deal.js';
import {
  formatMoney,
  formatPct,
  formatPrice,
  sourceSpans,
  type Citable,
  summaryOf,
  truncate,
} from './format.js';

export const withSource = (line: string, a: Citable | undefined): RichText =>
  a ? [line, ' — ', ...sourceSpans(a)] : [line];

/** As /deal heads it: the subject's side ("Sale" for the seller) and the date the status was reached. */
export function dealLine(d: DealRecord, subject: string | null): string {
  return `${kindFor(d, subject)} · ${counterparties(d, subject)} · ${d.value ? formatMoney(d.value) : 'no terms disclosed'} · ${statusText(d)}`;
}

export function moveLine(m: StockMoveRecord): string {
  return `${m.ticker ?? m.company} ${formatPct(m.changePct)}${m.price !== null ? ` to ${formatPrice(m.price)}` : ''} (${m.window.replace('_', ' ')}${m.date ? `, ${m.date}` : `, reported ${m.sortDate}`})`;
}

/** "Citi: upgraded to Buy from Hold, target $9.00 (was $7.50)", "UBS: raised target to $34.00 (was $30.00), rating Neutral". */
export function analystLine(a: AnalystActionRecord): string {
  const target =
    a.priceTarget !== null
      ? `${formatPrice(a.priceTarget)}${a.priorPriceTarget !== null ? ` (was ${formatPrice(a.priorPriceTarget)})` : ''}`
      : null;
  const rating = a.rating ? `${a.rating}${a.priorRating ? ` from ${a.priorRating}` : ''}` : null;
  const withTarget = target ? `, target ${target}` : '';
  const what = {
    upgrade: `upgraded${rating ? ` to ${rating}` : ''}${withTarget}`,
    downgrade: `downgraded${rating ? ` to ${rating}` : ''}${withTarget}`,
    initiate: `started coverage${rating ? ` at ${rating}` : ''}${withTarget}`,
    reiterate: `kept ${rating ?? 'its rating'}${withTarget}`,
    target_raise: `raised target${target ? ` to ${target}` : ''}${rating ? `, rating ${rating}` : ''}`,
    target_cut: `cut target${target ? ` to ${target}` : ''}${rating ? `, rating ${rating}` : ''}`,
    other:
      [rating ? `rating ${rating}` : null, target ? `target ${target}` : null].filter(Boolean).join(', ') ||
      'note',
  }[a.action];
  return `${a.firm}${a.analyst ? ` (${a.analyst})` : ''}: ${what}`;
}

const EVENT_WORD: Record<EventRecord['type'], string> = {
  earnings: 'earnings',
  earnings_call: 'earnings call',
  deal_closing: 'deal closing',
  shareholder_vote: 'shareholder vote',
  other: 'event',
};

export function eventLine(e: EventRecord): string {
  const est = [
    e.consensusEps !== null
      ? `EPS est. ${e.consensusEps < 0 ? '−' : ''}$${Math.abs(e.consensusEps).toFixed(2)}`
      : '',
    e.consensusRevenue !== null
      ? `revenue est. ${formatMoney({ amount: e.consensusRevenue, currency: 'USD', qualifier: null, text: '' })}`
      : '',
  ].filter(Boolean);
  return `${e.date ?? 'date not given'} · ${e.ticker ?? e.company} ${EVENT_WORD[e.type]}${e.period ? ` (${e.period})` : ''}${est.length ? ` · ${est.join(', ')}` : ''}`;
}

/** A headline with its outlet, date and a one-line summary. */
export function headlineLine(a: ArticleHead, summaryMax = 160): RichText {
  const title = truncate(a.title, 100);
  const meta = [a.source, a.publishedAt].filter(Boolean).join(', ');
  const summary = summaryOf(a, summaryMax);
  return [
    a.url ? { link: title, url: a.url } : { bold: title },
    ...(meta ? [` (${meta})`] : []),
    ...(summary ? [` — ${summary}`] : []),
  ];
}

/**
 * One line per event: several articles often report the same earnings date. Keeps the report with
 * the most detail (period, consensus) and the order of first appearance.
 */
export function dedupeEvents(events: EventRecord[]): EventRecord[] {
  const detail = (e: EventRecord) =>
    (e.period ? 1 : 0) + (e.consensusEps !== null ? 1 : 0) + (e.consensusRevenue !== null ? 1 : 0);
  const best = new Map<string, EventRecord>();
  const order: string[] = [];
  for (const e of events) {
    const key = `${e.ticker ?? e.company}|${e.type}|${e.date ?? ''}`;
    const prev = best.get(key);
    if (!prev) order.push(key);
    if (!prev || detail(e) > detail(prev)) best.set(key, e);
  }
  return order.map((k) => best.get(k)!);
}
