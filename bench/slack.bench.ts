/**
 * `npm run bench:slack`: time from a signed `/deal LUMN` request to the fake Slack receiving
 * chat.postMessage, through the real Dealdesk adapter (real core, SQLite store of synthetic
 * articles: bench/lib/bench-store.ts), beside a bare Bolt app that acks and echoes, in the same run against the same fake.
 * The fake runs in a child process (bench/lib/fake-slack-process.ts) and acts as Slack end to end:
 * it signs and sends the command and times, by its own clock, to the arrival of the post, so its
 * parsing and checking of the (larger) Dealdesk payload are not charged to the app, as on real Slack.
 *
 * Requests alternate between the two apps, in rounds whose order flips (bench/lib/interleaved.ts),
 * so load drift hits both alike. Target: Dealdesk p99 ≤ 1.5× the bare app's p99, judged on the
 * median of the per-round ratios (the pooled ratio and the load average are printed beside it).
 *
 * Each request uses its own channel, as commands from many channels would: the outbound queue's
 * per-channel pacing (1 msg/s, burst 3) is in the path but does not make requests wait on each other.
 * Repeated /deal LUMN is answered from the core's reply cache after the first, as deployed; BENCH_REPLY_CACHE=off
 * makes every request do the store reads and ranking.
 * BENCH_DB_DIR keeps the filled store between runs. BENCH_ARTICLES (default 100000), BENCH_REQUESTS (default 500) and BENCH_ROUNDS (default 5) change the sizes.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setImmediate as turn } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App } from '@slack/bolt';
import { createSlackApp } from '../adapters/slack/index.js';
import { createCore } from '../src/bot/core.js';
import type { BotCore } from '../src/bot/types.js';
import { parseConfig } from '../src/config/env.js';
import { setLogLevel } from '../src/log.js';
import { FakeSlackProcess, type SlackInfo } from './lib/fake-slack-process.js';
import { interleavedRounds, loadLine } from './lib/interleaved.js';
import { describePauses, watchPauses, type Pauses } from './lib/pauses.js';
import { summarize, table, ms, memory, mb } from './lib/stats.js';
import { openBenchStore } from './lib/bench-store.js';

setLogLevel('silent');
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
/** The core reuses replies while the store is unchanged (as deployed); BENCH_REPLY_CACHE=off times the work itself. */
const REPLY_CACHE = process.env.BENCH_REPLY_CACHE !== 'off';
const WARMUP = 30;
const SECRET = 'bench-signing-secret';

