import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_UP_BUTTON_ID } from '../../adapters/discord/render.js';
import { startHarness, type Harness } from './harness.js';
import { StubCore } from './stub-core.js';

async function askDeal(h: Harness, ticker: string): Promise<string> {
  const since = h.fake.requests.length;
  const { id, token } = h.fake.interact({
    name: 'deal',
    options: [{ name: 'ticker', type: 3, value: ticker }],
  });
  await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`), { since });
  return h.fake.originals.get(token)!;
}

describe('discord adapter: follow-up threads (MessageContent granted)', () => {
  const core = new StubCore();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(core);
  });
  afterAll(async () => h?.stop());

  it('"Follow up" starts a thread from the answer; a question there is answered in the thread', async () => {
    const answerId = await askDeal(h, 'LUMN');
    const threadId = `discord:${h.fake.guildId}:${h.fake.channelId}:${answerId}`;

    let since = h.fake.requests.length;
    h.fake.pressButton(answerId, FOLLOW_UP_BUTTON_ID);
    const create = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${h.fake.channelId}/messages/${answerId}/threads`,
      { since },
    );
    expect(create.body.name).toContain('LUMN');
    // The button goes away once the thread exists; a prompt is posted inside the thread.
    await h.fake.waitForRequest((r) => r.method === 'PATCH' && r.body?.components?.length === 0, { since });
    const prompt = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${answerId}/messages`,
      { since },
    );
    expect(prompt.body.content).toMatch(/follow-up questions here/);
    expect(prompt.body.allowed_mentions).toEqual({ parse: [] });

    since = h.fake.requests.length;
    h.fake.say({ channelId: answerId, content: 'what did analysts say?' });
    const answer = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${answerId}/messages`,
      { since },
    );
    expect(answer.body.embeds[0].title).toBe('About LUMN');
    expect(answer.body.allowed_mentions).toEqual({ parse: [] });
    expect(core.messages.at(-1)).toMatchObject({
      text: 'what did analysts say?',
      threadId,
      channelId: `discord:${h.fake.guildId}:${h.fake.channelId}`,
      mentioned: false,
    });
  });

  it('answers in a thread the client has never seen (uncached: fetched, not dropped)', async () => {
    const threadRaw = '1399999999999999999';
    h.fake.threads.set(threadRaw, { id: threadRaw, parent_id: h.fake.channelId, name: 'old thread' });
    const threadId = `discord:${h.fake.guildId}:${h.fake.channelId}:${threadRaw}`;
    await core.rememberThread(threadId, {
      command: 'deal',
      tickers: ['LULU'],
      dealIds: [],
      articleIds: [],
      lastAnswer: null,
    });
    const since = h.fake.requests.length;
    h.fake.say({ channelId: threadRaw, content: 'any news?' });
    const answer = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${threadRaw}/messages`,
      { since },
    );
    expect(answer.body.embeds[0].title).toBe('About LULU');
    expect(core.messages.at(-1)?.threadId).toBe(threadId);
  });

  it('a thread someone opens by hand on an answer is answered with that answer in mind', async () => {
    const answerId = await askDeal(h, 'NVDA');
    // Opened from the message menu: the bot only sees the thread's first message.
    h.fake.threads.set(answerId, { id: answerId, parent_id: h.fake.channelId, name: 'nvda chat' });
    const since = h.fake.requests.length;
    h.fake.say({ channelId: answerId, content: 'when are earnings?' });
    const answer = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${answerId}/messages`,
      { since },
    );
    expect(answer.body.embeds[0].title).toBe('About NVDA');
  });

  it('a thread whose questions moved to another company keeps it when the button is pressed again', async () => {
    const answerId = await askDeal(h, 'INTC');
    h.fake.pressButton(answerId, FOLLOW_UP_BUTTON_ID);
    await h.fake.waitUntil(() => h.fake.threads.has(answerId));
    const threadId = `discord:${h.fake.guildId}:${h.fake.channelId}:${answerId}`;
    await h.fake.waitUntil(() => core.threads.get(threadId), 2000, 'thread subject');
    // "and AMD?" moved the thread on.
    core.threads.set(threadId, {
      command: 'deal',
      tickers: ['AMD'],
      dealIds: [],
      articleIds: [],
      lastAnswer: null,
    });
    const since = h.fake.requests.length;
    h.fake.pressButton(answerId, FOLLOW_UP_BUTTON_ID);
    await h.fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${answerId}/messages`, {
      since,
    });
    expect(core.threads.get(threadId)?.tickers).toEqual(['AMD']);
  });

  it('a thread not grown from an answer stays silent', async () => {
    const threadRaw = '1377777777777777777';
    h.fake.threads.set(threadRaw, { id: threadRaw, parent_id: h.fake.channelId, name: 'team chat' });
    const before = core.messages.length;
    const since = h.fake.requests.length;
    h.fake.say({ channelId: threadRaw, content: 'lunch?' });
    await h.fake.waitUntil(() => core.messages.length > before);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.fake.requests.slice(since).filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('ignores bots (and its own messages) in threads', async () => {
    const answerId = await askDeal(h, 'LMT');
    h.fake.pressButton(answerId, FOLLOW_UP_BUTTON_ID);
    await h.fake.waitUntil(() => h.fake.threads.has(answerId));
    const before = core.messages.length;
    h.fake.say({ channelId: answerId, content: 'I am a bot', bot: true });
    h.fake.say({ channelId: answerId, content: 'me again', userId: h.fake.botUserId, bot: true });
    h.fake.say({ channelId: answerId, content: 'a person asks' });
    await h.fake.waitUntil(() => core.messages.length > before);
    expect(core.messages.slice(before).map((m) => m.text)).toEqual(['a person asks']);
  });

  it('a reply to an answer opens its thread and is answered there', async () => {
    const answerId = await askDeal(h, 'MSFT');
    const since = h.fake.requests.length;
    h.fake.say({ channelId: h.fake.channelId, content: 'how much was it?', referenceMessageId: answerId });
    const created = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${h.fake.channelId}/messages/${answerId}/threads`,
      { since },
    );
    const answer = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${answerId}/messages`,
      { since },
    );
    expect(answer.body.embeds[0].title).toBe('About MSFT');
    expect(created.body.name).toContain('MSFT');
  });

  it('a reply to some other message is left alone', async () => {
    const since = h.fake.requests.length;
    const before = core.messages.length;
    h.fake.say({
      channelId: h.fake.channelId,
      content: 'unrelated',
      referenceMessageId: '1234567890123456789',
    });
    await h.fake.waitUntil(() => core.messages.length > before);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.fake.requests.slice(since).filter((r) => r.method === 'POST')).toEqual([]);
  });
});

describe('discord adapter: without the MessageContent intent', () => {
  const core = new StubCore();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(core, { fake: { applicationFlags: 0 } });
  });
  afterAll(async () => h?.stop());

  it('connects without asking for MessageContent', () => {
    expect(h.adapter.messageContent).toBe(false);
    expect(h.fake.lastIdentify.intents & (1 << 15)).toBe(0);
  });

  it('/ask inside the thread carries the thread id, and the prompt says to use /ask', async () => {
    const answerId = await askDeal(h, 'LUMN');
    const since = h.fake.requests.length;
    h.fake.pressButton(answerId, FOLLOW_UP_BUTTON_ID);
    const prompt = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${answerId}/messages`,
      { since },
    );
    expect(prompt.body.content).toMatch(/\/ask/);

    const { id } = h.fake.interact({
      name: 'ask',
      channelId: answerId,
      options: [{ name: 'question', type: 3, value: 'who advised?' }],
    });
    await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(core.commands.at(-1)).toMatchObject({
      command: 'ask',
      text: 'who advised?',
      channelId: `discord:${h.fake.guildId}:${h.fake.channelId}`,
      threadId: `discord:${h.fake.guildId}:${h.fake.channelId}:${answerId}`,
    });
  });

  it('/ask in a thread the client never cached still carries the thread id', async () => {
    const threadRaw = '1388888888888888888';
    h.fake.threads.set(threadRaw, { id: threadRaw, parent_id: h.fake.channelId, name: 'older thread' });
    const { id } = h.fake.interact({
      name: 'ask',
      channelId: threadRaw,
      options: [{ name: 'question', type: 3, value: 'and the price?' }],
    });
    await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(core.commands.at(-1)).toMatchObject({
      channelId: `discord:${h.fake.guildId}:${h.fake.channelId}`,
      threadId: `discord:${h.fake.guildId}:${h.fake.channelId}:${threadRaw}`,
    });
  });

  it('falls back without the intent when Discord refuses it (close 4014)', async () => {
    const { FakeDiscord } = await import('./fake-discord.js');
    const { startDiscord } = await import('../../adapters/discord/index.js');
    const fake = await new FakeDiscord({ applicationFlags: 0 }).start();
    try {
      const adapter = await startDiscord(
        { DISCORD_TOKEN: 'test-token-abcdef', DISCORD_API_URL: fake.apiUrl },
        core,
        {
          messageContent: true,
          installSignalHandlers: false,
          rest: { globalRequestsPerSecond: 10_000 },
        },
      );
      expect(adapter.messageContent).toBe(false);
      expect(fake.identifyCount).toBe(2);
      await adapter.stop();
    } finally {
      await fake.stop();
    }
  });
});

