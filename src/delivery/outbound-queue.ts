/**
 * A platform-neutral outbound queue: every message a bot posts goes through one of these.
 *
 * - Per-channel FIFO: messages to one channel leave in the order they were enqueued; channels run
 *   independently, so a slow or rate-limited channel never holds up the others.
 * - Pacing: a token bucket per channel (Slack: about 1 message/s with short bursts).
 * - Rate limits: when `send` signals RateLimited (429 + Retry-After), the channel (or, for a global
 *   limit, every channel) waits that long and the same message is retried. Never dropped.
 * - Other transient errors: bounded retries with exponential backoff.
 * - Permanent errors (channel_not_found, not_in_channel, missing permissions) and exhausted retries
 *   are reported to `onFailure` and returned to the caller: nothing is silently lost.
 * - drain() waits until everything is sent; close() stops accepting and drains (with a deadline).
 *
 * The clock is injectable, so tests run on virtual time.
 */

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** Throw (or have `classify` map to) this from `send` when the platform says "slow down". */
export class RateLimitedError extends Error {
  constructor(
    readonly retryAfterMs: number,
    /** 'global' pauses every channel (Discord's global limit); 'channel' only this one. */
    readonly scope: 'channel' | 'global' = 'channel',
  ) {
    super(`rate limited: retry after ${retryAfterMs} ms`);
    this.name = 'RateLimitedError';
  }
}

/** Throw this from `send` for errors a retry cannot fix (the bot is not in the channel, no permission). */
export class PermanentSendError extends Error {
  constructor(
    /** A short platform code, e.g. "not_in_channel", "channel_not_found", "missing_scope". */
    readonly code: string,
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(message ?? code, options);
    this.name = 'PermanentSendError';
  }
}

export type ErrorClass =
  | { kind: 'rate-limited'; retryAfterMs: number; scope?: 'channel' | 'global' }
  | { kind: 'permanent'; code: string }
  | { kind: 'transient'; code?: string };

export function defaultClassify(err: unknown): ErrorClass {
  if (err instanceof RateLimitedError)
    return { kind: 'rate-limited', retryAfterMs: err.retryAfterMs, scope: err.scope };
  if (err instanceof PermanentSendError) return { kind: 'permanent', code: err.code };
  return { kind: 'transient' };
}

export type SendResult<R> =
  | { ok: true; value: R; attempts: number }
  | {
      ok: false;
      /** permanent: the platform refused; exhausted: transient errors outlasted the retries; closed: shut down before sending. */
      reason: 'permanent' | 'exhausted' | 'closed';
      code: string;
      error: unknown;
      attempts: number;
    };

export interface DeliveryFailure<M> {
  channel: string;
  message: M;
  reason: 'permanent' | 'exhausted' | 'closed';
  code: string;
  error: unknown;
  attempts: number;
}

export interface OutboundQueueOptions<M, R> {
  send(channel: string, message: M): Promise<R>;
  /** Minimum spacing per channel once the burst is used up. Default 1,000 ms (Slack). */
  intervalMs?: number;
  /** Messages a quiet channel may send back to back. Default 3. */
  burst?: number;
  /** Retries for transient errors (rate limits do not count). Default 3. */
  maxRetries?: number;
  /** Backoff before retry n (1-based). Default 500 ms × 2^(n-1), capped at 30 s. */
  backoffMs?(attempt: number): number;
  /** Maps an error thrown by `send` to what the queue should do. Default: by error class. */
  classify?(err: unknown): ErrorClass;
  /** Told about every message that could not be delivered (also returned to the enqueuer). */
  onFailure?(failure: DeliveryFailure<M>): void;
  /** Told about every rate-limit wait (logging, metrics). */
  onRateLimited?(channel: string, retryAfterMs: number): void;
  clock?: Clock;
}

export interface OutboundQueue<M, R> {
  /** Resolves once the message is sent or has definitively failed; never rejects. */
  enqueue(channel: string, message: M): Promise<SendResult<R>>;
  /** Messages waiting or in flight, for one channel or all. */
  pending(channel?: string): number;
  /** Resolves when nothing is waiting or in flight. */
  drain(): Promise<void>;
  /**
   * Stops accepting messages and drains. After `timeoutMs`, messages not yet started are failed
   * with reason "closed" (reported, not dropped silently); the one in flight finishes.
   */
  close(timeoutMs?: number): Promise<void>;
}

interface Job<M, R> {
  message: M;
  resolve(result: SendResult<R>): void;
}

interface ChannelState<M, R> {
  jobs: Job<M, R>[];
  running: boolean;
  /** A job has left `jobs` and is being sent (or retried). */
  sending: boolean;
  tokens: number;
  refilledAt: number;
  pausedUntil: number;
}

