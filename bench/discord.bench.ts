/**
 * `npm run bench:discord`: time from the fake gateway dispatching INTERACTION_CREATE for
 * `/deal LUMN` to the fake REST receiving the interaction callback, through the real Dealdesk
 * adapter (real discord.js client, real core, SQLite store of synthetic articles: bench/lib/bench-store.ts),
 * beside a bare discord.js client that replies at once, in the same process, and beside the same adapter answering
 * with a precomputed outcome (what the adapter itself adds). Each client has its own fake Discord;
 * the fakes run in a child process (bench/lib/fake-discord-process.ts), as Discord runs elsewhere,
 * so the time is taken by the fake's clock and the fake's own work is not charged to the clients.
 *
 * The machine is shared and its load drifts, so the clients run in interleaved rounds (bare, ours,
 * ours, bare, bare, ours, …: the order flips each round so neither always follows the other). Each
 * round gives a p99 ratio; the bench reports their median and the ratio of the pooled p99s, with the
 * load average at each round. Target: Dealdesk p99 ≤ 1.5× the bare client's p99.
 *
 * Repeated /deal LUMN is answered from the core's reply cache after the first, as deployed; BENCH_REPLY_CACHE=off
 * makes every request do the store reads and ranking.
 * BENCH_DB_DIR keeps the filled SQLite file between runs. BENCH_ARTICLES (default 100000), BENCH_REQUESTS (per client and round, default 1500: a round's p99 is
 * then its 15th-slowest reply, not its 5th, which one GC pause could decide) and BENCH_ROUNDS
 * (default 5) change the sizes.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { startDiscord } from '../adapters/discord/index.js';
import { createCore } from '../src/bot/core.js';
import type { Outcome } from '../src/bot/types.js';
import { setLogLevel } from '../src/log.js';
import { openBenchStore } from './lib/bench-store.js';
import { FakeDiscordProcess } from './lib/fake-discord-process.js';
import { describePauses, watchPauses, type Pauses } from './lib/pauses.js';
import { mb, memory, ms, summarize, table, type Summary } from './lib/stats.js';

setLogLevel('silent');
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1500);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
/** The core reuses replies while the store is unchanged (as deployed); BENCH_REPLY_CACHE=off times the work itself. */
const REPLY_CACHE = process.env.BENCH_REPLY_CACHE !== 'off';
const WARMUP = 30;
const TOKEN = 'bench-token-abcdef';
const REST_OPTIONS = { globalRequestsPerSecond: 100_000 };

/** A bare discord.js client: replies to every command at once. The floor any handler adds to. */
async function startBare(apiUrl: string): Promise<Client> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: apiUrl, ...REST_OPTIONS },
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand())
      void interaction.reply({ content: `echo ${interaction.commandName}` });
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(TOKEN);
  await ready;
  return client;
}

const DEAL_LUMN = { name: 'deal', options: [{ name: 'company', type: 3, value: 'LUMN' }] };

