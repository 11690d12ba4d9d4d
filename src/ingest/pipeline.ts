/**
 * The ingest pipeline: inputs → articles → identity/dedupe → extraction → store (article, its facts,
 * merged deals, learned company names). One article at a time, so memory stays flat however many
 * inputs there are. A failing input or article is recorded with its reason and the rest goes on.
 */
import { EventEmitter } from 'node:events';
import type { RawArticle } from '../domain/article.js';
import { createLogger } from '../log.js';
import type { DealFact, Extraction } from '../domain/facts.js';
import type { ArticleHead, ArticleRecord, CompanyRecord, DealRecord, DealSource } from '../domain/records.js';
import { StoreUnavailableError, type ArticleFacts, type Store } from '../store/types.js';
import type { CompanyDirectory, ExtractEngine } from './engine.js';
import type { FetchOptions, FetchResult, FetchValidators } from './fetch.js';
import { articleIdentity, canonicalUrl, isUriGuid, type ArticleIdentity } from './identity.js';
import { GrowingDirectory } from './layered-directory.js';
import { learnableName } from './learn.js';
import { readInput } from './readers/inputs.js';

/** `refreshed`: stored with the same content, extracted again because the ingest asked for it (`--refresh`). */
export type ArticleStatus = 'new' | 'updated' | 'refreshed' | 'unchanged';

export interface FactCounts {
  deals: number;
  stockMoves: number;
  analystActions: number;
  events: number;
  quotes: number;
  risks: number;
}

export interface IngestSummary {
  new: number;
  updated: number;
  refreshed: number;
  unchanged: number;
  failed: { input: string; reason: string }[];
  /** Facts written by new, updated and refreshed articles, by kind. */
  facts: FactCounts;
  /** URLs (feeds, pages) that answered "not modified" to our saved validators. */
  notModified: number;
}

export type IngestProgress =
  | { type: 'input'; input: string; index: number; total: number }
  | {
      type: 'article';
      input: string;
      origin: string;
      title: string;
      status: ArticleStatus;
      articleId: string;
    }
  | { type: 'failure'; input: string; reason: string }
  | { type: 'not-modified'; input: string }
  /** A feed item already stored as the feed dates it: its page was not fetched again. */
  | { type: 'item-unchanged'; input: string };

/** Emitted for every article written (not an unchanged one), after it and its deals are stored (caches, alerts). */
export interface IngestedEvent {
  status: Exclude<ArticleStatus, 'unchanged'>;
  article: ArticleRecord;
  facts: ArticleFacts;
  /** Deals this article created or updated, as stored. */
  deals: DealRecord[];
  extraction: Extraction;
}

/** Subscribe with `ingestEvents.on('ingested', (e: IngestedEvent) => …)`. */
export const ingestEvents = new EventEmitter();
ingestEvents.setMaxListeners(100); // digests, alerts, caches and tests all listen

const log = createLogger('ingest');

export interface IngestDeps {
  store: Store;
  engine: ExtractEngine;
  /** A fixed directory (tests, `extract`); by default built from the store and grown as articles teach it. */
  directory?: CompanyDirectory;
  allowPrivate: boolean;
  now?: () => Date;
  onProgress?(e: IngestProgress): void;
  onIngested?(e: IngestedEvent): void;
  /**
   * Extract again the articles already stored with the same content, replacing their facts (after an
   * upgrade of the rules). Feeds are read in full: no conditional fetch, no skipping of stored items.
   */
  refresh?: boolean;
  stdin?: NodeJS.ReadableStream;
  cwd?: string;
  /** Injected in tests. */
  fetch?: (url: string, opts: FetchOptions) => Promise<FetchResult>;
}

export interface ArticleOutcome {
  status: ArticleStatus;
  articleId: string;
  facts: FactCounts;
}

const emptyCounts = (): FactCounts => ({
  deals: 0,
  stockMoves: 0,
  analystActions: 0,
  events: 0,
  quotes: 0,
  risks: 0,
});

const validatorsKey = (url: string) => `ingest:validators:${canonicalUrl(url) ?? url}`;
const articleDealsKey = (articleId: string) => `ingest:article-deals:${articleId}`;

