/**
 * The engine the Q&A tests ingest with: the real one from src/ingest/engine.ts, with a provisional
 * stand-in for any part that is not in the build yet (extraction from src/extract/extractArticle;
 * one deal record per fact when deal merging is missing), so the tests exercise real extraction.
 */
import { randomUUID } from 'node:crypto';
import type { DealRecord } from '../../src/domain/records.js';
import { defaultEngine, type ExtractEngine } from '../../src/ingest/engine.js';

const newDeal: ExtractEngine['mergeDeal'] = (_candidates, fact, source, now): DealRecord => {
  const at = now.toISOString();
  return {
    id: randomUUID(),
    type: fact.type,
    parties: fact.parties,
    asset: fact.asset,
    value: fact.value,
    conflictingValues: [],
    status: fact.status,
    date: fact.date,
    confidence: fact.confidence,
    sources: [source],
    sortDate: source.sortDate,
    firstSeenAt: at,
    updatedAt: at,
  };
};
const dropSource: ExtractEngine['removeSource'] = (deal, articleId) => {
  const sources = deal.sources.filter((s) => s.articleId !== articleId);
  return sources.length ? { ...deal, sources } : null;
};

export async function testEngine(): Promise<{ engine: ExtractEngine; provisional: boolean }> {
  let real: ExtractEngine | null = null;
  try {
    real = await defaultEngine();
  } catch {
    real = null;
  }
  const ex = await import('../../src/extract/index.js');
  let provisional = !real;
  const engine: ExtractEngine = {
    extractArticle: (raw, opts) => (real ? real.extractArticle(raw, opts) : ex.extractArticle(raw, opts)),
    createDirectory: (records) => (real ? real.createDirectory(records) : ex.createDirectory(records)),
    mergeDeal(candidates, fact, source, now) {
      try {
        if (real) return real.mergeDeal(candidates, fact, source, now);
      } catch {
        provisional = true;
      }
      return newDeal(candidates, fact, source, now);
    },
    removeSource(deal, articleId) {
      try {
        if (real) return real.removeSource(deal, articleId);
      } catch {
        provisional = true;
      }
      return dropSource(deal, articleId);
    },
  };
  return {
    engine,
    get provisional() {
      return provisional;
    },
  };
}
