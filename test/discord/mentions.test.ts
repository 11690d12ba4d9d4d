/**
 * Messages outside the slash commands, through the real discord.js client against the fake: an
 * @mention in a channel is answered like /ask (a reply that can be followed up), and a member's
 * Manage Channels right travels with messages, in threads taken from the parent channel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_UP_BUTTON_ID } from '../../adapters/discord/render.js';
import { mentionBot, startHarness, type Harness } from './harness.js';
import { StubCore } from './stub-core.js';

describe('discord adapter: @mentions in a channel', () => {
  const core = new StubCore();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(core);
  });
  afterAll(async () => h?.stop());

  const channelPosts = (since: number) =>
    h.fake.requests
      .slice(since)
      .filter((r) => r.method === 'POST' && r.path === `/channels/${h.fake.channelId}/messages`);

  it('answers the question as a reply, like /ask, with a Follow up button and a remembered thread', async () => {
    const { mentionId, post } = await mentionBot(h, 'who is buying the fiber unit?');
    expect(core.commands.at(-1)).toMatchObject({
      command: 'ask',
      text: 'who is buying the fiber unit?',
      channelId: `discord:${h.fake.guildId}:${h.fake.channelId}`,
      threadId: null,
    });
    expect(post.body.message_reference).toMatchObject({ message_id: mentionId });
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    expect(post.body.components[0].components[0].custom_id).toBe(FOLLOW_UP_BUTTON_ID);

    // The answer can be followed up like any other: its thread carries the subject.
    const answer = [...h.fake.messages.values()].find((m) => m.message_reference?.message_id === mentionId)!;
    const threadId = `discord:${h.fake.guildId}:${h.fake.channelId}:${answer.id}`;
    await h.fake.waitUntil(() => core.threads.get(threadId), 2000, 'rememberThread');
    const before = h.fake.requests.length;
    h.fake.say({ channelId: h.fake.channelId, content: 'and how much?', referenceMessageId: answer.id });
    const followUp = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${answer.id}/messages`,
      { since: before },
    );
    expect(followUp.body.embeds[0].title).toMatch(/^About /);
    expect(core.messages.at(-1)).toMatchObject({ text: 'and how much?', threadId });
  });

  it('a mention replying to someone else’s message is answered as a mention, without a thread on their message', async () => {
    const theirs = h.fake.say({ channelId: h.fake.channelId, content: 'Lumen is selling its fiber unit' });
    const since = h.fake.requests.length;
    const before = core.commands.length;
    const mentionId = h.fake.say({
      channelId: h.fake.channelId,
      content: `<@${h.fake.botUserId}> is that true?`,
      mentionsBot: true,
      referenceMessageId: theirs,
    });
    const post = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${h.fake.channelId}/messages`,
      { since },
    );
    expect(post.body.message_reference.message_id).toBe(mentionId);
    expect(core.commands.slice(before).map((c) => c.text)).toEqual(['is that true?']);
    expect(h.fake.requests.slice(since).filter((r) => r.path.endsWith('/threads'))).toEqual([]);
  });

  it('leaves channel messages without a mention, and a bare mention, alone', async () => {
    const since = h.fake.requests.length;
    const before = core.commands.length;
    h.fake.say({ channelId: h.fake.channelId, content: 'who is buying the fiber unit?' });
    h.fake.say({ channelId: h.fake.channelId, content: `<@${h.fake.botUserId}>`, mentionsBot: true });
    await new Promise((r) => setTimeout(r, 200));
    expect(channelPosts(since)).toEqual([]);
    expect(core.commands.length).toBe(before);
  });
});

describe('discord adapter: Manage Channels on messages', () => {
  const core = new StubCore();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(core);
  });
  afterAll(async () => h?.stop());

  it('in a thread, comes from the member’s permissions in the parent channel', async () => {
    const threadRaw = '1377777777777777777';
    h.fake.threads.set(threadRaw, { id: threadRaw, parent_id: h.fake.channelId, name: 'a thread' });
    let before = core.messages.length;
    h.fake.say({ channelId: threadRaw, content: 'stop the digest here', roles: [h.fake.managerRoleId] });
    await h.fake.waitUntil(() => core.messages.length > before);
    expect(core.messages.at(-1)!.user.canManageChannel).toBe(true);
    expect(core.messages.at(-1)!.threadId).toBe(`discord:${h.fake.guildId}:${h.fake.channelId}:${threadRaw}`);

    before = core.messages.length;
    h.fake.say({ channelId: threadRaw, content: 'stop the digest here' });
    await h.fake.waitUntil(() => core.messages.length > before);
    expect(core.messages.at(-1)!.user.canManageChannel).toBe(false);
  });

  it('on a mention in a channel, reaches the command it becomes', async () => {
    for (const roles of [[h.fake.managerRoleId], []]) {
      const before = core.commands.length;
      h.fake.say({
        channelId: h.fake.channelId,
        content: `<@${h.fake.botUserId}> any news on LUMN?`,
        mentionsBot: true,
        roles,
      });
      await h.fake.waitUntil(() => core.commands.length > before);
      expect(core.commands.at(-1)!.user.canManageChannel).toBe(roles.length > 0);
    }
  });
});
