/**
 * `npm run bench:discord`: time from the fake gateway dispatching INTERACTION_CREATE for
 * `/deal LUMN` to the fake REST receiving the interaction callback, through the real Dealdesk
 * adapter (real discord.js client, real core, memory store of synthetic articles), beside a bare
 * discord.js client that replies at once, in the same run. Each client has its own fake Discord;
 * requests alternate between them so drift hits both alike. Target: Dealdesk p99 ≤ 1.5× the bare
 * client's p99.
 *
 * BENCH_ARTICLES (default 100000) and BENCH_REQUESTS (default 500) change the sizes.
 */
import { performance } from 'node:perf_hooks';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { startDiscord } from '../adapters/discord/index.js';
import { createCore } from '../src/bot/core.js';
import { setLogLevel } from '../src/log.js';
import { openStore } from '../src/store/index.js';
import { FakeDiscord, type RecordedRequest } from '../test/discord/fake-discord.js';
import { mb, memory, ms, summarize, table } from './lib/stats.js';
import { fillSyntheticStore } from './synthetic/fill-store.js';

setLogLevel('silent');
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const WARMUP = 30;
const TOKEN = 'bench-token-abcdef';
const REST_OPTIONS = { globalRequestsPerSecond: 100_000 };

/** A bare discord.js client: replies to every command at once. The floor any handler adds to. */
async function startBare(fake: FakeDiscord): Promise<Client> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: fake.apiUrl, ...REST_OPTIONS },
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

/** Dispatches `/deal LUMN` and resolves with the ms until its callback reaches the fake. */
function timer(fake: FakeDiscord) {
  const waiting = new Map<string, (r: RecordedRequest, at: number) => void>();
  fake.listeners.push((r) => {
    const m = /^\/interactions\/(\d+)\//.exec(r.path);
    if (m) waiting.get(m[1]!)?.(r, performance.now());
  });
  return async (): Promise<{ ms: number; type: number }> => {
    let resolveCb!: (v: { r: RecordedRequest; at: number }) => void;
    const callback = new Promise<{ r: RecordedRequest; at: number }>((resolve) => (resolveCb = resolve));
    const start = performance.now();
    const { id } = fake.interact({ name: 'deal', options: [{ name: 'company', type: 3, value: 'LUMN' }] });
    waiting.set(id, (r, at) => resolveCb({ r, at }));
    const { r, at } = await Promise.race([
      callback,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('no callback within 10 s')), 10_000),
      ),
    ]);
    waiting.delete(id);
    return { ms: at - start, type: r.body?.type as number };
  };
}

async function main(): Promise<void> {
  const store = await openStore('memory://');
  const t0 = performance.now();
  await fillSyntheticStore(store, ARTICLES);
  const loadMs = performance.now() - t0;
  const core = createCore({ store });

  const ddFake = await new FakeDiscord().start();
  const bareFake = await new FakeDiscord().start();
  const dealdesk = await startDiscord({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: ddFake.apiUrl }, core, {
    installSignalHandlers: false,
    registerPoster: false,
    rest: REST_OPTIONS,
  });
  const bare = await startBare(bareFake);
  const timeDealdesk = timer(ddFake);
  const timeBare = timer(bareFake);

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

  const samples = { dealdesk: [] as number[], bare: [] as number[], core: [] as number[] };
  let answered = 0;
  let deferred = 0;
  for (let i = -WARMUP; i < REQUESTS; i++) {
    const b = await timeBare();
    const d = await timeDealdesk();
    const c = await coreOnly();
    if (i < 0) continue;
    samples.core.push(c);
    samples.bare.push(b.ms);
    samples.dealdesk.push(d.ms);
    if (d.type === 4) answered++;
    if (d.type === 5) deferred++;
  }

  const dd = summarize(samples.dealdesk);
  const br = summarize(samples.bare);
  const co = summarize(samples.core);
  const ratioP99 = dd.p99 / br.p99;
  const ratioP50 = dd.p50 / br.p50;
  console.log(
    `\nDiscord: INTERACTION_CREATE /deal LUMN → interaction callback at the fake, ${REQUESTS} requests each (after ${WARMUP} warm-up), ${ARTICLES.toLocaleString('en-US')} synthetic articles in a memory store (loaded in ${(loadMs / 1000).toFixed(1)} s, rss ${mb(memory().rss)})\n`,
  );
  console.log(
    table([
      ['client', 'p50', 'p99', 'max', 'mean'],
      ['bare discord.js reply', ms(br.p50), ms(br.p99), ms(br.max), ms(br.mean)],
      ['Dealdesk /deal LUMN', ms(dd.p50), ms(dd.p99), ms(dd.max), ms(dd.mean)],
      ['(core alone, no Discord)', ms(co.p50), ms(co.p99), ms(co.max), ms(co.mean)],
    ]),
  );
  console.log(
    `\nratio Dealdesk/bare: p50 ${ratioP50.toFixed(2)}×, p99 ${ratioP99.toFixed(2)}× (target p99 ≤ 1.50×: ${ratioP99 <= 1.5 ? 'met' : 'NOT met'})`,
  );
  console.log(`Dealdesk callbacks carrying the answer: ${answered}/${REQUESTS}; deferred: ${deferred}`);

  await dealdesk.stop();
  await bare.destroy();
  await ddFake.stop();
  await bareFake.stop();
  await store.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
