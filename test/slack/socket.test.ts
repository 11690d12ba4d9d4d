/** The Slack adapter in Socket Mode: envelopes from the fake's WebSocket, through the real Bolt app. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreDouble, storeDouble, type CoreDouble } from './doubles.js';
import { eventCallback, slashCommandFields } from './fake-slack.js';
import { sleep, startHarness, type Harness } from './harness.js';

let core: CoreDouble;
let h: Harness;

beforeEach(async () => {
  const store = storeDouble();
  core = coreDouble(store);
  h = await startHarness({ core, store, socket: true });
});
afterEach(async () => {
  await h.stop();
});

describe('Socket Mode', () => {
  it('connects with the app token and serves no HTTP', async () => {
    expect(h.adapter.mode).toBe('socket');
    expect(h.appUrl).toBe('');
    expect(h.fake.callsTo('apps.connections.open')[0]?.auth).toBe('Bearer xapp-test-token');
  });

  it('acks a /deal envelope and posts the answer in the channel', async () => {
    const fields = slashCommandFields({
      command: '/deal',
      text: 'LUMN',
      channel: 'C3',
      responseUrl: h.fake.responseUrl(),
    });
    const started = Date.now();
    await h.fake.sendEnvelope('slash_commands', fields);
    expect(Date.now() - started).toBeLessThan(1000);
    const post = await h.fake.waitFor(() => h.fake.posts[0]);
    expect(post.channel).toBe('C3');
    expect(post.text).toContain('Deals: LUMN');
    await h.fake.waitFor(() => core.threads.get(`slack:T1:C3:${post.ts}`));
  });

  it('answers /help ephemerally', async () => {
    await h.fake.sendEnvelope(
      'slash_commands',
      slashCommandFields({ command: '/help', responseUrl: h.fake.responseUrl() }),
    );
    const reply = await h.fake.waitFor(() => h.fake.ephemerals[0]);
    expect(JSON.stringify(reply.blocks)).toContain('Dealdesk help');
    expect(h.fake.posts).toHaveLength(0);
  });

  it('reconnects when Slack asks it to, and keeps answering', async () => {
    await h.stop();
    const store = storeDouble();
    core = coreDouble(store);
    h = await startHarness({ core, store, socket: true, deps: { clientPingTimeout: 300 } });
    const before = h.fake.connections;
    h.fake.disconnectSockets();
    // a new connection, and the old one closed
    await h.fake.waitFor(() => h.fake.connections > before && h.fake.socketCount === 1, 10_000);
    await sleep(100); // the client is ready once it has read "hello"
    await h.fake.sendEnvelope(
      'slash_commands',
      slashCommandFields({ command: '/deal', text: 'LUMN', responseUrl: h.fake.responseUrl() }),
    );
    const post = await h.fake.waitFor(() => h.fake.posts[0]);
    expect(post.text).toContain('Deals: LUMN');
  });

  it('answers a thread follow-up once even when the envelope is redelivered', async () => {
    await h.fake.sendEnvelope(
      'slash_commands',
      slashCommandFields({ command: '/deal', text: 'LUMN', responseUrl: h.fake.responseUrl() }),
    );
    const root = (await h.fake.waitFor(() => h.fake.posts[0])).ts!;
    await h.fake.waitFor(() => core.threads.size > 0);
    const body = eventCallback({
      type: 'message',
      channel: 'C1',
      user: 'U2',
      text: 'how much?',
      ts: '1800000000.000001',
      thread_ts: root,
    });
    await h.fake.sendEnvelope('events_api', body);
    await h.fake.sendEnvelope('events_api', body, { retryAttempt: 1 });
    const answer = await h.fake.waitFor(() => h.fake.posts.find((p) => p.thread_ts === root));
    expect(JSON.stringify(answer.blocks)).toContain('how much?');
    await sleep(200);
    expect(h.fake.posts.filter((p) => p.thread_ts === root)).toHaveLength(1);
  });
});
