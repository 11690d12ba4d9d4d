/**
 * extractArticle: one raw article in, the public Extraction shape out, plus the cleaned text that every
 * evidence offset points into. Pure and synchronous; no network, no model download.
 */
import { createHash } from 'node:crypto';
import type { RawArticle } from '../domain/article.js';
import type { Company, Extraction } from '../domain/facts.js';
import { cleanArticle } from './clean.js';
import type { CompanyDirectory } from './companies/directory.js';
import { resolveCompanies, type Entity } from './companies/mentions.js';
import { nameKey, stripLegalSuffix } from './companies/tokens.js';
import type { ArticleContext } from './context.js';
import { extractAnalystActions } from './facts/analyst.js';
import { tableDeals } from './facts/deal-tables.js';
import { extractDeals } from './facts/deals/index.js';
import { extractEvents } from './facts/events.js';
import { extractStockMoves } from './facts/moves.js';
import { extractQuotes } from './facts/quotes.js';
import { extractRisks } from './facts/risks.js';
import { splitSentences, type Span } from './sentences.js';

export interface ExtractOptions {
  directory: CompanyDirectory;
  articleId?: string;
}

export interface ExtractResult {
  extraction: Extraction;
  cleanedText: string;
}

export function extractArticle(raw: RawArticle, opts: ExtractOptions): ExtractResult {
  const cleaned = cleanArticle(raw.text, raw.title ?? '', opts.directory);
  const text = cleaned.text;
  const sentences = splitSentences(text);
  const companies = resolveCompanies(text, opts.directory, cleaned.tickers);
  const title = cleaned.title;

  // The story's subject: companies named in the title, else those of the opening sentences.
  const count = new Map<string, number>();
  for (const m of companies.mentions) count.set(m.entity.key, (count.get(m.entity.key) ?? 0) + 1);
  const titleLower = title.toLowerCase();
  const titleEntities = new Set<Entity>();
  const seenText = new Set<string>();
  for (const m of companies.mentions) {
    if (m.text.length < 2 || titleEntities.has(m.entity) || seenText.has(m.text)) continue;
    seenText.add(m.text);
    // Whole words only, and a ticker in capitals only as written: "COLD" is not in "The Coldest Rooms".
    if (namedInTitle(title, m.text)) titleEntities.add(m.entity);
  }
  // "Acme completes Widget purchase" over "Acme Corp (NYSE: ACME) … Widget Holdings": a listed company's
  // name without its legal form names it in a title too.
  for (const e of new Set(companies.mentions.map((m) => m.entity))) {
    const short = stripLegalSuffix(e.name);
    if (e.kind === 'listed' && short.length >= 3 && short !== e.name && namedInTitle(title, short))
      titleEntities.add(e);
  }
  const leadEnd = leadSentences(sentences).pop()?.end ?? 0;
  const leadEntities = new Set<Entity>(
    companies.mentions.filter((m) => m.end <= leadEnd).map((m) => m.entity),
  );
  const byCount = (set: Set<Entity>): Entity | null =>
    [...set]
      .filter((e) => e.kind === 'listed' || set.size === 1)
      .sort((a, b) => (count.get(b.key) ?? 0) - (count.get(a.key) ?? 0))[0] ?? null;
  // The first listed company named in the title ("Novartis wins Harbor Bay…" is about Novartis).
  const titlePos = (e: Entity): number => {
    const positions = companies.mentions
      .filter((m) => m.entity === e && m.text.length > 1)
      .map((m) => titleLower.indexOf(m.text.toLowerCase()))
      .filter((i) => i >= 0);
    return positions.length ? Math.min(...positions) : Infinity;
  };
  // Anchored companies first: a broker in the title ("Morgan Stanley turns bullish on Target") is rarely anchored.
  const inTitle = [...titleEntities]
    .filter((e) => e.kind === 'listed')
    .sort((a, b) => titlePos(a) - titlePos(b));
  const firstInTitle = inTitle.find((e) => e.anchored) ?? inTitle[0];
  const primary = firstInTitle ?? byCount(titleEntities) ?? byCount(leadEntities);
  const leadKeys = new Set<string>([...titleEntities, ...leadEntities].map((e) => e.key));
  for (const t of cleaned.tickers) leadKeys.add(`T:${t}`);

  const ctx: ArticleContext = {
    text,
    title,
    sentences,
    companies,
    published: raw.publishedAt ?? null,
    primary,
    house:
      houseOf(raw.source, companies.mentions) ??
      firstPersonHouse(text, [...titleEntities].sort((a, b) => titlePos(a) - titlePos(b))[0] ?? null),
    leadKeys,
    directory: opts.directory,
  };
  const { deals: proseDeals, hints } = extractDeals(ctx);
  const fromTables = tableDeals(ctx, proseDeals);
  const deals = [...proseDeals, ...fromTables];
  const tickers = cleaned.tickers.length
    ? cleaned.tickers
    : [...titleEntities].map((e) => e.ticker).filter((t): t is string => !!t);
  const analystActions = extractAnalystActions(ctx);
  const extraction: Extraction = {
    article: {
      id: opts.articleId ?? articleIdFor(raw),
      title,
      url: raw.url ?? null,
      source: raw.source ?? null,
      publishedAt: raw.publishedAt ?? null,
      tickers: [...new Set(tickers)],
      impactScore: cleaned.impactScore,
    },
    companies: withFirms(companies.companies(), [
      ...fromTables.flatMap((d) => d.parties),
      ...analystActions.flatMap(({ firm }) =>
        firm ? [{ name: firm, ticker: opts.directory.byAlias(firm)?.entry.ticker ?? null }] : [],
      ),
    ]),
    deals,
    stockMoves: extractStockMoves(ctx),
    analystActions,
    events: extractEvents(ctx, hints),
    quotes: extractQuotes(ctx),
    risks: extractRisks(ctx),
  };
  return { extraction, cleanedText: text };
}

