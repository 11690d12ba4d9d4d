/** `dealdesk chat`: the bot in this terminal (the shell adapter). */
import { join } from 'node:path';
import { SHELL_BANNER, runShell } from '../../../adapters/shell/index.js';
import { createApp, seedExamplesIfEmpty, type App } from '../../app.js';
import { loadConfig, type Config } from '../../config/env.js';
import { setLogLevel } from '../../log.js';
import type { CliIO } from '../io.js';
import type { Subcommand } from '../subcommand.js';

/** Opens the store, seeds examples when empty, runs the REPL, and closes the store on exit or signal. */
export async function runChat(io: CliIO, config: Config, app?: App): Promise<number> {
  const interactive = !!io.stdin.isTTY;
  const own = app ?? (await createApp(config));
  const onSignal = () => {
    // readline's close ends the loop below; a signal while a command runs closes the store directly.
    void own.close().then(() => process.exit(130));
  };
  process.once('SIGTERM', onSignal);
  if (!interactive) process.once('SIGINT', onSignal);
  try {
    const seeded = await seedExamplesIfEmpty(own);
    // Piped use keeps stdout for replies only; notes go to stderr.
    if (seeded.message && seeded.status !== 'not-empty' && seeded.status !== 'disabled')
      (interactive ? io.stdout : io.stderr).write(`${seeded.message}\n`);
    await runShell({
      core: own.core,
      input: io.stdin,
      output: io.stdout,
      interactive,
      color: !!io.stdout.isTTY && !io.env.NO_COLOR,
      userName: io.env.USER,
      banner: SHELL_BANNER,
      historyFile: io.env.HOME ? join(io.env.HOME, '.dealdesk_history') : null,
    });
    return 0;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await own.close();
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
  ].join('\n'),
  async run(_args, io) {
    const config = loadConfig(io.env);
    setLogLevel(config.DEALDESK_LOG_LEVEL === 'info' && !io.stdin.isTTY ? 'warn' : config.DEALDESK_LOG_LEVEL);
    return runChat(io, config);
  },
};
