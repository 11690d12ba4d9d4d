/**
 * How the outbound queue should treat a Slack Web API error. Slack answers almost every refusal
 * with HTTP 200 and `ok: false` + a code: most codes are permanent (retrying cannot help), a few
 * are transient. A 429 (rejectRateLimitedCalls) carries Retry-After in seconds.
 */
import type { ErrorClass } from '../../src/delivery/outbound-queue.js';

/** The bot cannot post in this conversation until someone invites it. */
export const NOT_IN_CHANNEL_CODES = new Set(['not_in_channel', 'channel_not_found']);

/** Slack's codes that a retry may fix. Everything else from Slack itself is permanent. */
const TRANSIENT_PLATFORM_CODES = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
]);

/** The block payload was refused: the sender retries once as text only. */
export const BLOCKS_REFUSED_CODES = new Set([
  'invalid_blocks',
  'msg_blocks_too_long',
  'invalid_blocks_format',
]);

interface SlackishError {
  code?: string;
  retryAfter?: number;
  data?: { error?: string };
  statusCode?: number;
}

export function slackErrorCode(err: unknown): string | undefined {
  const e = err as SlackishError | undefined;
  return e?.data?.error ?? undefined;
}

export function classifySlackError(err: unknown): ErrorClass {
  const e = (err ?? {}) as SlackishError;
  if (e.code === 'slack_webapi_rate_limited_error')
    return { kind: 'rate-limited', retryAfterMs: Math.max(0, (e.retryAfter ?? 1) * 1000) };
  if (e.code === 'slack_webapi_platform_error') {
    const code = e.data?.error ?? 'unknown_error';
    if (code === 'ratelimited') return { kind: 'rate-limited', retryAfterMs: 1000 };
    return TRANSIENT_PLATFORM_CODES.has(code) ? { kind: 'transient', code } : { kind: 'permanent', code };
  }
  if (e.code === 'slack_webapi_http_error') {
    const status = e.statusCode ?? 0;
    if (status >= 500 || status === 408) return { kind: 'transient', code: `http_${status}` };
    return { kind: 'permanent', code: `http_${status}` };
  }
  // network errors, timeouts, response_url failures
  return { kind: 'transient', code: 'request_error' };
}