/** The first three sentences that end with a full stop (or ! or ?): the lead. Stops at the third. */
function leadSentences(sentences: Span[]): Span[] {
  const lead: Span[] = [];
  for (const s of sentences) {
    if (lead.length === 3) break;
    if (/[.!?]["”’)]?$/.test(s.text)) lead.push(s);
  }
  return lead;
}

function namedInTitle(title: string, name: string): boolean {
  // A plain search before a regex: most names are not in the title at all.
  const ticker = /^[A-Z0-9.]{1,6}$/.test(name);
  const hay = ticker ? title : title.toLowerCase();
  const needle = ticker ? name : name.toLowerCase();
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1))
    if (!isWordChar(hay[at - 1]) && !isWordChar(hay[at + needle.length])) return true;
  return false;
}

// Helpers of hot functions live at module level: under tsx (esbuild keepNames) a function declared
// inside another is renamed with Object.defineProperty on every call, which costs more than its work.
const isWordChar = (c: string | undefined): boolean => !!c && /\w/.test(c);

/**
 * The company an article speaks for: the one its source names ("Pipewright Blog", "Sorrel Creek
 * Capital LP"). A company blog or a fund letter tells its own deals as "we".
 */
function houseOf(source: string | null, mentions: Array<{ entity: Entity; text: string }>): Entity | null {
  if (!source) return null;
  const key = ` ${nameKey(stripLegalSuffix(source))} `;
  for (const m of mentions) {
    const name = nameKey(stripLegalSuffix(m.entity.name));
    if (name.length >= 3 && key.includes(` ${name} `)) return m.entity;
  }
  return null;
}

/**
 * A page told in the first person outside quotes ("Five years ago, Tobias and I started Pipewright… our
 * integration with GitHub") speaks for the company its title names first, listed or not.
 */
function firstPersonHouse(text: string, firstInTitle: Entity | null): Entity | null {
  if (!firstInTitle) return null;
  const unquoted = text.replace(/[“"][^”"\n]*[”"]/g, ' ');
  return (unquoted.match(/\b(?:[Ww]e|[Oo]ur|us)\b/g)?.length ?? 0) >= 3 ? firstInTitle : null;
}

/** A stable id: the URL when there is one, else the title and text. */
export function articleIdFor(raw: Pick<RawArticle, 'url' | 'title' | 'text'>): string {
  const basis = raw.url ? `url:${raw.url}` : `text:${raw.title}\n${raw.text}`;
  return `a_${createHash('sha256').update(basis).digest('hex').slice(0, 16)}`;
}

export { createDirectory, builtinDirectory, type CompanyDirectory } from './companies/directory.js';

/**
 * Firms the article names outside the mentions resolved from its text are companies of the article too:
 * those named only in a deal table's cells, and a research firm that rates a stock ("Investec downgraded
 * Bidvest…"). A firm already listed (same ticker, same name, or a longer form of it) is not added again.
 */
function withFirms(list: Company[], firms: Array<{ name: string; ticker: string | null }>): Company[] {
  const out = [...list];
  const key = (name: string) => nameKey(stripLegalSuffix(name));
  for (const f of firms) {
    const k = key(f.name);
    const listed = out.some(
      (c) => (f.ticker && c.ticker === f.ticker) || key(c.name) === k || key(c.name).startsWith(`${k} `),
    );
    if (!listed) out.push({ name: f.name, ticker: f.ticker, exchange: null });
  }
  return out;
}
