/** Follow-ups, mentions, retries and App Home over HTTP, through the real Bolt app and the fake Slack. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreDouble, storeDouble, type CoreDouble } from './doubles.js';
import { sleep, startHarness, type Harness } from './harness.js';
import type { Store } from '../../src/store/types.js';

let core: CoreDouble;
let store: Store & { claims: string[] };
let h: Harness;

beforeEach(async () => {
  store = storeDouble({
    subscriptions: [
      {
        id: 'sub1',
        channelId: 'slack:T1:CDEALS',
        cadence: 'weekdays',
        weekday: null,
        time: '08:30',
        timeZone: 'Europe/Paris',
        scope: { kind: 'tickers', tickers: ['LUMN', 'T'] },
        maxItems: 10,
        quietWhenEmpty: true,
        since: '2026-01-01T00:00:00Z',
        createdBy: 'slack:T1:U1',
        createdAt: '2026-01-01T00:00:00Z',
        paused: null,
      },
      {
        id: 'sub2',
        channelId: 'slack:T2:COTHER',
        cadence: 'daily',
        weekday: null,
        time: '09:00',
        timeZone: 'UTC',
        scope: { kind: 'all' },
        maxItems: 5,
        quietWhenEmpty: false,
        since: '2026-01-01T00:00:00Z',
        createdBy: 'slack:T2:U1',
        createdAt: '2026-01-01T00:00:00Z',
        paused: null,
      },
    ],
    watchlists: [
      { channelId: 'slack:T1:CWATCH', tickers: ['NVDA', '<!channel>'], updatedAt: '2026-01-01T00:00:00Z' },
    ],
  });
  core = coreDouble(store);
  h = await startHarness({ core, store });
});
afterEach(async () => {
  await h.stop();
});

/** Posts /deal and returns the ts of the card (the thread root). */
async function postDealCard(channel = 'C1'): Promise<string> {
  await h.command({ command: '/deal', text: 'LUMN', channel });
  const post = await h.fake.waitFor(() => h.fake.posts.find((p) => p.channel === channel));
  await h.fake.waitFor(() => core.threads.size > 0);
  return post.ts!;
}

const threadReply = (threadTs: string, text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  channel: 'C1',
  channel_type: 'channel',
  user: 'U2',
  text,
  ts: `${Number(threadTs) + 5}.000200`,
  thread_ts: threadTs,
  ...extra,
});

describe('thread follow-ups', () => {
  it('answers a reply in the thread under a Dealdesk card, in that thread, with its context', async () => {
    const root = await postDealCard();
    const { res } = await h.event(threadReply(root, 'how much &amp; when?'));
    expect(res.status).toBe(200);
    const answer = await h.fake.waitFor(() => h.fake.posts.find((p) => p.thread_ts === root));
    expect(answer.channel).toBe('C1');
    expect(JSON.stringify(answer.blocks)).toContain('About LUMN');
    expect(core.messages[0]).toMatchObject({
      threadId: `slack:T1:C1:${root}`,
      text: 'how much & when?',
      mentioned: false,
      user: { id: 'slack:T1:U2' },
    });
  });

  it('answers an @mention in a thread once, although Slack sends both message and app_mention', async () => {
    const root = await postDealCard();
    const ev = threadReply(root, '<@UBOT> what did analysts say?');
    await h.event(ev);
    await h.event({ ...ev, type: 'app_mention' });
    await h.fake.waitFor(() => h.fake.posts.find((p) => p.thread_ts === root));
    await sleep(150);
    expect(h.fake.posts.filter((p) => p.thread_ts === root)).toHaveLength(1);
    expect(core.messages).toHaveLength(1);
    expect(core.messages[0]).toMatchObject({ mentioned: true, text: 'what did analysts say?' });
  });

  it('starts a thread under a top-level @mention', async () => {
    await h.event({
      type: 'app_mention',
      channel: 'C1',
      user: 'U2',
      text: '<@UBOT> LUMN news?',
      ts: '1700000999.000100',
    });
    const answer = await h.fake.waitFor(() => h.fake.posts[0]);
    expect(answer.thread_ts).toBe('1700000999.000100');
  });

  it('replies once to an event Slack retries (x-slack-retry-num)', async () => {
    const root = await postDealCard();
    const { body } = await h.event(threadReply(root, 'how much?'));
    const retry1 = await h.resend(body, { retryNum: 1 });
    const retry2 = await h.resend(body, { retryNum: 2 });
    expect([retry1.status, retry2.status]).toEqual([200, 200]);
    await h.fake.waitFor(() => h.fake.posts.find((p) => p.thread_ts === root));
    await sleep(200);
    expect(h.fake.posts.filter((p) => p.thread_ts === root)).toHaveLength(1);
  });

  it('replies once when the same event reaches two instances sharing a store', async () => {
    const second = await startHarness({ core, store, fake: h.fake });
    try {
      const root = await postDealCard();
      const { body } = await h.event(threadReply(root, 'how much?'), { eventId: 'EvShared1' });
      await postSignedTo(second, body);
      await h.fake.waitFor(() => h.fake.posts.find((p) => p.thread_ts === root));
      await sleep(200);
      expect(h.fake.posts.filter((p) => p.thread_ts === root)).toHaveLength(1);
      expect(store.claims.filter((k) => k === 'slack:event:EvShared1')).toHaveLength(2);
    } finally {
      await second.stop();
    }
  });

  it('ignores its own messages, other bots, edits, joins and top-level chatter', async () => {
    const root = await postDealCard();
    await h.event(threadReply(root, 'mine', { user: 'UBOT' }));
    await h.event(threadReply(root, 'another bot', { bot_id: 'B999', user: 'U777' }));
    await h.event({
      type: 'message',
      subtype: 'message_changed',
      channel: 'C1',
      ts: '1700000500.000001',
      message: { user: 'U2', text: 'edited', thread_ts: root, ts: '1700000400.000001' },
    });
    await h.event(threadReply(root, '<@U2> has joined the channel', { subtype: 'channel_join' }));
    await h.event({ type: 'message', channel: 'C1', user: 'U2', text: 'top level', ts: '1700000600.000001' });
    await sleep(250);
    expect(core.messages).toHaveLength(0);
    expect(h.fake.posts).toHaveLength(1); // only the card itself
  });

  it('answers a reply also sent to the channel (thread_broadcast)', async () => {
    const root = await postDealCard();
    await h.event(threadReply(root, 'and the price?', { subtype: 'thread_broadcast' }));
    const answer = await h.fake.waitFor(() => h.fake.posts.find((p) => p.thread_ts === root));
    expect(JSON.stringify(answer.blocks)).toContain('and the price?');
  });

  it('stays quiet in threads that are not Dealdesk threads, without claiming their events', async () => {
    await h.event(threadReply('1600000000.000100', 'unrelated'));
    await sleep(150);
    expect(core.messages).toHaveLength(0);
    expect(store.claims).toHaveLength(0);
    expect(h.fake.posts).toHaveLength(0);
  });
});

