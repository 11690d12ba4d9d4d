/**
 * End to end: the real core and a memory store filled by ingesting examples/articles/ (plus one
 * article of our own whose text carries Slack markup), through the real Bolt app and the fake Slack.
 * Every command is exercised with the examples from its own declaration, over HTTP and Socket Mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, seedExamplesIfEmpty, type App, type SeedResult } from '../../src/app.js';
import type { Store } from '../../src/store/types.js';
import { allCommands } from '../../src/bot/registry.js';
import { parseConfig } from '../../src/config/env.js';
import { setLogLevel } from '../../src/log.js';
import { eventCallback, slashCommandFields, type PostedMessage } from './fake-slack.js';
import { sleep, startHarness, type Harness } from './harness.js';

let app: App;
let http: Harness;
let socket: Harness;
let seeded: SeedResult;

/** An article of our own (not third-party text) whose content tries to ping everyone. */
const ARTICLE_ID = 'quillfeather-lattice';
const ARTICLE_TEXT =
  'Quillfeather Robotics said on Monday it agreed to acquire Lattice Drones for $410 million in cash. ' +
  '"<!channel> this is the deal of the year, ask <@U123> for details," its chief executive said, ' +
  'linking <http://evil.example|the terms>. The acquisition is expected to close in the third quarter.';

async function saveMarkupArticle(store: Store): Promise<void> {
  const now = new Date().toISOString();
  const evidence = { text: ARTICLE_TEXT.slice(0, 98), start: 0, end: 98 };
  await store.companies.upsert({
    ticker: 'QFRB',
    name: 'Quillfeather Robotics',
    exchange: 'NASDAQ',
    aliases: ['Quillfeather'],
    cik: null,
    origin: 'import',
  });
  await store.saveArticle(
    {
      id: ARTICLE_ID,
      title: 'Quillfeather agrees to buy Lattice Drones <!here> <@U123>',
      url: 'https://news.example.com/quillfeather-lattice',
      source: 'Dealdesk Test Wire <!channel>',
      publishedAt: '2026-03-02',
      tickers: ['QFRB'],
      impactScore: 0.5,
      canonicalUrl: 'https://news.example.com/quillfeather-lattice',
      guid: null,
      contentHash: 'quillfeather-lattice-v1',
      text: ARTICLE_TEXT,
      origin: 'test',
      ingestedAt: now,
    },
    {
      stockMoves: [],
      analystActions: [],
      events: [],
      quotes: [
        {
          id: `${ARTICLE_ID}:q1`,
          articleId: ARTICLE_ID,
          sortDate: '2026-03-02',
          speaker: 'the chief executive <@U123>',
          role: 'chief executive',
          organization: 'Quillfeather Robotics',
          text: '<!channel> this is the deal of the year, ask <@U123> for details',
          evidence,
        },
      ],
      risks: [],
    },
  );
  await store.deals.put({
    id: 'deal-quillfeather-lattice',
    type: 'acquisition',
    parties: [
      { name: 'Quillfeather Robotics', ticker: 'QFRB', role: 'buyer' },
      { name: 'Lattice Drones <!channel>', ticker: null, role: 'target' },
    ],
    asset: 'the <@U123> drone unit <http://evil.example|click>',
    value: { amount: 410e6, currency: 'USD', qualifier: null, text: '$410 million' },
    conflictingValues: [],
    status: 'announced',
    date: '2026-03-02',
    confidence: 0.9,
    sources: [
      {
        articleId: ARTICLE_ID,
        status: 'announced',
        value: null,
        confidence: 0.9,
        evidence,
        date: null,
        sortDate: '2026-03-02',
      },
    ],
    sortDate: '2026-03-02',
    firstSeenAt: now,
    updatedAt: now,
  });
}

beforeAll(async () => {
  setLogLevel('silent');
  app = await createApp(parseConfig({ DEALDESK_STORE_URL: 'memory://', DEALDESK_EXAMPLES: 'true' }));
  seeded = await seedExamplesIfEmpty(app);
  await saveMarkupArticle(app.store);
  http = await startHarness({ core: app.core, store: app.store, fakeOptions: { admins: ['UADMIN'] } });
  socket = await startHarness({ core: app.core, store: app.store, socket: true });
}, 120_000);

afterAll(async () => {
  await http?.stop();
  await socket?.stop();
  await app?.close();
});

const GENERIC = /something went wrong/i;
const examples = allCommands().flatMap((c) =>
  (c.examples?.length ? c.examples : [`/${c.name}`]).map((e) => ({ cmd: c.name, line: e })),
);

/** Waits for the one reply (public post or private response) that follows a command. */
async function replyAfter(h: Harness, before: number): Promise<PostedMessage> {
  return h.fake.waitFor(() => h.fake.messages[before], 10_000);
}

describe('every declared command, over HTTP', () => {
  it.each(examples)('$line gets an answer Slack accepts', async ({ line }) => {
    const [command, ...rest] = line.split(' ');
    const before = http.fake.messages.length;
    const res = await http.command({
      command: command!,
      text: rest.join(' '),
      channel: 'CEVERY',
      user: 'U1',
    });
    expect(res.status).toBe(200);
    const reply = await replyAfter(http, before);
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.text).not.toMatch(GENERIC);
    expect(http.fake.rejected).toEqual([]);
  });
});

