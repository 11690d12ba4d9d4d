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

describe('ingest --refresh: stored articles extracted again with the current rules', () => {
  const FILE = `${ARTICLES}01-pr-northwind-caldera.txt`;
  const first = new Date('2026-11-20T12:00:00Z');
  const later = new Date('2026-12-01T09:00:00Z');
  let refreshStore: Store;
  beforeAll(async () => {
    refreshStore = await openStore('memory://');
  });
  afterAll(() => refreshStore.close());

  it('replaces the facts an older engine stored, without doubling deals or making them news again', async () => {
    const engine = await defaultEngine();
    // "Older rules": the same engine that found no deals.
    const older = {
      ...engine,
      async extractArticle(...args: Parameters<typeof engine.extractArticle>) {
        const r = await engine.extractArticle(...args);
        return { ...r, extraction: { ...r.extraction, deals: [] } };
      },
    };
    const base = { store: refreshStore, allowPrivate: false };
    const stored = await ingestInputs([FILE], { ...base, engine: older, now: () => first });
    expect(stored).toMatchObject({ new: 1, refreshed: 0 });
    expect(await refreshStore.deals.newest({ limit: 10 })).toEqual([]);

    // Without --refresh the same content is left alone, whatever the engine.
    const plain = await ingestInputs([FILE], { ...base, engine, now: () => later });
    expect(plain).toMatchObject({ new: 0, updated: 0, refreshed: 0, unchanged: 1 });
    expect(await refreshStore.deals.newest({ limit: 10 })).toEqual([]);

    const refreshed = await ingestInputs([FILE], { ...base, engine, now: () => later, refresh: true });
    expect(refreshed).toMatchObject({ new: 0, updated: 0, refreshed: 1, unchanged: 0, failed: [] });
    const deals = await refreshStore.deals.newest({ limit: 10 });
    expect(deals.length).toBeGreaterThan(0);
    expect(deals.some((d) => d.parties.some((p) => p.ticker === 'NWAN'))).toBe(true);
    // It arrived on the first ingest: alerts read arrival times, so nothing is announced again.
    for (const d of deals) expect(d.firstSeenAt).toBe(first.toISOString());
    const [head] = await refreshStore.articles.newest({ limit: 10 });
    expect(head!.ingestedAt).toBe(first.toISOString());
    expect(await refreshStore.articles.count()).toBe(1);

    // A second refresh replaces the article's reports instead of adding to them.
    await ingestInputs([FILE], { ...base, engine, now: () => later, refresh: true });
    const again = await refreshStore.deals.newest({ limit: 10 });
    expect(again.map((d) => d.id).sort()).toEqual(deals.map((d) => d.id).sort());
    for (const d of again) expect(d.sources).toHaveLength(1);
  });
});
