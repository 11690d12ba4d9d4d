/**
 * The Discord adapter: a discord.js gateway client that turns slash commands, autocomplete, the
 * "Follow up" button and thread messages into core calls, and renders the core's outcomes as embeds.
 *
 *   const discord = await startDiscord(config, core);
 *   discord.events.on('channelLost', ({ channelId, code }) => pauseSubscriptions(channelId, code));
 *   await discord.post('discord:G:C', outcome);   // scheduled posts share the outbound queue
 *   await discord.stop();
 */
import { EventEmitter } from 'node:events';
import {
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
  Partials,
  PermissionFlagsBits,
  REST,
  Routes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type ThreadChannel,
  type RESTOptions,
} from 'discord.js';
import type { Config } from '../../src/config/env.js';
import type { SendResult } from '../../src/delivery/outbound-queue.js';
import { PermanentSendError, TransientSendError, posters, type Poster } from '../../src/delivery/poster.js';
import { createLogger, registerSecrets } from '../../src/log.js';
import type { BotCore, FollowUpSubject, Outcome } from '../../src/bot/types.js';
import {
  channelIdOf,
  inboundCommand,
  inboundMessage,
  parseChannelId,
  mentionAsAsk,
  placeOf,
  rerunOf,
  stripBotMention,
  threadIdOf,
} from './inbound.js';
import {
  createDiscordOutbound,
  rejectQueuedRateLimits,
  type DiscordDeliveryFailure,
  type PostedMessage,
} from './outbound.js';
import {
  FOLLOW_UP_BUTTON_ID,
  carriedCommandOf,
  followUpButtonId,
  isFollowUpButton,
  type CarriedCommand,
} from './follow-up-button.js';
import {
  plainMessage,
  renderOutcome,
  truncate,
  type DiscordMessagePayload,
  type RenderOptions,
} from './render.js';

const log = createLogger('discord');

/** Application flags meaning the privileged MessageContent intent is enabled for this bot. */
const APP_FLAG_MESSAGE_CONTENT = 1 << 19;
const APP_FLAG_MESSAGE_CONTENT_LIMITED = 1 << 18;

export interface DiscordAdapterOptions {
  /** Ask for the MessageContent intent: true, false, or 'auto' (when the application has it). */
  messageContent?: boolean | 'auto';
  /** Reply directly when the core answers within this; otherwise defer, then edit. Default 1,500 ms. */
  deferAfterMs?: number;
  /** Autocomplete gives up (empty list) after this. Default 2,000 ms (Discord allows 3 s). */
  autocompleteTimeoutMs?: number;
  /** Extra @discordjs/rest options (tests raise globalRequestsPerSecond). */
  rest?: Partial<RESTOptions>;
  /** Destroy the client on SIGTERM/SIGINT. Default true. */
  installSignalHandlers?: boolean;
  /** Wait at most this long for the gateway to be ready. Default 30 s. */
  readyTimeoutMs?: number;
  /** Register `poster` in the process-wide poster registry (digests, alerts). Default true. */
  registerPoster?: boolean;
}

export interface ChannelLost {
  channelId: string;
  /** missing_access, missing_permissions, channel_not_found, thread_archived */
  code: string;
  failure: DiscordDeliveryFailure;
}

export interface DiscordAdapterEvents {
  /** The bot can no longer post in a channel: pause its subscriptions and tell an admin. */
  channelLost: [ChannelLost];
  /** Any post that could not be delivered (including channelLost ones). */
  deliveryFailure: [DiscordDeliveryFailure];
  /** A queued post hit a 429 and waits `retryAfterMs` before the same message is retried. */
  rateLimited: [{ channelId: string; retryAfterMs: number }];
}

export interface DiscordAdapter {
  client: Client<true>;
  /** Whether thread follow-ups arrive as plain messages (else users use /ask in the thread). */
  messageContent: boolean;
  events: EventEmitter<DiscordAdapterEvents>;
  /**
   * Posts an outcome to a channel or thread id through the shared outbound queue, as a reply to the
   * raw message id `replyTo` when given.
   */
  post(channelId: string, outcome: Outcome, replyTo?: string): Promise<SendResult<PostedMessage>>;
  /** The digest/alert port: throws PermanentSendError when the bot lost the channel. */
  poster: Poster;
  /** Stops taking events, drains the queue (bounded) and disconnects. Idempotent. */
  stop(): Promise<void>;
}