export function createOutboundQueue<M, R>(opts: OutboundQueueOptions<M, R>): OutboundQueue<M, R> {
  const clock = opts.clock ?? realClock;
  const intervalMs = opts.intervalMs ?? 1000;
  const burst = Math.max(1, opts.burst ?? 3);
  const maxRetries = opts.maxRetries ?? 3;
  const backoffMs = opts.backoffMs ?? ((n: number) => Math.min(30_000, 500 * 2 ** (n - 1)));
  const classify = opts.classify ?? defaultClassify;

  const channels = new Map<string, ChannelState<M, R>>();
  let globalPausedUntil = 0;
  let closed = false;
  let inFlight = 0;
  let idleWaiters: Array<() => void> = [];

  const totalPending = () => {
    let n = inFlight;
    for (const s of channels.values()) n += s.jobs.length;
    return n;
  };
  const notifyIfIdle = () => {
    if (totalPending() > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  };

  const fail = (channel: string, job: Job<M, R>, result: Extract<SendResult<R>, { ok: false }>) => {
    try {
      opts.onFailure?.({
        channel,
        message: job.message,
        reason: result.reason,
        code: result.code,
        error: result.error,
        attempts: result.attempts,
      });
    } catch {
      // a failing reporter must not stall the channel
    }
    job.resolve(result);
  };

  /** Takes a token, waiting for one (and for any rate-limit pause) first. */
  async function pace(state: ChannelState<M, R>): Promise<void> {
    for (;;) {
      const now = clock.now();
      const pausedUntil = Math.max(state.pausedUntil, globalPausedUntil);
      if (pausedUntil > now) {
        await clock.sleep(pausedUntil - now);
        continue;
      }
      state.tokens = Math.min(burst, state.tokens + (now - state.refilledAt) / intervalMs);
      state.refilledAt = now;
      if (state.tokens >= 1) {
        state.tokens -= 1;
        return;
      }
      await clock.sleep(Math.ceil((1 - state.tokens) * intervalMs));
    }
  }

  async function deliver(channel: string, state: ChannelState<M, R>, job: Job<M, R>): Promise<void> {
    let attempts = 0;
    let transientFailures = 0;
    for (;;) {
      // the first attempt was paced before the job left the queue (so close() can still take it back)
      if (attempts > 0) await pace(state);
      attempts += 1;
      try {
        const value = await opts.send(channel, job.message);
        job.resolve({ ok: true, value, attempts });
        return;
      } catch (err) {
        const kind = classify(err);
        if (kind.kind === 'rate-limited') {
          const wait = Math.max(0, kind.retryAfterMs);
          const until = clock.now() + wait;
          if (kind.scope === 'global') globalPausedUntil = Math.max(globalPausedUntil, until);
          else state.pausedUntil = Math.max(state.pausedUntil, until);
          opts.onRateLimited?.(channel, wait);
          continue;
        }
        if (kind.kind === 'permanent') {
          fail(channel, job, { ok: false, reason: 'permanent', code: kind.code, error: err, attempts });
          return;
        }
        transientFailures += 1;
        if (transientFailures > maxRetries) {
          const code = kind.code ?? (err instanceof Error ? err.message : String(err));
          fail(channel, job, { ok: false, reason: 'exhausted', code, error: err, attempts });
          return;
        }
        await clock.sleep(backoffMs(transientFailures));
      }
    }
  }

  async function run(channel: string, state: ChannelState<M, R>): Promise<void> {
    state.running = true;
    try {
      while (state.jobs.length > 0) {
        await pace(state);
        const job = state.jobs.shift();
        if (!job) break; // close() took the waiting jobs back
        inFlight += 1;
        state.sending = true;
        try {
          await deliver(channel, state, job);
        } catch (err) {
          // only a throwing clock or classifier gets here: report rather than lose the message
          fail(channel, job, { ok: false, reason: 'exhausted', code: 'internal', error: err, attempts: 0 });
        } finally {
          inFlight -= 1;
          state.sending = false;
        }
      }
    } finally {
      state.running = false;
      notifyIfIdle();
    }
  }

  /** Forgets idle channels whose bucket has refilled, so a bot in many channels stays small. */
  function pruneIdle(): void {
    const now = clock.now();
    for (const [channel, s] of channels)
      if (
        !s.running &&
        s.jobs.length === 0 &&
        s.pausedUntil <= now &&
        now - s.refilledAt >= burst * intervalMs
      )
        channels.delete(channel);
  }

  return {
    enqueue(channel, message) {
      return new Promise<SendResult<R>>((resolve) => {
        const job: Job<M, R> = { message, resolve };
        if (closed) {
          fail(channel, job, {
            ok: false,
            reason: 'closed',
            code: 'queue_closed',
            error: new Error('outbound queue is closed'),
            attempts: 0,
          });
          return;
        }
        let state = channels.get(channel);
        if (!state) {
          if (channels.size >= 1000) pruneIdle();
          state = {
            jobs: [],
            running: false,
            sending: false,
            tokens: burst,
            refilledAt: clock.now(),
            pausedUntil: 0,
          };
          channels.set(channel, state);
        }
        state.jobs.push(job);
        if (!state.running) void run(channel, state);
      });
    },

    pending(channel) {
      if (channel === undefined) return totalPending();
      const s = channels.get(channel);
      return s ? s.jobs.length + (s.sending ? 1 : 0) : 0;
    },

    drain() {
      if (totalPending() === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },

    async close(timeoutMs) {
      closed = true;
      if (timeoutMs === undefined) return this.drain();
      let timedOut = false;
      await Promise.race([
        this.drain(),
        clock.sleep(timeoutMs).then(() => {
          timedOut = true;
        }),
      ]);
      if (!timedOut) return;
      for (const [channel, state] of channels) {
        const abandoned = state.jobs.splice(0);
        for (const job of abandoned)
          fail(channel, job, {
            ok: false,
            reason: 'closed',
            code: 'queue_closed',
            error: new Error('outbound queue closed before this message was sent'),
            attempts: 0,
          });
      }
      notifyIfIdle();
    },
  };
}
