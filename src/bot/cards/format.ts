/** Small formatting helpers shared by the cards. */
import type { Money } from '../../domain/facts.js';
import type { ArticleHead } from '../../domain/records.js';
import { truncate } from '../../domain/summary.js';
import type { Citation, RichText } from '../types.js';

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** 5750000000 → "5.75B", 200000000 → "200M", 12500 → "12,500". */
export function compactNumber(n: number): string {
  const abs = Math.abs(n);
  const fmt = (v: number) => String(Number(v.toFixed(2)));
  if (abs >= 1e12) return `${fmt(n / 1e12)}T`;
  if (abs >= 1e9) return `${fmt(n / 1e9)}B`;
  if (abs >= 1e6) return `${fmt(n / 1e6)}M`;
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "over $200M", "$5.75B", "about €1.2B", "300M SEK". */
export function formatMoney(m: Money): string {
  const sym = SYMBOLS[m.currency];
  const amount = sym ? `${sym}${compactNumber(m.amount)}` : `${compactNumber(m.amount)} ${m.currency}`;
  return m.qualifier ? `${m.qualifier} ${amount}` : amount;
}

export function formatPrice(p: number): string {
  return `$${p.toFixed(2)}`;
}

export function formatPct(p: number): string {
  const sign = p > 0 ? '+' : p < 0 ? '−' : '';
  return `${sign}${Number(Math.abs(p).toFixed(1))}%`;
}

export const capitalize = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

export { truncate };

/** What a citation needs of an article (a head or a full record). */
export type Citable = Pick<ArticleHead, 'title' | 'source' | 'publishedAt' | 'url'>;

export function citationOf(a: Citable): Citation {
  return { title: a.title, source: a.source, date: a.publishedAt, url: a.url };
}

/** One cited source inline: a link to the article with its outlet and date. */
export function sourceSpans(a: Citable): RichText {
  const meta = [a.source, a.publishedAt].filter(Boolean).join(', ');
  const title = truncate(a.title, 90);
  return [a.url ? { link: title, url: a.url } : { italic: title }, ...(meta ? [` (${meta})`] : [])];
}

/** The article's stored one-line summary, cut to fit the card. */
export const summaryOf = (a: Pick<ArticleHead, 'summary'>, max = 180): string => truncate(a.summary, max);

/** A readable company name: the directory's, else how articles name the ticker (never just "LUMN"). */
export function displayName(
  company: { ticker: string; name: string },
  partyNames: Array<{ ticker: string | null; name: string }>,
): string {
  if (company.name && company.name !== company.ticker) return shortName(company.name);
  const named = partyNames.find((p) => p.ticker === company.ticker && p.name !== company.ticker)?.name;
  return named ? shortName(named) : company.ticker;
}

/** "Lumen Technologies Inc." → "Lumen Technologies", "JPMorgan Chase & Co." → "JPMorgan Chase". */
export function shortName(name: string): string {
  const short = name
    .replace(
      /,?\s+(Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|S\.A|N\.V|AG|SE)\.?$/,
      '',
    )
    .replace(/\s+&$/, '')
    .trim();
  return short || name;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
