/**
 * `dealdesk start` (and `npm start`): Slack and/or Discord when their tokens are set, else the shell.
 * Adapters are imported lazily, so the shell and one-platform setups never load the other SDK.
 */
import { createApp, type App } from '../../app.js';
import type { BotCore } from '../../bot/types.js';
import { loadConfig, platformsFor, SECRET_KEYS, type Config } from '../../config/env.js';
import { createLogger, registerSecrets, setLogLevel } from '../../log.js';
import type { CliIO } from '../io.js';
import type { Subcommand } from '../subcommand.js';
import { runChat } from './chat.js';
import { startBackgroundJobs } from '../../scheduler/run.js';

const log = createLogger('start');

interface Running {
  name: string;
  stop(): Promise<void>;
}

type Starter = (config: Config, core: BotCore, app: App) => Promise<Running>;

const STARTERS: Record<'slack' | 'discord', Starter> = {
  async slack(config, core, app) {
    const { startSlack } = await import('../../../adapters/slack/index.js');
    const adapter = await startSlack(config, core, { store: app.store });
    return { name: 'Slack', stop: () => adapter.stop() };
  },
  async discord(config, core) {
    const { startDiscord } = await import('../../../adapters/discord/index.js');
    const adapter = await startDiscord(config, core);
    return { name: 'Discord', stop: () => adapter.stop() };
  },
};

export async function runStart(io: CliIO, config: Config): Promise<number> {
  const platforms = platformsFor(config);
  if (platforms.includes('shell')) {
    io.stderr.write(
      'No Slack or Discord tokens set: opening the terminal shell (see .env.example to connect a platform).\n',
    );
    return runChat(io, config);
  }
  const app = await createApp(config);
  const running: Running[] = [];
  for (const p of platforms) {
    if (p === 'shell') continue;
    try {
      running.push(await STARTERS[p](config, app.core, app));
    } catch (err) {
      const name = p === 'slack' ? 'Slack' : 'Discord';
      io.stderr.write(`${name} could not start: ${(err as Error).message}\n`);
    }
  }
  if (!running.length) {
    await app.close();
    return 1;
  }
  // Digests, alerts and feed polling run once the adapters have registered their posters.
  let jobs: { stop(): Promise<void> } | null = null;
  try {
    jobs = await startBackgroundJobs(config, app.store);
  } catch (err) {
    io.stderr.write(`Scheduled digests and alerts could not start: ${(err as Error).message}\n`);
  }
  io.stdout.write(`Dealdesk is running on ${running.map((r) => r.name).join(' and ')}. Ctrl-C stops it.\n`);
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.stdout.write('Stopping…\n');
  await jobs?.stop().catch((err) => log.warn('stopping the scheduler failed:', (err as Error).message));
  for (const r of running)
    await r.stop().catch((err) => log.warn(`stopping ${r.name} failed:`, (err as Error).message));
  await app.close();
  return 0;
}

export const start: Subcommand = {
  name: 'start',
  summary: 'Run the bot: Slack and/or Discord when their tokens are set, else the terminal shell',
  usage: '',
  options: {},
  details:
    'Slack runs when SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode) are set;\nDiscord when DISCORD_TOKEN is set. Without either, the terminal shell opens on the configured store.',
  async run(_args, io) {
    const config = loadConfig(io.env);
    registerSecrets(SECRET_KEYS.map((k) => config[k]));
    setLogLevel(config.DEALDESK_LOG_LEVEL);
    return runStart(io, config);
  },
};
