import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import { StubCore } from './stub-core.js';

describe('discord adapter: slash commands through discord.js', () => {
  const core = new StubCore();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(core, { deferAfterMs: 200 });
  });
  afterAll(async () => h?.stop());

  it('logs in through the fake gateway (HELLO, IDENTIFY, READY, GUILD_CREATE)', () => {
    expect(h.fake.identifyCount).toBe(1);
    expect(h.adapter.client.guilds.cache.has(h.fake.guildId)).toBe(true);
    expect(h.adapter.messageContent).toBe(true);
  });

  it('answers /deal with an embed in the interaction callback', async () => {
    const since = h.fake.requests.length;
    const { id } = h.fake.interact({ name: 'deal', options: [{ name: 'ticker', type: 3, value: 'LUMN' }] });
    const cb = await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`), { since });
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.embeds[0].title).toContain('LUMN');
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(core.commands.at(-1)).toMatchObject({
      command: 'deal',
      text: 'LUMN',
      options: { ticker: 'LUMN' },
    });
  });
});