const TIMEOUT = Symbol('timeout');
/** A timer that can be cleared once the race it is in is decided (no stray timers per command). */
function cancellableSleep<T>(ms: number, value: T): { promise: Promise<T>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(value), ms);
    timer.unref?.();
  });
  return { promise, cancel: () => clearTimeout(timer) };
}
/** A thread is named after the answer it starts from (its embed title, unescaped), else "Follow-up". */
function threadNameFor(answer: Message | undefined): string {
  const title = answer?.embeds[0]?.title?.replace(/\\(.)/g, '$1').trim();
  return title ? truncate(title, 100) : 'Follow-up';
}

const FRIENDLY_ERROR = 'Sorry, something went wrong while answering. Please try again in a moment.';

/** discord.js wants camelCase `allowedMentions`; our payloads are API-shaped for the queue. */
function forDiscordJs(payload: DiscordMessagePayload) {
  return {
    content: payload.content || undefined,
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: { parse: [] },
  };
}

/**
 * The key an answer's follow-up subject is kept under until its thread exists, when the answer was
 * an interaction's first response: the callback does not return the message (asking for it with
 * `with_response` makes every reply wait for a bigger response), and the message names its
 * interaction (`interaction_metadata`) when someone later follows it up.
 */
const interactionKey = (interactionId: string) => `discord:interaction:${interactionId}`;

/** The API body of a message payload: empty content is left out, flags only when set. */
function callbackData(payload: DiscordMessagePayload, flags: number) {
  const { content, ...rest } = payload;
  return { ...(content ? { content } : {}), ...rest, ...(flags ? { flags } : {}) };
}

/** The JSON of an interaction's first response carrying `payload`. */
function callbackJson(payload: DiscordMessagePayload, ephemeral: boolean): string {
  return JSON.stringify({
    type: InteractionResponseType.ChannelMessageWithSource,
    data: callbackData(payload, ephemeral ? MessageFlags.Ephemeral : 0),
  });
}

/**
 * Callback bodies of answers, serialized once per outcome and variant: a kept reply is the same
 * outcome object each time, so a repeated command sends the same string instead of rebuilding it.
 */
const answerBodies = new WeakMap<Outcome, Map<string, string>>();
function answerCallbackJson(outcome: Outcome, opts: RenderOptions, ephemeral: boolean): string {
  const button = opts.followUpButton ? (opts.followUpButtonId ?? FOLLOW_UP_BUTTON_ID) : '';
  const variant = `${button}|${opts.plainOnly ? 'p' : ''}${ephemeral ? 'e' : ''}`;
  let byVariant = answerBodies.get(outcome);
  if (!byVariant) answerBodies.set(outcome, (byVariant = new Map()));
  let json = byVariant.get(variant);
  if (json === undefined)
    byVariant.set(variant, (json = callbackJson(renderOutcome(outcome, opts), ephemeral)));
  return json;
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };

function discordCode(err: unknown): number | string | null {
  return err instanceof DiscordAPIError ? err.code : null;
}

async function detectMessageContent(rest: REST, setting: boolean | 'auto'): Promise<boolean> {
  if (setting !== 'auto') return setting;
  try {
    const app = (await rest.get(Routes.currentApplication())) as { flags?: number };
    return ((app.flags ?? 0) & (APP_FLAG_MESSAGE_CONTENT | APP_FLAG_MESSAGE_CONTENT_LIMITED)) !== 0;
  } catch (err) {
    log.warn('could not read the application flags; starting without the MessageContent intent', err);
    return false;
  }
}

