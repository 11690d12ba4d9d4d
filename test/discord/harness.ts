/** Starts the fake Discord and the real adapter (real discord.js client) against it. */
import {
  startDiscord,
  type DiscordAdapter,
  type DiscordAdapterOptions,
} from '../../adapters/discord/index.js';
import type { BotCore } from '../../src/bot/types.js';
import { setLogLevel } from '../../src/log.js';
import { FakeDiscord, type FakeDiscordOptions } from './fake-discord.js';

setLogLevel((process.env.DEALDESK_LOG_LEVEL as 'warn' | undefined) ?? 'silent');

export interface Harness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  stop(): Promise<void>;
}

export async function startHarness(
  core: BotCore,
  opts: DiscordAdapterOptions & { fake?: FakeDiscordOptions } = {},
): Promise<Harness> {
  const fake = await new FakeDiscord(opts.fake).start();
  const adapter = await startDiscord(
    { DISCORD_TOKEN: 'test-token-abcdef', DISCORD_API_URL: fake.apiUrl },
    core,
    {
      installSignalHandlers: false,
      ...opts,
      rest: { globalRequestsPerSecond: 10_000, ...opts.rest },
    },
  );
  return {
    fake,
    adapter,
    async stop() {
      await adapter.stop();
      await fake.stop();
    },
  };
}

/** Someone @mentions the bot in the channel; resolves with the mention's id and the bot's post there. */
export async function mentionBot(h: Harness, question: string) {
  const since = h.fake.requests.length;
  const mentionId = h.fake.say({
    channelId: h.fake.channelId,
    content: `<@${h.fake.botUserId}> ${question}`,
    mentionsBot: true,
  });
  const post = await h.fake.waitForRequest(
    (r) => r.method === 'POST' && r.path === `/channels/${h.fake.channelId}/messages`,
    { since },
  );
  return { mentionId, post };
}
