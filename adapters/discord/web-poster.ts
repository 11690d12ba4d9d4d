/**
 * A Discord Poster over REST only (no gateway login): what `dealdesk digest run` uses to post digests
 * from the command line. POST /channels/{id}/messages with the adapter's embed renderer and
 * allowed_mentions {parse: []}, through the shared outbound queue: per-channel pacing, 429s handed
 * to the queue (rejectOnRateLimit) and waited out, bounded retries for other transient errors, and
 * lost access (50001, 50013, 10003, 50083) reported as PermanentSendError so the subscription pauses
 * (and the server owner is told);
 * other refusals (401, a rejected payload) fail the post without pausing anything.
 */
// From discord.js (its CommonJS build), like outbound.ts: the errors its REST throws match classifyDiscordError.
import { REST, Routes, type RESTOptions } from 'discord.js';
import type { Outcome } from '../../src/bot/types.js';
import type { Config } from '../../src/config/env.js';
import { createOutboundQueue, type Clock } from '../../src/delivery/outbound-queue.js';
import { closeQueue } from '../../src/delivery/poster.js';
import {
  PermanentSendError,
  queuedPoster,
  type Poster,
  type PostedMessage,
} from '../../src/delivery/poster.js';
import { createLogger, registerSecrets } from '../../src/log.js';
import { parseChannelId, threadIdOf } from './inbound.js';
import { classifyDiscordError, LOST_ACCESS_CODES, rejectQueuedRateLimits } from './outbound.js';
import { plainMessage, renderOutcome } from './render.js';

const log = createLogger('discord');

export interface DiscordWebPoster extends Poster {
  /** Waits for queued posts (up to `timeoutMs`), stops accepting new ones and frees the REST timers. */
  close(timeoutMs?: number): Promise<void>;
}

export interface DiscordWebPosterOptions {
  /** Queue pacing (tests shorten it). Defaults: 5 messages per 5 s per channel, 3 retries. */
  intervalMs?: number;
  burst?: number;
  maxRetries?: number;
  backoffMs?(attempt: number): number;
  clock?: Clock;
  rest?: Partial<RESTOptions>;
}

export function createPoster(
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_API_URL'>,
  opts: DiscordWebPosterOptions = {},
): DiscordWebPoster {
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('DISCORD_TOKEN is required to post to Discord');
  registerSecrets([token]);
  const rest = new REST({
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL.replace(/\/+$/, '') } : {}),
    rejectOnRateLimit: rejectQueuedRateLimits,
    retries: 1,
    ...opts.rest,
  }).setToken(token);

  const queue = createOutboundQueue<Outcome, PostedMessage>({
    intervalMs: opts.intervalMs ?? 1000,
    burst: opts.burst ?? 5,
    maxRetries: opts.maxRetries ?? 3,
    ...(opts.backoffMs ? { backoffMs: opts.backoffMs } : {}),
    ...(opts.clock ? { clock: opts.clock } : {}),
    classify: classifyDiscordError,
    onFailure: (f) => log.warn(`could not post in ${f.channel}: ${f.reason} (${f.code})`),
    onRateLimited: (channel, ms) => log.info(`rate limited in ${channel}: waiting ${ms} ms`),
    async send(channelId, outcome) {
      const target = parseChannelId(channelId);
      if (!target)
        throw new PermanentSendError('channel_not_found', `not a Discord channel id: ${channelId}`);
      const inThread = channelId.split(':').length === 4;
      const payload = renderOutcome(outcome, { followUpButton: !!outcome.followUp && !inThread });
      const posted = (await rest.post(Routes.channelMessages(target.channelId), { body: payload })) as {
        id: string;
      };
      // A thread opened from the message takes the message's id (see inbound.ts).
      const ref = inThread ? channelId : threadIdOf(target.guildId, target.channelId, posted.id);
      return { threadId: outcome.followUp || inThread ? ref : null, messageRef: `${channelId}#${posted.id}` };
    },
  });

  /** Tells someone who can fix a channel: the server's system channel, else a DM to its owner. */
  async function notifyAdmins(channelId: string, text: string): Promise<void> {
    const target = parseChannelId(channelId);
    if (!target || target.guildId === '@me') return;
    const guild = (await rest.get(Routes.guild(target.guildId))) as {
      owner_id: string;
      system_channel_id?: string | null;
    };
    let to = guild.system_channel_id;
    if (!to || to === target.channelId) {
      const dm = (await rest.post(Routes.userChannels(), { body: { recipient_id: guild.owner_id } })) as {
        id: string;
      };
      to = dm.id;
    }
    await rest.post(Routes.channelMessages(to), { body: plainMessage(text) });
  }

  const lost = new Set(Object.values(LOST_ACCESS_CODES));
  const base = queuedPoster('discord', queue, notifyAdmins, (code) => lost.has(code));
  return {
    ...base,
    async close(timeoutMs = 10_000) {
      await closeQueue(queue, timeoutMs);
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}