describe('discord adapter: follow-ups after a restart', () => {
  // A short command rides in the button's id and is run again; a long one's subject was stored.
  it.each([
    ['carried by the button', 'AMZN'],
    ['too long for the button', `AMZN${' and more'.repeat(12)}`],
  ])(
    'the Follow up button on an answer from before the restart still knows its subject (%s)',
    async (_, asked) => {
      const core = new StubCore();
      const first = await startHarness(core);
      const answerId = await askDeal(first, asked);
      await first.adapter.stop();
      // Only what the core kept survives: a new adapter process on the same Discord.
      const { startDiscord } = await import('../../adapters/discord/index.js');
      const second = await startDiscord(
        { DISCORD_TOKEN: 'test-token-abcdef', DISCORD_API_URL: first.fake.apiUrl },
        core,
        { installSignalHandlers: false, rest: { globalRequestsPerSecond: 10_000 } },
      );
      try {
        first.fake.pressButton(answerId, FOLLOW_UP_BUTTON_ID);
        await first.fake.waitUntil(() => first.fake.threads.has(answerId));
        const since = first.fake.requests.length;
        first.fake.say({ channelId: answerId, content: 'what did analysts say?' });
        const answer = await first.fake.waitForRequest(
          (r) => r.method === 'POST' && r.path === `/channels/${answerId}/messages` && !!r.body.embeds,
          { since },
        );
        expect(answer.body.embeds[0].title).toBe(`About ${asked.toUpperCase()}`);
      } finally {
        await second.stop();
        await first.fake.stop();
      }
    },
  );
});
