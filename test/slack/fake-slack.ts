/**
 * A fake Slack for tests, on 127.0.0.1 only: the Web API methods the adapter calls (enforcing
 * Slack's message limits with Slack's error codes), a `response_url` sink, and a Socket Mode
 * WebSocket server. Plus helpers that send signed requests to an app under test the way Slack does.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the fake inspects arbitrary JSON from the client, as Slack does */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocketServer, type WebSocket } from 'ws';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  auth: string | undefined;
}

export interface PostedMessage {
  method: 'chat.postMessage' | 'chat.postEphemeral' | 'response_url';
  channel: string | undefined;
  user?: string;
  text: string;
  blocks: unknown[] | undefined;
  thread_ts?: string;
  ts?: string;
  responseType?: string;
  /** performance.now() when the fake accepted it. */
  receivedAt?: number;
  /** performance.now() when the request carrying it had fully arrived, before the fake parsed and checked it. */
  arrivedAt?: number;
}

type Injected = { status: 429; retryAfterSec: number } | { error: string } | { status: number };

export interface FakeSlackOptions {
  botUserId?: string;
  botId?: string;
  teamId?: string;
  /** Users whose users.info says is_admin. */
  admins?: string[];
}

/** Checks a block list against Slack's limits; returns Slack's error code or null. */
export function checkBlocks(blocks: unknown): string | null {
  if (blocks === undefined) return null;
  if (!Array.isArray(blocks)) return 'invalid_blocks_format';
  if (blocks.length > 50) return 'invalid_blocks';
  if (JSON.stringify(blocks).length > 13_000) return 'msg_blocks_too_long';
  const actionIds = new Set<string>();
  for (const b of blocks as Array<Record<string, any>>) {
    switch (b.type) {
      case 'header':
        if (b.text?.type !== 'plain_text' || typeof b.text.text !== 'string') return 'invalid_blocks';
        if (b.text.text.length === 0 || b.text.text.length > 150) return 'invalid_blocks';
        break;
      case 'section': {
        if (!b.text && !b.fields) return 'invalid_blocks';
        if (
          b.text &&
          (typeof b.text.text !== 'string' || b.text.text.length === 0 || b.text.text.length > 3000)
        )
          return 'invalid_blocks';
        if (b.fields) {
          if (!Array.isArray(b.fields) || b.fields.length === 0 || b.fields.length > 10)
            return 'invalid_blocks';
          if (
            b.fields.some(
              (f: any) => typeof f.text !== 'string' || f.text.length === 0 || f.text.length > 2000,
            )
          )
            return 'invalid_blocks';
        }
        break;
      }
      case 'context':
        if (!Array.isArray(b.elements) || b.elements.length === 0 || b.elements.length > 10)
          return 'invalid_blocks';
        if (
          b.elements.some(
            (e: any) => typeof e.text !== 'string' || e.text.length === 0 || e.text.length > 3000,
          )
        )
          return 'invalid_blocks';
        break;
      case 'actions':
        if (!Array.isArray(b.elements) || b.elements.length === 0 || b.elements.length > 25)
          return 'invalid_blocks';
        for (const e of b.elements) {
          if (e.type !== 'button' || !e.text?.text || e.text.text.length > 75) return 'invalid_blocks';
          if (typeof e.value === 'string' && e.value.length > 2000) return 'invalid_blocks';
          if (!e.action_id || e.action_id.length > 255 || actionIds.has(e.action_id)) return 'invalid_blocks';
          actionIds.add(e.action_id);
        }
        break;
      case 'divider':
        break;
      default:
        return 'invalid_blocks';
    }
  }
  return null;
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/** web-api sends form-encoded bodies with nested values JSON-encoded; some calls send JSON. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json'))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if ((v.startsWith('[') || v.startsWith('{')) && ['blocks', 'view', 'attachments'].includes(k)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // keep the raw string: checkBlocks reports it
      }
    }
    out[k] = v;
  }
  return out;
}

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly messages: PostedMessage[] = [];
  readonly rejected: Array<{ method: string; error: string }> = [];
  readonly views: Array<{ user_id: string; view: any }> = [];
  /** Channels the bot has not been invited to: chat.postMessage answers not_in_channel. */
  readonly channelsWithoutBot = new Set<string>();
  readonly botUserId: string;
  readonly botId: string;
  readonly teamId: string;
  private readonly admins: Set<string>;
  private readonly injected = new Map<string, Injected[]>();
  private tsCounter = 1_700_000_000;
  private server!: Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private pendingAcks = new Map<string, (payload: unknown) => void>();
  private waiters: Array<() => void> = [];
  /** Called for every message Slack accepted (benchmarks time the round trip with it). */
  readonly listeners: Array<(m: PostedMessage) => void> = [];
  port = 0;

  constructor(opts: FakeSlackOptions = {}) {
    this.botUserId = opts.botUserId ?? 'UBOT';
    this.botId = opts.botId ?? 'BBOT';
    this.teamId = opts.teamId ?? 'T1';
    this.admins = new Set(opts.admins ?? []);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  get apiUrl(): string {
    return `${this.url}/api/`;
  }
  responseUrl(id = randomUUID()): string {
    return `${this.url}/response/${id}`;
  }
  /** Public channel messages (chat.postMessage that Slack accepted). */
  get posts(): PostedMessage[] {
    return this.messages.filter((m) => m.method === 'chat.postMessage');
  }
  /** Everything only one user sees: chat.postEphemeral and ephemeral response_url replies. */
  get ephemerals(): PostedMessage[] {
    return this.messages.filter(
      (m) =>
        m.method === 'chat.postEphemeral' || (m.method === 'response_url' && m.responseType !== 'in_channel'),
    );
  }
  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** The next calls to `method` fail as given, in order (429 with Retry-After, or ok:false). */
  inject(method: string, ...failures: Injected[]): void {
    this.injected.set(method, [...(this.injected.get(method) ?? []), ...failures]);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err) => {
        res.writeHead(500);
        res.end(String(err));
      });
    });
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/link')) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves when `predicate` holds (checked after every request the fake handles). */
  async waitFor<T>(predicate: () => T | undefined | false | null, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = predicate();
      if (v) return v;
      if (Date.now() > deadline) throw new Error('FakeSlack.waitFor: timed out');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 25);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  private record(m: PostedMessage, arrivedAt: number): void {
    m.arrivedAt = arrivedAt;
    m.receivedAt = performance.now();
    this.messages.push(m);
    for (const l of this.listeners) l(m);
  }

  private notify(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  private json(res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
    this.notify();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const arrivedAt = performance.now();
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (path.startsWith('/response/')) {
      const body = JSON.parse(raw || '{}') as Record<string, any>;
      const problem = checkBlocks(body.blocks);
      if (problem) {
        this.rejected.push({ method: 'response_url', error: problem });
        return this.json(res, { ok: false, error: problem }, 400);
      }
      this.record(
        {
          method: 'response_url',
          channel: undefined,
          text: body.text ?? '',
          blocks: body.blocks,
          responseType: body.response_type ?? 'ephemeral',
        },
        arrivedAt,
      );
      return this.json(res, { ok: true });
    }
    const m = /^\/api\/(.+)$/.exec(path);
    if (!m) return this.json(res, { ok: false, error: 'unknown_path' }, 404);
    const method = m[1]!;
    const args = parseArgs(raw, req.headers['content-type']);
    this.calls.push({ method, args, auth: req.headers.authorization });

    const injected = this.injected.get(method)?.shift();
    if (injected) {
      if ('retryAfterSec' in injected)
        return this.json(res, { ok: false, error: 'ratelimited' }, 429, {
          'retry-after': String(injected.retryAfterSec),
        });
      if ('error' in injected) {
        this.rejected.push({ method, error: injected.error });
        return this.json(res, { ok: false, error: injected.error });
      }
      return this.json(res, { ok: false, error: 'fake_http_error' }, injected.status);
    }
    return this.json(res, this.api(method, args, arrivedAt));
  }

  private fail(method: string, error: string) {
    this.rejected.push({ method, error });
    return { ok: false, error };
  }

  private api(method: string, args: Record<string, any>, arrivedAt: number): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, team_id: this.teamId, user_id: this.botUserId, bot_id: this.botId, team: 'Fake' };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/link/?ticket=${randomUUID()}` };
      case 'users.info':
        return {
          ok: true,
          user: {
            id: args.user,
            is_admin: this.admins.has(args.user),
            is_owner: false,
            is_primary_owner: false,
          },
        };
      case 'users.list':
        return {
          ok: true,
          members: [
            { id: this.botUserId, is_bot: true, deleted: false },
            { id: 'UPLAIN', is_admin: false, is_owner: false, deleted: false, is_bot: false },
            ...[...this.admins].map((id) => ({
              id,
              is_admin: true,
              is_owner: false,
              deleted: false,
              is_bot: false,
            })),
          ],
          response_metadata: { next_cursor: '' },
        };
      case 'views.publish':
        if (args.view?.type !== 'home') return this.fail(method, 'invalid_arguments');
        if (Array.isArray(args.view.blocks) && args.view.blocks.length > 100)
          return this.fail(method, 'invalid_blocks');
        this.views.push({ user_id: args.user_id, view: args.view });
        return { ok: true };
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        if (!args.channel) return this.fail(method, 'channel_not_found');
        if (this.channelsWithoutBot.has(args.channel)) return this.fail(method, 'not_in_channel');
        const text = typeof args.text === 'string' ? args.text : '';
        if (!text && !args.blocks) return this.fail(method, 'no_text');
        if (text.length > 40_000) return this.fail(method, 'msg_too_long');
        const problem = checkBlocks(args.blocks);
        if (problem) return this.fail(method, problem);
        const ts = `${this.tsCounter++}.000100`;
        this.record(
          {
            method,
            channel: args.channel,
            ...(args.user ? { user: args.user } : {}),
            text,
            blocks: args.blocks,
            ...(args.thread_ts ? { thread_ts: String(args.thread_ts) } : {}),
            ts,
          },
          arrivedAt,
        );
        return method === 'chat.postMessage'
          ? { ok: true, channel: args.channel, ts }
          : { ok: true, message_ts: ts };
      }
      default:
        return this.fail(method, 'unknown_method');
    }
  }

  // ---- Socket Mode -----------------------------------------------------------------------------

  /** Socket Mode connections accepted so far (reconnects included). */
  connections = 0;

  private onSocket(ws: WebSocket): void {
    this.connections += 1;
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (msg.envelope_id) this.pendingAcks.get(msg.envelope_id)?.(msg.payload ?? null);
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'fake', approximate_connection_time: 3600 },
        connection_info: { app_id: 'A1' },
      }),
    );
  }

  /** Asks connected Socket Mode clients to reconnect, as Slack does before a server restart. */
  disconnectSockets(reason = 'refresh_requested'): void {
    for (const ws of this.sockets)
      ws.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake' } }));
  }

  get socketCount(): number {
    return this.sockets.size;
  }

  /** Sends a Socket Mode envelope; resolves with the client's ack payload. */
  sendEnvelope(
    type: 'slash_commands' | 'events_api' | 'interactive',
    payload: Record<string, unknown>,
    opts: { retryAttempt?: number; timeoutMs?: number } = {},
  ): Promise<unknown> {
    const ws = [...this.sockets][0];
    if (!ws) throw new Error('no Socket Mode client connected');
    const envelope_id = randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('envelope not acked')), opts.timeoutMs ?? 3000);
      this.pendingAcks.set(envelope_id, (p) => {
        clearTimeout(timer);
        this.pendingAcks.delete(envelope_id);
        resolve(p);
      });
      ws.send(
        JSON.stringify({
          envelope_id,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          ...(type === 'events_api'
            ? { retry_attempt: opts.retryAttempt ?? 0, retry_reason: opts.retryAttempt ? 'timeout' : '' }
            : {}),
        }),
      );
    });
  }
}

// ---- building and signing requests as Slack does ----------------------------------------------

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Sign with this secret instead (a forged request). */
  wrongSecret?: string;
  retryNum?: number;
}

export async function postSigned(
  url: string,
  secret: string,
  body: string,
  contentType: string,
  opts: SignOptions = {},
): Promise<Response> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': sign(opts.wrongSecret ?? secret, ts, body),
  };
  if (opts.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(opts.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return fetch(url, { method: 'POST', headers, body });
}

export interface SlashCommandInput {
  command: string;
  text?: string;
  team?: string;
  channel?: string;
  user?: string;
  userName?: string;
  responseUrl: string;
}

export function slashCommandFields(c: SlashCommandInput): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: c.team ?? 'T1',
    team_domain: 'fake',
    channel_id: c.channel ?? 'C1',
    channel_name: 'deals',
    user_id: c.user ?? 'U1',
    user_name: c.userName ?? 'ana',
    command: c.command.startsWith('/') ? c.command : `/${c.command}`,
    text: c.text ?? '',
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: c.responseUrl,
    trigger_id: `trigger-${randomUUID()}`,
  };
}

export function slashCommandBody(c: SlashCommandInput): string {
  return new URLSearchParams(slashCommandFields(c)).toString();
}

let eventCounter = 0;
export function eventCallback(
  event: Record<string, unknown>,
  opts: { team?: string; eventId?: string } = {},
) {
  eventCounter += 1;
  return {
    token: 'legacy-verification-token',
    team_id: opts.team ?? 'T1',
    api_app_id: 'A1',
    event,
    type: 'event_callback',
    event_id: opts.eventId ?? `Ev${Date.now()}${eventCounter}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: opts.team ?? 'T1', user_id: 'UBOT', is_bot: true }],
  };
}
