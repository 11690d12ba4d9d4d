/**
 * The engine tests ingest with: the real one from src/ingest/engine.ts once it is part of the build,
 * else a provisional one over src/extract/extractArticle (one deal record per fact, no merging), so
 * the Q&A tests exercise real extraction either way.
 */
import { randomUUID } from 'node:crypto';
import type { DealRecord } from '../../src/domain/records.js';
import { defaultEngine, type ExtractEngine } from '../../src/ingest/engine.js';

export async function testEngine(): Promise<{ engine: ExtractEngine; provisional: boolean }> {
  try {
    return { engine: await defaultEngine(), provisional: false };
  } catch {
    const ex = await import('../../src/extract/index.js');
    const engine: ExtractEngine = {
      extractArticle: (raw, { directory, articleId }) => ex.extractArticle(raw, { directory, articleId }),
      createDirectory: (records) => ex.createDirectory(records),
      mergeDeal(_candidates, fact, source, now): DealRecord {
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
      },
      removeSource: (deal, articleId) => {
        const sources = deal.sources.filter((s) => s.articleId !== articleId);
        return sources.length ? { ...deal, sources } : null;
      },
    };
    return { engine, provisional: true };
  }
}