/**
 * The directory the extractor sees: the store's directory (built once) layered with the names learned
 * during this run (a small directory rebuilt whenever a name is learned).
 */
class DirectoryHolder {
  private growing: GrowingDirectory | null = null;
  constructor(
    private readonly deps: IngestDeps,
    private readonly fixed: CompanyDirectory | undefined,
  ) {}

  async get(): Promise<CompanyDirectory> {
    if (this.fixed) return this.fixed;
    if (!this.growing) {
      const { engine, store } = this.deps;
      const base = engine.createDirectory(await store.companies.all());
      this.growing = new GrowingDirectory(base, (records) =>
        engine.createDirectory(records, { builtin: false }),
      );
    }
    return this.growing.current;
  }

  learned(records: CompanyRecord[]): void {
    this.growing?.add(records);
  }
}

/**
 * Ingests every input in order; never throws for a bad input (it lands in `failed`). Throws
 * StoreUnavailableError when the store stops answering: nothing more could be saved.
 */
export async function ingestInputs(inputs: string[], deps: IngestDeps): Promise<IngestSummary> {
  const summary: IngestSummary = {
    new: 0,
    updated: 0,
    refreshed: 0,
    unchanged: 0,
    failed: [],
    facts: emptyCounts(),
    notModified: 0,
  };
  const directory = new DirectoryHolder(deps, deps.directory);
  for (const [index, input] of inputs.entries()) {
    deps.onProgress?.({ type: 'input', input, index, total: inputs.length });
    let failedHere = 0;
    const fail = (where: string, reason: string) => {
      failedHere++;
      summary.failed.push({ input: where, reason });
      deps.onProgress?.({ type: 'failure', input: where, reason });
    };
    try {
      for await (const item of readInput(input, {
        allowPrivate: deps.allowPrivate,
        stdin: deps.stdin,
        cwd: deps.cwd,
        fetch: deps.fetch,
        validatorsFor: (url) =>
          deps.refresh
            ? Promise.resolve(undefined)
            : deps.store.getValue<FetchValidators>(validatorsKey(url)),
        storedItem: (it) => (deps.refresh ? Promise.resolve(false) : storedFeedItem(deps.store, it)),
      })) {
        if (item.kind === 'failure') fail(item.input, item.reason);
        else if (item.kind === 'unchanged') {
          summary.unchanged++;
          deps.onProgress?.({ type: 'item-unchanged', input: item.input });
        } else if (item.kind === 'not-modified') {
          summary.notModified++;
          deps.onProgress?.({ type: 'not-modified', input: item.input });
        } else if (item.kind === 'validators') {
          // Only once everything the URL held went in: otherwise a retry would be answered 304.
          if (failedHere === 0) await deps.store.setValue(validatorsKey(item.url), item.validators);
        } else {
          try {
            const outcome = await ingestOne(item.article, deps, directory);
            summary[outcome.status]++;
            for (const k of Object.keys(summary.facts) as (keyof FactCounts)[])
              summary.facts[k] += outcome.facts[k];
            deps.onProgress?.({
              type: 'article',
              input,
              origin: item.article.origin,
              title: item.article.title,
              status: outcome.status,
              articleId: outcome.articleId,
            });
          } catch (err) {
            if (err instanceof StoreUnavailableError) throw err;
            fail(item.article.origin, reasonOf(err));
          }
        }
      }
    } catch (err) {
      // A store that is down fails every article alike: stop and say so once.
      if (err instanceof StoreUnavailableError) throw err;
      fail(input, reasonOf(err));
    }
  }
  return summary;
}

const holders = new WeakMap<IngestDeps, DirectoryHolder>();

/** One article from anywhere (feed polling, tests). Reuse the same deps object to reuse its directory. */
export async function ingestRawArticle(raw: RawArticle, deps: IngestDeps): Promise<ArticleOutcome> {
  let holder = holders.get(deps);
  if (!holder) holders.set(deps, (holder = new DirectoryHolder(deps, deps.directory)));
  return ingestOne(raw, deps, holder);
}

const reasonOf = (err: unknown): string => {
  if (err && typeof err === 'object' && 'issues' in err) return 'extraction produced an invalid record';
  return err instanceof Error ? err.message : String(err);
};

