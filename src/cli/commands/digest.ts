/**
 * `dealdesk digest run|preview|status`: scheduled digests from the command line, for operators and
 * tests. `run` delivers what is due once (exactly-once, like the scheduler); `--dry-run` prints what
 * would be posted and records nothing; `preview` prints what a channel's next digest would say now.
 */
import type { Outcome } from '../../bot/types.js';
import { loadConfig, SECRET_KEYS, type Config } from '../../config/env.js';
import type { SubscriptionRecord } from '../../domain/records.js';
import {
  PosterRegistry,
  posters as processPosters,
  writerPoster,
  type Poster,
} from '../../delivery/poster.js';
import {
  buildForSubscription,
  deliveryKey,
  duePeriod,
  runDueDigests,
  type DigestDeps,
} from '../../digest/deliver.js';
import { digestStatus } from '../../digest/port.js';
import { createLogger, registerSecrets, setLogLevel } from '../../log.js';
import { nextRun, periodKey } from '../../scheduler/schedule.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import type { ParsedArgs, Subcommand } from '../subcommand.js';

export function outcomeText(outcome: Outcome): string {
  const lines = [outcome.fallbackText];
  const cites = outcome.card.citations ?? [];
  if (cites.length) {
    lines.push('Sources:');
    for (const c of cites)
      lines.push(
        `  - ${c.title}${c.source ? ` (${c.source}${c.date ? `, ${c.date}` : ''})` : ''}${c.url ? ` ${c.url}` : ''}`,
      );
  }
  if (outcome.card.threadPrompt) lines.push(outcome.card.threadPrompt);
  return lines.join('\n');
}

function parseAt(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const t = Date.parse(String(value));
  if (Number.isNaN(t))
    throw new UsageError(`--at: "${value}" is not an ISO date-time (e.g. 2026-11-20T08:00:00Z)`);
  return t;
}

/** A poster this command opened itself (Web-API-only), closed once the run is over. */
type Closable = Poster & { close?(timeoutMs?: number): Promise<void> };

/**
 * Posters this process can use: the ones adapters registered (a bot running in this process), shell
 * channels printed here, and for Slack/Discord a Web-API-only poster when their token is set.
 */
async function cliPosters(
  config: Config,
  io: CliIO,
): Promise<{ registry: PosterRegistry; close(): Promise<void> }> {
  const registry = new PosterRegistry();
  const opened: Closable[] = [];
  for (const p of processPosters.platforms()) registry.register(processPosters.get(p)!);
  if (!registry.get('shell'))
    registry.register(writerPoster('shell', (t) => io.stdout.write(t), outcomeText));
  for (const platform of ['slack', 'discord'] as const) {
    if (registry.get(platform)) continue;
    const configured = platform === 'slack' ? config.SLACK_BOT_TOKEN : config.DISCORD_TOKEN;
    if (!configured) continue;
    const poster = await adapterPoster(platform, config, io);
    if (poster) {
      registry.register(poster);
      opened.push(poster);
    }
  }
  return {
    registry,
    async close() {
      await Promise.all(opened.map((p) => p.close?.().catch(() => undefined)));
    },
  };
}

/** The adapter's Web-API-only poster (`adapters/<platform>/web-poster.ts` exports `createPoster(config)`). */
async function adapterPoster(
  platform: 'slack' | 'discord',
  config: Config,
  io: CliIO,
): Promise<Closable | null> {
  try {
    // Literal paths (not a template): bundlers and vitest resolve them; each loads only when used.
    const mod = (await (platform === 'slack'
      ? import('../../../adapters/slack/web-poster.js')
      : import('../../../adapters/discord/web-poster.js'))) as {
      createPoster?: (c: Config) => Closable | Promise<Closable>;
    };
    return mod.createPoster ? await mod.createPoster(config) : null;
  } catch (err) {
    io.stderr.write(`Cannot post to ${platform} from the command line: ${(err as Error).message}\n`);
    return null;
  }
}

async function withStore<T>(config: Config, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config.DEALDESK_STORE_URL);
  try {
    return await fn(store);
  } finally {
    await store.close().catch(() => undefined);
  }
}

async function subscriptionsFor(store: Store, channel: string | undefined): Promise<SubscriptionRecord[]> {
  return channel ? store.subscriptions.byChannel(channel) : store.subscriptions.all();
}

function depsFrom(
  config: Config,
  store: Store,
  posters: PosterRegistry,
  now: number | undefined,
): DigestDeps {
  return {
    store,
    posters,
    clock: now === undefined ? undefined : { now: () => now },
    catchupHours: config.DEALDESK_CATCHUP_HOURS,
    movePct: config.DEALDESK_ALERT_MOVE_PCT,
    log: createLogger('digest'),
  };
}

async function run(args: ParsedArgs, io: CliIO, config: Config): Promise<number> {
  const channel = args.values.channel as string | undefined;
  const at = parseAt(args.values.at);
  return withStore(config, async (store) => {
    const subs = await subscriptionsFor(store, channel);
    if (!subs.length) {
      io.stdout.write(
        channel ? `No digest subscriptions in ${channel}.\n` : 'No digest subscriptions yet.\n',
      );
      return EXIT.ok;
    }
    if (args.values['dry-run']) return dryRun(io, config, store, subs, at ?? Date.now());
    const posters = await cliPosters(config, io);
    const reports = await runDueDigests(depsFrom(config, store, posters.registry, at), {
      channelId: channel,
    }).finally(() => posters.close());
    let failed = 0;
    for (const r of reports) {
      const res = r.result;
      if (res.kind === 'failed' || res.kind === 'gave-up') failed++;
      const detail =
        res.kind === 'sent'
          ? `sent ${res.itemIds.length} items`
          : res.kind === 'failed' && res.permanent
            ? `failed: ${res.error}; subscription paused until the bot can post there again`
            : res.kind === 'failed' || res.kind === 'gave-up'
              ? `${res.kind}: ${res.error}`
              : res.kind === 'no-poster'
                ? 'not sent: no token for this platform here (set it, or let `dealdesk start` post it); try --dry-run'
                : res.kind.replace(/-/g, ' ');
      io.stdout.write(`${r.subscriptionId} (${r.channelId}) ${res.periodKey ?? ''}: ${detail}\n`);
    }
    return failed ? EXIT.failed : EXIT.ok;
  });
}

