/**
 * Article heads and texts are stored apart: listings read heads (with a one-line summary), answers
 * read full records, and a store written before the split is upgraded once at open.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, rawKv } from '../../src/store/index.js';
import { SCHEMA_VERSION_KEY } from '../../src/store/migrations.js';
import type { Store } from '../../src/store/types.js';
import { article, noFacts, stockMove } from './builders.js';

const body = (lead: string) =>
  `Widgets rise\n\nAUSTIN, March 3, 2026 — ${lead} The rest of the story follows with more detail.`;

let store: Store | undefined;
let dir: string | undefined;
afterEach(async () => {
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  store = dir = undefined;
});

describe('article heads and texts', () => {
  it('lists heads with a summary and no text, and reads full records on request', async () => {
    store = await openStore('memory://');
    const lead = 'Widget Corp. agreed to buy Gadget Ltd. for $40 million in cash on Tuesday.';
    await store.saveArticle(
      article('a1', '2026-03-03', { title: 'Widgets rise', text: body(lead) }),
      noFacts(),
    );
    const [head] = await store.articles.newest();
    expect(head).toMatchObject({ id: 'a1', summary: lead });
    expect(head).not.toHaveProperty('text');
    expect((await store.articles.findByGuid('guid-a1'))?.summary).toBe(lead);
    const full = await store.articles.get('a1');
    expect(full?.text).toBe(body(lead));
    expect(full).not.toHaveProperty('summary');
  });

  it("reads an article's facts from its own fact list, or from the manifest in older stores", async () => {
    store = await openStore('memory://');
    const moves = [stockMove('m1', 'a1', 'ACME', '2026-03-03'), stockMove('m2', 'a1', 'BORL', '2026-03-03')];
    await store.saveArticle(article('a1', '2026-03-03'), noFacts({ stockMoves: moves }));
    expect((await store.stockMoves.forArticle('a1')).map((m) => m.id).sort()).toEqual(['m1', 'm2']);
    await rawKv(store).delete('af:a1'); // as written before the list existed
    expect((await store.stockMoves.forArticle('a1')).map((m) => m.id).sort()).toEqual(['m1', 'm2']);
  });

  it('deletes the text with the article', async () => {
    store = await openStore('memory://');
    await store.saveArticle(article('a1', '2026-03-03'), noFacts());
    await store.deleteArticle('a1');
    expect(await rawKv(store).getMany(['a:a1', 'at:a1'])).toEqual([undefined, undefined]);
  });

  it('upgrades a store written before the split, once, at open', async () => {
    dir = mkdtempSync(join(tmpdir(), 'dealdesk-split-'));
    const url = `sqlite://${join(dir, 'old.sqlite')}`;
    const lead = 'Acme Inc. said it will sell its sensor unit to Borealis AG for about €300 million.';
    const old = await openStore(url);
    await old.saveArticle(
      article('a1', '2026-02-01', { title: 'Acme sells unit', text: body(lead) }),
      noFacts(),
    );
    await old.saveArticle(article('a2', '2026-02-02'), noFacts());
    // Rewrite the store in the schema-1 shape: the text inside the record, no text key, no summary.
    const kv = rawKv(old);
    for (const id of ['a1', 'a2']) {
      const { summary: _s, ...head } = (await kv.get<Record<string, unknown>>(`a:${id}`))!;
      const manifest = (await kv.get<{ keys: string[] }>(`am:${id}`))!;
      await kv.set(`a:${id}`, { ...head, text: await kv.get(`at:${id}`) });
      await kv.set(`am:${id}`, { ...manifest, keys: manifest.keys.filter((k) => k !== `at:${id}`) });
      await kv.delete(`at:${id}`);
    }
    await kv.set(SCHEMA_VERSION_KEY, 1);
    await old.close();

    store = await openStore(url);
    expect(await rawKv(store).get(SCHEMA_VERSION_KEY)).toBe(2);
    const heads = await store.articles.newest();
    expect(heads.map((h) => h.id)).toEqual(['a2', 'a1']);
    expect(heads[1]).toMatchObject({ summary: lead });
    expect(heads[1]).not.toHaveProperty('text');
    expect((await store.articles.get('a1'))?.text).toBe(body(lead));
    // The upgraded manifest owns the text key, so deleting the article leaves nothing behind.
    await store.deleteArticle('a1');
    expect(await rawKv(store).get('at:a1')).toBeUndefined();
  });
});
