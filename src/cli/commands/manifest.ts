/**
 * `dealdesk manifest slack [--socket] [--url https://host/slack/events] [--write]`: prints the Slack
 * app manifest generated from the command declarations, with the scopes and events the adapter uses.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { manifestJson } from '../../../adapters/slack/manifest.js';
import { EXIT, UsageError } from '../io.js';
import type { Subcommand } from '../subcommand.js';

/** The committed file is the Socket Mode manifest (no public URL to fill in). */
export const COMMITTED_MANIFEST = 'adapters/slack/manifest.json';

export const manifestCommand: Subcommand = {
  name: 'manifest',
  summary: 'Print the Slack app manifest (create the app from it at api.slack.com/apps)',
  usage: 'slack',
  options: {
    socket: { type: 'boolean', description: 'Socket Mode: no public URL needed (needs SLACK_APP_TOKEN)' },
    url: {
      type: 'string',
      valueName: 'https://host/slack/events',
      description: 'HTTP mode: the public URL of /slack/events',
    },
    write: { type: 'boolean', description: `Also write ${COMMITTED_MANIFEST} (Socket Mode only)` },
  },
  details: `
Examples:
  dealdesk manifest slack --socket
  dealdesk manifest slack --url https://dealdesk.example.com/slack/events`,
  async run(args, io) {
    const [platform, ...extra] = args.positionals;
    if (platform !== 'slack')
      throw new UsageError(
        platform ? `unknown platform '${platform}' (only slack)` : 'which platform? (slack)',
      );
    if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}'`);
    const socket = args.values.socket === true;
    const url = typeof args.values.url === 'string' ? args.values.url : undefined;
    if (socket && url) throw new UsageError('--socket and --url exclude each other');
    if (url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new UsageError(`--url: not a URL: ${url}`);
      }
      if (parsed.protocol !== 'https:') throw new UsageError('--url: Slack requires an https:// URL');
    }
    if (args.values.write && !socket)
      throw new UsageError('--write is for the committed Socket Mode manifest: add --socket');
    const json = manifestJson({ socket, ...(url ? { url } : {}) });
    io.stdout.write(json);
    if (args.values.write) await writeFile(resolve(io.cwd, COMMITTED_MANIFEST), json);
    if (!socket && !url)
      io.stderr.write(
        'Note: replace https://YOUR-HOST/slack/events with your public URL, or pass --url / --socket.\n',
      );
    return EXIT.ok;
  },
};
