/**
 * A Slack Poster that needs only the Web API (no Bolt receiver, no signing secret or socket): what
 * `dealdesk digest run` uses to post digests from the command line. Same Block Kit renderer and
 * the same outbound queue semantics as the running adapter: per-channel pacing, 429s waited out by
 * the queue (rejectRateLimitedCalls), a few bounded retries, and lost channels (not_in_channel,
 * channel_not_found, is_archived) reported as PermanentSendError so the subscription pauses; other
 * refusals (invalid_auth, …) fail the post without pausing anything.
 */
import { webApi } from '@slack/bolt';
import type { Config } from '../../src/config/env.js';
import { createOutboundQueue, type Clock } from '../../src/delivery/outbound-queue.js';
import {
  closeQueue,
  PermanentSendError,
  queuedPoster,
  type Poster,
  type PostedMessage,
} from '../../src/delivery/poster.js';
import type { Outcome } from '../../src/bot/types.js';
import { createLogger, registerSecrets } from '../../src/log.js';
import { withApiSuffix } from './app.js';
import { classifySlackError } from './errors.js';
import { postMessage } from './post.js';
import { renderNotice, renderOutcome, type SlackMessage } from './render.js';

const log = createLogger('slack');

/** Refusals that mean the bot lost this channel: its subscriptions pause until someone fixes it. */
export const CHANNEL_LOST_CODES = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

export interface SlackWebPoster extends Poster {
  /** Waits for queued posts (up to `timeoutMs`), then stops accepting new ones. */
  close(timeoutMs?: number): Promise<void>;
}

export interface SlackWebPosterOptions {
  /** Queue pacing (tests shorten it). Defaults: 1 message/s per channel, burst 3, 3 retries. */
  intervalMs?: number;
  burst?: number;
  maxRetries?: number;
  backoffMs?(attempt: number): number;
  clock?: Clock;
}

interface Target {
  team: string;
  channel: string;
  threadTs?: string;
}

function parseTarget(id: string): Target | null {
  const m = /^slack:([A-Z0-9]+):([A-Z0-9]+)(?::(\d+\.\d+))?$/.exec(id);
  return m ? { team: m[1]!, channel: m[2]!, ...(m[3] ? { threadTs: m[3] } : {}) } : null;
}

export function createPoster(
  config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_API_URL' | 'DEALDESK_SLACK_MANAGERS'>,
  opts: SlackWebPosterOptions = {},
): SlackWebPoster {
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error('SLACK_BOT_TOKEN is required to post to Slack');
  registerSecrets([token]);
  const client = new webApi.WebClient(token, {
    ...(config.SLACK_API_URL ? { slackApiUrl: withApiSuffix(config.SLACK_API_URL) } : {}),
    // The queue owns 429 waits and retries; the client itself tries a failed request only briefly.
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 1, factor: 1, minTimeout: 200, maxTimeout: 1000 },
    logLevel: webApi.LogLevel.ERROR,
  });

  const send = async (target: Target, message: SlackMessage): Promise<{ ts: string }> => ({
    ts: (await postMessage(client, target, message)).ts ?? '',
  });

  const queue = createOutboundQueue<Outcome | SlackMessage, PostedMessage>({
    intervalMs: opts.intervalMs ?? 1000,
    burst: opts.burst ?? 3,
    maxRetries: opts.maxRetries ?? 3,
    ...(opts.backoffMs ? { backoffMs: opts.backoffMs } : {}),
    ...(opts.clock ? { clock: opts.clock } : {}),
    classify: classifySlackError,
    onFailure: (f) => log.warn(`could not post to ${f.channel}: ${f.reason} (${f.code})`),
    onRateLimited: (channel, ms) => log.info(`rate limited in ${channel}; waiting ${ms} ms`),
    async send(channelId, message) {
      const target = parseTarget(channelId);
      if (!target) throw new PermanentSendError('channel_not_found', `not a Slack channel id: ${channelId}`);
      const isOutcome = 'card' in message;
      const { ts } = await send(target, isOutcome ? renderOutcome(message) : message);
      const root = target.threadTs ?? ts;
      const ref = `slack:${target.team}:${target.channel}`;
      return {
        threadId: (isOutcome && message.followUp) || target.threadTs ? `${ref}:${root}` : null,
        messageRef: `${ref}:${ts}`,
      };
    },
  });

  /** Who to tell about a lost channel: DEALDESK_SLACK_MANAGERS, else the workspace's admins/owners. */
  async function admins(): Promise<string[]> {
    if (config.DEALDESK_SLACK_MANAGERS.length) return config.DEALDESK_SLACK_MANAGERS.slice(0, 5);
    const res = await client.users.list({ limit: 200 });
    return (res.members ?? [])
      .filter((u) => !u.deleted && !u.is_bot && (u.is_admin || u.is_owner) && u.id)
      .map((u) => u.id!)
      .slice(0, 5);
  }

  const notifyAdmins = async (channelId: string, text: string) => {
    const target = parseTarget(channelId);
    if (!target) return;
    const to = await admins();
    if (!to.length) throw new Error('no workspace admin found to notify');
    const results = await Promise.all(
      to.map((u) => queue.enqueue(`slack:${target.team}:${u}`, renderNotice(text))),
    );
    if (!results.some((r) => r.ok)) throw new Error('admin notice not delivered');
  };
  const base = queuedPoster('slack', queue, notifyAdmins, (code) => CHANNEL_LOST_CODES.has(code));
  return { ...base, close: (timeoutMs = 10_000) => closeQueue(queue, timeoutMs) };
}
