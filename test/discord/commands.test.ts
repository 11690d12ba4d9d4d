import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/bot/types.js';
import { PERMISSIONS } from './fake-discord.js';
import { startHarness, type Harness } from './harness.js';
import { defaultAnswer, StubCore } from './stub-core.js';

describe('discord adapter: slash commands through discord.js', () => {
  const core = new StubCore();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(core, { deferAfterMs: 150 });
  });
  afterAll(async () => h?.stop());
  beforeEach(() => {
    core.commandDelayMs = 0;
    core.answer = defaultAnswer;
  });

  const callbackOf = (id: string, since: number) =>
    h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`), { since });

  it('logs in through the fake gateway (HELLO, IDENTIFY, READY, GUILD_CREATE)', () => {
    expect(h.fake.identifyCount).toBe(1);
    expect(h.fake.lastIdentify.token).toBe('test-token-abcdef');
    expect(h.adapter.client.guilds.cache.has(h.fake.guildId)).toBe(true);
    expect(h.adapter.messageContent).toBe(true);
    expect(h.fake.lastIdentify.intents & (1 << 15)).not.toBe(0);
  });

  it('answers /deal with an embed in the interaction callback', async () => {
    const since = h.fake.requests.length;
    const { id } = h.fake.interact({ name: 'deal', options: [{ name: 'ticker', type: 3, value: 'LUMN' }] });
    const cb = await callbackOf(id, since);
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.embeds[0].title).toContain('LUMN');
    expect(cb.body.data.content).toContain('LUMN');
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(cb.body.data.components[0].components[0].label).toBe('Follow up');
    expect(core.commands.at(-1)).toMatchObject({
      platform: 'discord',
      command: 'deal',
      text: 'LUMN',
      options: { ticker: 'LUMN' },
      workspaceId: `discord:${h.fake.guildId}`,
      channelId: `discord:${h.fake.guildId}:${h.fake.channelId}`,
      threadId: null,
    });
  });

  it('passes subcommands and typed options, joined into text', async () => {
    const since = h.fake.requests.length;
    const { id } = h.fake.interact({
      name: 'digest',
      permissions: PERMISSIONS.Member | PERMISSIONS.ManageChannels,
      options: [
        {
          name: 'subscribe',
          type: 1,
          options: [
            { name: 'cadence', type: 3, value: 'weekdays' },
            { name: 'time', type: 3, value: '07:30' },
            { name: 'quiet', type: 5, value: true },
          ],
        },
      ],
    });
    await callbackOf(id, since);
    const cmd = core.commands.at(-1)!;
    expect(cmd.options).toEqual({ subcommand: 'subscribe', cadence: 'weekdays', time: '07:30', quiet: true });
    expect(cmd.text).toBe('subscribe weekdays 07:30 quiet:true');
    expect(cmd.user.canManageChannel).toBe(true);
  });

  it('refuses /digest subscribe to a member without Manage Channels (ephemeral)', async () => {
    const since = h.fake.requests.length;
    const { id } = h.fake.interact({
      name: 'digest',
      permissions: PERMISSIONS.Member,
      options: [{ name: 'subscribe', type: 1, options: [{ name: 'cadence', type: 3, value: 'daily' }] }],
    });
    const cb = await callbackOf(id, since);
    expect(core.commands.at(-1)!.user.canManageChannel).toBe(false);
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.flags & 64).toBe(64); // ephemeral
    expect(cb.body.data.content).toMatch(/Manage Channels/);
    expect(cb.body.data.components ?? []).toEqual([]);
  });

  it('defers a slow answer, then edits the original reply', async () => {
    core.commandDelayMs = 600;
    const since = h.fake.requests.length;
    const { id, token } = h.fake.interact({
      name: 'deal',
      options: [{ name: 'ticker', type: 3, value: 'MSFT' }],
    });
    const cb = await callbackOf(id, since);
    expect(cb.body.type).toBe(5);
    const edit = await h.fake.waitForRequest(
      (r) =>
        r.method === 'PATCH' && r.path === `/webhooks/${h.fake.applicationId}/${token}/messages/@original`,
      { since },
    );
    expect(edit.at).toBeGreaterThanOrEqual(cb.at);
    expect(edit.body.embeds[0].title).toContain('MSFT');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('turns a deferred reply into an ephemeral follow-up when the answer is private', async () => {
    core.commandDelayMs = 400;
    core.answer = (): Outcome => ({
      card: { title: 'Your watchlist', sections: [{ lines: [['nothing yet']] }] },
      visibility: 'ephemeral',
      fallbackText: 'Your watchlist is empty.',
    });
    const since = h.fake.requests.length;
    const { token } = h.fake.interact({ name: 'watch', options: [{ name: 'list', type: 1, options: [] }] });
    const followUp = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/webhooks/${h.fake.applicationId}/${token}`,
      { since },
    );
    expect(followUp.body.flags & 64).toBe(64);
    expect(followUp.body.embeds[0].title).toBe('Your watchlist');
    expect(
      h.fake.requests
        .slice(since)
        .some((r) => r.method === 'DELETE' && r.path.endsWith(`${token}/messages/@original`)),
    ).toBe(true);
  });

  it('shows a friendly ephemeral error (no stack) when the core throws', async () => {
    core.answer = () => {
      throw new Error('boom at internal/secret/path.ts:12');
    };
    const since = h.fake.requests.length;
    const { id } = h.fake.interact({ name: 'deal', options: [{ name: 'ticker', type: 3, value: 'LUMN' }] });
    const cb = await callbackOf(id, since);
    expect(cb.body.data.flags & 64).toBe(64);
    expect(cb.body.data.content).toMatch(/something went wrong/i);
    expect(JSON.stringify(cb.body)).not.toMatch(/boom|\.ts:/);
  });

  it('autocompletes ticker options (type 4 interaction → type 8 callback, ≤ 25 choices)', async () => {
    core.directory = Array.from({ length: 40 }, (_, i) => ({
      name: `L${i} · Lumen Unit ${i}`,
      value: `L${i}`,
    }));
    const since = h.fake.requests.length;
    const { id } = h.fake.interact({
      type: 4,
      name: 'deal',
      options: [{ name: 'ticker', type: 3, value: 'lum', focused: true }],
    });
    const cb = await callbackOf(id, since);
    expect(cb.body.type).toBe(8);
    expect(cb.body.data.choices).toHaveLength(25);
    expect(cb.body.data.choices[0]).toEqual({ name: 'L0 · Lumen Unit 0', value: 'L0' });
    expect(core.autocompletes.at(-1)).toMatchObject({ command: 'deal', option: 'ticker', partial: 'lum' });
  });

  it('never pings and escapes article text (mentions, @everyone, masked links, markdown)', async () => {
    const hostile =
      'Ping @everyone and <@123456789012345678> in <#123456789012345678>, [docs](https://evil.example) **bold**';
    core.answer = (): Outcome => ({
      card: {
        title: 'Deal @here',
        fields: [{ label: 'Note', value: [hostile] }],
        sections: [{ lines: [[hostile, ' ', { link: 'Source (PR)', url: 'https://news.example/a_(1)' }]] }],
        citations: [
          {
            title: '[Click](https://evil.example)',
            source: 'Wire',
            date: '2025-03-01',
            url: 'https://news.example/x',
          },
        ],
        footer: 'from @everyone',
      },
      visibility: 'public',
      fallbackText: hostile,
    });
    const since = h.fake.requests.length;
    const { id } = h.fake.interact({ name: 'deal', options: [{ name: 'ticker', type: 3, value: 'LUMN' }] });
    const cb = await callbackOf(id, since);
    const data = cb.body.data;
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const texts = [
      data.content,
      data.embeds[0].title,
      data.embeds[0].description,
      data.embeds[0].footer.text,
      ...data.embeds[0].fields.map((f: { value: string }) => f.value),
    ];
    for (const t of texts) {
      expect(t).not.toMatch(/@everyone|@here/);
      expect(t).not.toMatch(/(^|[^\\])<@\d/);
      expect(t).not.toMatch(/(^|[^\\])<#\d/);
      expect(t).not.toMatch(/(^|[^\\])\[(docs|Click)\]/);
      expect(t).not.toMatch(/(^|[^\\])\*\*bold/);
    }
    // Our own link stays a link, with the parentheses in its URL encoded.
    expect(data.embeds[0].description).toContain('[Source (PR)](<https://news.example/a_%281%29>)');
  });
});
