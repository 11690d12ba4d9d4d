import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelLost } from '../../adapters/discord/index.js';
import type { Outcome } from '../../src/bot/types.js';
import { PermanentSendError, posters } from '../../src/delivery/poster.js';
import { startHarness, type Harness } from './harness.js';
import { StubCore } from './stub-core.js';

const digest = (title: string): Outcome => ({
  card: { title, sections: [{ heading: 'Deals', lines: [['Lumen sells fiber unit']] }] },
  visibility: 'public',
  fallbackText: title,
});

describe('discord adapter: channel posts through the outbound queue', () => {
  const core = new StubCore();
  let h: Harness;
  let channel: string;
  beforeAll(async () => {
    h = await startHarness(core);
    channel = `discord:${h.fake.guildId}:${h.fake.channelId}`;
  });
  afterAll(async () => h?.stop());

  it('waits out a 429 on a channel post and then delivers the same message', async () => {
    h.fake.failNext('POST', new RegExp(`^/channels/${h.fake.channelId}/messages$`), {
      status: 429,
      headers: { 'retry-after': '0.4', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.4, global: false },
    });
    const waits: number[] = [];
    h.adapter.events.on('rateLimited', (e) => waits.push(e.retryAfterMs));
    const since = h.fake.requests.length;
    const started = Date.now();
    const result = await h.adapter.post(channel, digest('Morning digest'));
    expect(result.ok).toBe(true);
    // The 429 surfaced to the shared queue (rest.rejectOnRateLimit), which waited Retry-After out.
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(400);
    const posts = h.fake.requests
      .slice(since)
      .filter((r) => r.method === 'POST' && r.path === `/channels/${h.fake.channelId}/messages`);
    expect(posts).toHaveLength(2);
    expect(posts[1]!.body.embeds[0].title).toBe('Morning digest');
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(380);
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
  });

  it('an interaction callback hit by a 429 is retried by @discordjs/rest after Retry-After', async () => {
    h.fake.failNext('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, {
      status: 429,
      headers: { 'retry-after': '0.3' },
      body: { message: 'rate limited', retry_after: 0.3, global: false },
    });
    const since = h.fake.requests.length;
    const { id } = h.fake.interact({ name: 'deal', options: [{ name: 'ticker', type: 3, value: 'LUMN' }] });
    await h.fake.waitUntil(
      () =>
        h.fake.requests.slice(since).filter((r) => r.path.startsWith(`/interactions/${id}/`)).length === 2,
    );
    const tries = h.fake.requests.slice(since).filter((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(280);
    expect(tries[1]!.body.type).toBe(4);
  });

  it('a global 429 holds posts to every channel until it has passed', async () => {
    const other = `discord:${h.fake.guildId}:${h.fake.otherChannelId}`;
    h.fake.failNext('POST', new RegExp(`^/channels/${h.fake.channelId}/messages$`), {
      status: 429,
      headers: { 'retry-after': '0.5', 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
      body: { message: 'You are being rate limited.', retry_after: 0.5, global: true },
    });
    const since = h.fake.requests.length;
    const limitedSeen = once(h.adapter.events, 'rateLimited');
    const first = h.adapter.post(channel, digest('Global first'));
    const limited = await h.fake.waitForRequest((r) => r.path === `/channels/${h.fake.channelId}/messages`, {
      since,
    });
    await limitedSeen; // the 429 has reached the client and the queue
    const second = await h.adapter.post(other, digest('Other channel'));
    expect(second.ok).toBe(true);
    expect((await first).ok).toBe(true);
    const otherPost = h.fake.requests
      .slice(since)
      .find((r) => r.path === `/channels/${h.fake.otherChannelId}/messages`)!;
    expect(otherPost.at - limited.at).toBeGreaterThanOrEqual(450);
  });

  it('keeps channel order behind a rate limit (FIFO per channel)', async () => {
    h.fake.failNext('POST', new RegExp(`^/channels/${h.fake.channelId}/messages$`), {
      status: 429,
      headers: { 'retry-after': '0.2' },
      body: { message: 'rate limited', retry_after: 0.2, global: false },
    });
    const since = h.fake.requests.length;
    const results = await Promise.all(
      ['first', 'second', 'third'].map((t) => h.adapter.post(channel, digest(t))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const delivered = h.fake.requests
      .slice(since)
      .filter((r) => r.path === `/channels/${h.fake.channelId}/messages`)
      .map((r) => r.body.embeds[0].title);
    expect(delivered).toEqual(['first', 'first', 'second', 'third']);
  });

  it('reports lost permissions (50013) as channelLost instead of failing silently', async () => {
    const lost: ChannelLost[] = [];
    h.adapter.events.on('channelLost', (e) => lost.push(e));
    const other = `discord:${h.fake.guildId}:${h.fake.otherChannelId}`;
    h.fake.failNext('POST', new RegExp(`^/channels/${h.fake.otherChannelId}/messages$`), {
      status: 403,
      body: { code: 50013, message: 'Missing Permissions' },
    });
    const result = await h.adapter.post(other, digest('Weekly digest'));
    expect(result).toMatchObject({ ok: false, reason: 'permanent', code: 'missing_permissions' });
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ channelId: other, code: 'missing_permissions' });

    h.fake.failNext('POST', new RegExp(`^/channels/${h.fake.otherChannelId}/messages$`), {
      status: 403,
      body: { code: 50001, message: 'Missing Access' },
    });
    await h.adapter.post(other, digest('Again'));
    expect(lost.map((e) => e.code)).toEqual(['missing_permissions', 'missing_access']);
  });

  it('a public post with a follow-up subject gets the button and its thread is remembered', async () => {
    const result = await h.adapter.post(channel, {
      ...digest('Alert: LUMN'),
      followUp: { command: 'alert', tickers: ['LUMN'], dealIds: [], articleIds: [], lastAnswer: null },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const posted = h.fake.messages.get(result.value.id);
    expect(posted.components[0].components[0].custom_id).toBe('dealdesk:followup');
    expect(core.threads.get(`${channel}:${result.value.id}`)?.tickers).toEqual(['LUMN']);
  });

  it('registers a Poster for digests: lost access throws PermanentSendError, admins get a DM', async () => {
    const poster = posters.forChannel(channel);
    expect(poster).toBe(h.adapter.poster);
    const other = `discord:${h.fake.guildId}:${h.fake.otherChannelId}`;
    h.fake.failNext('POST', new RegExp(`^/channels/${h.fake.otherChannelId}/messages$`), {
      status: 403,
      body: { code: 50001, message: 'Missing Access' },
    });
    await expect(poster!.post(other, digest('Daily digest'))).rejects.toBeInstanceOf(PermanentSendError);

    const since = h.fake.requests.length;
    await poster!.notifyAdmins!(other, 'Dealdesk paused the daily digest for #other: missing_access.');
    const dm = await h.fake.waitForRequest((r) => r.method === 'POST' && r.path === '/users/@me/channels', {
      since,
    });
    expect(dm.body.recipient_id).toBe(h.fake.ownerId);
    const notice = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && /^\/channels\/9\d+\/messages$/.test(r.path),
      { since },
    );
    expect(notice.body.content).toMatch(/paused the daily digest/);
    expect(notice.body.allowed_mentions).toEqual({ parse: [] });

    const ok = await poster!.post(channel, digest('Daily digest'));
    expect(ok.messageRef).toContain(channel);
  });
});