async function main(): Promise<void> {
  const { store, loadMs, close } = await openBenchStore(ARTICLES);
  const core = createCore({ store, replyCache: REPLY_CACHE });

  // Both fake Discords live in a child process, as Discord lives elsewhere: their work is not ours.
  const fakes = await FakeDiscordProcess.start();
  const ddFake = await fakes.create('dealdesk');
  const bareFake = await fakes.create('bare');
  const dealdesk = await startDiscord({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: ddFake.apiUrl }, core, {
    installSignalHandlers: false,
    registerPoster: false,
    rest: REST_OPTIONS,
  });
  const bare = await startBare(bareFake.apiUrl);
  // The same adapter answering with the core's outcome computed once beforehand: what the adapter
  // and discord.js add to a bare client, without the store and the command.
  const adapterFake = await fakes.create('adapter');
  let precomputed: Outcome | undefined;
  const adapterOnly = await startDiscord(
    { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: adapterFake.apiUrl },
    { ...core, handleCommand: async (cmd) => (precomputed ??= await core.handleCommand(cmd)) },
    { installSignalHandlers: false, registerPoster: false, rest: REST_OPTIONS },
  );

  // The core alone (no Discord), interleaved too: what the store and command cost by themselves.
  const coreOnly = async (): Promise<number> => {
    const start = performance.now();
    await core.handleCommand({
      kind: 'command',
      platform: 'discord',
      command: 'deal',
      text: 'LUMN',
      options: { company: 'LUMN' },
      user: { id: 'discord:bench:user', name: 'bench', canManageChannel: false },
      workspaceId: 'discord:bench',
      channelId: 'discord:bench:channel',
      threadId: null,
    });
    return performance.now() - start;
  };

  const clients = {
    bare: async () => (await fakes.interact('bare', DEAL_LUMN)).ms,
    dealdesk: async () => {
      const d = await fakes.interact('dealdesk', DEAL_LUMN);
      if (d.type === 4) answered++;
      if (d.type === 5) deferred++;
      return d.ms;
    },
    adapter: async () => (await fakes.interact('adapter', DEAL_LUMN)).ms,
    core: coreOnly,
  };
  type Name = keyof typeof clients;
  let answered = 0;
  let deferred = 0;
  for (let i = 0; i < WARMUP; i++) for (const run of Object.values(clients)) await run();
  answered = deferred = 0;

  const pooled: Record<Name, number[]> = { bare: [], dealdesk: [], adapter: [], core: [] };
  const pauses: Record<Name, Pauses[]> = { bare: [], dealdesk: [], adapter: [], core: [] };
  // CPU time of this process (both clients and the core; not the fakes) per request: work done,
  // whatever the load.
  const cpu: Record<Name, number> = { bare: 0, dealdesk: 0, adapter: 0, core: 0 };
  const rounds: Array<{ load: number; bare: Summary; dealdesk: Summary }> = [];
  const perRound = Math.ceil(REQUESTS / ROUNDS);
  const loadAtStart = loadavg();
  for (let r = 0; r < ROUNDS; r++) {
    const load = loadavg()[0]!;
    const order: Name[] =
      r % 2 === 0 ? ['bare', 'dealdesk', 'adapter', 'core'] : ['dealdesk', 'bare', 'core', 'adapter'];
    const round = {} as Record<Name, Summary>;
    for (const name of order) {
      const samples: number[] = [];
      const stop = watchPauses();
      const cpuBefore = process.cpuUsage();
      for (let i = 0; i < perRound; i++) samples.push(await clients[name]());
      const used = process.cpuUsage(cpuBefore);
      cpu[name] += (used.user + used.system) / 1000;
      pauses[name].push(stop());
      pooled[name].push(...samples);
      round[name] = summarize(samples);
    }
    rounds.push({ load, bare: round.bare, dealdesk: round.dealdesk });
  }
  const loadAtEnd = loadavg();

  const dd = summarize(pooled.dealdesk);
  const br = summarize(pooled.bare);
  const co = summarize(pooled.core);
  const ad = summarize(pooled.adapter);
  const ratios = rounds.map((r) => r.dealdesk.p99 / r.bare.p99);
  const medianOf = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const medianP99Ratio = medianOf(ratios);
  const medianP50Ratio = medianOf(rounds.map((r) => r.dealdesk.p50 / r.bare.p50));
  const pooledP99Ratio = dd.p99 / br.p99;
  const gc = (name: Name) => {
    const ps = pauses[name];
    return describePauses({
      loopDelayP99: Math.max(...ps.map((p) => p.loopDelayP99)),
      loopDelayMax: Math.max(...ps.map((p) => p.loopDelayMax)),
      gcCount: ps.reduce((n, p) => n + p.gcCount, 0),
      gcTotal: ps.reduce((n, p) => n + p.gcTotal, 0),
      gcMax: Math.max(...ps.map((p) => p.gcMax)),
    });
  };
  const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');
  console.log(
    `\nDiscord: INTERACTION_CREATE /deal LUMN → interaction callback at the fake, ${pooled.bare.length} requests per client in ${ROUNDS} interleaved rounds (after ${WARMUP} warm-up each), ${ARTICLES.toLocaleString('en-US')} synthetic articles in SQLite (${loadMs ? `filled in ${(loadMs / 1000).toFixed(1)} s` : 'kept file'}, rss ${mb(memory().rss)})`,
  );
  console.log(`load average (1, 5, 15 min): ${la(loadAtStart)} at the start, ${la(loadAtEnd)} at the end\n`);
  console.log(`reply cache: ${REPLY_CACHE ? 'on (as deployed)' : 'off (BENCH_REPLY_CACHE=off)'}\n`);
  console.log(
    table([
      ['round', 'load', 'bare p50', 'bare p99', 'Dealdesk p50', 'Dealdesk p99', 'p99 ratio'],
      ...rounds.map((r, i) => [
        String(i + 1),
        r.load.toFixed(2),
        ms(r.bare.p50),
        ms(r.bare.p99),
        ms(r.dealdesk.p50),
        ms(r.dealdesk.p99),
        `${ratios[i]!.toFixed(2)}×`,
      ]),
    ]),
  );
  console.log('\npooled:');
  console.log(
    table([
      ['client', 'p50', 'p99', 'max', 'mean'],
      ['bare discord.js reply', ms(br.p50), ms(br.p99), ms(br.max), ms(br.mean)],
      ['Dealdesk /deal LUMN', ms(dd.p50), ms(dd.p99), ms(dd.max), ms(dd.mean)],
      ['(adapter only: answer precomputed)', ms(ad.p50), ms(ad.p99), ms(ad.max), ms(ad.mean)],
      ['(core alone, no Discord)', ms(co.p50), ms(co.p99), ms(co.max), ms(co.mean)],
    ]),
  );
  const perRequest = (name: Name) => ms(cpu[name] / pooled[name].length);
  console.log(
    `\nprocess CPU per request: bare ${perRequest('bare')}, Dealdesk ${perRequest('dealdesk')}, adapter only ${perRequest('adapter')}, core alone ${perRequest('core')}`,
  );
  console.log(`pauses while timing bare: ${gc('bare')}`);
  console.log(`pauses while timing Dealdesk: ${gc('dealdesk')}`);
  console.log(
    `\nratio Dealdesk/bare p99: median of rounds ${medianP99Ratio.toFixed(2)}×, pooled ${pooledP99Ratio.toFixed(2)}× (target ≤ 1.50×: ${medianP99Ratio <= 1.5 && pooledP99Ratio <= 1.5 ? 'met' : 'NOT met'}); p50: median of rounds ${medianP50Ratio.toFixed(2)}×, pooled ${(dd.p50 / br.p50).toFixed(2)}×`,
  );
  console.log(
    `Dealdesk callbacks carrying the answer: ${answered}/${pooled.dealdesk.length}; deferred: ${deferred}`,
  );

  await dealdesk.stop();
  await adapterOnly.stop();
  await bare.destroy();
  await fakes.stop();
  await close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
