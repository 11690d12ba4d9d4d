/**
 * End to end: the real core on a memory store, driven through the real discord.js client by the
 * fake Discord. Every declared command (and subcommand) is invoked as an INTERACTION_CREATE.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carriedCommandOf, isFollowUpButton } from '../../adapters/discord/follow-up-button.js';
import { FOLLOW_UP_BUTTON_ID } from '../../adapters/discord/render.js';
import { createCore } from '../../src/bot/core.js';
import { discordCommandData, type DiscordOption } from '../../src/bot/registry.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { PERMISSIONS } from './fake-discord.js';
import { mentionBot, startHarness, type Harness } from './harness.js';
import { SEED_NOW, seedStore } from './seed.js';

const SAMPLE: Record<string, string | number | boolean> = {
  company: 'LUMN',
  tickers: 'LUMN',
  query: 'fiber',
  question: 'who is buying the fiber unit?',
  schedule: 'weekdays 08:00',
  command: 'deal',
  days: 7,
};

/** Raw interaction options: required ones (plus a schedule for digests) filled with sample values. */
function sampleOptions(options: readonly DiscordOption[]): unknown[] {
  return options
    .filter((o) => o.required || o.name === 'schedule')
    .map((o) => ({ name: o.name, type: o.type, value: SAMPLE[o.name] ?? 'LUMN' }));
}

function invocations(): Array<{ label: string; name: string; options: unknown[] }> {
  const out: Array<{ label: string; name: string; options: unknown[] }> = [];
  for (const cmd of discordCommandData()) {
    const subs = cmd.options.filter((o) => o.type === 1);
    if (!subs.length)
      out.push({ label: `/${cmd.name}`, name: cmd.name, options: sampleOptions(cmd.options) });
    for (const sub of subs)
      out.push({
        label: `/${cmd.name} ${sub.name}`,
        name: cmd.name,
        options: [{ name: sub.name, type: 1, options: sampleOptions(sub.options ?? []) }],
      });
  }
  return out;
}