describe('every declared command, over Socket Mode', () => {
  it.each(allCommands().map((c) => ({ cmd: c.name, line: c.examples?.[0] ?? `/${c.name}` })))(
    '$line gets an answer Slack accepts',
    async ({ line }) => {
      const [command, ...rest] = line.split(' ');
      const before = socket.fake.messages.length;
      await socket.fake.sendEnvelope(
        'slash_commands',
        slashCommandFields({
          command: command!,
          text: rest.join(' '),
          channel: 'CSOCK',
          responseUrl: socket.fake.responseUrl(),
        }),
      );
      const reply = await replyAfter(socket, before);
      expect(reply.text).not.toMatch(GENERIC);
      expect(socket.fake.rejected).toEqual([]);
    },
  );
});

describe('answers from the store', () => {
  it('the example articles were ingested into the store', () => {
    expect(seeded.status, seeded.message).toBe('ingested');
    expect(seeded.articles).toBeGreaterThan(0);
  });

  it('/deal is posted in the channel and a follow-up in its thread is answered there', async () => {
    await http.command({ command: '/deal', text: 'QFRB', channel: 'CQF' });
    const card = await http.fake.waitFor(
      () => http.fake.posts.find((p) => p.channel === 'CQF' && !p.thread_ts),
      10_000,
    );
    expect(card.text).toContain('Quillfeather');
    const ts = card.ts!;
    await sleep(100); // rememberThread runs right after the post
    await http.event({
      type: 'message',
      channel: 'CQF',
      user: 'U2',
      text: 'how much?',
      ts: `${Number(ts) + 1}.000001`,
      thread_ts: ts,
    });
    const answer = await http.fake.waitFor(() => http.fake.posts.find((p) => p.thread_ts === ts), 10_000);
    expect(answer.channel).toBe('CQF');
    expect(`${answer.text} ${JSON.stringify(answer.blocks)}`).toMatch(/410/);
  });

  it('article text with <!channel>, <!here>, <@U123> and a link arrives inert', async () => {
    await http.command({ command: '/deal', text: 'Quillfeather', channel: 'CESC' });
    const reply = await http.fake.waitFor(() => http.fake.posts.find((p) => p.channel === 'CESC'), 10_000);
    const all = `${reply.text}\n${JSON.stringify(reply.blocks ?? [])}`;
    expect(all).toContain('&lt;!channel&gt;');
    expect(all).toContain('&lt;@U123&gt;');
    for (const raw of ['<!here>', '<!channel>', '<@U123>', '<http://evil.example'])
      expect(all).not.toContain(raw);
  });

  it("an admin's /watch change shows on the App Home tab; a non-admin is refused", async () => {
    const before = http.fake.messages.length;
    await http.command({ command: '/watch', text: 'add QFRB', channel: 'CWATCHED', user: 'UPLAIN' });
    const refused = await replyAfter(http, before);
    expect(refused.responseType).toBe('ephemeral');
    expect((await app.store.watchlists.get('slack:T1:CWATCHED'))?.tickers ?? []).not.toContain('QFRB');

    await http.command({ command: '/watch', text: 'add QFRB', channel: 'CWATCHED', user: 'UADMIN' });
    for (let i = 0; i < 50 && !(await app.store.watchlists.get('slack:T1:CWATCHED')); i++) await sleep(20);
    expect((await app.store.watchlists.get('slack:T1:CWATCHED'))?.tickers).toContain('QFRB');

    await http.event({ type: 'app_home_opened', user: 'UADMIN', channel: 'D1', tab: 'home' });
    const view = await http.fake.waitFor(() => http.fake.views.find((v) => v.user_id === 'UADMIN'));
    expect(JSON.stringify(view.view.blocks)).toMatch(/<#CWATCHED>: [^"]*QFRB/);
  });

  it('a bare ticker after /watch gets the subcommand meant, privately, and nothing is stored', async () => {
    const before = http.fake.messages.length;
    await http.command({ command: '/watch', text: 'QFRB', channel: 'CHINT', user: 'UADMIN' });
    const reply = await replyAfter(http, before);
    expect(reply.responseType).toBe('ephemeral');
    expect(reply.text).toContain('Did you mean /watch add QFRB?');
    expect(await app.store.watchlists.get('slack:T1:CHINT')).toBeUndefined();
  });

  it('a retried thread event is answered once', async () => {
    await http.command({ command: '/deal', text: 'QFRB', channel: 'CRETRY' });
    const card = await http.fake.waitFor(
      () => http.fake.posts.find((p) => p.channel === 'CRETRY' && !p.thread_ts),
      10_000,
    );
    await sleep(100);
    const body = JSON.stringify(
      eventCallback({
        type: 'message',
        channel: 'CRETRY',
        user: 'U2',
        text: 'how much?',
        ts: '1900000000.000001',
        thread_ts: card.ts,
      }),
    );
    await http.resend(body);
    await http.resend(body, { retryNum: 1 });
    await http.fake.waitFor(() => http.fake.posts.find((p) => p.thread_ts === card.ts), 10_000);
    await sleep(300);
    expect(http.fake.posts.filter((p) => p.thread_ts === card.ts)).toHaveLength(1);
  });
});
