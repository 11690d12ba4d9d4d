/**
 * What the pipeline needs from the extraction engine, as an interface: the pipeline is written and
 * tested against this, and `defaultEngine()` wires in src/extract/.
 */
import type { RawArticle } from '../domain/article.js';
import type { DealFact, Extraction } from '../domain/facts.js';
import type { CompanyRecord, DealRecord, DealSource } from '../domain/records.js';
import { createDirectory, type CompanyDirectory } from '../extract/companies/directory.js';
import { extractArticle } from '../extract/index.js';
import { DEAL_PROGRESS_WINDOW_DAYS, DEAL_WINDOW_DAYS, mergeDeal, removeSource } from '../extract/merge.js';

export type { CompanyDirectory };

export interface ExtractResult {
  extraction: Extraction;
  /** The text evidence offsets point into: stored as the article's text. */
  cleanedText: string;
}

export interface ExtractEngine {
  extractArticle(
    raw: RawArticle,
    opts: { directory: CompanyDirectory; articleId: string },
  ): ExtractResult | Promise<ExtractResult>;
  /** `builtin: false` builds a directory of just these records (the pipeline layers it over the full one). */
  createDirectory(records: CompanyRecord[], opts?: { builtin?: boolean }): CompanyDirectory;
  /** Merges one article's deal fact into a matching candidate, or starts a new deal record. */
  mergeDeal(candidates: DealRecord[], fact: DealFact, source: DealSource, now: Date): DealRecord;
  /** Deals whose sources are all further than this from a report never merge with it (narrows the candidates read). */
  dealWindowDays?: number;
  /** The deal without that article's source; null when no source is left. */
  removeSource(deal: DealRecord, articleId: string): DealRecord | null;
}

/** The real engine from src/extract/. */
export async function defaultEngine(): Promise<ExtractEngine> {
  return {
    extractArticle,
    createDirectory: (records, opts) => createDirectory(records, opts),
    mergeDeal,
    removeSource,
    // The widest window any report can merge across (a completion may follow its announcement by months).
    dealWindowDays: Math.max(DEAL_WINDOW_DAYS, DEAL_PROGRESS_WINDOW_DAYS),
  };
}
