/**
 * Ranked full-text retrieval over article sentences. The work is done once per article, not per
 * subject: each article's sentences are split and tokenised into a small inverted list (term →
 * sentences and counts), cached by id and contentHash and shared by every subject whose scope holds
 * the article. A scope (a ticker, or "recent") is only the list of its current articles; a question
 * scores the sentences that contain its terms with BM25+ over the scope, the same formula and
 * parameters as MiniSearch (which this replaced: building a MiniSearch index per subject cost ~10 ms
 * of CPU on every first question about a company, most of it allocation). Articles that changed are
 * re-read on the next sync; everything is LRU-bounded.
 */
import type { ArticleRecord } from '../domain/records.js';
import { splitSentences, stem, words, type Sentence } from './text.js';

export interface SentenceHit extends Sentence {
  articleId: string;
  /** Position of the sentence in its article (0 = first). */
  index: number;
  score: number;
}

/** One article's sentences and their terms, computed once. */
interface ArticleTerms {
  id: string;
  hash: string;
  sentences: Sentence[];
  /** Per sentence: distinct raw tokens (BM25's field length, as MiniSearch counts it). */
  lengths: number[];
  /** term → flat [sentence index, term frequency, …] */
  postings: Map<string, number[]>;
  /** The article's terms, sorted (prefix matches by binary search); made on the first prefix query. */
  vocab: string[] | null;
}

interface Scope {
  docs: ArticleTerms[];
  /** Sentences in the scope and their mean length (BM25's collection statistics). */
  count: number;
  avgLength: number;
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

// Money and percent signs are answers in themselves ("$", "%", "€").
const SIGNS = new Set([...'$€£¥%×'].map((c) => c.charCodeAt(0)));
const tokenize = (text: string): string[] => {
  const out = words(text);
  for (let i = 0; i < text.length; i++) if (SIGNS.has(text.charCodeAt(i))) out.push(text[i]!);
  return out;
};
const processTerm = (term: string): string | null => (INDEX_STOP.has(term) ? null : stem(term));

// BM25+ as MiniSearch scores it (k, b, d), and its weight for prefix matches.
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
/** Query terms this long also match longer index terms ("acqui" → "acquisition"). */
const PREFIX_MIN = 5;

// Distinct tokens of a sentence are counted against a stamp per token: no Set per sentence.
let stamp = 0;
const seenAt = new Map<string, number>();

function termsOf(article: ArticleRecord): ArticleTerms {
  const sentences = splitSentences(article.text);
  const lengths: number[] = [];
  const postings = new Map<string, number[]>();
  if (seenAt.size > 50_000) seenAt.clear();
  for (let i = 0; i < sentences.length; i++) {
    const at = ++stamp;
    let distinct = 0;
    for (const token of tokenize(sentences[i]!.text)) {
      if (seenAt.get(token) !== at) {
        seenAt.set(token, at);
        distinct++;
      }
      const term = processTerm(token);
      if (!term) continue;
      const list = postings.get(term);
      if (!list) postings.set(term, [i, 1]);
      else if (list[list.length - 2] === i) list[list.length - 1]!++;
      else list.push(i, 1);
    }
    lengths.push(distinct);
  }
  return { id: article.id, hash: article.contentHash, sentences, lengths, postings, vocab: null };
}

const vocabOf = (d: ArticleTerms): string[] => (d.vocab ??= [...d.postings.keys()].sort());

/** Terms of a sorted vocabulary that start with `prefix` and are longer than it. */
function withPrefix(vocab: string[], prefix: string): string[] {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < vocab.length && vocab[i]!.startsWith(prefix); i++)
    if (vocab[i] !== prefix) out.push(vocab[i]!);
  return out;
}

export interface SentenceIndexOptions {
  /** How many scopes stay in memory (each is a list of its articles). */
  maxScopes?: number;
  /** How many articles' sentence data stay in memory (shared by all scopes). */
  maxArticles?: number;
}

export class SentenceIndex {
  private scopes = new Map<string, Scope>();
  private articles = new Map<string, ArticleTerms>();
  private readonly maxScopes: number;
  private readonly maxArticles: number;

