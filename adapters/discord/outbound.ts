/**
 * Channel posts (thread answers, digests, alerts) go through the shared outbound queue. @discordjs/rest
 * is told to reject 429s on the channel-message route (`rejectOnRateLimit`), so the queue sees them
 * and waits the Retry-After out for that channel (or every channel, for a global limit) before
 * retrying the same message: never dropped. Interaction replies do not pass through here; for those
 * @discordjs/rest waits 429s out by itself.
 *
 * Lost access (50001 Missing Access, 50013 Missing Permissions, 10003 Unknown Channel) is permanent:
 * the queue reports it through `onFailure`, which the adapter turns into a `channelLost` event so the
 * digest scheduler can pause that channel's subscriptions and tell an admin.
 */
// From discord.js (its CommonJS build): the classes its REST instance throws, so instanceof holds.
import { DiscordAPIError, RateLimitError, Routes, type REST, type RateLimitData } from 'discord.js';
import {
  createOutboundQueue,
  defaultClassify,
  type DeliveryFailure,
  type ErrorClass,
  type OutboundQueue,
} from '../../src/delivery/outbound-queue.js';
import type { DiscordMessagePayload } from './render.js';
import { parseChannelId } from './inbound.js';

/** Discord's JSON error codes that mean "this bot can no longer post here". */
export const LOST_ACCESS_CODES: Record<number, string> = {
  10003: 'channel_not_found',
  50001: 'missing_access',
  50013: 'missing_permissions',
  50083: 'thread_archived',
};

export const CHANNEL_MESSAGE_ROUTE = '/channels/:id/messages';

/** For `rest.rejectOnRateLimit`: only queued channel posts see their 429s; everything else is waited out. */
export function rejectQueuedRateLimits(data: RateLimitData): boolean {
  return data.route === CHANNEL_MESSAGE_ROUTE && data.method.toUpperCase() === 'POST';
}

export function classifyDiscordError(err: unknown): ErrorClass {
  if (err instanceof RateLimitError) {
    const wait = Math.max(err.retryAfter, err.timeToReset, err.sublimitTimeout, 0) || 1000;
    return { kind: 'rate-limited', retryAfterMs: wait, scope: err.global ? 'global' : 'channel' };
  }
  if (err instanceof DiscordAPIError) {
    const code = typeof err.code === 'number' ? LOST_ACCESS_CODES[err.code] : undefined;
    if (code) return { kind: 'permanent', code };
    if (err.status >= 400 && err.status < 500 && err.status !== 408)
      return { kind: 'permanent', code: `discord_${err.code}` };
  }
  return defaultClassify(err);
}

export interface PostedMessage {
  id: string;
  channelId: string;
}

export type DiscordDeliveryFailure = DeliveryFailure<DiscordMessagePayload>;

export interface DiscordOutbound {
  queue: OutboundQueue<DiscordMessagePayload, PostedMessage>;
  /** Posts to a Dealdesk channel or thread id ("discord:G:C" / "discord:G:C:TH") in FIFO order. */
  post(
    channelId: string,
    payload: DiscordMessagePayload,
  ): ReturnType<OutboundQueue<DiscordMessagePayload, PostedMessage>['enqueue']>;
}

export function createDiscordOutbound(
  rest: REST,
  hooks: {
    onFailure(failure: DiscordDeliveryFailure): void;
    onRateLimited?(channel: string, retryAfterMs: number): void;
  },
): DiscordOutbound {
  const queue = createOutboundQueue<DiscordMessagePayload, PostedMessage>({
    async send(channel, payload) {
      const target = parseChannelId(channel);
      if (!target) throw new Error(`not a Discord channel id: ${channel}`);
      const posted = (await rest.post(Routes.channelMessages(target.channelId), { body: payload })) as {
        id: string;
        channel_id: string;
      };
      return { id: posted.id, channelId: posted.channel_id };
    },
    // Discord allows about 5 messages per 5 s per channel; @discordjs/rest also learns the real buckets.
    intervalMs: 1000,
    burst: 5,
    classify: classifyDiscordError,
    onFailure: hooks.onFailure,
    onRateLimited: hooks.onRateLimited,
  });
  return { queue, post: (channel, payload) => queue.enqueue(channel, payload) };
}
