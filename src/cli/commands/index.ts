/** Every `dealdesk` subcommand, in the order `--help` lists them. */
import type { Subcommand } from '../subcommand.js';
import { registerCommandsCommand } from './register-commands.js';
import { manifestCommand } from './manifest.js';
import { chat } from './chat.js';
import { start } from './start.js';
import { digest } from './digest.js';
import { feeds } from './feeds.js';
import { ingest } from './ingest.js';
import { extract } from './extract.js';
import { evalCommand } from './eval.js';
import { evalQa } from './eval-qa.js';

export const subcommands: Subcommand[] = [
  start,
  chat,
  ingest,
  extract,
  evalCommand,
  evalQa,
  digest,
  feeds,
  registerCommandsCommand,
  manifestCommand,
];
