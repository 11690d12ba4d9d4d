/** Human-readable text for ingest summaries and extractions (CLI output; pure). */
import type { Extraction, Money } from '../domain/facts.js';
import type { FactCounts, IngestSummary } from './pipeline.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function formatFactCounts(f: FactCounts): string {
  return [
    plural(f.deals, 'deal'),
    plural(f.stockMoves, 'stock move'),
    plural(f.analystActions, 'analyst action'),
    plural(f.events, 'event'),
    plural(f.quotes, 'quote'),
    plural(f.risks, 'risk'),
  ].join(', ');
}

/** "3 new, 0 updated, 2 refreshed, 1 unchanged, 0 failed": refreshed only when an ingest asked for it. */
export function formatArticleCounts(c: {
  new: number;
  updated: number;
  refreshed: number;
  unchanged: number;
  failed: number;
}): string {
  const refreshed = c.refreshed ? `${c.refreshed} refreshed, ` : '';
  return `${c.new} new, ${c.updated} updated, ${refreshed}${c.unchanged} unchanged, ${c.failed} failed`;
}

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `Articles: ${formatArticleCounts({ ...s, failed: s.failed.length })}`,
    `Facts: ${formatFactCounts(s.facts)}`,
  ];
  if (s.notModified) lines.push(`Not modified since the last fetch: ${plural(s.notModified, 'URL')}`);
  if (s.failed.length) {
    lines.push('Failed:');
    for (const f of s.failed) lines.push(`  ${f.input}: ${f.reason}`);
  }
  return lines.join('\n');
}

export function formatMoney(m: Money | null): string | null {
  if (!m) return null;
  const q = m.qualifier ? `${m.qualifier} ` : '';
  const abs = Math.abs(m.amount);
  const scaled =
    abs >= 1e9
      ? `${+(m.amount / 1e9).toFixed(2)} billion`
      : abs >= 1e6
        ? `${+(m.amount / 1e6).toFixed(2)} million`
        : `${m.amount}`;
  return `${q}${m.currency} ${scaled}`;
}

const signed = (n: number) => `${n > 0 ? '+' : ''}${n}%`;
const quoteEvidence = (t: string) => `      “${t.length > 220 ? `${t.slice(0, 217)}…` : t}”`;

export function formatExtraction(x: Extraction): string {
  const a = x.article;
  const out: string[] = [a.title];
  const meta = [a.source, a.publishedAt].filter(Boolean).join(', ');
  if (meta) out.push(meta);
  if (a.url) out.push(a.url);
  const extra = [
    a.tickers.length ? `Tickers: ${a.tickers.join(', ')}` : null,
    a.impactScore != null ? `Impact: ${a.impactScore}` : null,
  ].filter(Boolean);
  if (extra.length) out.push(extra.join('   '));
  out.push('');
  out.push(
    `Companies (${x.companies.length}): ${
      x.companies
        .map((c) => (c.ticker ? `${c.name} (${[c.ticker, c.exchange].filter(Boolean).join(', ')})` : c.name))
        .join('; ') || 'none'
    }`,
  );
  const section = <T>(title: string, items: T[], line: (t: T) => string, evidence: (t: T) => string) => {
    out.push('', `${title} (${items.length})${items.length ? ':' : ''}`);
    for (const item of items) out.push(`  - ${line(item)}`, quoteEvidence(evidence(item)));
  };
  section(
    'Deals',
    x.deals,
    (d) =>
      [
        `${d.type}, ${d.status}`,
        d.parties
          .map((p) => `${p.name}${p.ticker ? ` [${p.ticker}]` : ''}${p.role ? ` (${p.role})` : ''}`)
          .join(' · '),
        d.asset ? `asset: ${d.asset}` : null,
        formatMoney(d.value),
        d.date,
        `confidence ${d.confidence.toFixed(2)}`,
      ]
        .filter(Boolean)
        .join('; '),
    (d) => d.evidence.text,
  );
  section(
    'Stock moves',
    x.stockMoves,
    (m) =>
      `${m.ticker ?? m.company} ${signed(m.changePct)} (${m.window})${m.price != null ? ` at ${m.price}` : ''}${m.date ? ` on ${m.date}` : ''}`,
    (m) => m.evidence.text,
  );
  section(
    'Analyst actions',
    x.analystActions,
    (r) =>
      [
        `${r.firm}${r.analyst ? ` (${r.analyst})` : ''}: ${r.action} ${r.ticker ?? r.company}`,
        r.rating ? `rating ${r.priorRating ? `${r.priorRating} → ` : ''}${r.rating}` : null,
        r.priceTarget != null
          ? `target ${r.priorPriceTarget != null ? `${r.priorPriceTarget} → ` : ''}${r.priceTarget}`
          : null,
      ]
        .filter(Boolean)
        .join('; '),
    (r) => r.evidence.text,
  );
  section(
    'Events',
    x.events,
    (e) =>
      [
        `${e.ticker ?? e.company}: ${e.type}`,
        e.date ?? 'date not given',
        e.period,
        e.consensusEps != null ? `EPS est. ${e.consensusEps}` : null,
      ]
        .filter(Boolean)
        .join('; '),
    (e) => e.evidence.text,
  );
  section(
    'Quotes',
    x.quotes,
    (q) => [q.speaker, q.role, q.organization].filter(Boolean).join(', '),
    (q) => q.text,
  );
  section(
    'Risks',
    x.risks,
    (r) => (r.text.length > 120 ? `${r.text.slice(0, 117)}…` : r.text),
    (r) => r.evidence.text,
  );
  return out.join('\n');
}
