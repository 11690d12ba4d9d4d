/** The Slack Poster: how digests and alerts post into Slack through the adapter's outbound queue. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermanentSendError, posters } from '../../src/delivery/poster.js';
import type { Outcome } from '../../src/bot/types.js';
import { coreDouble, storeDouble, type CoreDouble } from './doubles.js';
import { startHarness, type Harness } from './harness.js';

let core: CoreDouble;
let h: Harness;

beforeEach(async () => {
  const store = storeDouble();
  core = coreDouble(store);
  h = await startHarness({ core, store, fakeOptions: { admins: ['UADMIN'] } });
});
afterEach(async () => {
  await h.stop();
});

const digest = (followUp = true): Outcome => ({
  card: {
    title: 'Morning digest',
    sections: [{ heading: 'Deals', lines: [['Lumen sold a unit <!channel>']] }],
  },
  visibility: 'public',
  fallbackText: 'Morning digest',
  ...(followUp
    ? { followUp: { command: 'digest', tickers: ['LUMN'], dealIds: [], articleIds: [], lastAnswer: null } }
    : {}),
});

describe('Slack poster', () => {
  it('is registered for slack channels while the adapter runs, and removed when it stops', async () => {
    expect(posters.forChannel('slack:T1:C1')).toBe(h.adapter.poster);
    await h.adapter.stop();
    expect(posters.forChannel('slack:T1:C1')).toBeUndefined();
  });

  it('posts a digest in the channel, escaped, and returns a thread that follow-ups will reach', async () => {
    const posted = await h.adapter.poster.post('slack:T1:CDIGEST', digest());
    const msg = h.fake.posts[0]!;
    expect(msg.channel).toBe('CDIGEST');
    expect(JSON.stringify(msg.blocks)).toContain('&lt;!channel&gt;');
    expect(posted).toEqual({
      threadId: `slack:T1:CDIGEST:${msg.ts}`,
      messageRef: `slack:T1:CDIGEST:${msg.ts}`,
    });
    expect(core.threads.has(`slack:T1:CDIGEST:${msg.ts}`)).toBe(true);
  });

  it('posts into a thread when given a thread id', async () => {
    await h.adapter.poster.post('slack:T1:C1:1700000000.000100', digest(false));
    expect(h.fake.posts[0]).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
  });

  it('reports a channel the bot lost as a permanent failure', async () => {
    h.fake.channelsWithoutBot.add('CGONE');
    const err = await h.adapter.poster.post('slack:T1:CGONE', digest()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentSendError);
    expect((err as PermanentSendError).code).toBe('not_in_channel');
  });

  it('tells workspace admins by direct message', async () => {
    await h.adapter.poster.notifyAdmins!('slack:T1:CGONE', 'Digest paused: invite me back to <#CGONE>');
    const dm = await h.fake.waitFor(() => h.fake.posts.find((p) => p.channel === 'UADMIN'));
    expect(dm.text).toContain('Digest paused');
    expect(h.fake.posts.some((p) => p.channel === 'UPLAIN')).toBe(false);
  });
});