export async function startDiscord(
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_API_URL'>,
  core: BotCore,
  options: DiscordAdapterOptions = {},
): Promise<DiscordAdapter> {
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('DISCORD_TOKEN is not set: the Discord adapter cannot start.');
  registerSecrets([token]);
  const deferAfterMs = options.deferAfterMs ?? 1500;
  const autocompleteTimeoutMs = options.autocompleteTimeoutMs ?? 2000;
  const restOptions: Partial<RESTOptions> = {
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL.replace(/\/+$/, '') } : {}),
    rejectOnRateLimit: rejectQueuedRateLimits,
    ...options.rest,
  };

  const probe = new REST(restOptions).setToken(token);
  let messageContent = await detectMessageContent(probe, options.messageContent ?? 'auto');
  probe.clearHashSweeper();
  probe.clearHandlerSweeper();

  const events = new EventEmitter<DiscordAdapterEvents>();
  let client = buildClient(messageContent);
  try {
    await login(client);
  } catch (err) {
    // Close code 4014: the intent is not enabled for this application after all. Run without it.
    if (messageContent && /disallowed intent/i.test(String((err as Error).message))) {
      log.warn('MessageContent intent refused by Discord; follow-ups will need /ask in threads');
      await client.destroy();
      messageContent = false;
      client = buildClient(false);
      await login(client);
    } else {
      await client.destroy();
      throw err;
    }
  }
  const ready = client as Client<true>;
  log.info(
    `connected as ${ready.user.tag} (${messageContent ? 'with' : 'without'} the MessageContent intent)`,
  );

  const outbound = createDiscordOutbound(ready.rest, {
    onFailure(failure) {
      log.warn(`could not post in ${failure.channel}: ${failure.reason} (${failure.code})`);
      events.emit('deliveryFailure', failure);
      if (
        failure.reason === 'permanent' &&
        /^(missing_|channel_not_found|thread_archived)/.test(failure.code)
      )
        events.emit('channelLost', { channelId: failure.channel, code: failure.code, failure });
    },
    onRateLimited(channel, ms) {
      log.info(`rate limited in ${channel}: waiting ${ms} ms`);
      events.emit('rateLimited', { channelId: channel, retryAfterMs: ms });
    },
  });

  /**
   * Subjects of recent public answers, by message id or interaction key, so following one up does
   * not need the store. Answers whose Follow up button carries their command
   * (follow-up-button.ts) keep nothing else: after a restart the command is run again. The others
   * are also stored (under `storeKey`: the future thread id, or the interaction key).
   */
  const recentSubjects = new Map<string, FollowUpSubject>();
  const rememberAnswer = async (key: string, subject: FollowUpSubject, storeKey: string | null) => {
    recentSubjects.set(key, subject);
    if (recentSubjects.size > 5000) recentSubjects.delete(recentSubjects.keys().next().value!);
    if (storeKey) await core.rememberThread(storeKey, subject);
  };

  /** The command the answer's Follow up button carries, if any. */
  function carriedBy(answer: Message): CarriedCommand | null {
    for (const row of answer.components)
      for (const part of 'components' in row ? row.components : [])
        if ('customId' in part && part.customId && isFollowUpButton(part.customId))
          return carriedCommandOf(part.customId);
    return null;
  }

  /**
   * The subject of one of our answers, now that a thread (`threadId`) grows from it: remembered
   * under the thread id from then on, so the thread's questions find it directly. A thread that
   * already has a subject keeps it (its questions may have moved it on: "and PLTR?").
   */
  async function linkAnswerThread(answer: Message | null | undefined, threadId: string) {
    if (!answer || answer.author.id !== ready.user.id) return null;
    const existing = await core.recallThread(threadId);
    if (existing) return existing;
    const viaInteraction = answer.interactionMetadata ? interactionKey(answer.interactionMetadata.id) : null;
    let subject =
      recentSubjects.get(answer.id) ??
      (viaInteraction ? recentSubjects.get(viaInteraction) : undefined) ??
      (viaInteraction ? await core.recallThread(viaInteraction) : null);
    if (!subject) {
      const carried = carriedBy(answer);
      if (carried) subject = (await core.handleCommand(rerunOf(carried, answer))).followUp ?? null;
    }
    if (subject) await core.rememberThread(threadId, subject);
    return subject;
  }

  /**
   * Thread ids already looked up on their first message: a thread someone opened by hand on an
   * answer learns its subject from its starter message once, other threads cost one look-up.
   */
  const checkedThreads = new Set<string>();
  async function linkThreadOnce(thread: ThreadChannel, threadId: string): Promise<void> {
    if (checkedThreads.has(threadId)) return;
    checkedThreads.add(threadId);
    if (checkedThreads.size > 5000) checkedThreads.delete(checkedThreads.values().next().value!);
    await linkAnswerThread(await thread.fetchStarterMessage().catch(() => null), threadId);
  }

  function buildClient(withMessageContent: boolean): Client {
    const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
    if (withMessageContent) intents.push(GatewayIntentBits.MessageContent);
    const c = new Client({
      intents,
      // Thread messages arrive for threads not in the cache (created before a restart).
      partials: [Partials.Channel],
      rest: restOptions,
      allowedMentions: { parse: [] },
    });
    c.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction));
    c.on(Events.MessageCreate, (message) => void onMessage(message));
    c.on(Events.Error, (err) => log.error('client error', err));
    c.on(Events.ShardResume, () => log.info('gateway session resumed'));
    c.on(Events.ShardDisconnect, (ev) => log.warn(`gateway disconnected (code ${ev.code})`));
    return c;
  }

  async function login(c: Client): Promise<void> {
    const readyPromise = new Promise<void>((resolve) => c.once(Events.ClientReady, () => resolve()));
    await c.login(token);
    const giveUp = cancellableSleep(options.readyTimeoutMs ?? 30_000, TIMEOUT);
    const outcome = await Promise.race([readyPromise, giveUp.promise]);
    giveUp.cancel();
    if (outcome === TIMEOUT) throw new Error('Discord gateway did not become ready in time');
  }

  // ---- interactions -----------------------------------------------------------------------------

  async function onInteraction(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isChatInputCommand()) await onCommand(interaction);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
      else if (interaction.isButton()) await onButton(interaction);
    } catch (err) {
      log.error(`interaction ${interaction.id} failed`, err);
    }
  }

  /**
   * Answers an interaction with its first response straight through REST. Our payloads are already
   * API-shaped: going through `interaction.reply` would convert them to discord.js' camelCase and
   * back (MessagePayload, snake-casing, lazy requires) on the path every answer waits for.
   */
  async function replyNow(
    interaction: ChatInputCommandInteraction,
    json: string,
    { ephemeral = false } = {},
  ): Promise<void> {
    await ready.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
      body: json,
      passThroughBody: true,
      headers: JSON_HEADERS,
      auth: false,
    });
    // Keep discord.js' view of the interaction right for anything that follows (followUp, editReply).
    interaction.replied = true;
    interaction.ephemeral = ephemeral;
  }

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const cmd = inboundCommand(interaction);
    const work = core.handleCommand(cmd).then(
      (outcome) => ({ outcome }),
      (error: unknown) => ({ error }),
    );
    const deadline = cancellableSleep(deferAfterMs, TIMEOUT);
    const first = await Promise.race([work, deadline.promise]);
    deadline.cancel();
    let deferred = false;
    if (first === TIMEOUT) {
      await interaction.deferReply();
      deferred = true;
    }
    const result = first === TIMEOUT ? await work : first;
    if ('error' in result) {
      log.error(`/${cmd.command} failed`, result.error);
      const payload = plainMessage(FRIENDLY_ERROR);
      if (deferred) {
        await interaction.deleteReply().catch(() => undefined);
        await interaction.followUp({ ...forDiscordJs(payload), flags: MessageFlags.Ephemeral });
      } else await replyNow(interaction, callbackJson(payload, true), { ephemeral: true });
      return;
    }
    const { outcome } = result;
    const isPublic = outcome.visibility === 'public';
    const canEmbed = interaction.appPermissions?.has(PermissionFlagsBits.EmbedLinks) ?? true;
    const buttonId = isPublic && outcome.followUp && cmd.threadId === null ? followUpButtonId(cmd) : null;
    const renderOptions: RenderOptions = {
      followUpButton: !!buttonId,
      ...(buttonId ? { followUpButtonId: buttonId } : {}),
      plainOnly: !canEmbed,
    };
    if (!deferred) {
      await replyNow(interaction, answerCallbackJson(outcome, renderOptions, !isPublic), {
        ephemeral: !isPublic,
      });
    } else if (!isPublic) {
      // A deferred reply is public; an ephemeral answer replaces it as an ephemeral follow-up.
      await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp({
        ...forDiscordJs(renderOutcome(outcome, renderOptions)),
        flags: MessageFlags.Ephemeral,
      });
    }
    if (!isPublic) return;
    const messageId = deferred
      ? (await interaction.editReply(forDiscordJs(renderOutcome(outcome, renderOptions)))).id
      : null;

    // After the callback: nothing the user waits for.
    const subject = outcome.followUp;
    if (!subject) return;
    // In a thread the answer continues that thread.
    if (cmd.threadId) return core.rememberThread(cmd.threadId, subject);
    // Elsewhere it waits for its thread, known by its message id when the edit told us it, else by
    // its interaction (the message names it); stored only when the button cannot carry the command.
    const key = messageId ?? interactionKey(interaction.id);
    const storeKey =
      buttonId !== FOLLOW_UP_BUTTON_ID
        ? null
        : messageId
          ? threadIdOf(interaction.guildId, interaction.channelId, messageId)
          : key;
    await rememberAnswer(key, subject, storeKey);
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const place = placeOf(interaction);
    const giveUp = cancellableSleep(autocompleteTimeoutMs, [] as { name: string; value: string }[]);
    const choices = await Promise.race([
      core
        .autocomplete({
          command: interaction.commandName,
          option: focused.name,
          partial: String(focused.value ?? ''),
          channelId: place.channelId,
        })
        .catch((err: unknown) => {
          log.warn('autocomplete failed', err);
          return [];
        }),
      giveUp.promise,
    ]);
    giveUp.cancel();
    await interaction.respond(
      choices
        .slice(0, 25)
        .map((c) => ({ name: truncate(c.name, 100) || c.value, value: c.value.slice(0, 100) })),
    );
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    if (!isFollowUpButton(interaction.customId)) return;
    const answer = interaction.message;
    await interaction.deferUpdate();
    const threadName = threadNameFor(answer);
    let threadRawId: string;
    try {
      const thread = (await ready.rest.post(Routes.threads(interaction.channelId, answer.id), {
        body: { name: threadName, auto_archive_duration: 1440 },
      })) as { id: string };
      threadRawId = thread.id;
    } catch (err) {
      // 160004: someone already opened the thread; point to it instead of failing.
      if (discordCode(err) === 160004) threadRawId = answer.id;
      else {
        log.warn('could not start a follow-up thread', err);
        await interaction.followUp({
          ...forDiscordJs(
            plainMessage('I could not open a thread here (missing permission to create threads?).'),
          ),
          flags: MessageFlags.Ephemeral,
        });
        return;
      }
    }
    const threadId = threadIdOf(interaction.guildId, interaction.channelId, threadRawId);
    await linkAnswerThread(answer, threadId);
    await outbound.post(
      threadId,
      plainMessage(
        messageContent
          ? 'Ask your follow-up questions here: I answer with this deal in mind.'
          : 'Use /ask in this thread for follow-up questions: I answer with this deal in mind.',
      ),
    );
    // The answer has its thread now: the button has done its job.
    await interaction
      .editReply({ components: [] })
      .catch((err: unknown) => log.warn('could not remove the button', err));
  }

  // ---- messages: thread follow-ups (need MessageContent), replies to answers, @mentions ---------

  /** The author's permissions where the message was posted; a thread's are its parent channel's. */
  async function authorPermissions(message: Message<true>, parentId: string | null) {
    const member = message.member;
    if (!member) return null;
    const where = parentId
      ? (ready.channels.cache.get(parentId) ?? (await ready.channels.fetch(parentId).catch(() => null)))
      : message.channel;
    return where && 'permissionsFor' in where ? where.permissionsFor(member) : null;
  }

  async function onMessage(message: Message): Promise<void> {
    try {
      if (message.author.bot || message.webhookId || message.author.id === ready.user.id) return;
      if (!message.inGuild() || !message.content.trim()) return;
      let channel = message.channel;
      // An uncached thread arrives as a bare channel (Partials.Channel): fetch it to learn its parent.
      if (channel.partial || (channel.isThread() && !channel.parentId)) channel = await channel.fetch();
      const guildId = message.guildId;
      if (channel.isThread() && channel.parentId) {
        const place = {
          channelId: channelIdOf(guildId, channel.parentId),
          threadId: threadIdOf(guildId, channel.parentId, channel.id),
        };
        await linkThreadOnce(channel, place.threadId);
        const permissions = await authorPermissions(message, channel.parentId);
        const outcome = await core.handleMessage(inboundMessage(message, place, ready.user.id, permissions));
        if (outcome) await postInThread(place.threadId, outcome);
        return;
      }
      // A reply to one of our answers (or to a message Discord did not send along): open the
      // answer's thread and answer there.
      const referenced = message.reference?.messageId;
      const repliedTo = message.mentions.repliedUser?.id;
      if (referenced && (!repliedTo || repliedTo === ready.user.id)) {
        const place = {
          channelId: channelIdOf(guildId, message.channelId),
          threadId: threadIdOf(guildId, message.channelId, referenced),
        };
        const answer =
          message.channel.messages.cache.get(referenced) ??
          (await message.channel.messages.fetch(referenced).catch(() => undefined));
        await linkAnswerThread(answer, place.threadId);
        const permissions = await authorPermissions(message, null);
        const outcome = await core.handleMessage(inboundMessage(message, place, ready.user.id, permissions));
        if (!outcome) return;
        try {
          await ready.rest.post(Routes.threads(message.channelId, referenced), {
            body: { name: threadNameFor(answer), auto_archive_duration: 1440 },
          });
        } catch (err) {
          if (discordCode(err) !== 160004) throw err;
        }
        await postInThread(place.threadId, outcome);
        return;
      }
      // A mention elsewhere in a channel: answered like /ask, as a reply to the mention, with the
      // Follow up button and a remembered subject, so it can be followed up the same ways.
      if (
        !message.mentions.users.has(ready.user.id) &&
        !stripBotMention(message.content, ready.user.id).mentioned
      )
        return;
      const ask = mentionAsAsk(message, ready.user.id, await authorPermissions(message, null));
      if (!ask) return;
      const outcome = await core.handleCommand(ask);
      await adapter.post(ask.channelId, outcome, message.id);
    } catch (err) {
      log.error('message handling failed', err);
    }
  }

  async function postInThread(threadId: string, outcome: Outcome): Promise<void> {
    const result = await outbound.post(threadId, renderOutcome(outcome));
    if (result.ok && outcome.followUp) await core.rememberThread(threadId, outcome.followUp);
  }

  // ---- public surface ---------------------------------------------------------------------------

  let stopping: Promise<void> | null = null;
  const onSignal = () => void adapter.stop();
  if (options.installSignalHandlers ?? true) {
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }

  /** Tells someone who can fix a channel: the server's system channel, else a DM to the owner. */
  async function notifyAdmins(channelId: string, text: string): Promise<void> {
    const target = parseChannelId(channelId);
    const guild = target ? ready.guilds.cache.get(target.guildId) : undefined;
    if (!guild) throw new Error(`not in the server of ${channelId}`);
    let destination: string;
    if (guild.systemChannelId && guild.systemChannelId !== target?.channelId)
      destination = channelIdOf(guild.id, guild.systemChannelId);
    else destination = channelIdOf(null, (await ready.users.createDM(guild.ownerId)).id);
    const result = await outbound.post(destination, plainMessage(text));
    if (!result.ok) throw new Error(`admin notice not delivered: ${result.code}`);
  }

  const poster: Poster = {
    platform: 'discord',
    notifyAdmins,
    async post(channelId, outcome) {
      const result = await adapter.post(channelId, outcome);
      if (!result.ok) {
        if (result.reason === 'permanent')
          throw new PermanentSendError(result.code, undefined, { cause: result.error });
        throw new TransientSendError(result.code, { cause: result.error });
      }
      const target = parseChannelId(channelId)!;
      const inThread = channelId.split(':').length === 4;
      const ref = inThread ? channelId : threadIdOf(target.guildId, target.channelId, result.value.id);
      return {
        threadId: outcome.followUp || inThread ? ref : null,
        messageRef: `${channelId}#${result.value.id}`,
      };
    },
  };
  if (options.registerPoster ?? true) posters.register(poster);

  const adapter: DiscordAdapter = {
    client: ready,
    messageContent,
    events,
    poster,
    async post(channelId, outcome, replyTo) {
      const target = parseChannelId(channelId);
      const inThread = /^discord:[^:]+:[^:]+:[^:]+$/.test(channelId);
      const payload = renderOutcome(outcome, { followUpButton: !!outcome.followUp && !inThread });
      if (replyTo) payload.message_reference = { message_id: replyTo, fail_if_not_exists: false };
      const result = await outbound.post(channelId, payload);
      if (result.ok && outcome.followUp && target) {
        const threadId = inThread ? channelId : threadIdOf(target.guildId, target.channelId, result.value.id);
        await rememberAnswer(result.value.id, outcome.followUp, threadId);
      }
      return result;
    },
    stop() {
      stopping ??= (async () => {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        if (posters.forChannel('discord:x:y') === poster) posters.unregister('discord');
        await outbound.queue.close(5000);
        await ready.destroy();
        log.info('disconnected from Discord');
      })();
      return stopping;
    },
  };
  return adapter;
}

export { renderOutcome } from './render.js';
export { parseChannelId, channelIdOf, threadIdOf } from './inbound.js';
