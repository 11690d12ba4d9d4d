import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/bot/core.js';
import type { Answerer } from '../../src/bot/answerer.js';
import type { BotCore } from '../../src/bot/types.js';
import { openStore } from '../../src/store/index.js';
import { StoreUnavailableError, type Store } from '../../src/store/types.js';
import { FakeAdapter } from './fake-adapter.js';

const NOW = new Date('2026-11-21T10:00:00Z');
const directory = [
  {
    ticker: 'LUMN',
    name: 'Lumen Technologies',
    exchange: 'NYSE',
    aliases: ['Lumen'],
    cik: null,
    origin: 'builtin' as const,
  },
  {
    ticker: 'PLTR',
    name: 'Palantir Technologies',
    exchange: 'NASDAQ',
    aliases: ['Palantir'],
    cik: null,
    origin: 'builtin' as const,
  },
  {
    ticker: 'LULU',
    name: 'Lululemon Athletica',
    exchange: 'NASDAQ',
    aliases: ['Lululemon'],
    cik: null,
    origin: 'builtin' as const,
  },
];

/** A store whose every call fails as an unreachable backend does. */
function downStore(): Store {
  const fail = () => Promise.reject(new StoreUnavailableError('connect ECONNREFUSED 127.0.0.1:6379'));
  const repo = new Proxy({}, { get: () => fail });
  return new Proxy({} as Store, {
    get: (_t, key) =>
      key === 'backend'
        ? 'redis'
        : key === 'close' ||
            key === 'ping' ||
            key === 'saveArticle' ||
            key === 'getValue' ||
            key === 'setValue' ||
            key === 'deleteArticle' ||
            key === 'contentVersion'
          ? fail
          : repo,
  });
}