/** A bare Bolt app: ack, then post an echo. The floor any command handler adds to. */
async function startBare(slack: SlackInfo): Promise<{ url: string; stop(): Promise<void> }> {
  const app = new App({
    token: 'xoxb-bench-token',
    signingSecret: SECRET,
    botId: slack.botId,
    botUserId: slack.botUserId,
    tokenVerificationEnabled: false,
    clientOptions: { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
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
  // Slack lives in a child process, as it lives elsewhere: its work is not ours.
  const slack = await FakeSlackProcess.start();
  const fake = await slack.info();
  const { store, loadMs, close } = await openBenchStore(ARTICLES);
  // Time the core alone too, so the adapter's own share (total − core) is visible.
  const realCore = createCore({ store, replyCache: REPLY_CACHE });
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

  type Name = 'bare' | 'dealdesk';
  const acks: Record<Name, number[]> = { bare: [], dealdesk: [] };
  // CPU time of this process (both apps and the core; not the fake) per timed request: work done,
  // whatever the load. Read after a turn of the loop so the app's handling of Slack's reply to the
  // post is charged to its own request, not the next one.
  const cpu: Record<Name, number> = { bare: 0, dealdesk: 0 };
  // Dealdesk's time less its own core.handleCommand: what the adapter and Bolt add, beside the bare app.
  const withoutCore: number[] = [];
  let withBlocks = 0;
  let timed = false; // warm-up requests are not counted
  const trial =
    (name: Name, url: string, prefix: string) =>
    async (i: number): Promise<number> => {
      const before = process.cpuUsage();
      const cores = coreTimes.length;
      const r = await slack.command(url, SECRET, {
        command: '/deal',
        text: 'LUMN',
        channel: `${prefix}${i}`,
      });
      await turn();
      if (timed) {
        const used = process.cpuUsage(before);
        cpu[name] += (used.user + used.system) / 1000;
        acks[name].push(r.ackMs);
        if (name === 'dealdesk' && r.blocks) withBlocks++;
        if (name === 'dealdesk' && coreTimes.length === cores + 1) withoutCore.push(r.ms - coreTimes.at(-1)!);
      }
      return r.ms;
    };
  const loadBefore = loadavg();
  const roundLoads: number[] = [];
  const perRound = Math.max(1, Math.round(REQUESTS / ROUNDS));
  let coreFrom = 0;
  let stopWatching: (() => Pauses) | undefined;
  const cmp = await interleavedRounds({
    a: trial('bare', bare.url, 'CB'),
    b: trial('dealdesk', dealdeskUrl, 'CD'),
    rounds: ROUNDS,
    perRound,
    warmup: WARMUP,
    onTimed() {
      timed = true;
      coreFrom = coreTimes.length;
      stopWatching = watchPauses();
    },
    onRound: (r, x) => {
      roundLoads.push(loadavg()[0]!);
      process.stderr.write(
        `  round ${r + 1}/${ROUNDS}: p99 bare ${ms(x.a.p99)}, Dealdesk ${ms(x.b.p99)}, ratio ${x.p99Ratio.toFixed(2)}× (${loadLine()})\n`,
      );
    },
  });
  const pauses = stopWatching?.();
  const loadAfter = loadavg();

  const coreSummary = summarize(coreTimes.slice(coreFrom));
  const lessCore = summarize(withoutCore);
  const { a: br, b: dd } = cmp.pooled;
  const brAck = summarize(acks.bare);
  const ddAck = summarize(acks.dealdesk);
  const n = perRound * ROUNDS;
  const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');
  console.log(
    `\nSlack: signed /deal LUMN → chat.postMessage arriving at the fake (in a child process, timed by its clock), ${n} requests each in ${ROUNDS} interleaved rounds (after ${WARMUP} warm-up), ${ARTICLES.toLocaleString('en-US')} synthetic articles in SQLite (${loadMs ? `filled in ${(loadMs / 1000).toFixed(1)} s` : 'kept file'}, rss ${mb(memory().rss)})`,
  );
  console.log(`load average (1, 5, 15 min): ${la(loadBefore)} at the start, ${la(loadAfter)} at the end\n`);
  console.log(`reply cache: ${REPLY_CACHE ? 'on (as deployed)' : 'off (BENCH_REPLY_CACHE=off)'}\n`);
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
      ['  Dealdesk less its core time', ms(lessCore.p50), ms(lessCore.p99), ms(lessCore.max), '', ''],
    ]),
  );
  console.log(
    `\n${table([
      ['round', 'load', 'bare p50', 'bare p99', 'Dealdesk p50', 'Dealdesk p99', 'p50 ratio', 'p99 ratio'],
      ...cmp.rounds.map((x, i) => [
        String(i + 1),
        roundLoads[i]!.toFixed(2),
        ms(x.a.p50),
        ms(x.a.p99),
        ms(x.b.p50),
        ms(x.b.p99),
        `${x.p50Ratio.toFixed(2)}×`,
        `${x.p99Ratio.toFixed(2)}×`,
      ]),
    ])}`,
  );
  console.log(
    `\nprocess CPU per request: bare ${ms(cpu.bare / n)}, Dealdesk ${ms(cpu.dealdesk / n)} (core.handleCommand mean wall time ${ms(coreSummary.mean)})`,
  );
  if (pauses) console.log(`while timing: ${describePauses(pauses)}`);
  const met = cmp.medianP99Ratio <= 1.5;
  console.log(
    `\nratio Dealdesk/bare, median of ${ROUNDS} rounds: p50 ${cmp.medianP50Ratio.toFixed(2)}×, p99 ${cmp.medianP99Ratio.toFixed(2)}× (target p99 ≤ 1.50×: ${met ? 'met' : 'NOT met'})`,
  );
  console.log(
    `ratio Dealdesk/bare, pooled samples: p50 ${cmp.pooled.p50Ratio.toFixed(2)}×, p99 ${cmp.pooled.p99Ratio.toFixed(2)}×`,
  );
  console.log(
    `ratio (Dealdesk less its core time)/bare, pooled: p50 ${(lessCore.p50 / br.p50).toFixed(2)}×, p99 ${(lessCore.p99 / br.p99).toFixed(2)}×`,
  );
  console.log(`Dealdesk answers posted as Block Kit: ${withBlocks}/${n}`);

  await dealdesk.stop();
  await bare.stop();
  await slack.stop();
  await close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
