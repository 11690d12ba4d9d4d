/**
 * chat.postMessage and chat.postEphemeral for a rendered message, shared by the running adapter and
 * the command-line digest poster.
 *
 * The blocks go to web-api already serialised: Slack's form-encoded API takes them as a JSON string
 * anyway, and handing web-api the objects costs two extra walks of the whole payload per post (a
 * redacted copy for a debug line it builds even when debug logging is off, then its own
 * JSON.stringify). Same bytes on the wire, less CPU before the request leaves. A rendered outcome
 * carries its blocks' JSON already (the renderer's size check built it), so it is not built twice.
 */
import type { WebAPICallResult, WebClient } from '@slack/web-api';
import { createLogger } from '../../src/log.js';
import { BLOCKS_REFUSED_CODES, slackErrorCode } from './errors.js';
import type { SlackMessage } from './render.js';

const log = createLogger('slack');

export interface PostTarget {
  channel: string;
  threadTs?: string;
}

// apiCall's result is untyped past `ok`; chat.postMessage answers with the message's ts
const tsOf = (res: WebAPICallResult): string | undefined => {
  const ts = (res as { ts?: unknown }).ts;
  return typeof ts === 'string' ? ts : undefined;
};

/** Posts in the channel (or thread); if Slack refuses the blocks, the text alone. Returns the ts. */
export async function postMessage(
  client: WebClient,
  target: PostTarget,
  message: SlackMessage,
): Promise<{ ts?: string }> {
  const args = { channel: target.channel, ...(target.threadTs ? { thread_ts: target.threadTs } : {}) };
  try {
    const res = await client.apiCall('chat.postMessage', {
      ...args,
      text: message.text,
      blocks: message.blocksJson ?? JSON.stringify(message.blocks),
    });
    return { ts: tsOf(res) };
  } catch (err) {
    // Blocks refused (a limit we did not foresee): the answer still goes out as text.
    if (!BLOCKS_REFUSED_CODES.has(slackErrorCode(err) ?? '')) throw err;
    log.warn(`blocks refused (${slackErrorCode(err)}); posting text only`);
    const res = await client.apiCall('chat.postMessage', { ...args, text: message.text });
    return { ts: tsOf(res) };
  }
}

/** A message only `user` sees, in the channel (or thread). */
export async function postEphemeral(
  client: WebClient,
  target: PostTarget & { user: string },
  message: SlackMessage,
): Promise<void> {
  await client.apiCall('chat.postEphemeral', {
    channel: target.channel,
    user: target.user,
    text: message.text,
    blocks: message.blocksJson ?? JSON.stringify(message.blocks),
    ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
  });
}
