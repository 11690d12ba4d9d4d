/**
 * `npm run bench:slack`: time from a signed `/deal LUMN` request to the fake Slack receiving
 * chat.postMessage, through the real Dealdesk adapter (real core, memory store of synthetic
 * articles), beside a bare Bolt app that acks and echoes, in the same run on the same fake.
 * Requests alternate between the two apps so drift hits both alike. Target: Dealdesk p99 ≤ 1.5×
 * the bare app's p99.
 *
 * Each request uses its own channel, as commands from many channels would: the outbound queue's
 * per-channel pacing (1 msg/s, burst 3) is in the path but does not make requests wait on each other.
 * BENCH_ARTICLES (default 100000) and BENCH_REQUESTS (default 500) change the sizes.
 */
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App } from '@slack/bolt';
import { createSlackApp } from '../adapters/slack/index.js';
import { createCore } from '../src/bot/core.js';
import type { BotCore } from '../src/bot/types.js';
import { parseConfig } from '../src/config/env.js';
import { setLogLevel } from '../src/log.js';
import { openStore } from '../src/store/index.js';
import { FakeSlack, postSigned, slashCommandBody, type PostedMessage } from '../test/slack/fake-slack.js';
import { summarize, table, ms, memory, mb } from './lib/stats.js';
import { fillSyntheticStore } from './synthetic/fill-store.js';

setLogLevel('silent');
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const WARMUP = 30;
const SECRET = 'bench-signing-secret';

/** A bare Bolt app: ack, then post an echo. The floor any command handler adds to. */
async function startBare(fake: FakeSlack): Promise<{ url: string; stop(): Promise<void> }> {
  const app = new App({
    token: 'xoxb-bench-token',
    signingSecret: SECRET,
    botId: fake.botId,
    botUserId: fake.botUserId,
    tokenVerificationEnabled: false,
    clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
  });
  app.command('/deal', async ({ ack, command, client }) => {
    await ack();
    await client.chat.postMessage({ channel: command.channel_id, text: `echo ${command.text}` });
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    stop: async () => {
      await app.stop();
    },
  };
}

async function main(): Promise<void> {
  const fake = await new FakeSlack().start();
  const store = await openStore('memory://');
  const t0 = performance.now();
  await fillSyntheticStore(store, ARTICLES);
  const loadMs = performance.now() - t0;
  // Time the core alone too, so the adapter's own share (total − core) is visible.
  const realCore = createCore({ store });
  const coreTimes: number[] = [];
  const core: BotCore = {
    ...realCore,
    async handleCommand(cmd) {
      const t = performance.now();
      try {
        return await realCore.handleCommand(cmd);
      } finally {
        coreTimes.push(performance.now() - t);
      }
    },
  };

  const config = parseConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.url,
  });
  const dealdesk = createSlackApp(config, core, {
    store,
    port: 0,
    host: '127.0.0.1',
    botId: fake.botId,
    botUserId: fake.botUserId,
    tokenVerificationEnabled: false,
    clientOptions: { retryConfig: { retries: 0 } },
  });
  const server = (await dealdesk.start())!;
  const dealdeskUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  const bare = await startBare(fake);

  // Resolves when the fake accepts a chat.postMessage in `channel`.
  const waiting = new Map<string, (m: PostedMessage) => void>();
  fake.listeners.push((m) => {
    if (m.method !== 'chat.postMessage' || !m.channel) return;
    waiting.get(m.channel)?.(m);
  });

  async function once(
    url: string,
    channel: string,
  ): Promise<{ total: number; ack: number; blocks: boolean }> {
    const posted = new Promise<PostedMessage>((resolve) => waiting.set(channel, resolve));
    const body = slashCommandBody({
      command: '/deal',
      text: 'LUMN',
      channel,
      responseUrl: fake.responseUrl(),
    });
    const start = performance.now();
    const res = await postSigned(url, SECRET, body, 'application/x-www-form-urlencoded');
    const ack = performance.now() - start;
    if (res.status !== 200) throw new Error(`request failed: HTTP ${res.status}`);
    await res.arrayBuffer();
    const m = await Promise.race([
      posted,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`no post in ${channel} within 10 s`)), 10_000),
      ),
    ]);
    waiting.delete(channel);
    return { total: performance.now() - start, ack, blocks: Array.isArray(m.blocks) };
  }

  const samples = {
    dealdesk: [] as number[],
    bare: [] as number[],
    dealdeskAck: [] as number[],
    bareAck: [] as number[],
  };
  let withBlocks = 0;
  for (let i = -WARMUP; i < REQUESTS; i++) {
    const b = await once(bare.url, `CB${i + WARMUP}`);
    const d = await once(dealdeskUrl, `CD${i + WARMUP}`);
    if (i < 0) continue;
    samples.bare.push(b.total);
    samples.bareAck.push(b.ack);
    samples.dealdesk.push(d.total);
    samples.dealdeskAck.push(d.ack);
    if (d.blocks) withBlocks++;
  }

  const coreSummary = summarize(coreTimes.slice(WARMUP));
  const dd = summarize(samples.dealdesk);
  const br = summarize(samples.bare);
  const ddAck = summarize(samples.dealdeskAck);
  const brAck = summarize(samples.bareAck);
  const ratioP99 = dd.p99 / br.p99;
  const ratioP50 = dd.p50 / br.p50;
  console.log(
    `\nSlack: signed /deal LUMN → chat.postMessage at the fake, ${REQUESTS} requests each (after ${WARMUP} warm-up), ${ARTICLES.toLocaleString('en-US')} synthetic articles in a memory store (loaded in ${(loadMs / 1000).toFixed(1)} s, rss ${mb(memory().rss)})\n`,
  );
  console.log(
    table([
      ['app', 'post p50', 'post p99', 'post max', 'ack p50', 'ack p99'],
      ['bare Bolt echo', ms(br.p50), ms(br.p99), ms(br.max), ms(brAck.p50), ms(brAck.p99)],
      ['Dealdesk /deal LUMN', ms(dd.p50), ms(dd.p99), ms(dd.max), ms(ddAck.p50), ms(ddAck.p99)],
      [
        '  of which core.handleCommand',
        ms(coreSummary.p50),
        ms(coreSummary.p99),
        ms(coreSummary.max),
        '',
        '',
      ],
    ]),
  );
  console.log(
    `\nratio Dealdesk/bare: p50 ${ratioP50.toFixed(2)}×, p99 ${ratioP99.toFixed(2)}× (target p99 ≤ 1.50×: ${ratioP99 <= 1.5 ? 'met' : 'NOT met'})`,
  );
  console.log(
    `Dealdesk answers posted as Block Kit: ${withBlocks}/${REQUESTS}; rejected by the fake: ${fake.rejected.length}`,
  );

  await dealdesk.stop();
  await bare.stop();
  await fake.close();
  await store.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