  constructor(opts: SentenceIndexOptions = {}) {
    this.maxScopes = opts.maxScopes ?? 256;
    this.maxArticles = opts.maxArticles ?? 5_000;
  }

  private termsOf(article: ArticleRecord): ArticleTerms {
    const hit = this.articles.get(article.id);
    if (hit && hit.hash === article.contentHash) {
      this.articles.delete(article.id); // most recently used last
      this.articles.set(article.id, hit);
      return hit;
    }
    const made = termsOf(article);
    this.articles.set(article.id, made);
    while (this.articles.size > this.maxArticles) this.articles.delete(this.articles.keys().next().value!);
    return made;
  }

  /** The article's sentences (cached by id and contentHash). */
  sentencesOf(article: ArticleRecord): Sentence[] {
    return this.termsOf(article).sentences;
  }

  /** Whether the article uses any of these stems (a stem of 5+ letters also matches longer words). */
  usesAny(article: ArticleRecord, stems: string[]): boolean {
    const doc = this.termsOf(article);
    const { postings } = doc;
    return stems.some(
      (t) => postings.has(t) || (t.length >= PREFIX_MIN && withPrefix(vocabOf(doc), t).length > 0),
    );
  }

  /** Brings a scope in step with its current articles (new or changed ones are tokenised once). */
  sync(scopeKey: string, articles: ArticleRecord[]): void {
    const docs = articles.map((a) => this.termsOf(a));
    let count = 0;
    let total = 0;
    for (const d of docs) {
      count += d.lengths.length;
      for (const l of d.lengths) total += l;
    }
    this.scopes.delete(scopeKey);
    this.scopes.set(scopeKey, { docs, count, avgLength: count ? total / count : 0 });
    while (this.scopes.size > this.maxScopes) this.scopes.delete(this.scopes.keys().next().value!);
  }

  /** Best sentences in a scope for a query (terms are processed like the index; OR semantics). */
  search(scopeKey: string, query: string, limit = 40): SentenceHit[] {
    const scope = this.scopes.get(scopeKey);
    if (!scope || !scope.count || !query.trim()) return [];
    const { docs, count, avgLength } = scope;
    // Sentence key (doc number << 16 | sentence index) → score and the query terms it matched.
    const results = new Map<number, { score: number; terms: Set<string> }>();
    const add = (source: string, term: string, weight: number) => {
      let matching = 0;
      for (const d of docs) matching += (d.postings.get(term)?.length ?? 0) / 2;
      if (!matching) return;
      const idf = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
      docs.forEach((d, n) => {
        const list = d.postings.get(term);
        if (!list) return;
        for (let j = 0; j < list.length; j += 2) {
          const i = list[j]!;
          const tf = list[j + 1]!;
          const norm = 1 - B + (B * d.lengths[i]!) / avgLength;
          const score = weight * idf * (D + (tf * (K + 1)) / (tf + K * norm));
          const key = n * 65_536 + i;
          const r = results.get(key);
          if (r) {
            r.score += score;
            r.terms.add(source);
          } else results.set(key, { score, terms: new Set([source]) });
        }
      });
    };
    for (const token of tokenize(query)) {
      const term = processTerm(token);
      if (!term) continue;
      add(term, term, 1);
      if (term.length < PREFIX_MIN) continue;
      const longer = new Set(docs.flatMap((d) => withPrefix(vocabOf(d), term)));
      for (const t of longer)
        add(term, t, (PREFIX_WEIGHT * t.length) / (t.length + 0.3 * (t.length - term.length)));
    }
    // A sentence matching more of the query's terms ranks higher (MiniSearch's "quality").
    const ranked = [...results].map(([key, r]) => ({ key, score: r.score * r.terms.size }));
    ranked.sort((a, b) => b.score - a.score);
    return ranked.slice(0, limit).map(({ key, score }) => {
      const d = docs[Math.floor(key / 65_536)]!;
      const index = key % 65_536;
      return { ...d.sentences[index]!, articleId: d.id, index, score };
    });
  }

  /** The ids of a scope's articles. */
  scopeArticleIds(scopeKey: string): string[] {
    return (this.scopes.get(scopeKey)?.docs ?? []).map((d) => d.id);
  }

  get size(): number {
    return this.scopes.size;
  }
}