/** The stored article with this guid, unless the guid is a bare one and the two URLs tell them apart. */
async function findByGuid(store: Store, identity: ArticleIdentity): Promise<ArticleHead | undefined> {
  if (!identity.guid) return undefined;
  const found = await store.articles.findByGuid(identity.guid);
  if (!found || isUriGuid(identity.guid)) return found;
  const urlsDiffer =
    !!identity.canonicalUrl && !!found.canonicalUrl && found.canonicalUrl !== identity.canonicalUrl;
  return urlsDiffer ? undefined : found;
}

/** The store holds this feed item's page as the feed dates it now: same URL, same publish date. */
async function storedFeedItem(
  store: Store,
  item: { link: string; published: string | null },
): Promise<boolean> {
  const canon = canonicalUrl(item.link);
  const found = canon ? await store.articles.findByCanonicalUrl(canon) : undefined;
  return !!found && (item.published === null || found.publishedAt === item.published);
}

/**
 * new / updated (same URL or guid, new content) / unchanged (same content already stored), or
 * refreshed instead of unchanged when the ingest asked to extract stored articles again.
 */
async function classify(
  store: Store,
  identity: ArticleIdentity,
  refresh: boolean,
): Promise<{ status: ArticleStatus; previous: ArticleHead | undefined }> {
  const same: ArticleStatus = refresh ? 'refreshed' : 'unchanged';
  const previous =
    (identity.canonicalUrl ? await store.articles.findByCanonicalUrl(identity.canonicalUrl) : undefined) ??
    (await findByGuid(store, identity));
  if (previous) return { status: previous.contentHash === identity.contentHash ? same : 'updated', previous };
  const sameContent = await store.articles.findByContentHash(identity.contentHash);
  return { status: sameContent ? same : 'new', previous: sameContent };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

async function ingestOne(
  raw: RawArticle,
  deps: IngestDeps,
  directory: DirectoryHolder,
): Promise<ArticleOutcome> {
  if (!raw.text.trim()) throw new Error('no article text');
  const { store, engine } = deps;
  const identity = articleIdentity(raw);
  const { status, previous } = await classify(store, identity, !!deps.refresh);
  if (status === 'unchanged') return { status, articleId: previous!.id, facts: emptyCounts() };
  const articleId = status === 'new' ? identity.id : previous!.id;
  // A refreshed article did not arrive now: it keeps its arrival time, so its deals and facts are not
  // news to alerts and digests a second time.
  const now = status === 'refreshed' ? new Date(previous!.ingestedAt) : (deps.now?.() ?? new Date());

  const dir = await directory.get();
  const { extraction, cleanedText } = await engine.extractArticle(raw, { directory: dir, articleId });
  const sortDate = extraction.article.publishedAt ?? raw.publishedAt ?? isoDay(now);
  const article: ArticleRecord = {
    ...extraction.article,
    id: articleId,
    url: extraction.article.url ?? raw.url,
    canonicalUrl: identity.canonicalUrl,
    guid: identity.guid,
    contentHash: identity.contentHash,
    text: cleanedText,
    origin: raw.origin,
    ingestedAt: now.toISOString(),
    // The same content may have been stored from another address: a refresh keeps the stored identity.
    ...(status === 'refreshed' && {
      url: previous!.url,
      canonicalUrl: previous!.canonicalUrl,
      guid: previous!.guid,
      origin: previous!.origin,
    }),
  };
  const facts = articleFacts(extraction, articleId, sortDate);

  // An update (or a refresh) first withdraws the old version's reports from the deals that cited it.
  if (status !== 'new') await withdrawDealSources(store, engine, articleId);
  await store.saveArticle(article, facts);
  const deals = await mergeDeals(deps, extraction.deals, articleId, sortDate, now);
  // Which deals cite this article, so an update can withdraw exactly those reports.
  if (deals.length) await store.setValue(articleDealsKey(articleId), [...new Set(deals.map((d) => d.id))]);
  const learned = companiesLearned(extraction, dir);
  if (learned.length) {
    await store.companies.upsertMany(learned);
    directory.learned(learned);
  }

  const event: IngestedEvent = { status, article, facts, deals, extraction };
  // The article is stored: a failing listener is its own problem, not this article's.
  try {
    deps.onIngested?.(event);
    ingestEvents.emit('ingested', event);
  } catch (err) {
    log.warn('an ingested-article listener failed:', (err as Error)?.message ?? String(err));
  }
  return {
    status,
    articleId,
    facts: {
      deals: extraction.deals.length,
      stockMoves: facts.stockMoves.length,
      analystActions: facts.analystActions.length,
      events: facts.events.length,
      quotes: facts.quotes.length,
      risks: facts.risks.length,
    },
  };
}

/** Per-article fact records; ids are stable (article id + kind + index) so a re-save overwrites them. */
export function articleFacts(extraction: Extraction, articleId: string, sortDate: string): ArticleFacts {
  const base = (kind: string, i: number) => ({ id: `${articleId}:${kind}:${i}`, articleId, sortDate });
  return {
    stockMoves: extraction.stockMoves.map((f, i) => ({ ...f, ...base('move', i) })),
    analystActions: extraction.analystActions.map((f, i) => ({ ...f, ...base('analyst', i) })),
    events: extraction.events.map((f, i) => ({ ...f, ...base('event', i) })),
    quotes: extraction.quotes.map((f, i) => ({ ...f, ...base('quote', i) })),
    risks: extraction.risks.map((f, i) => ({
      ...f,
      ...base('risk', i),
      tickers: extraction.article.tickers,
    })),
  };
}

async function withdrawDealSources(store: Store, engine: ExtractEngine, articleId: string): Promise<void> {
  const ids = (await store.getValue<string[]>(articleDealsKey(articleId))) ?? [];
  for (const deal of await store.deals.getMany(ids)) {
    const rest = engine.removeSource(deal, articleId);
    if (rest) await store.deals.put(rest);
    else await store.deals.delete(deal.id);
  }
  await store.setValue(articleDealsKey(articleId), []);
}

const partyKey = (p: DealFact['parties'][number]) => p.ticker ?? p.name;

async function mergeDeals(
  deps: IngestDeps,
  dealFacts: DealFact[],
  articleId: string,
  sortDate: string,
  now: Date,
): Promise<DealRecord[]> {
  const out = new Map<string, DealRecord>();
  // Only deals with a report inside the merge window can match: their newest source is at most that old.
  const window = deps.engine.dealWindowDays;
  const since =
    window != null ? isoDay(new Date(Date.parse(`${sortDate}T00:00:00Z`) - window * 86_400_000)) : undefined;
  for (const fact of dealFacts) {
    const candidates = new Map<string, DealRecord>();
    for (const party of fact.parties) {
      for (const d of await deps.store.deals.byParty(partyKey(party), { since, limit: 200 }))
        candidates.set(d.id, d);
    }
    const source: DealSource = {
      articleId,
      status: fact.status,
      value: fact.value,
      confidence: fact.confidence,
      evidence: fact.evidence,
      sortDate,
    };
    const deal = deps.engine.mergeDeal([...candidates.values()], fact, source, now);
    await deps.store.deals.put(deal);
    out.set(deal.id, deal);
  }
  return [...out.values()];
}

/**
 * Names the article anchored to a ticker ("Lumen Technologies (NYSE: LUMN)") that the directory did
 * not know under that name: later articles then recognise the name without an anchor.
 */
function companiesLearned(extraction: Extraction, dir: CompanyDirectory): CompanyRecord[] {
  const out: CompanyRecord[] = [];
  for (const c of extraction.companies) {
    if (!c.ticker || !c.exchange) continue; // an exchange comes only from an anchor or the directory itself
    const name = learnableName(c.name);
    if (!name) continue;
    const known = dir.byAlias(name);
    if (known?.entry.ticker === c.ticker.toUpperCase()) continue;
    if (known && !known.ambiguous) continue; // the name means another company: don't fight the directory
    out.push({
      ticker: c.ticker.toUpperCase(),
      name,
      exchange: c.exchange,
      aliases: [name],
      cik: null,
      origin: 'article',
    });
  }
  return out;
}
