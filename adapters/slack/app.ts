/**
 * The Slack adapter: a Bolt app (HTTP or Socket Mode) that turns slash commands, thread replies and
 * mentions into core calls, and posts the outcomes through one outbound queue.
 *
 * Commands are acked before anything else runs (Slack's 3 s limit holds whatever the store does);
 * the work continues after the ack. Events are acked by Bolt at once and deduped by event id in the
 * store, so Slack's retries never produce a second reply, on any instance.
 */
import type { Server } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, type RespondFn } from '@slack/bolt';
import type { WebClient, WebClientOptions } from '@slack/web-api';
import { allCommands } from '../../src/bot/registry.js';
import type { Config } from '../../src/config/env.js';
import {
  createOutboundQueue,
  type Clock,
  type DeliveryFailure,
  type OutboundQueue,
  type SendResult,
} from '../../src/delivery/outbound-queue.js';
import { PermanentSendError, TransientSendError, posters, type Poster } from '../../src/delivery/poster.js';
import type { DeliveryRecord } from '../../src/domain/records.js';
import type { BotCore, InboundCommand, InboundMessage, Outcome } from '../../src/bot/types.js';
import type { Store } from '../../src/store/types.js';
import { createLogger, registerSecrets } from '../../src/log.js';
import { NOT_IN_CHANNEL_CODES, classifySlackError } from './errors.js';
import { buildHomeView } from './home.js';
import {
  channelId,
  decodeSlackText,
  parseChannelId,
  mentionsBot,
  stripBotMention,
  threadId,
  userId,
  workspaceId,
} from './ids.js';
import { boltLogger } from './logger.js';
import { createManagerCheck, type ManagerCheck } from './permissions.js';
import { postEphemeral, postMessage } from './post.js';
import { renderNotice, renderOutcome, type SlackBlock, type SlackMessage } from './render.js';

const log = createLogger('slack');

/**
 * Commands where some action needs channel-management rights (the core enforces; we resolve the
 * right with users.info only for these, so other commands cost no extra API call).
 */
export function managedCommandNames(): string[] {
  return allCommands()
    .filter(
      (c) => c.permission === 'manageChannel' || c.subcommands?.some((s) => s.permission === 'manageChannel'),
    )
    .map((c) => c.name);
}

export interface SlackDeps {
  store: Store;
  /** HTTP mode: where to listen. Defaults: config.PORT, all interfaces. */
  port?: number;
  host?: string;
  /** When both are known, Bolt skips auth.test (tests, benchmarks). */
  botId?: string;
  botUserId?: string;
  tokenVerificationEnabled?: boolean;
  /** Merged over our defaults (slackApiUrl from SLACK_API_URL, rate limits rejected to the queue). */
  clientOptions?: WebClientOptions;
  /** Pacing for chat.postMessage per channel (Slack: about 1/s with short bursts). */
  queue?: { intervalMs?: number; burst?: number; maxRetries?: number; clock?: Clock };
  /** Slack user ids (U…) who may manage digests/watchlists besides workspace admins and owners. */
  channelManagers?: readonly string[];
  managedCommands?: readonly string[];
  /** Socket Mode: how long to wait for a pong before reconnecting (5 s default). */
  clientPingTimeout?: number;
  /** How users invite the bot: "/invite @Dealdesk". */
  botName?: string;
  /** How long an event id stays claimed (Slack retries within about an hour). */
  dedupeTtlMs?: number;
  /** Register the digest/alert Poster for "slack" channels while running (default true). */
  registerPoster?: boolean;
}

/** What the outbound queue carries: every way we put something in front of a Slack user. */
type Outbound =
  | { kind: 'post'; channel: string; threadTs?: string; message: SlackMessage }
  | { kind: 'ephemeral'; channel: string; user: string; threadTs?: string; message: SlackMessage }
  | { kind: 'respond'; respond: RespondFn; message: SlackMessage }
  | { kind: 'home'; user: string; view: { type: 'home'; blocks: SlackBlock[] } };

