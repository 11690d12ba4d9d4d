/** The Slack adapter: `startSlack` for `dealdesk start`, `createSlackApp` for tests and embedding. */
import type { Config } from '../../src/config/env.js';
import type { BotCore } from '../../src/bot/types.js';
import { createLogger } from '../../src/log.js';
import { createSlackApp, type SlackAdapter, type SlackDeps } from './app.js';

export { createSlackApp, inviteHint, withApiSuffix, type SlackAdapter, type SlackDeps } from './app.js';
export { renderOutcome, renderCard, escapeMrkdwn, slackRenderer, SLACK_LIMITS } from './render.js';
export { buildSlackManifest } from './manifest.js';

const log = createLogger('slack');

/** Comma- or space-separated Slack user ids, e.g. "U0123ABC, U0456DEF". */
export function parseUserIdList(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => /^[UW][A-Z0-9]+$/.test(s));
}

/**
 * Starts the adapter in the mode the config implies: Socket Mode when SLACK_APP_TOKEN is set, else
 * HTTP on PORT (`/slack/events`, `/healthz`). Stop it with the returned adapter's `stop()`.
 */
export async function startSlack(config: Config, core: BotCore, deps: SlackDeps): Promise<SlackAdapter> {
  const adapter = createSlackApp(config, core, {
    // not in the zod config yet: an optional allow-list besides workspace admins/owners
    channelManagers: parseUserIdList(process.env.DEALDESK_SLACK_MANAGERS),
    ...deps,
  });
  await adapter.start();
  log.info(
    adapter.mode === 'socket'
      ? 'Slack connected in Socket Mode'
      : `Slack listening on port ${deps.port ?? config.PORT} (/slack/events, /healthz)`,
  );
  return adapter;
}
