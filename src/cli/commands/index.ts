/** Every `dealdesk` subcommand, in the order `--help` lists them. */
import { notYetAvailable, type Subcommand } from '../subcommand.js';

export const subcommands: Subcommand[] = [
  notYetAvailable(
    'start',
    'Run the bot: Slack and/or Discord when their tokens are set, else the terminal shell',
  ),
  notYetAvailable('chat', 'Talk to the bot in this terminal (the shell adapter)'),
  notYetAvailable(
    'ingest',
    'Read articles (files, folders, URLs, feeds, stdin) into the store',
    '<path|dir|url|feed-url|->...',
  ),
  notYetAvailable('extract', 'Print the facts extracted from one article (no store)', '<file|url|->'),
  notYetAvailable('eval', 'Score extraction against gold files (precision, recall, F1)', '<dir>'),
  notYetAvailable('digest', 'Run or preview scheduled digests', 'run|preview'),
  notYetAvailable('register-commands', 'Register the slash commands with Discord'),
];
