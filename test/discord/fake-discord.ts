/**
 * A fake Discord on 127.0.0.1: the REST API (the routes Dealdesk uses) and a gateway that speaks
 * enough of the protocol for a real discord.js Client: HELLO, IDENTIFY → READY + GUILD_CREATE,
 * heartbeats, RESUME → RESUMED, and dispatches the tests choose (INTERACTION_CREATE, MESSAGE_CREATE).
 *
 * Every REST request is recorded; tests wait for the ones they expect. Failures (429, 403) can be
 * queued per route to see how the adapter copes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  /** Decoded path without the /api/v10 prefix and without the query, e.g. /channels/1/messages */
  path: string;
  query: URLSearchParams;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  at: number;
}

export interface InjectedFailure {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface GatewayFrame {
  op: number;
  d: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  s?: number | null;
  t?: string | null;
}

let snowflakeCounter = 0n;
/** Realistic 19-digit ids: @discordjs/rest only recognises 17–19 digit major parameters. */
export function snowflake(): string {
  snowflakeCounter += 1n;
  return (1_300_000_000_000_000_000n + snowflakeCounter * 4096n).toString();
}

export const PERMISSIONS = {
  ManageChannels: 1n << 4n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  Member: (1n << 10n) | (1n << 11n) | (1n << 31n) /* UseApplicationCommands */,
};

export interface FakeDiscordOptions {
  /** Application flags reported by GET /applications/@me (1<<19: MessageContent intent enabled). */
  applicationFlags?: number;
  /** Close code used when the intents in IDENTIFY include a privileged one the app lacks. */
  enforcePrivilegedIntents?: boolean;
}

const MESSAGE_CONTENT_INTENT = 1 << 15;
export const APP_FLAG_MESSAGE_CONTENT = 1 << 19;

export class FakeDiscord {
  readonly applicationId = snowflake();
  readonly botUserId = this.applicationId;
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly otherChannelId = snowflake();
  readonly ownerId = snowflake();
  /** A server role granting Manage Channels (give it to a message author with `say({ roles })`). */
  readonly managerRoleId = snowflake();
  /** The server's system channel (where admin notices go), or null to make the bot DM the owner. */
  systemChannelId: string | null = null;
  readonly requests: RecordedRequest[] = [];
  /** Called synchronously for every request as it arrives (benchmarks time callbacks with these). */
  readonly listeners: Array<(r: RecordedRequest) => void> = [];
  readonly frames: GatewayFrame[] = [];
  /** Registered application commands: key "global" or a guild id. */
  readonly commands = new Map<string, any[]>(); // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly threads = new Map<string, { id: string; parent_id: string; name: string }>();
  readonly messages = new Map<string, any>(); // eslint-disable-line @typescript-eslint/no-explicit-any
  applicationFlags: number;
  identifyCount = 0;
  resumeCount = 0;
  lastIdentify: any = null; // eslint-disable-line @typescript-eslint/no-explicit-any
  lastResume: any = null; // eslint-disable-line @typescript-eslint/no-explicit-any

  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  private seq = 0;
  private sessionId = `session-${snowflake()}`;
  private failures: Array<{ method: string; match: RegExp; failure: InjectedFailure }> = [];
  private waiters: Array<() => void> = [];
  private enforcePrivileged: boolean;
  private interactionCounter = 0;
  port = 0;