describe('discord adapter end to end with the real core', () => {
  let store: Store;
  let h: Harness;
  beforeAll(async () => {
    store = await openStore('memory://');
    await seedStore(store);
    const core = createCore({ store, now: () => SEED_NOW, defaultTimeZone: 'UTC' });
    h = await startHarness(core);
  });
  afterAll(async () => {
    await h?.stop();
    await store?.close();
  });

  /** The message the user finally sees for an interaction: the callback, or the edit/follow-up after a defer. */
  async function finalReply(id: string, token: string, since: number) {
    const cb = await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`), { since });
    if (cb.body.type === 4) return cb.body.data;
    expect(cb.body.type).toBe(5);
    const next = await h.fake.waitForRequest(
      (r) =>
        (r.method === 'PATCH' && r.path.endsWith(`${token}/messages/@original`)) ||
        (r.method === 'POST' && r.path.endsWith(`/${token}`)),
      { since },
    );
    return next.body;
  }

  for (const inv of invocations())
    it(`answers ${inv.label} with a rendered card, no pings, no stack traces`, async () => {
      const since = h.fake.requests.length;
      const { id, token } = h.fake.interact({
        name: inv.name,
        options: inv.options,
        permissions: PERMISSIONS.Member | PERMISSIONS.ManageChannels,
      });
      const reply = await finalReply(id, token, since);
      expect(reply.allowed_mentions).toEqual({ parse: [] });
      expect(reply.embeds?.[0]?.title || reply.content).toBeTruthy();
      expect(JSON.stringify(reply)).not.toMatch(/\n\s+at |Error:|undefined/);
    });

  it('/deal LUMN shows the seeded deals, escaped, with a Follow up button and a remembered thread', async () => {
    const since = h.fake.requests.length;
    const { id, token } = h.fake.interact({
      name: 'deal',
      options: [{ name: 'company', type: 3, value: 'LUMN' }],
    });
    const reply = await finalReply(id, token, since);
    const text = JSON.stringify(reply.embeds);
    expect(text).toMatch(/Northwind/);
    expect(text).not.toMatch(/@everyone/);
    expect(text).not.toMatch(/[^\\]\[read this\]/);
    // The button carries the command, so the subject can be found again even after a restart.
    const buttonId = reply.components[0].components[0].custom_id;
    expect(isFollowUpButton(buttonId)).toBe(true);
    expect(carriedCommandOf(buttonId)).toMatchObject({ command: 'deal', options: { company: 'LUMN' } });
    const answerId = h.fake.originals.get(token)!;

    // Follow up in the thread: answered there, in context.
    h.fake.pressButton(answerId, FOLLOW_UP_BUTTON_ID);
    await h.fake.waitUntil(() => h.fake.threads.has(answerId));
    const before = h.fake.requests.length;
    h.fake.say({ channelId: answerId, content: 'how much was it?' });
    const answers = await h.fake.waitUntil(() => {
      const posts = h.fake.requests
        .slice(before)
        .filter((r) => r.method === 'POST' && r.path === `/channels/${answerId}/messages`);
      return posts.length ? posts : undefined;
    });
    expect(answers[0]!.body.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(answers[0]!.body)).toMatch(/billion|\$|1\.2|0\.4/);
    // From then on the thread itself carries the subject.
    const threadId = `discord:${h.fake.guildId}:${h.fake.channelId}:${answerId}`;
    expect((await store.threads.get(threadId))?.tickers).toContain('LUMN');
  });

  it('an @mention in the channel is answered from the store like /ask, as a reply with a thread to follow', async () => {
    const { mentionId, post } = await mentionBot(h, 'who is buying the fiber unit?');
    expect(post.body.message_reference.message_id).toBe(mentionId);
    expect(JSON.stringify(post.body.embeds)).toMatch(/Northwind/);
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    const answer = [...h.fake.messages.values()].find((m) => m.message_reference?.message_id === mentionId)!;
    const threadId = `discord:${h.fake.guildId}:${h.fake.channelId}:${answer.id}`;
    let ctx = await store.threads.get(threadId);
    for (let i = 0; !ctx && i < 40; i++) {
      await new Promise((r) => setTimeout(r, 50));
      ctx = await store.threads.get(threadId);
    }
    expect(ctx?.lastAnswer).toMatch(/Northwind/);

    // Replying to the answer follows it up in its thread, with the answer in mind.
    const before = h.fake.requests.length;
    h.fake.say({ channelId: h.fake.channelId, content: 'how much was it?', referenceMessageId: answer.id });
    const followUp = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${answer.id}/messages`,
      { since: before },
    );
    expect(JSON.stringify(followUp.body)).toMatch(/1\.2/);
  });

  it('autocompletes company names from the store directory', async () => {
    const since = h.fake.requests.length;
    const { id } = h.fake.interact({
      type: 4,
      name: 'deal',
      options: [{ name: 'company', type: 3, value: 'lum', focused: true }],
    });
    const cb = await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`), { since });
    expect(cb.body.type).toBe(8);
    const values = cb.body.data.choices.map((c: { value: string }) => c.value);
    expect(values).toContain('LUMN');
    expect(values.length).toBeLessThanOrEqual(25);
  });

  it('refuses /digest subscribe from a member without Manage Channels', async () => {
    const subscriptionsBefore = (await store.subscriptions.all()).length;
    const since = h.fake.requests.length;
    const { id, token } = h.fake.interact({
      name: 'digest',
      permissions: PERMISSIONS.Member,
      options: [
        { name: 'subscribe', type: 1, options: [{ name: 'schedule', type: 3, value: 'daily 09:00' }] },
      ],
    });
    const reply = await finalReply(id, token, since);
    expect(reply.flags & 64).toBe(64);
    expect(JSON.stringify(reply)).toMatch(/Manage Channels/i);
    expect(await store.subscriptions.all()).toHaveLength(subscriptionsBefore);
  });
});

describe('discord adapter end to end on the example articles (ingested through the pipeline)', () => {
  let store: Store;
  let h: Harness;
  beforeAll(async () => {
    store = await openStore('memory://');
    const { ingestInputs } = await import('../../src/ingest/pipeline.js');
    const { defaultEngine } = await import('../../src/ingest/engine.js');
    const dir = fileURLToPath(new URL('../../examples/articles', import.meta.url));
    const summary = await ingestInputs([dir], { store, engine: await defaultEngine(), allowPrivate: false });
    expect(summary.failed).toEqual([]);
    h = await startHarness(createCore({ store, defaultTimeZone: 'UTC' }));
  }, 60_000);
  afterAll(async () => {
    await h?.stop();
    await store?.close();
  });

  it('/deal answers with the deals the pipeline stored, and a follow-up in the thread is answered there', async () => {
    const deals = await store.deals.byParty('LUMN');
    expect(deals.length).toBeGreaterThan(0);
    const since = h.fake.requests.length;
    const { id, token } = h.fake.interact({
      name: 'deal',
      options: [{ name: 'company', type: 3, value: 'LUMN' }],
    });
    const cb = await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${id}/`), { since });
    const data =
      cb.body.type === 4
        ? cb.body.data
        : (
            await h.fake.waitForRequest(
              (r) => r.method === 'PATCH' && r.path.endsWith(`${token}/messages/@original`),
            )
          ).body;
    const embedText = JSON.stringify(data.embeds);
    const counterparties = deals.flatMap((d) =>
      d.parties.filter((p) => p.ticker !== 'LUMN').map((p) => p.name),
    );
    expect(counterparties.some((name) => embedText.includes(name))).toBe(true);

    const answerId = h.fake.originals.get(token)!;
    h.fake.pressButton(answerId, FOLLOW_UP_BUTTON_ID);
    await h.fake.waitUntil(() => h.fake.threads.has(answerId));
    const before = h.fake.requests.length;
    h.fake.say({ channelId: answerId, content: 'how much was it?' });
    const answer = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${answerId}/messages` && r.body?.embeds?.length > 0,
      { since: before },
    );
    expect(answer.body.allowed_mentions).toEqual({ parse: [] });
  });
});
