/**
 * Ranked full-text retrieval over article sentences. One MiniSearch index per subject scope (a ticker,
 * or "recent" for questions without one), filled lazily from the store and kept in step with ingest:
 * each question passes the scope's current articles, and only articles that are new or whose
 * contentHash changed are (re)indexed; articles that left the scope are dropped. So a question costs
 * at most the handful of articles that changed, never the whole store; scopes are LRU-bounded.
 */
import MiniSearch from 'minisearch';
import type { ArticleRecord } from '../domain/records.js';
import { splitSentences, stem, words, type Sentence } from './text.js';

export interface SentenceHit extends Sentence {
  articleId: string;
  /** Position of the sentence in its article (0 = first). */
  index: number;
  score: number;
}

interface SentenceDoc {
  id: string;
  articleId: string;
  index: number;
  text: string;
  start: number;
  end: number;
}

interface Scope {
  ms: MiniSearch<SentenceDoc>;
  /** article id → [contentHash, sentence count] */
  articles: Map<string, [string, number]>;
}

const INDEX_STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'or',
  'in',
  'on',
  'for',
  'is',
  'it',
  'that',
  'by',
  'as',
  'at',
  'be',
  'was',
  'with',
  'its',
]);

const tokenize = (text: string): string[] => {
  const out = words(text);
  // Money and percent signs are answers in themselves ("$", "%", "€").
  for (const m of text.matchAll(/[$€£¥%×]/g)) out.push(m[0]);
  return out;
};
const processTerm = (term: string): string | null => (INDEX_STOP.has(term) ? null : stem(term));

export interface SentenceIndexOptions {
  /** How many scopes stay in memory (each holds its articles' sentences). */
  maxScopes?: number;
}

export class SentenceIndex {
  private scopes = new Map<string, Scope>();
  private sentenceCache = new Map<string, { hash: string; sentences: Sentence[] }>();
  private readonly maxScopes: number;

  constructor(opts: SentenceIndexOptions = {}) {
    this.maxScopes = opts.maxScopes ?? 256;
  }

  /** The article's sentences (cached by id and contentHash). */
  sentencesOf(article: ArticleRecord): Sentence[] {
    const hit = this.sentenceCache.get(article.id);
    if (hit && hit.hash === article.contentHash) return hit.sentences;
    const sentences = splitSentences(article.text);
    this.sentenceCache.set(article.id, { hash: article.contentHash, sentences });
    if (this.sentenceCache.size > this.maxScopes * 40) {
      const oldest = this.sentenceCache.keys().next().value;
      if (oldest !== undefined) this.sentenceCache.delete(oldest);
    }
    return sentences;
  }

  /** Brings a scope in step with its current articles: adds new or changed ones, drops departed ones. */
  sync(scopeKey: string, articles: ArticleRecord[]): void {
    let scope = this.scopes.get(scopeKey);
    if (scope) this.scopes.delete(scopeKey); // re-insert below: most recently used last
    scope ??= {
      ms: new MiniSearch<SentenceDoc>({
        fields: ['text'],
        storeFields: ['articleId', 'index', 'text', 'start', 'end'],
        tokenize,
        processTerm,
      }),
      articles: new Map(),
    };
    const wanted = new Map(articles.map((a) => [a.id, a]));
    for (const [id, [hash, n]] of scope.articles) {
      const now = wanted.get(id);
      if (now && now.contentHash === hash) continue;
      for (let i = 0; i < n; i++) scope.ms.discard(`${id}#${i}`);
      scope.articles.delete(id);
    }
    for (const a of articles) {
      if (scope.articles.has(a.id)) continue;
      const sentences = this.sentencesOf(a);
      scope.ms.addAll(sentences.map((s, i) => ({ id: `${a.id}#${i}`, articleId: a.id, index: i, ...s })));
      scope.articles.set(a.id, [a.contentHash, sentences.length]);
    }
    this.scopes.set(scopeKey, scope);
    while (this.scopes.size > this.maxScopes) {
      const oldest = this.scopes.keys().next().value;
      if (oldest === undefined) break;
      this.scopes.delete(oldest);
    }
  }

  /** Best sentences in a scope for a query (terms are stemmed like the index). */
  search(scopeKey: string, query: string, limit = 40): SentenceHit[] {
    const scope = this.scopes.get(scopeKey);
    if (!scope || !query.trim()) return [];
    const results = scope.ms.search(query, { combineWith: 'OR', prefix: (t) => t.length >= 5 });
    return results.slice(0, limit).map((r) => ({
      articleId: r.articleId as string,
      index: r.index as number,
      text: r.text as string,
      start: r.start as number,
      end: r.end as number,
      score: r.score,
    }));
  }

  /** Every sentence of the scope's articles that mentions a term (for names the ranking misses). */
  scopeArticleIds(scopeKey: string): string[] {
    return [...(this.scopes.get(scopeKey)?.articles.keys() ?? [])];
  }

  get size(): number {
    return this.scopes.size;
  }
}