interface Posted {
  ts?: string;
}

export interface SlackAdapter {
  app: App;
  mode: 'http' | 'socket';
  queue: OutboundQueue<Outbound, Posted>;
  /** How digests and alerts post into Slack channels (registered in `posters` while running). */
  poster: Poster;
  /** Starts listening (HTTP) or connects (Socket Mode). Resolves with the HTTP server in HTTP mode. */
  start(): Promise<Server | undefined>;
  /** Drains the outbound queue (up to 10 s), then stops the receiver. */
  stop(): Promise<void>;
}

export function inviteHint(botName: string): string {
  return `I'm not in this channel yet, so I can't post here. Invite me with \`/invite @${botName}\` and try again. Here is your answer privately:`;
}

/** Message subtypes that are still a person writing in the thread. */
const REPLY_SUBTYPES = new Set<string>(['thread_broadcast', 'file_share']);

const GENERIC_ERROR =
  'Sorry, something went wrong while answering. Please try again in a moment; if it keeps happening, tell whoever runs Dealdesk.';

export function createSlackApp(config: Config, core: BotCore, deps: SlackDeps): SlackAdapter {
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error('SLACK_BOT_TOKEN is required for the Slack adapter');
  registerSecrets([config.SLACK_BOT_TOKEN, config.SLACK_SIGNING_SECRET, config.SLACK_APP_TOKEN]);
  const mode: 'http' | 'socket' = config.SLACK_APP_TOKEN ? 'socket' : 'http';
  if (mode === 'http' && !config.SLACK_SIGNING_SECRET)
    throw new Error('SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');

  const store = deps.store;
  const botName = deps.botName ?? 'Dealdesk';
  const dedupeTtlMs = deps.dedupeTtlMs ?? 24 * 60 * 60_000;
  const managed = new Set(deps.managedCommands ?? managedCommandNames());
  const slackApiUrl = config.SLACK_API_URL ? withApiSuffix(config.SLACK_API_URL) : undefined;
  const clientOptions: WebClientOptions = {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    // the outbound queue owns rate-limit waits, so every channel keeps its order and nothing blocks others
    rejectRateLimitedCalls: true,
    ...deps.clientOptions,
  };
  const logger = boltLogger('slack');

  const receiver =
    mode === 'socket'
      ? new SocketModeReceiver({
          appToken: config.SLACK_APP_TOKEN!,
          logger,
          ...(deps.clientPingTimeout ? { clientPingTimeout: deps.clientPingTimeout } : {}),
          installerOptions: { clientOptions },
        })
      : new HTTPReceiver({
          signingSecret: config.SLACK_SIGNING_SECRET!,
          endpoints: '/slack/events',
          logger,
          customRoutes: [
            {
              path: '/healthz',
              method: ['GET'],
              handler: (_req, res) => {
                res.writeHead(200, { 'content-type': 'application/json' });
                res.end(JSON.stringify({ ok: true, mode, outbound: queue.pending() }));
              },
            },
          ],
        });

  const app = new App({
    token,
    receiver,
    logger,
    clientOptions,
    // we keep thread context in the store; Bolt's per-event conversation lookup would be wasted work
    convoStore: false,
    ...(deps.botId ? { botId: deps.botId } : {}),
    ...(deps.botUserId ? { botUserId: deps.botUserId } : {}),
    ...(deps.tokenVerificationEnabled !== undefined
      ? { tokenVerificationEnabled: deps.tokenVerificationEnabled }
      : {}),
  });
  const client: WebClient = app.client;
  const isManager: ManagerCheck = createManagerCheck(client, { allowList: deps.channelManagers });

  const queue = createOutboundQueue<Outbound, Posted>({
    intervalMs: deps.queue?.intervalMs ?? 1000,
    burst: deps.queue?.burst ?? 3,
    maxRetries: deps.queue?.maxRetries ?? 3,
    ...(deps.queue?.clock ? { clock: deps.queue.clock } : {}),
    classify: classifySlackError,
    onFailure: (f: DeliveryFailure<Outbound>) =>
      log.warn(`could not deliver a ${f.message.kind} to ${f.channel}: ${f.reason} (${f.code})`),
    onRateLimited: (channel, ms) => log.info(`rate limited in ${channel}; waiting ${ms} ms`),
    send: (_key, out) => send(out),
  });

  async function send(out: Outbound): Promise<Posted> {
    switch (out.kind) {
      case 'post':
        return postMessage(client, out, out.message);
      case 'ephemeral':
        await postEphemeral(client, out, out.message);
        return {};
      case 'respond': {
        await out.respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: out.message.text,
          blocks: out.message.blocks,
        });
        return {};
      }
      case 'home': {
        await client.views.publish({ user_id: out.user, view: out.view });
        return {};
      }
    }
  }

  const respondEphemeral = (
    team: string,
    channel: string,
    user: string,
    respond: RespondFn,
    message: SlackMessage,
  ) => queue.enqueue(`respond:${team}:${channel}:${user}`, { kind: 'respond', respond, message });

  /** Posts a public outcome; returns the message ts, or the failure. */
  const postPublic = (team: string, channel: string, message: SlackMessage, threadTs?: string) =>
    queue.enqueue(channelId(team, channel), {
      kind: 'post',
      channel,
      message,
      ...(threadTs ? { threadTs } : {}),
    });

  async function remember(
    team: string,
    channel: string,
    ts: string | undefined,
    outcome: Outcome,
  ): Promise<void> {
    if (!outcome.followUp || !ts) return;
    try {
      await core.rememberThread(threadId(team, channel, ts), outcome.followUp);
    } catch (err) {
      log.warn('could not remember the thread context:', (err as Error).message);
    }
  }

  // ---- slash commands ------------------------------------------------------------------------
  app.command(/^\/.+/, async ({ command, ack, respond }) => {
    await ack(); // first, always: the 3 s limit must hold whatever happens next
    const team = command.team_id;
    const channel = command.channel_id;
    const name = command.command.replace(/^\//, '').toLowerCase();
    let outcome: Outcome;
    try {
      const canManage = managed.has(name) ? await isManager(team, command.user_id) : false;
      const inbound: InboundCommand = {
        kind: 'command',
        platform: 'slack',
        command: name,
        text: decodeSlackText(command.text ?? '').trim(),
        user: {
          id: userId(team, command.user_id),
          name: command.user_name ?? null,
          canManageChannel: canManage,
        },
        workspaceId: workspaceId(team),
        channelId: channelId(team, channel),
        threadId: null,
      };
      outcome = await core.handleCommand(inbound);
    } catch (err) {
      log.error(`/${name} failed:`, err);
      await respondEphemeral(team, channel, command.user_id, respond, renderNotice(GENERIC_ERROR));
      return;
    }
    await deliverCommandOutcome(team, channel, command.user_id, respond, outcome);
  });

  async function deliverCommandOutcome(
    team: string,
    channel: string,
    user: string,
    respond: RespondFn,
    outcome: Outcome,
  ): Promise<void> {
    const message = renderOutcome(outcome);
    const isPublic = outcome.visibility === 'public' || !!outcome.followUp;
    if (!isPublic) {
      await respondEphemeral(team, channel, user, respond, message);
      return;
    }
    const posted = await postPublic(team, channel, message);
    if (posted.ok) {
      await remember(team, channel, posted.value.ts, outcome);
      return;
    }
    // Not postable here (not invited, a DM between people, archived…): answer privately instead.
    const isChannel = /^[CG]/.test(channel); // DMs (D…) cannot take an /invite
    const hint =
      NOT_IN_CHANNEL_CODES.has(posted.code) && isChannel
        ? inviteHint(botName)
        : `I can't post in this conversation (${posted.code}). Here is your answer privately:`;
    const notice = renderNotice(hint);
    await respondEphemeral(team, channel, user, respond, {
      text: `${notice.text}\n${message.text}`,
      blocks: [...notice.blocks, ...message.blocks].slice(0, 50),
    });
  }

  // ---- button clicks -------------------------------------------------------------------------
  // "followup" buttons point the user to the thread under the card (replies there are answered in
  // context). Other buttons carry a command line in their value ("deal:LUMN" or "deal LUMN").
  app.action(/.*/, async ({ ack, body, respond }) => {
    await ack();
    if (body.type !== 'block_actions') return;
    const action = body.actions[0];
    const team = body.team?.id ?? body.user.team_id ?? '';
    const channel = body.channel?.id;
    if (!action || !channel || !team) return;
    const messageTs = (body.message as { ts?: string; thread_ts?: string } | undefined)?.ts;
    if (action.action_id.startsWith('followup')) {
      await queue.enqueue(channelId(team, channel), {
        kind: 'ephemeral',
        channel,
        user: body.user.id,
        ...(messageTs ? { threadTs: messageTs } : {}),
        message: renderNotice(
          'Reply in the thread under this answer and I will answer in context, e.g. "how much?", "what did analysts say?" or "when are earnings?"',
        ),
      });
      return;
    }
    const value = 'value' in action ? String(action.value ?? '') : '';
    const m = /^\/?([a-z][a-z0-9-]*)[:\s]?(.*)$/is.exec(value.trim());
    if (!m) return;
    const name = m[1]!.toLowerCase();
    try {
      const canManage = managed.has(name) ? await isManager(team, body.user.id) : false;
      const outcome = await core.handleCommand({
        kind: 'command',
        platform: 'slack',
        command: name,
        text: (m[2] ?? '').trim(),
        user: { id: userId(team, body.user.id), name: body.user.name ?? null, canManageChannel: canManage },
        workspaceId: workspaceId(team),
        channelId: channelId(team, channel),
        threadId: null,
      });
      await deliverCommandOutcome(team, channel, body.user.id, respond, outcome);
    } catch (err) {
      log.error(`button ${action.action_id} failed:`, err);
      await respondEphemeral(team, channel, body.user.id, respond, renderNotice(GENERIC_ERROR));
    }
  });

  // ---- follow-ups in threads, and mentions ----------------------------------------------------
  /** True the first time this event id is seen, across instances (store) and within this one (memory). */
  const recentEvents = new Map<string, string>(); // event id → when we claimed it
  async function claimEvent(eventId: string | undefined, channelKey: string): Promise<boolean> {
    if (!eventId) return true;
    if (recentEvents.has(eventId)) return false;
    const claimedAt = new Date().toISOString();
    recentEvents.set(eventId, claimedAt);
    if (recentEvents.size > 10_000) recentEvents.delete(recentEvents.keys().next().value!);
    const record: DeliveryRecord = {
      key: `slack:event:${eventId}`,
      channelId: channelKey,
      kind: 'reply',
      state: 'claimed',
      attempts: 0,
      itemIds: [],
      messageRef: null,
      error: null,
      claimedAt,
      finishedAt: null,
    };
    try {
      return await store.deliveries.claim(record, dedupeTtlMs);
    } catch (err) {
      // store down: the in-memory set still stops duplicates on this instance
      log.warn('could not claim the event in the store; deduping in memory only:', (err as Error).message);
      return true;
    }
  }

  async function finishEvent(
    eventId: string | undefined,
    channelKey: string,
    result: SendResult<Posted> | null,
  ) {
    if (!eventId) return;
    try {
      const now = new Date().toISOString();
      await store.deliveries.update({
        key: `slack:event:${eventId}`,
        channelId: channelKey,
        kind: 'reply',
        state: !result || result.ok ? 'sent' : 'failed',
        attempts: result?.ok ? result.attempts : (result?.attempts ?? 0),
        itemIds: [],
        messageRef: result?.ok ? (result.value.ts ?? null) : null,
        error: result && !result.ok ? result.code : null,
        claimedAt: recentEvents.get(eventId) ?? now,
        finishedAt: now,
      });
    } catch (err) {
      log.debug('could not finish the delivery record:', (err as Error).message);
    }
  }

  async function isKnownThread(thread: string): Promise<boolean> {
    try {
      return (await store.threads.get(thread)) !== undefined;
    } catch {
      return true; // store trouble: let the core decide and explain
    }
  }

  interface ThreadMessage {
    team: string;
    channel: string;
    user: string;
    text: string;
    ts: string;
    threadTs: string;
    mentioned: boolean;
    eventId: string | undefined;
  }

  async function answerInThread(m: ThreadMessage): Promise<void> {
    const chan = channelId(m.team, m.channel);
    const thread = threadId(m.team, m.channel, m.threadTs);
    // Most thread chatter is not ours: skip it before writing a delivery claim for it.
    if (!m.mentioned && !(await isKnownThread(thread))) return;
    if (!(await claimEvent(m.eventId, chan))) {
      log.debug(`duplicate delivery of event ${m.eventId} ignored`);
      return;
    }
    const inbound: InboundMessage = {
      kind: 'message',
      platform: 'slack',
      text: m.text,
      user: { id: userId(m.team, m.user), name: null, canManageChannel: false },
      workspaceId: workspaceId(m.team),
      channelId: chan,
      threadId: thread,
      mentioned: m.mentioned,
    };
    let outcome: Outcome | null;
    try {
      outcome = await core.handleMessage(inbound);
    } catch (err) {
      log.error('follow-up failed:', err);
      outcome = null;
      if (m.mentioned || m.eventId) {
        const r = await queue.enqueue(chan, {
          kind: 'ephemeral',
          channel: m.channel,
          user: m.user,
          threadTs: m.threadTs,
          message: renderNotice(GENERIC_ERROR),
        });
        await finishEvent(m.eventId, chan, r);
      }
      return;
    }
    if (!outcome) {
      await finishEvent(m.eventId, chan, null);
      return;
    }
    const message = renderOutcome(outcome);
    const result =
      outcome.visibility === 'ephemeral' && !outcome.followUp
        ? await queue.enqueue(chan, {
            kind: 'ephemeral',
            channel: m.channel,
            user: m.user,
            threadTs: m.threadTs,
            message,
          })
        : await postPublic(m.team, m.channel, message, m.threadTs);
    if (result.ok) await remember(m.team, m.channel, m.threadTs, outcome);
    await finishEvent(m.eventId, chan, result);
  }

  const teamOf = (body: { team_id?: string }, event: { team?: string }) => body.team_id ?? event.team ?? '';

  app.event('message', async ({ event, body, context }) => {
    // Only what people write: no edits, deletions, joins, bot posts or other subtypes. A reply also
    // sent to the channel (thread_broadcast) or carrying a file (file_share) is still a question.
    if (event.subtype !== undefined && !REPLY_SUBTYPES.has(event.subtype)) return;
    const e = event as {
      user?: string;
      bot_id?: string;
      text?: string;
      ts: string;
      thread_ts?: string;
      channel: string;
      team?: string;
    };
    if (e.bot_id || !e.user || e.user === context.botUserId) return;
    if (!e.thread_ts || e.thread_ts === e.ts) return; // top-level chatter is not for us
    const rawText = e.text ?? '';
    if (mentionsBot(rawText, context.botUserId)) return; // the app_mention event answers this one
    await answerInThread({
      team: teamOf(body as { team_id?: string }, e),
      channel: e.channel,
      user: e.user,
      text: decodeSlackText(rawText).trim(),
      ts: e.ts,
      threadTs: e.thread_ts,
      mentioned: false,
      eventId: (body as { event_id?: string }).event_id,
    });
  });

  app.event('app_mention', async ({ event, body, context }) => {
    if (event.bot_id || !event.user || event.user === context.botUserId) return;
    if ((event as { subtype?: string }).subtype !== undefined) return;
    await answerInThread({
      team: teamOf(body as { team_id?: string }, event),
      channel: event.channel,
      user: event.user,
      text: decodeSlackText(stripBotMention(event.text ?? '', context.botUserId)),
      ts: event.ts,
      // a mention outside a thread starts one under the mention
      threadTs: event.thread_ts ?? event.ts,
      mentioned: true,
      eventId: (body as { event_id?: string }).event_id,
    });
  });

  // ---- App Home ------------------------------------------------------------------------------
  app.event('app_home_opened', async ({ event, body }) => {
    if (event.tab !== 'home') return;
    const team = (body as { team_id?: string }).team_id ?? '';
    try {
      const view = await buildHomeView(store, team);
      await queue.enqueue(`home:${team}:${event.user}`, { kind: 'home', user: event.user, view });
    } catch (err) {
      log.warn('could not build the App Home view:', (err as Error).message);
    }
  });

  app.error(async (err) => {
    log.error('unhandled error in a Slack listener:', err);
  });

  // ---- scheduled posts (digests, alerts) ------------------------------------------------------
  /** Workspace admins/owners to tell about a lost channel: the allow-list first, else users.list. */
  async function adminsOf(): Promise<string[]> {
    if (deps.channelManagers?.length) return [...deps.channelManagers].slice(0, 5);
    const found: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5 && found.length < 5; page++) {
      const res = await client.users.list({ limit: 200, ...(cursor ? { cursor } : {}) });
      for (const u of res.members ?? [])
        if (!u.deleted && !u.is_bot && (u.is_admin || u.is_owner) && u.id) found.push(u.id);
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    return found.slice(0, 5);
  }

  const poster: Poster = {
    platform: 'slack',
    async post(target, outcome) {
      const m = /^slack:([A-Z0-9]+):([A-Z0-9]+)(?::(\d+\.\d+))?$/.exec(target);
      if (!m) throw new PermanentSendError('channel_not_found', `not a Slack channel id: ${target}`);
      const [, team, channel, threadTs] = m as unknown as [string, string, string, string | undefined];
      const result = await postPublic(team, channel, renderOutcome(outcome), threadTs);
      if (!result.ok) {
        if (result.reason === 'permanent')
          throw new PermanentSendError(result.code, undefined, { cause: result.error });
        throw new TransientSendError(result.code, { cause: result.error });
      }
      const ts = result.value.ts ?? '';
      const root = threadTs ?? ts;
      if (outcome.followUp) await remember(team, channel, root, outcome);
      return {
        threadId: outcome.followUp || threadTs ? threadId(team, channel, root) : null,
        messageRef: threadId(team, channel, ts),
      };
    },
    async notifyAdmins(target, text) {
      const parsed = parseChannelId(target.split(':').slice(0, 3).join(':'));
      if (!parsed) return;
      const admins = await adminsOf();
      if (!admins.length) throw new Error('no workspace admin found to notify');
      const message = renderNotice(text);
      const results = await Promise.all(
        admins.map((u) => queue.enqueue(channelId(parsed.team, u), { kind: 'post', channel: u, message })),
      );
      if (!results.some((r) => r.ok)) throw new Error('admin notice not delivered');
    },
  };

  let server: Server | undefined;
  return {
    app,
    mode,
    queue,
    poster,
    async start() {
      if (deps.registerPoster ?? true) posters.register(poster);
      if (mode === 'socket') {
        await app.start();
        return undefined;
      }
      const port = deps.port ?? config.PORT;
      server = (await app.start(deps.host ? { port, host: deps.host } : port)) as Server;
      return server;
    },
    async stop() {
      if (posters.get('slack') === poster) posters.unregister('slack');
      await queue.close(10_000);
      await app.stop().catch(() => undefined);
      server = undefined;
    },
  };
}

/** web-api wants the base URL ending in /api/; accept "http://host:1234" or ".../api" too. */
export function withApiSuffix(url: string): string {
  const u = url.endsWith('/') ? url : `${url}/`;
  return u.endsWith('/api/') ? u : `${u}api/`;
}