  constructor(opts: FakeDiscordOptions = {}) {
    this.applicationFlags = opts.applicationFlags ?? APP_FLAG_MESSAGE_CONTENT;
    this.enforcePrivileged = opts.enforcePrivilegedIntents ?? true;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handleHttp(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      this.wss!.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.terminate();
    this.wss?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  // ---- test controls ----------------------------------------------------------------------------

  /** The next request matching method + path regex fails with this response (once per call). */
  failNext(method: string, match: RegExp, failure: InjectedFailure): void {
    this.failures.push({ method, match, failure });
  }

  /** Resolves with the first recorded request (from `since` on) matching the predicate. */
  async waitForRequest(
    predicate: (r: RecordedRequest) => boolean,
    { since = 0, timeoutMs = 5000 }: { since?: number; timeoutMs?: number } = {},
  ): Promise<RecordedRequest> {
    return this.waitUntil(() => this.requests.slice(since).find(predicate), timeoutMs, 'request');
  }

  async waitUntil<T>(check: () => T | undefined | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = check();
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`fake discord: timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Closes the gateway socket abruptly (like a network drop): the client should RESUME. */
  dropConnection(code = 4000): void {
    this.socket?.close(code, 'dropped by test');
  }

  get connected(): boolean {
    return this.socket?.readyState === 1;
  }

  dispatch(t: string, d: unknown): void {
    this.send({ op: 0, t, s: ++this.seq, d });
  }

  user(id: string, name: string, bot = false) {
    return { id, username: name, global_name: name, discriminator: '0', avatar: null, bot };
  }

  member(userId: string, name: string, permissions: bigint) {
    return {
      user: this.user(userId, name),
      roles: [],
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      permissions: permissions.toString(),
    };
  }

  channelObject(id: string) {
    const thread = this.threads.get(id);
    if (thread)
      return {
        id,
        type: 11,
        guild_id: this.guildId,
        parent_id: thread.parent_id,
        name: thread.name,
        owner_id: this.botUserId,
        thread_metadata: {
          archived: false,
          auto_archive_duration: 1440,
          archive_timestamp: new Date().toISOString(),
          locked: false,
        },
        message_count: 0,
        member_count: 1,
        flags: 0,
      };
    return {
      id,
      type: 0,
      guild_id: this.guildId,
      name: id === this.channelId ? 'deals' : 'other',
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      flags: 0,
    };
  }

  /**
   * Sends an INTERACTION_CREATE for a chat-input command. `options` is Discord's raw option tree.
   * Returns the interaction id and token, to find its callback.
   */
  interact(opts: {
    type?: 2 | 3 | 4;
    name?: string;
    options?: unknown[];
    channelId?: string;
    userId?: string;
    userName?: string;
    permissions?: bigint;
    customId?: string;
    message?: unknown;
  }): { id: string; token: string } {
    const id = snowflake();
    const token = `itoken-${++this.interactionCounter}-${id}`;
    const channelId = opts.channelId ?? this.channelId;
    this.interactionChannels.set(token, channelId);
    if (opts.message) this.originals.set(token, (opts.message as { id: string }).id);
    const type = opts.type ?? 2;
    const permissions = opts.permissions ?? PERMISSIONS.Member;
    const member = this.member(opts.userId ?? snowflake(), opts.userName ?? 'analyst', permissions);
    // A message an interaction's response creates names that interaction, as Discord's do.
    this.interactionMetadata.set(token, {
      id,
      type,
      user: member.user,
      authorizing_integration_owners: { '0': this.guildId },
    });
    const data =
      type === 3
        ? { custom_id: opts.customId, component_type: 2 }
        : { id: snowflake(), name: opts.name, type: 1, options: opts.options ?? [] };
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: this.applicationId,
      type,
      data,
      guild_id: this.guildId,
      channel_id: channelId,
      channel: this.channelObject(channelId),
      member,
      token,
      version: 1,
      app_permissions: ((1n << 50n) - 1n).toString(),
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      ...(opts.message ? { message: opts.message } : {}),
    });
    return { id, token };
  }

  /** Sends a MESSAGE_CREATE as if a person typed in the channel or thread. */
  say(opts: {
    channelId: string;
    content: string;
    userId?: string;
    bot?: boolean;
    mentionsBot?: boolean;
    referenceMessageId?: string;
    /** The author's role ids (permissions come from roles: MESSAGE_CREATE members carry none). */
    roles?: string[];
  }): string {
    const id = snowflake();
    const userId = opts.userId ?? snowflake();
    const message = {
      id,
      type: opts.referenceMessageId ? 19 : 0,
      channel_id: opts.channelId,
      // Discord sends the channel's type with MESSAGE_CREATE; discord.js needs it for uncached threads.
      channel_type: this.threads.has(opts.channelId) ? 11 : 0,
      guild_id: this.guildId,
      author: this.user(userId, opts.bot ? 'some-bot' : 'analyst', opts.bot ?? false),
      member: {
        roles: opts.roles ?? [],
        joined_at: '2024-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
      },
      content: opts.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: opts.mentionsBot ? [this.user(this.botUserId, 'Dealdesk', true)] : [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      flags: 0,
      ...(opts.referenceMessageId
        ? {
            message_reference: {
              type: 0,
              message_id: opts.referenceMessageId,
              channel_id: opts.channelId,
              guild_id: this.guildId,
            },
            // Discord sends the replied-to message along (null when it cannot load it).
            referenced_message: this.messages.get(opts.referenceMessageId) ?? null,
          }
        : {}),
    };
    // Kept like any message, so replies to it carry it (referenced_message) and GET finds it.
    this.messages.set(id, message);
    this.dispatch('MESSAGE_CREATE', message);
    return id;
  }

  // ---- gateway ----------------------------------------------------------------------------------

  private send(frame: GatewayFrame): void {
    this.socket?.send(JSON.stringify(frame));
  }

  private onSocket(ws: WebSocket): void {
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as GatewayFrame;
      this.frames.push(frame);
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11, d: null }));
      else if (frame.op === 2) this.onIdentify(ws, frame.d);
      else if (frame.op === 6) this.onResume(ws, frame.d);
      this.wake();
    });
  }

  private onIdentify(ws: WebSocket, d: { intents: number }): void {
    this.identifyCount += 1;
    this.lastIdentify = d;
    const privileged = (d.intents & MESSAGE_CONTENT_INTENT) !== 0;
    const allowed = (this.applicationFlags & (APP_FLAG_MESSAGE_CONTENT | (1 << 18))) !== 0;
    if (this.enforcePrivileged && privileged && !allowed) {
      ws.close(4014, 'Disallowed intent(s).');
      return;
    }
    this.seq = 0;
    this.sessionId = `session-${snowflake()}`;
    this.dispatch('READY', {
      v: 10,
      user: { ...this.user(this.botUserId, 'Dealdesk', true), verified: true, flags: 0 },
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: this.sessionId,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway/resume`,
      shard: [0, 1],
      application: { id: this.applicationId, flags: this.applicationFlags },
    });
    this.dispatch('GUILD_CREATE', {
      id: this.guildId,
      name: 'Deal Room',
      icon: null,
      owner_id: this.ownerId,
      unavailable: false,
      member_count: 3,
      large: false,
      features: [],
      roles: [
        {
          id: this.guildId,
          name: '@everyone',
          permissions: PERMISSIONS.Member.toString(),
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
        {
          id: this.managerRoleId,
          name: 'Managers',
          permissions: (PERMISSIONS.Member | PERMISSIONS.ManageChannels).toString(),
          position: 1,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      members: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      channels: [this.channelObject(this.channelId), this.channelObject(this.otherChannelId)],
      threads: [...this.threads.keys()].map((id) => this.channelObject(id)),
      joined_at: '2024-01-01T00:00:00.000Z',
      preferred_locale: 'en-US',
      premium_tier: 0,
      system_channel_id: this.systemChannelId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
    });
  }

  private onResume(_ws: WebSocket, d: { session_id: string; seq: number }): void {
    this.resumeCount += 1;
    this.lastResume = d;
    this.send({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} });
  }

  // ---- REST -------------------------------------------------------------------------------------

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const method = req.method ?? 'GET';
    let body: unknown = null;
    if (raw && String(req.headers['content-type'] ?? '').includes('json')) body = JSON.parse(raw);
    const recorded: RecordedRequest = { method, path, query: url.searchParams, body, at: Date.now() };
    this.requests.push(recorded);
    for (const listener of this.listeners) listener(recorded);
    this.wake();

    const failureIndex = this.failures.findIndex((f) => f.method === method && f.match.test(path));
    if (failureIndex >= 0) {
      const { failure } = this.failures.splice(failureIndex, 1)[0]!;
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      res.end(JSON.stringify(failure.body ?? {}));
      return;
    }
    const [status, payload] = this.route(method, path, body as Record<string, unknown>, url.searchParams);
    if (status === 204) {
      res.writeHead(204);
      res.end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(payload));
  }

  private messageObject(channelId: string, body: Record<string, unknown> | null, id = snowflake()) {
    const message = {
      id,
      type: 0,
      channel_id: channelId,
      guild_id: this.guildId,
      author: this.user(this.botUserId, 'Dealdesk', true),
      content: (body?.content as string) ?? '',
      embeds: (body?.embeds as unknown[]) ?? [],
      components: (body?.components as unknown[]) ?? [],
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      flags: (body?.flags as number) ?? 0,
      application_id: this.applicationId,
      ...(body?.message_reference ? { message_reference: body.message_reference } : {}),
      ...(body?.interaction_metadata ? { interaction_metadata: body.interaction_metadata } : {}),
    };
    this.messages.set(id, message);
    return message;
  }

  /** The message posted by an interaction's first response, by interaction token. */
  readonly originals = new Map<string, string>();
  private readonly interactionChannels = new Map<string, string>();
  private readonly interactionMetadata = new Map<string, Record<string, unknown>>();

  /** Presses a button on a message the bot posted. */
  pressButton(messageId: string, customId: string, opts: { userId?: string } = {}) {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`fake discord: no message ${messageId}`);
    return this.interact({ type: 3, customId, message, channelId: message.channel_id, userId: opts.userId });
  }