async function dryRun(
  io: CliIO,
  config: Config,
  store: Store,
  subs: SubscriptionRecord[],
  now: number,
): Promise<number> {
  const deps = depsFrom(config, store, new PosterRegistry(), now);
  for (const sub of subs) {
    const run = sub.paused ? null : duePeriod(sub, new Date(now));
    if (!run) {
      io.stdout.write(
        `${sub.id} (${sub.channelId}): ${sub.paused ? `paused (${sub.paused.reason})` : 'not due'}\n`,
      );
      continue;
    }
    const pk = periodKey(sub.id, run);
    const record = await store.deliveries.get(deliveryKey(pk));
    if (record?.state === 'sent') {
      io.stdout.write(`${sub.id} (${sub.channelId}) ${pk}: already sent\n`);
      continue;
    }
    const built = await buildForSubscription(deps, sub, new Date(now));
    io.stdout.write(
      built.outcome
        ? `--- would post to ${sub.channelId} (${pk}) ---\n${outcomeText(built.outcome)}\n`
        : `${sub.id} (${sub.channelId}) ${pk}: nothing new, quiet when empty: nothing would be posted\n`,
    );
  }
  return EXIT.ok;
}

async function preview(args: ParsedArgs, io: CliIO, config: Config): Promise<number> {
  const channel = args.values.channel as string | undefined;
  if (!channel) throw new UsageError('preview needs --channel <id> (e.g. slack:T1:C1)');
  const now = parseAt(args.values.at) ?? Date.now();
  return withStore(config, async (store) => {
    const subs = await store.subscriptions.byChannel(channel);
    if (!subs.length) {
      io.stdout.write(
        `No digest subscriptions in ${channel}: subscribe with /digest subscribe in that channel.\n`,
      );
      return EXIT.ok;
    }
    const deps = depsFrom(config, store, new PosterRegistry(), now);
    for (const sub of subs) {
      const built = await buildForSubscription(deps, sub, new Date(now));
      io.stdout.write(`--- ${sub.id}: ${sub.cadence} at ${sub.time} ${sub.timeZone} ---\n`);
      io.stdout.write(
        built.outcome
          ? `${outcomeText(built.outcome)}\n`
          : 'Nothing new, and quiet when empty: nothing would be posted.\n',
      );
    }
    return EXIT.ok;
  });
}

async function status(args: ParsedArgs, io: CliIO, config: Config): Promise<number> {
  const channel = args.values.channel as string | undefined;
  const now = new Date(parseAt(args.values.at) ?? Date.now());
  return withStore(config, async (store) => {
    const subs = await subscriptionsFor(store, channel);
    if (!subs.length) io.stdout.write('No digest subscriptions.\n');
    for (const sub of subs) {
      const s = await digestStatus({ store }, sub, now);
      io.stdout.write(
        [
          `${sub.id} (${sub.channelId}): ${sub.cadence}${sub.cadence === 'weekly' ? ` day ${sub.weekday}` : ''} at ${sub.time} ${sub.timeZone}`,
          `  last run: ${s.lastRunAt ?? 'never'}`,
          `  next run: ${s.paused ? `paused (${s.paused})` : (s.nextRunAt ?? nextRun(sub, now).at.toISOString())}`,
          `  left out last time: ${s.leftOut ?? 0}${s.leftOutSample.length ? ` (${s.leftOutSample.slice(0, 5).join('; ')})` : ''}`,
          ...(s.lastError ? [`  last error: ${s.lastError}`] : []),
          ...(s.skipped ? [`  ${s.skipped}`] : []),
        ].join('\n') + '\n',
      );
    }
    return EXIT.ok;
  });
}

export const digest: Subcommand = {
  name: 'digest',
  summary: 'Run, preview or inspect scheduled digests',
  usage: 'run|preview|status',
  options: {
    channel: { type: 'string', description: 'Only this channel (e.g. slack:T1:C1)', valueName: 'id' },
    at: { type: 'string', description: 'Pretend it is this time (ISO date-time)', valueName: 'iso-time' },
    'dry-run': { type: 'boolean', description: 'run: print what would be posted; post and record nothing' },
  },
  details: `
run       deliver every digest that is due now (once: safe beside a running bot); Slack and Discord
          channels are posted to through their Web API when SLACK_BOT_TOKEN / DISCORD_TOKEN are set
preview   print what a channel's next digest would say now (needs --channel)
status    last and next run, items left out and errors, per subscription`,
  async run(args, io) {
    const [action, ...extra] = args.positionals;
    if (!action) throw new UsageError('say what to do: run, preview or status');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const config = loadConfig(io.env);
    registerSecrets(SECRET_KEYS.map((k) => config[k]));
    setLogLevel(config.DEALDESK_LOG_LEVEL);
    if (action === 'run') return run(args, io, config);
    if (action === 'preview') return preview(args, io, config);
    if (action === 'status') return status(args, io, config);
    throw new UsageError(`unknown action "${action}": use run, preview or status`);
  },
};
