/** The Slack adapter: `startSlack` for `dealdesk start`, `createSlackApp` for tests and embedding. */
import type { Config } from '../../src/config/env.js';
import type { BotCore } from '../../src/bot/types.js';
import { createLogger } from '../../src/log.js';
import { createSlackApp, type SlackAdapter, type SlackDeps } from './app.js';

export { createSlackApp, inviteHint, withApiSuffix, type SlackAdapter, type SlackDeps } from './app.js';
export { renderOutcome, renderCard, escapeMrkdwn, slackRenderer, SLACK_LIMITS } from './render.js';
export { buildSlackManifest } from './manifest.js';

const log = createLogger('slack');

/**
 * Starts the adapter in the mode the config implies: Socket Mode when SLACK_APP_TOKEN is set, else
 * HTTP on PORT (`/slack/events`, `/healthz`). Stop it with the returned adapter's `stop()`.
 */
export async function startSlack(config: Config, core: BotCore, deps: SlackDeps): Promise<SlackAdapter> {
  const adapter = createSlackApp(config, core, {
    channelManagers: config.DEALDESK_SLACK_MANAGERS,
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
