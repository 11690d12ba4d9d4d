/** Starts a fake Slack and the real Bolt app (HTTP or Socket Mode) wired to it, on 127.0.0.1. */
import type { AddressInfo } from 'node:net';
import { createSlackApp, type SlackAdapter, type SlackDeps } from '../../adapters/slack/index.js';
import type { BotCore } from '../../src/bot/types.js';
import { parseConfig } from '../../src/config/env.js';
import { setLogLevel } from '../../src/log.js';
import type { Store } from '../../src/store/types.js';
import {
  FakeSlack,
  eventCallback,
  postSigned,
  slashCommandBody,
  type FakeSlackOptions,
  type SignOptions,
  type SlashCommandInput,
} from './fake-slack.js';

export const SIGNING_SECRET = 'test-signing-secret-123';

export interface Harness {
  fake: FakeSlack;
  adapter: SlackAdapter;
  appUrl: string;
  /** Sends a signed slash command; `responseUrl` defaults to a fresh one on the fake. */
  command(
    c: Omit<SlashCommandInput, 'responseUrl'> & { responseUrl?: string },
    sign?: SignOptions,
  ): Promise<Response>;
  /** Sends a signed event_callback; returns the body sent (for resending it as a retry). */
  event(
    event: Record<string, unknown>,
    opts?: SignOptions & { eventId?: string; team?: string },
  ): Promise<{ res: Response; body: string }>;
  resend(body: string, opts?: SignOptions): Promise<Response>;
  /** Sends a signed interactive payload (a button click), form-encoded as Slack does. */
  interaction(payload: Record<string, unknown>): Promise<Response>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  core: BotCore;
  store: Store;
  fake?: FakeSlack;
  fakeOptions?: FakeSlackOptions;
  deps?: Partial<SlackDeps>;
  socket?: boolean;
}

export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  setLogLevel('silent');
  const fake = opts.fake ?? (await new FakeSlack(opts.fakeOptions).start());
  const config = parseConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    ...(opts.socket ? { SLACK_APP_TOKEN: 'xapp-test-token' } : {}),
    SLACK_API_URL: fake.url,
    PORT: '0',
  });
  const adapter = createSlackApp(config, opts.core, {
    store: opts.store,
    port: 0,
    host: '127.0.0.1',
    botId: fake.botId,
    botUserId: fake.botUserId,
    tokenVerificationEnabled: false,
    clientOptions: { retryConfig: { retries: 0 } },
    queue: { intervalMs: 10, burst: 5, maxRetries: 1 },
    clientPingTimeout: 30_000,
    ...opts.deps,
  });
  const before = fake.socketCount;
  const server = await adapter.start();
  if (opts.socket) await fake.waitFor(() => fake.socketCount > before);
  const appUrl = server ? `http://127.0.0.1:${(server.address() as AddressInfo).port}` : '';
  const endpoint = `${appUrl}/slack/events`;

  return {
    fake,
    adapter,
    appUrl,
    command(c, sign) {
      const body = slashCommandBody({ ...c, responseUrl: c.responseUrl ?? fake.responseUrl() });
      return postSigned(endpoint, SIGNING_SECRET, body, 'application/x-www-form-urlencoded', sign);
    },
    async event(event, o = {}) {
      const body = JSON.stringify(eventCallback(event, { eventId: o.eventId, team: o.team }));
      const res = await postSigned(endpoint, SIGNING_SECRET, body, 'application/json', o);
      return { res, body };
    },
    resend(body, sign) {
      return postSigned(endpoint, SIGNING_SECRET, body, 'application/json', sign);
    },
    interaction(payload) {
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      return postSigned(endpoint, SIGNING_SECRET, body, 'application/x-www-form-urlencoded');
    },
    async stop() {
      await adapter.stop();
      if (!opts.fake) await fake.close();
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