  private route(
    method: string,
    path: string,
    body: Record<string, unknown>,
    query: URLSearchParams,
  ): [number, unknown] {
    let m: RegExpMatchArray | null;
    if (method === 'GET' && path === '/gateway/bot')
      return [
        200,
        {
          url: `ws://127.0.0.1:${this.port}/gateway`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      ];
    if (method === 'GET' && path === '/applications/@me')
      return [
        200,
        { id: this.applicationId, name: 'Dealdesk', flags: this.applicationFlags, bot_public: true },
      ];

    if ((m = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands(?:\/(\d+))?$/)))
      return this.commandsRoute(method, m[2] ?? 'global', m[3], body);

    if ((m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      const token = m[2]!;
      const type = body.type as number;
      const data = (body.data ?? {}) as Record<string, unknown>;
      let message: unknown = null;
      if (type === 7) {
        const id = this.originals.get(token)!;
        message = this.messageObject(
          this.interactionChannels.get(token)!,
          { ...this.messages.get(id), ...data },
          id,
        );
      }
      if (type === 4 || type === 5) {
        message = this.messageObject(this.interactionChannels.get(token) ?? this.channelId, {
          ...(type === 4 ? data : {}),
          interaction_metadata: this.interactionMetadata.get(token),
        });
        this.originals.set(token, (message as { id: string }).id);
      }
      if (query.get('with_response') === 'true')
        return [200, { interaction: { id: m[1], type: 2 }, resource: { type, message } }];
      return [204, null];
    }
    if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/))) {
      const id = this.originals.get(m[2]!) ?? snowflake();
      if (method === 'DELETE') return [204, null];
      const channel = this.interactionChannels.get(m[2]!) ?? this.channelId;
      const previous = this.messages.get(id);
      return [200, this.messageObject(channel, { ...(previous ?? {}), ...body }, id)];
    }
    if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)$/)) && method === 'POST')
      return [200, this.messageObject(this.interactionChannels.get(m[2]!) ?? this.channelId, body)];

    if ((m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/)) && method === 'POST') {
      const [, parent, messageId] = m as unknown as [string, string, string];
      if (this.threads.has(messageId))
        return [400, { code: 160004, message: 'A thread has already been created for this message' }];
      const thread = { id: messageId, parent_id: parent, name: String(body.name ?? 'thread') };
      this.threads.set(messageId, thread);
      const channel = this.channelObject(messageId);
      this.dispatch('THREAD_CREATE', { ...channel, newly_created: true });
      return [201, channel];
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages$/)) && method === 'POST')
      return [200, this.messageObject(m[1]!, body)];
    if ((m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/)) && method === 'GET') {
      const found = this.messages.get(m[2]!);
      return found?.channel_id === m[1] ? [200, found] : [404, { code: 10008, message: 'Unknown Message' }];
    }
    if ((m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/)) && method === 'PATCH')
      return [200, this.messageObject(m[1]!, { ...this.messages.get(m[2]!), ...body }, m[2]!)];
    if ((m = path.match(/^\/channels\/(\d+)$/)) && method === 'GET') return [200, this.channelObject(m[1]!)];
    if ((m = path.match(/^\/channels\/(\d+)\/typing$/)) && method === 'POST') return [204, null];
    if (method === 'POST' && path === '/users/@me/channels')
      return [
        200,
        {
          id: `9${String(body.recipient_id).slice(1)}`,
          type: 1,
          recipients: [this.user(String(body.recipient_id), 'owner')],
        },
      ];
    return [404, { code: 0, message: `fake discord: no route ${method} ${path}` }];
  }

  private commandsRoute(
    method: string,
    scope: string,
    id: string | undefined,
    body: Record<string, unknown>,
  ): [number, unknown] {
    const list = this.commands.get(scope) ?? [];
    this.commands.set(scope, list);
    const stamp = (c: Record<string, unknown>, existingId?: string) => ({
      ...c,
      id: existingId ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type: c.type ?? 1,
      default_member_permissions: c.default_member_permissions ?? null,
      ...(scope === 'global' ? {} : { guild_id: scope }),
    });
    if (method === 'GET' && !id) return [200, list];
    if (method === 'PUT' && !id) {
      const next = (body as unknown as Record<string, unknown>[]).map((c) =>
        stamp(c, list.find((e) => e.name === c.name)?.id),
      );
      this.commands.set(scope, next);
      return [200, next];
    }
    if (method === 'POST' && !id) {
      const existing = list.findIndex((c) => c.name === body.name);
      const created = stamp(body, existing >= 0 ? list[existing].id : undefined);
      if (existing >= 0) list[existing] = created;
      else list.push(created);
      return [existing >= 0 ? 200 : 201, created];
    }
    const index = list.findIndex((c) => c.id === id);
    if (index < 0) return [404, { code: 10063, message: 'Unknown application command' }];
    if (method === 'PATCH') {
      list[index] = stamp({ ...list[index], ...body }, id);
      return [200, list[index]];
    }
    if (method === 'DELETE') {
      list.splice(index, 1);
      return [204, null];
    }
    return [200, list[index]];
  }
}
