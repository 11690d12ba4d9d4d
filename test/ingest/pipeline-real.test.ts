/** The pipeline with the real extraction engine, on the shared fixture articles (HTML, text, JSON, Markdown). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultEngine } from '../../src/ingest/engine.js';
import { ingestInputs, type IngestDeps } from '../../src/ingest/pipeline.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

const ARTICLES = new URL('../fixtures/articles/', import.meta.url).pathname;
let store: Store;
let deps: IngestDeps;

beforeAll(async () => {
  store = await openStore('memory://');
  deps = {
    store,
    engine: await defaultEngine(),
    allowPrivate: false,
    now: () => new Date('2026-11-20T12:00:00Z'),
  };
});
afterAll(() => store.close());

describe('ingest with the real engine', () => {
  it('reads every fixture article (gold files skipped), stores facts, and is idempotent', async () => {
    const first = await ingestInputs([ARTICLES], deps);
    expect(first.failed).toEqual([]);
    expect(first.new).toBeGreaterThanOrEqual(20);
    expect(first.facts.deals).toBeGreaterThan(0);
    expect(first.facts.stockMoves).toBeGreaterThan(0);
    const articles = await store.articles.count();
    const deals = (await store.deals.newest({ limit: 1000 })).length;

    const again = await ingestInputs([ARTICLES], deps);
    expect(again).toMatchObject({ new: 0, updated: 0, unchanged: first.new, failed: [] });
    expect(await store.articles.count()).toBe(articles);
    expect((await store.deals.newest({ limit: 1000 })).length).toBe(deals);
  });

  it('merges the announcement and the completion of one deal into one record citing both', async () => {
    const deals = (await store.deals.byParty('NWAN')).filter((d) =>
      d.parties.some((p) => /Caldera/.test(p.name)),
    );
    expect(deals).toHaveLength(1);
    expect(deals[0]!.status).toBe('completed');
    expect(deals[0]!.sources.map((s) => s.status).sort()).toEqual(['announced', 'completed']);
  });

  it('keeps every stored evidence span pointing at its sentence in the stored text', async () => {
    const heads = await store.articles.newest({ limit: 100 });
    for (const a of await store.articles.getMany(heads.map((h) => h.id))) {
      for (const m of await store.stockMoves.forArticle(a.id))
        expect(a.text.slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.text);
    }
  });
});