describe('core through a fake adapter', () => {
  let store: Store;
  let core: BotCore;
  let chat: FakeAdapter;

  beforeEach(async () => {
    store = await openStore('memory://');
    await store.companies.upsertMany(directory);
    core = createCore({ store, now: () => NOW, defaultTimeZone: 'Europe/London' });
    chat = new FakeAdapter(core);
  });
  afterEach(async () => store.close());

  it('suggests close tickers for an unknown one, ephemerally', async () => {
    const r = await chat.command('/deal LUMM');
    expect(r.outcome.visibility).toBe('ephemeral');
    expect(r.text).toMatch(/I don't know LUMM\. Did you mean LUMN/);
    expect(r.threadId).toBeNull();
  });

  it('resolves a company name and says what the store covers when nothing is found', async () => {
    const r = await chat.command('/deal lumen');
    expect(r.text).toMatch(/no deals for Lumen Technologies/);
    expect(r.text).toMatch(/store is empty/i);
  });

  it('answers an unknown command with the closest one and help', async () => {
    const r = await chat.command('/deals LUMN');
    expect(r.text).toMatch(/I don't know the command \/deals\. Did you mean \/deal/);
    const help = await chat.command('/help digest');
    expect(help.text).toMatch(/\/digest subscribe/);
    expect(help.outcome.visibility).toBe('ephemeral');
  });

  it('answers a word that is no subcommand with the one meant, and changes nothing', async () => {
    // A bare ticker reads as the first subcommand's argument; a misspelling as the nearest name.
    const bare = await chat.command('/watch LUMN', { manager: true });
    expect(bare.outcome.visibility).toBe('ephemeral');
    expect(bare.text).toMatch(
      /\/watch has no "lumn"\. Did you mean \/watch add LUMN\? Choose one of: add, remove, list\./,
    );
    const typo = await chat.command('/watch lsit');
    expect(typo.text).toMatch(/Did you mean \/watch list\?/);
    const digest = await chat.command('/digest daily 8:00', { manager: true });
    expect(digest.text).toMatch(/Did you mean \/digest subscribe daily 8:00\?/);
    expect(await store.watchlists.get(chat.channelId)).toBeUndefined();
    expect(await store.subscriptions.byChannel(chat.channelId)).toEqual([]);
  });

  it('refuses changes without Manage Channels and lets managers make them', async () => {
    const refused = await chat.command('/watch add LUMN');
    expect(refused.text).toMatch(/Manage Channels/);
    expect(await store.watchlists.get(chat.channelId)).toBeUndefined();
    const list = await chat.command('/watch list');
    expect(list.text).toMatch(/watches nothing yet/);
    const added = await chat.command('/watch add LUMN palantir', { manager: true });
    expect(added.text).toMatch(/Added LUMN, PLTR/);
    expect((await store.watchlists.get(chat.channelId))?.tickers).toEqual(['LUMN', 'PLTR']);
    const refusedDigest = await chat.command('/digest subscribe daily 08:00');
    expect(refusedDigest.text).toMatch(/Manage Channels/);
  });

  it('stores a digest subscription with defaults from config and validates it', async () => {
    const r = await chat.command('/digest subscribe weekly mon 9:00 LUMN PLTR max 5 quiet', {
      manager: true,
    });
    expect(r.text).toMatch(
      /every Monday at 09:00 \(Europe\/London\) · LUMN, PLTR · max 5 · quiet when empty/,
    );
    const [sub] = await store.subscriptions.byChannel(chat.channelId);
    expect(sub).toMatchObject({
      cadence: 'weekly',
      weekday: 1,
      time: '09:00',
      timeZone: 'Europe/London',
      scope: { kind: 'tickers', tickers: ['LUMN', 'PLTR'] },
      maxItems: 5,
      quietWhenEmpty: true,
      since: NOW.toISOString(),
    });
    const backlog = await chat.command('/digest subscribe daily 18:00 watchlist --since 7d', {
      manager: true,
    });
    expect(backlog.text).toMatch(
      /every day at 18:00 \(Europe\/London\) · the watchlist · max 10 · says when empty · since 2026-11-14/,
    );
    const bad = await chat.command('/digest subscribe daily 08:00 Europe/Pariss', { manager: true });
    expect(bad.text).toMatch(/Did you mean .*Europe\/Paris/);
    const which = await chat.command('/digest settings 07:15', { manager: true });
    expect(which.text).toMatch(/several digests; add the id/);
    await chat.command(
      `/digest unsubscribe ${(await store.subscriptions.byChannel(chat.channelId)).find((s) => s.scope.kind === 'watchlist')!.id}`,
      { manager: true },
    );
    const changed = await chat.command('/digest settings 07:15 tz America/New_York', { manager: true });
    expect(changed.text).toMatch(/every Monday at 07:15 \(America\/New_York\)/);
    const preview = await chat.command('/digest preview');
    expect(preview.text).toMatch(/not available yet/);
    const gone = await chat.command('/digest unsubscribe', { manager: true });
    expect(gone.text).toMatch(/Digest stopped/);
    expect(await store.subscriptions.byChannel(chat.channelId)).toEqual([]);
  });

  it('takes Discord-style typed options and subcommands', async () => {
    const r = await chat.command('/digest', {
      manager: true,
      options: { subcommand: 'subscribe', schedule: 'weekdays 7:30am', timezone: 'Asia/Tokyo', max: 3 },
    });
    expect(r.text).toMatch(/on weekdays at 07:30 \(Asia\/Tokyo\) · all news · max 3/);
  });

  it('keeps thread context and routes only Dealdesk threads (or mentions) to the answerer', async () => {
    const seen: Array<{ q: string; tickers: string[] | null }> = [];
    const answerer: Answerer = {
      async answer({ question, context }) {
        seen.push({ q: question, tickers: context?.tickers ?? null });
        return {
          card: { title: 'Answer', sections: [{ lines: [[`echo: ${question}`]] }] },
          updatedContext: {
            ...(context ?? { command: 'ask', dealIds: [], articleIds: [] }),
            tickers: ['PLTR'],
            lastAnswer: question,
          },
        };
      },
    };
    core = createCore({ store, now: () => NOW, answerer });
    chat = new FakeAdapter(core);
    await core.rememberThread('fake:W1:C1:9', {
      command: 'deal',
      tickers: ['LUMN'],
      dealIds: [],
      articleIds: [],
      lastAnswer: null,
    });
    expect(await chat.message('fake:W1:C1:other', 'how much?')).toBeNull();
    const a = await chat.message('fake:W1:C1:9', 'how much?');
    expect(a?.text).toMatch(/echo: how much\?/);
    expect(a?.outcome.visibility).toBe('public');
    await chat.message('fake:W1:C1:9', 'and PLTR?');
    expect(seen).toEqual([
      { q: 'how much?', tickers: ['LUMN'] },
      { q: 'and PLTR?', tickers: ['PLTR'] },
    ]);
    expect((await store.threads.get('fake:W1:C1:9'))?.lastAnswer).toBe('and PLTR?');
    const mentioned = await chat.message('fake:W1:C1:other', 'hello', true);
    expect(mentioned?.text).toMatch(/echo: hello/);
  });

  it('autocompletes tickers by prefix then fuzzily, at most 25', async () => {
    const lu = await core.autocomplete({
      command: 'deal',
      option: 'company',
      partial: 'lu',
      channelId: chat.channelId,
    });
    // Ticker prefixes first (the store's directory over the built-in list), shortest first.
    const values = lu.map((c) => c.value);
    const prefixed = values.filter((v) => v.startsWith('LU'));
    expect(values.slice(0, prefixed.length)).toEqual(prefixed);
    expect(prefixed).toEqual(expect.arrayContaining(['LULU', 'LUMN']));
    expect(lu.find((c) => c.value === 'LUMN')!.name).toBe('LUMN — Lumen Technologies');
    expect(lu.length).toBeLessThanOrEqual(25);
    const pal = await core.autocomplete({
      command: 'company',
      option: 'company',
      partial: 'palan',
      channelId: chat.channelId,
    });
    expect(pal[0]?.value).toBe('PLTR');
    const tz = await core.autocomplete({
      command: 'digest',
      option: 'timezone',
      partial: 'europe/',
      channelId: chat.channelId,
    });
    expect(tz.length).toBe(25);
  });

  it('turns a store outage into a friendly card, never a stack trace', async () => {
    const down = createCore({ store: downStore(), now: () => NOW });
    const adapter = new FakeAdapter(down);
    for (const line of [
      '/deal LUMN',
      '/company PLTR',
      '/news fiber',
      '/watch list',
      '/digest list',
      '/calendar',
    ]) {
      const r = await adapter.command(line);
      expect(r.text).toMatch(/store is unreachable/i);
      expect(r.text).toMatch(/try again shortly/);
      expect(r.text).not.toMatch(/ECONNREFUSED|at .*\.ts/);
      expect(r.outcome.visibility).toBe('ephemeral');
    }
    const msg = await adapter.message('fake:W1:C1:1', 'how much?');
    expect(msg?.text).toMatch(/store is unreachable/i);
    expect(
      await down.autocomplete({ command: 'deal', option: 'company', partial: 'l', channelId: 'x' }),
    ).toEqual([]);
  });

  it('answers "try again" when the store hangs instead of failing, rather than never replying', async () => {
    const never = () => new Promise<never>(() => {});
    const hung = new Proxy({} as Store, { get: () => new Proxy(never, { get: () => never }) });
    const adapter = new FakeAdapter(createCore({ store: hung, now: () => NOW, deadlineMs: 50 }));
    const started = Date.now();
    const r = await adapter.command('/deal LUMN');
    expect(r.text).toMatch(/store is unreachable/i);
    expect(r.outcome.visibility).toBe('ephemeral');
    expect((await adapter.message('fake:W1:C1:1', 'how much?'))?.text).toMatch(/try again shortly/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
