/**
 * The Slack app manifest, generated from the command declarations plus exactly the scopes and
 * events this adapter uses. `dealdesk manifest slack [--socket] [--url …]` prints it; the committed
 * adapters/slack/manifest.json is its Socket Mode output (a test keeps them equal).
 */
import { slackManifestCommands } from '../../src/bot/registry.js';

/** Bot scopes, each for something the adapter does. */
export const SLACK_BOT_SCOPES = [
  'app_mentions:read', // app_mention events: @Dealdesk in a thread or channel
  'channels:history', // message.channels: follow-ups in threads of public channels
  'groups:history', // message.groups: follow-ups in threads of private channels
  'chat:write', // chat.postMessage / chat.postEphemeral
  'commands', // slash commands
  'users:read', // users.info: is the user a workspace admin/owner (digest and watchlist changes)
] as const;

export const SLACK_BOT_EVENTS = [
  'app_home_opened',
  'app_mention',
  'message.channels',
  'message.groups',
] as const;

export interface ManifestOptions {
  /** Socket Mode: no public URL needed. */
  socket?: boolean;
  /** HTTP mode: the public events endpoint, e.g. https://dealdesk.example.com/slack/events. */
  url?: string;
  name?: string;
}

export const PLACEHOLDER_URL = 'https://YOUR-HOST/slack/events';

export function buildSlackManifest(opts: ManifestOptions = {}): Record<string, unknown> {
  const socket = !!opts.socket;
  const url = socket ? undefined : (opts.url ?? PLACEHOLDER_URL);
  const name = opts.name ?? 'Dealdesk';
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: 'Deal intelligence from financial news: deals, moves, analysts and events.',
      long_description:
        'Dealdesk reads financial news articles, extracts deals, stock moves, analyst actions, events and quotes, and answers slash commands in your channels. Reply in the thread under an answer to ask follow-up questions; schedule digests and keep a channel watchlist.',
      background_color: '#1d3557',
    },
    features: {
      // The read-only Messages tab shows notices sent to admins (e.g. a digest paused on a lost channel).
      app_home: {
        home_tab_enabled: true,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: true,
      },
      bot_user: { display_name: name, always_online: true },
      slash_commands: slackManifestCommands(url ? { url } : {}),
    },
    oauth_config: { scopes: { bot: [...SLACK_BOT_SCOPES] } },
    settings: {
      event_subscriptions: {
        ...(url ? { request_url: url } : {}),
        bot_events: [...SLACK_BOT_EVENTS],
      },
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: socket,
      token_rotation_enabled: false,
    },
  };
}

export const manifestJson = (opts: ManifestOptions = {}): string =>
  `${formatJson(buildSlackManifest(opts))}\n`;

/**
 * JSON.stringify with 2-space indent, except that arrays of plain values that fit in 110 columns
 * stay on one line: the same layout Prettier gives the committed file, so `lint` and the test agree.
 */
export function formatJson(value: unknown, indent = '', prefixLength = 0): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object')) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (indent.length + prefixLength + flat.length <= 110) return flat;
    }
    const inner = `${indent}  `;
    return `[\n${value.map((v) => inner + formatJson(v, inner, 0)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    const lines = entries.map(([k, v]) => {
      const key = `${JSON.stringify(k)}: `;
      return inner + key + formatJson(v, inner, key.length + 1);
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
