/**
 * The `Poster` port: how scheduled work (digests, alerts) posts an Outcome into a channel without
 * knowing the platform. Each adapter implements one (usually by wrapping its outbound queue with
 * `queuedPoster`) and registers it under its platform prefix ("slack", "discord", "shell").
 *
 * Errors: a post that can never succeed (the bot lost access to the channel) throws
 * `PermanentSendError`; anything else that throws is transient and may be retried later.
 */
import type { Outcome } from '../bot/types.js';
import { PermanentSendError, type OutboundQueue } from './outbound-queue.js';

export { PermanentSendError } from './outbound-queue.js';

export interface PostedMessage {
  /** Thread id under the posted message (for follow-ups), when the platform has one. */
  threadId: string | null;
  /** A platform reference to the message (e.g. "slack:T1:C1:1712.55"), kept in delivery records. */
  messageRef: string;
}

export interface Poster {
  /** Platform prefix of the channel ids it serves: "slack", "discord", "shell", "stdout", … */
  readonly platform: string;
  post(channelId: string, outcome: Outcome): Promise<PostedMessage>;
  /**
   * Tells a human who can fix a channel problem (e.g. a workspace admin, or the person who created the
   * subscription) about it. Optional: platforms without such a target only log.
   */
  notifyAdmins?(channelId: string, text: string): Promise<void>;
}

/** A transient failure that outlasted the queue's retries: the caller may retry later. */
export class TransientSendError extends Error {
  constructor(
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(`post failed: ${code}`, options);
    this.name = 'TransientSendError';
  }
}

/**
 * Adapts an adapter's outbound queue (pacing, 429 handling) into a Poster. `channelLost` says which
 * permanent codes mean "this channel is lost" (the subscription pauses); other refusals the queue
 * would not retry (a revoked token, a rejected payload) fail this post only, so a misconfigured bot
 * does not pause every subscription it has. Default: every permanent code is a lost channel.
 */
export function queuedPoster(
  platform: string,
  queue: OutboundQueue<Outcome, PostedMessage>,
  notifyAdmins?: Poster['notifyAdmins'],
  channelLost: (code: string) => boolean = () => true,
): Poster {
  return {
    platform,
    notifyAdmins,
    async post(channelId, outcome) {
      const result = await queue.enqueue(channelId, outcome);
      if (result.ok) return result.value;
      if (result.reason === 'permanent' && channelLost(result.code))
        throw new PermanentSendError(result.code, undefined, { cause: result.error });
      throw new TransientSendError(result.code, { cause: result.error });
    },
  };
}

export const platformOf = (channelId: string): string => channelId.split(':', 1)[0] ?? '';

/** Posters by platform prefix. */
export class PosterRegistry {
  private readonly posters = new Map<string, Poster>();

  register(poster: Poster): this {
    this.posters.set(poster.platform, poster);
    return this;
  }

  unregister(platform: string): void {
    this.posters.delete(platform);
  }

  forChannel(channelId: string): Poster | undefined {
    return this.get(platformOf(channelId));
  }

  get(platform: string): Poster | undefined {
    return this.posters.get(platform);
  }

  platforms(): string[] {
    return [...this.posters.keys()];
  }
}

/** The process-wide registry adapters register into when they start. */
export const posters = new PosterRegistry();

/** Writes what would be posted, as plain text: for `--dry-run` and operators without tokens. */
export function writerPoster(
  platform: string,
  write: (text: string) => void,
  render: (outcome: Outcome) => string = (o) => o.fallbackText,
): Poster {
  let n = 0;
  return {
    platform,
    async post(channelId, outcome) {
      n += 1;
      write(`--- to ${channelId} ---\n${render(outcome)}\n`);
      return { threadId: `${channelId}:dry-${n}`, messageRef: `${channelId}:dry-${n}` };
    },
    async notifyAdmins(channelId, text) {
      write(`--- admin notice for ${channelId} ---\n${text}\n`);
    },
  };
}

/**
 * Stops a queue in a short-lived process (`dealdesk digest run`): waits for what is queued, at most
 * `timeoutMs`, with a deadline timer that never keeps the process alive on its own.
 */
export async function closeQueue<M, R>(queue: OutboundQueue<M, R>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
    timer.unref();
  });
  try {
    await Promise.race([queue.close(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