describe('buttons', () => {
  const click = (messageTs: string, action: { action_id: string; value: string }) => ({
    type: 'block_actions',
    user: { id: 'U3', username: 'bo', name: 'bo', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: messageTs, channel_id: 'C1', is_ephemeral: false },
    trigger_id: 'trigger-1',
    team: { id: 'T1', domain: 'fake' },
    channel: { id: 'C1', name: 'deals' },
    message: { type: 'message', ts: messageTs, text: 'card' },
    response_url: h.fake.responseUrl(),
    actions: [
      { ...action, type: 'button', block_id: 'b1', text: { type: 'plain_text', text: 'x' }, action_ts: '1' },
    ],
  });

  it('"Ask a follow-up" points the user to the thread, privately and inside it', async () => {
    const root = await postDealCard();
    const res = await h.interaction(click(root, { action_id: 'followup', value: 'deal:LUMN' }));
    expect(res.status).toBe(200);
    const hint = await h.fake.waitFor(() => h.fake.ephemerals[0]);
    expect(hint).toMatchObject({ method: 'chat.postEphemeral', channel: 'C1', user: 'U3', thread_ts: root });
    expect(hint.text).toMatch(/reply in the thread/i);
  });

  it('a button carrying a command line runs that command', async () => {
    const root = await postDealCard();
    await h.interaction(click(root, { action_id: 'more', value: 'deal:PLTR' }));
    await h.fake.waitFor(() => core.commands.length === 2);
    expect(core.commands[1]).toMatchObject({ command: 'deal', text: 'PLTR', user: { id: 'slack:T1:U3' } });
    await h.fake.waitFor(() => h.fake.posts.find((p) => p.text.includes('Deals: PLTR')));
  });
});

describe('escaping', () => {
  it('delivers article text with <!channel> and <@U123> inert, in blocks and fallback text', async () => {
    core.answers.set('deal', () => ({
      card: {
        title: 'Deals: <!channel>',
        subtitle: ['From an article: <!here> & <http://evil.example|click>'],
        fields: [{ label: 'Note <@U123>', value: ['<!channel>'] }],
        sections: [{ heading: 'Quotes', lines: [['"Ping <!channel> and <@U123>" said the CEO']] }],
        citations: [
          { title: '<!everyone> story', source: 'Wire <b>', date: '2026-01-02', url: 'javascript:alert(1)' },
        ],
      },
      visibility: 'public',
      fallbackText: 'Ping <!channel> and <@U123>',
    }));
    await h.command({ command: '/deal', text: 'X' });
    const post = await h.fake.waitFor(() => h.fake.posts[0]);
    const mrkdwnTexts = JSON.stringify(post.blocks)
      .match(/"type":"mrkdwn","text":"(?:[^"\\]|\\.)*"/g)!
      .join('\n');
    for (const raw of ['<!channel>', '<!here>', '<@U123>', '<http://evil', '<!everyone>', 'javascript:'])
      expect(mrkdwnTexts + post.text).not.toContain(raw);
    expect(post.text).toContain('&lt;!channel&gt;');
    expect(mrkdwnTexts).toContain('&lt;@U123&gt;');
  });
});

describe('App Home', () => {
  it("publishes the workspace's digest subscriptions and watchlists, and only them", async () => {
    await h.event({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' });
    const view = await h.fake.waitFor(() => h.fake.views[0]);
    expect(view.user_id).toBe('U1');
    const text = JSON.stringify(view.view.blocks);
    expect(text).toContain('<#CDEALS>');
    expect(text).toContain('08:30 Europe/Paris');
    expect(text).toContain('LUMN, T');
    expect(text).toContain('<#CWATCH>');
    expect(text).toContain('NVDA');
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toContain('COTHER');
  });
});

async function postSignedTo(target: Harness, body: string) {
  return target.resend(body, { retryNum: 1 });
}
