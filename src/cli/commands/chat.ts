/** `dealdesk chat`: the bot in this terminal (the shell adapter), with its scheduled digests and alerts. */
import { join } from 'node:path';
import { SHELL_BANNER, runShell } from '../../../adapters/shell/index.js';
import { shellPoster } from '../../../adapters/shell/poster.js';
import { createApp, seedExamplesIfEmpty, type App } from '../../app.js';
import { loadConfig, type Config } from '../../config/env.js';
import { posters } from '../../delivery/poster.js';
import { createLogger, setLogLevel } from '../../log.js';
import type { CliIO } from '../io.js';
import type { Subcommand } from '../subcommand.js';

const log = createLogger('chat');

export interface ChatOptions {
  /** Run scheduled digests, watchlist alerts (and feed polling when feeds are configured). Default true. */
  backgroundJobs?: boolean;
  /** Controllable time for digests and alerts (tests). */
  clock?: { now(): number };
}

/** Starts digests and alerts (feeds too when any are configured); null, with a note, if they cannot run. */
async function startJobs(io: CliIO, config: Config, app: App, opts: ChatOptions) {
  try {
    const [{ startBackgroundJobs }, { storedFeeds }] = await Promise.all([
      import('../../scheduler/run.js'),
      import('../../feeds/registry.js'),
    ]);
    const feeds = config.DEALDESK_FEEDS.length > 0 || (await storedFeeds(app.store)).length > 0;
    return await startBackgroundJobs(config, app.store, {
      feeds,
      ...(opts.clock ? { clock: opts.clock } : {}),
    });
  } catch (err) {
    io.stderr.write(`Scheduled digests and alerts could not start: ${(err as Error).message}\n`);
    return null;
  }
}

/**
 * Opens the store, seeds examples when empty, registers the shell Poster (digests and alerts for shell
 * channels print here) and starts the background jobs, runs the REPL, and on exit or signal stops the
 * jobs and closes the store, so piped input that ends exits promptly.
 */
export async function runChat(io: CliIO, config: Config, app?: App, opts: ChatOptions = {}): Promise<number> {
  const interactive = !!io.stdin.isTTY;
  const color = !!io.stdout.isTTY && !io.env.NO_COLOR;
  const own = app ?? (await createApp(config));
  const clock = opts.clock;
  const poster = shellPoster({
    write: (text) => void io.stdout.write(text),
    color,
    // the REPL's prompt (see runShell), redrawn after a scheduled card on a terminal
    prompt: interactive ? (color ? '\u001B[1mdealdesk>\u001B[0m ' : 'dealdesk> ') : null,
    ...(clock ? { now: () => new Date(clock.now()) } : {}),
  });
  posters.register(poster);
  let jobs: { stop(): Promise<void> } | null = null;
  let stopping: Promise<void> | null = null;
  const shutdown = () =>
    (stopping ??= (async () => {
      if (posters.get('shell') === poster) posters.unregister('shell');
      await jobs?.stop().catch((err) => log.warn('stopping the scheduler failed:', (err as Error).message));
      await own.close();
    })());
  const onSignal = () => {
    // readline's close ends the loop below; a signal while a command runs stops everything directly.
    void shutdown().then(() => process.exit(130));
  };
  process.once('SIGTERM', onSignal);
  if (!interactive) process.once('SIGINT', onSignal);
  try {
    const seeded = await seedExamplesIfEmpty(own);
    // Piped use keeps stdout for replies only; notes go to stderr.
    if (seeded.message && seeded.status !== 'not-empty' && seeded.status !== 'disabled')
      (interactive ? io.stdout : io.stderr).write(`${seeded.message}\n`);
    if (opts.backgroundJobs ?? true) jobs = await startJobs(io, config, own, opts);
    await runShell({
      core: own.core,
      input: io.stdin,
      output: io.stdout,
      interactive,
      color,
      userName: io.env.USER,
      banner: SHELL_BANNER,
      historyFile: io.env.HOME ? join(io.env.HOME, '.dealdesk_history') : null,
    });
    return 0;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await shutdown();
  }
}

export const chat: Subcommand = {
  name: 'chat',
  summary: 'Talk to the bot in this terminal (the shell adapter)',
  usage: '',
  options: {},
  details: [
    'Type /deal LUMN, /company PLTR, /news fiber or /help. After a reply, plain lines are follow-up questions in',
    "that reply's thread; /new leaves the thread; /quit (or Ctrl-D) ends. Scriptable:",
    '  echo "/deal LUMN" | dealdesk chat',
    'With an empty store it first ingests examples/articles/ (DEALDESK_EXAMPLES=false turns that off).',
    'While it is open, digests subscribed here (/digest subscribe) and watchlist alerts (/watch) print in',
    'the terminal, marked as scheduled; feeds from `dealdesk feeds add` or DEALDESK_FEEDS are polled.',
  ].join('\n'),
  async run(_args, io) {
    const config = loadConfig(io.env);
    // The terminal is the conversation (and scheduled cards print into it): routine info lines from the
    // background jobs would break up the prompt, so the default level here is warn.
    setLogLevel(
      config.DEALDESK_LOG_LEVEL === 'info' && !io.env.DEALDESK_LOG_LEVEL ? 'warn' : config.DEALDESK_LOG_LEVEL,
    );
    return runChat(io, config);
  },
};
