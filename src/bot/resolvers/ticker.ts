/** Tickers and company names, resolved through the store's company directory with suggestions. */
import type { CompanyRecord } from '../../domain/records.js';
import type { ArticleRepository, CompanyRepository } from '../../store/types.js';
import { shortName } from '../cards/format.js';
import { rankCandidates, type Candidate } from './fuzzy.js';
import { fail, ok, orList, type Resolution } from './result.js';
import { TICKER_SHAPE } from '../../domain/ticker.js';

export interface ResolvedCompany {
  ticker: string;
  name: string;
  aliases: string[];
}

/** What resolving needs: a directory (see src/bot/directory.ts) and the articles' ticker index. */
export interface Directory {
  companies: Pick<CompanyRepository, 'get' | 'findByAlias' | 'all'>;
  articles: Pick<ArticleRepository, 'byTicker'>;
}

const TICKER_INPUT = new RegExp(`^\\$?${TICKER_SHAPE}$`);

const candidatesCache = new WeakMap<CompanyRecord[], Candidate<CompanyRecord>[]>();
/** The directory as suggestion candidates, built once per directory snapshot. */
export function companyCandidates(all: CompanyRecord[]): Candidate<CompanyRecord>[] {
  let c = candidatesCache.get(all);
  if (!c) {
    c = all.map((co) => ({ item: co, keys: [co.ticker, co.name, ...co.aliases] }));
    candidatesCache.set(all, c);
  }
  return c;
}

export async function suggestCompanies(
  dir: Directory,
  partial: string,
  limit: number,
): Promise<CompanyRecord[]> {
  const all = await dir.companies.all();
  const q = partial.trim().replace(/^\$/, '');
  if (!q) return all.slice(0, limit);
  // Exact ticker first, then ticker prefixes, then names and fuzzy matches.
  const upper = q.toUpperCase();
  const exact = all.filter((c) => c.ticker === upper);
  const prefix = all
    .filter((c) => c.ticker !== upper && c.ticker.startsWith(upper))
    .sort((a, b) => a.ticker.length - b.ticker.length || a.ticker.localeCompare(b.ticker));
  const seen = new Set([...exact, ...prefix].map((c) => c.ticker));
  const rest = rankCandidates(q, companyCandidates(all), limit + seen.size).filter(
    (c) => !seen.has(c.ticker),
  );
  return [...exact, ...prefix, ...rest].slice(0, limit);
}

const toResolved = (c: CompanyRecord): ResolvedCompany => ({
  ticker: c.ticker,
  name: shortName(c.name),
  aliases: c.aliases,
});

/**
 * "LUMN", "$lumn", "lumen", "Lumen Technologies" → the company. A ticker-shaped word that is not in
 * the directory but that articles mention is accepted too, so a thin directory never hides articles.
 */
export async function resolveCompany(raw: string, dir: Directory): Promise<Resolution<ResolvedCompany>> {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!text) return fail('Which company? Give a ticker (LUMN) or a name (Lumen).');
  const bare = text.replace(/^\$/, '');
  if (TICKER_INPUT.test(text)) {
    const byTicker = await dir.companies.get(bare.toUpperCase());
    if (byTicker) return ok(toResolved(byTicker));
  }
  const byAlias = await dir.companies.findByAlias(text);
  if (byAlias) return ok(toResolved(byAlias));
  if (TICKER_INPUT.test(text) && bare.length <= 5) {
    const upper = bare.toUpperCase();
    const mentioned = await dir.articles.byTicker(upper, { limit: 1 });
    if (mentioned.length) return ok({ ticker: upper, name: upper, aliases: [] });
  }
  const suggestions = (await suggestCompanies(dir, text, 3)).map((c) => c.ticker);
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return fail(
    `I don't know ${shown}.${suggestions.length ? ` Did you mean ${orList(suggestions)}?` : ''}`,
    suggestions,
  );
}

/** Several tickers: "LUMN PLTR", "LUMN, PLTR and AT&T". Every one must resolve. */
export async function resolveCompanies(raw: string, dir: Directory): Promise<Resolution<ResolvedCompany[]>> {
  const parts = raw
    .split(/[\s,;]+|\band\b/i)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return fail('Give one or more tickers, e.g. "LUMN PLTR".');
  const out: ResolvedCompany[] = [];
  const errors: string[] = [];
  const suggestions: string[] = [];
  for (const p of parts) {
    const r = await resolveCompany(p, dir);
    if (r.ok) {
      if (!out.some((c) => c.ticker === r.value.ticker)) out.push(r.value);
    } else {
      errors.push(r.error);
      suggestions.push(...(r.suggestions ?? []));
    }
  }
  if (errors.length) return fail(errors.join(' '), suggestions);
  return ok(out);
}
