/** The Slack adapter over HTTP, through the real Bolt app and the fake Slack (core and store are doubles). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreDouble, storeDouble, type CoreDouble } from './doubles.js';
import { SIGNING_SECRET, sleep, startHarness, type Harness } from './harness.js';

let core: CoreDouble;
let h: Harness;

beforeEach(async () => {
  core = coreDouble();
  h = await startHarness({ core, store: storeDouble() });
});
afterEach(async () => {
  await h.stop();
});

const blockText = (blocks: unknown[] | undefined) => JSON.stringify(blocks ?? []);

describe('slash commands over HTTP', () => {
  it('acks /deal at once and posts a Block Kit answer in the channel, remembering its thread', async () => {
    const res = await h.command({ command: '/deal', text: 'LUMN', channel: 'C7', user: 'U5' });
    expect(res.status).toBe(200);
    const post = await h.fake.waitFor(() => h.fake.posts[0]);
    expect(post.channel).toBe('C7');
    expect(post.blocks?.[0]).toMatchObject({ type: 'header', text: { text: 'Deals: LUMN' } });
    expect(post.text).toContain('Deals: LUMN');
    expect(core.commands[0]).toMatchObject({
      command: 'deal',
      text: 'LUMN',
      platform: 'slack',
      workspaceId: 'slack:T1',
      channelId: 'slack:T1:C7',
      user: { id: 'slack:T1:U5', name: 'ana' },
      threadId: null,
    });
    await h.fake.waitFor(() => core.threads.size > 0);
    expect([...core.threads.keys()]).toEqual([`slack:T1:C7:${post.ts}`]);
    expect(h.fake.callsTo('chat.postMessage')[0]?.auth).toBe('Bearer xoxb-test-token');
  });

  it('answers /help ephemerally through response_url, never in the channel', async () => {
    await h.command({ command: '/help' });
    const reply = await h.fake.waitFor(() => h.fake.ephemerals[0]);
    expect(reply.responseType).toBe('ephemeral');
    expect(blockText(reply.blocks)).toContain('Dealdesk help');
    await sleep(50);
    expect(h.fake.posts).toHaveLength(0);
  });

  it('acks within the 3 s limit even when the answer takes longer, then posts it', async () => {
    core.answers.set('deal', async () => {
      await sleep(3200);
      return {
        card: { title: 'Slow answer', sections: [] },
        visibility: 'public',
        fallbackText: 'Slow answer',
      };
    });
    const started = Date.now();
    const res = await h.command({ command: '/deal', text: 'SLOW' });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    const post = await h.fake.waitFor(() => h.fake.posts[0], 6000);
    expect(post.text).toBe('Slow answer');
  });

  it('rejects a forged signature with 401 and runs nothing', async () => {
    const res = await h.command({ command: '/deal', text: 'LUMN' }, { wrongSecret: 'not-the-secret' });
    expect(res.status).toBe(401);
    await sleep(100);
    expect(core.commands).toHaveLength(0);
    expect(h.fake.messages).toHaveLength(0);
  });

  it('rejects a stale signature (older than 5 minutes) with 401 and runs nothing', async () => {
    const res = await h.command(
      { command: '/deal', text: 'LUMN' },
      { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 },
    );
    expect(res.status).toBe(401);
    await sleep(100);
    expect(core.commands).toHaveLength(0);
    expect(h.fake.messages).toHaveLength(0);
  });

  it('tells the user how to invite the bot when it is not in the channel, with the answer privately', async () => {
    h.fake.channelsWithoutBot.add('C9');
    await h.command({ command: '/deal', text: 'LUMN', channel: 'C9' });
    const reply = await h.fake.waitFor(() => h.fake.ephemerals[0]);
    expect(reply.text).toContain('/invite @Dealdesk');
    expect(blockText(reply.blocks)).toContain('Deals: LUMN');
    expect(h.fake.posts).toHaveLength(0);
  });

  it('in a DM it cannot post to, answers privately without suggesting /invite', async () => {
    h.fake.channelsWithoutBot.add('D42');
    await h.command({ command: '/deal', text: 'LUMN', channel: 'D42' });
    const reply = await h.fake.waitFor(() => h.fake.ephemerals[0]);
    expect(reply.text).not.toContain('/invite');
    expect(JSON.stringify(reply.blocks)).toContain('Deals: LUMN');
  });

  it('turns a failing core into a friendly ephemeral message without internals', async () => {
    core.answers.set('deal', () => {
      throw new Error('kaboom at Object.<anonymous> (/secret/path.ts:1:1)');
    });
    await h.command({ command: '/deal', text: 'LUMN' });
    const reply = await h.fake.waitFor(() => h.fake.ephemerals[0]);
    expect(reply.text).toMatch(/something went wrong/i);
    expect(JSON.stringify(reply)).not.toMatch(/kaboom|path\.ts|at Object/);
  });

  it('waits out a 429 Retry-After from Slack and then posts exactly once', async () => {
    h.fake.inject('chat.postMessage', { status: 429, retryAfterSec: 1 });
    const started = Date.now();
    await h.command({ command: '/deal', text: 'LUMN' });
    const post = await h.fake.waitFor(() => h.fake.posts[0], 5000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(post.blocks?.[0]).toMatchObject({ type: 'header' });
    await sleep(100);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(2);
    expect(h.fake.posts).toHaveLength(1);
  });

  it('posts a very long /deal list trimmed to fit, never rejected by Slack', async () => {
    core.answers.set('deal', () => ({
      card: {
        title: 'Deals: LUMN',
        fields: Array.from({ length: 24 }, (_, i) => ({ label: `Field ${i}`, value: ['x'.repeat(300)] })),
        sections: Array.from({ length: 12 }, (_, s) => ({
          heading: `Year ${2000 + s}`,
          lines: Array.from({ length: 150 }, (_, i) => [
            `Deal ${s}-${i}: `,
            { bold: 'Lumen' },
            ' sold a unit & more',
          ]),
        })),
      },
      visibility: 'public',
      fallbackText: 'Deals: LUMN\n' + 'line\n'.repeat(20_000),
    }));
    await h.command({ command: '/deal', text: 'LUMN' });
    const post = await h.fake.waitFor(() => h.fake.posts[0]);
    expect(h.fake.rejected).toEqual([]);
    expect(post.blocks!.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(post.blocks)).toMatch(/… and \d+ more/);
  });

  it('falls back to text only when Slack refuses the blocks', async () => {
    h.fake.inject('chat.postMessage', { error: 'invalid_blocks' });
    await h.command({ command: '/deal', text: 'LUMN' });
    const post = await h.fake.waitFor(() => h.fake.posts[0]);
    expect(post.blocks).toBeUndefined();
    expect(post.text).toContain('Deals: LUMN');
  });

  it('checks channel-management rights with users.info for /watch and /digest only', async () => {
    await h.stop();
    core = coreDouble();
    h = await startHarness({ core, store: storeDouble(), fakeOptions: { admins: ['UADMIN'] } });
    await h.command({ command: '/watch', text: 'add LUMN', user: 'UADMIN' });
    await h.command({ command: '/digest', text: 'daily 08:00', user: 'U2' });
    await h.command({ command: '/deal', text: 'LUMN', user: 'U3' });
    await h.fake.waitFor(() => core.commands.length === 3 && core.commands);
    const byCmd = Object.fromEntries(core.commands.map((c) => [c.command, c.user.canManageChannel]));
    expect(byCmd).toEqual({ watch: true, digest: false, deal: false });
    expect(h.fake.callsTo('users.info').map((c) => c.args.user)).toEqual(['UADMIN', 'U2']);
  });

  it('honours the allow-list of channel managers', async () => {
    await h.stop();
    core = coreDouble();
    h = await startHarness({ core, store: storeDouble(), deps: { channelManagers: ['UBOSS'] } });
    await h.command({ command: '/watch', text: 'add LUMN', user: 'UBOSS' });
    await h.fake.waitFor(() => core.commands[0]);
    expect(core.commands[0]!.user.canManageChannel).toBe(true);
  });
});

describe('outbound pacing', () => {
  it('paces a burst of answers to one channel and keeps their order', async () => {
    await h.stop();
    core = coreDouble();
    h = await startHarness({ core, store: storeDouble(), deps: { queue: { intervalMs: 250, burst: 1 } } });
    for (const t of ['AAA', 'BBB', 'CCC']) await h.command({ command: '/deal', text: t, channel: 'CBUSY' });
    await h.command({ command: '/deal', text: 'OTHER', channel: 'CQUIET' });
    await h.fake.waitFor(() => h.fake.posts.length === 4, 5000);
    const busy = h.fake.posts.filter((p) => p.channel === 'CBUSY');
    expect(busy.map((p) => p.text.split('\n')[0])).toEqual(['Deals: AAA', 'Deals: BBB', 'Deals: CCC']);
    const times = h.fake.posts.map((p) => p.receivedAt!);
    const [a, b, c] = busy.map((p) => p.receivedAt!);
    expect(b! - a!).toBeGreaterThanOrEqual(200);
    expect(c! - b!).toBeGreaterThanOrEqual(200);
    // the quiet channel is not held up behind the busy one
    const quiet = h.fake.posts.find((p) => p.channel === 'CQUIET')!;
    expect(quiet.receivedAt! - Math.min(...times)).toBeLessThan(200);
  });
});

describe('health', () => {
  it('answers GET /healthz with 200', async () => {
    const res = await fetch(`${h.appUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it('answers url_verification with the challenge', async () => {
    const { postSigned } = await import('./fake-slack.js');
    const res = await postSigned(
      `${h.appUrl}/slack/events`,
      SIGNING_SECRET,
      JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 't' }),
      'application/json',
    );
    expect(await res.text()).toContain('abc123');
  });
});
