/**
 * Read-only commands reuse their reply while the store's content is unchanged, and never show a
 * stale one: an article ingested by this process or by another one sharing the store is in the
 * next reply.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore } from '../../src/bot/core.js';
import type { BotCore, InboundCommand } from '../../src/bot/types.js';
import { defaultEngine } from '../../src/ingest/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { renderPlain } from '../../src/bot/render/plain.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

const ARTICLES = fileURLToPath(new URL('../qa/articles/', import.meta.url));
const SALE = join(ARTICLES, 'harbor-lane-sale.txt');
const PARTNERSHIP = join(ARTICLES, 'harbor-lane-partnership.txt');

const command = (text: string, channel = 'c1'): InboundCommand => ({
  kind: 'command',
  platform: 'shell',
  command: 'deal',
  text,
  user: { id: 'shell:local:you', name: null, canManageChannel: false },
  workspaceId: 'shell:local',
  channelId: `shell:local:${channel}`,
  threadId: null,
});

/** Counts the deal lookups a command makes: a reused reply makes none. */
function counting(store: Store): { store: Store; lookups: () => number } {
  let n = 0;
  const deals = new Proxy(store.deals, {
    get: (target, prop, receiver) =>
      prop === 'byParty'
        ? (...args: Parameters<Store['deals']['byParty']>) => (n++, target.byParty(...args))
        : Reflect.get(target, prop, receiver),
  });
  return {
    store: new Proxy(store, { get: (t, p, r) => (p === 'deals' ? deals : Reflect.get(t, p, r)) }),
    lookups: () => n,
  };
}

let dir: string;
let stores: Store[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dealdesk-reply-cache-'));
  stores = [];
});
afterEach(async () => {
  for (const s of stores) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(): Promise<Store> {
  const s = await openStore(`sqlite://${join(dir, 'store.sqlite')}`);
  stores.push(s);
  return s;
}
const ingest = async (store: Store, path: string) =>
  expect(
    (await ingestInputs([path], { store, engine: await defaultEngine(), allowPrivate: false })).failed,
  ).toEqual([]);
const deals = (core: BotCore, text = 'HLFD') =>
  core.handleCommand(command(text)).then((o) => renderPlain(o.card));

it('answers a repeated /deal from the kept reply, in any channel, without reading the deals again', async () => {
  const store = await open();
  await ingest(store, SALE);
  const { store: watched, lookups } = counting(store);
  const core = createCore({ store: watched });
  const first = await deals(core);
  expect(first).toMatch(/Millbrook/);
  const after = lookups();
  expect(after).toBeGreaterThan(0);
  expect(await core.handleCommand(command('HLFD', 'c2')).then((o) => renderPlain(o.card))).toBe(first);
  expect(lookups()).toBe(after);
});

it('shows a deal ingested after the reply was kept, by this process or another sharing the store', async () => {
  const store = await open();
  await ingest(store, SALE);
  const core = createCore({ store });
  expect(await deals(core)).toMatch(/1 deal\b/);

  // Another instance (its own connection to the same SQLite file) ingests the partnership.
  const other = await open();
  await ingest(other, PARTNERSHIP);
  const now = await deals(core);
  expect(now).toMatch(/2 deals/);
  expect(now).toMatch(/Quayside/);
});

it('keeps replies apart by their arguments', async () => {
  const store = await open();
  await ingest(store, SALE);
  const core = createCore({ store });
  expect(await deals(core, 'HLFD')).toMatch(/Millbrook/);
  expect(await deals(core, 'NOPE')).not.toMatch(/Millbrook/);
});
