/**
 * Turns discord.js interactions and messages into the core's platform-neutral inbound events.
 * Ids follow src/bot/types.ts: discord:G, discord:G:C, discord:G:C:TH (a thread started from a
 * message has the message's id, so a posted answer's future thread id is known in advance).
 */
import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type GuildMember,
  type Message,
  type PermissionsBitField,
  type User,
} from 'discord.js';
import type { InboundCommand, InboundMessage, UserRef } from '../../src/bot/types.js';
import type { CarriedCommand } from './follow-up-button.js';

/** Mirrors SUBCOMMAND_OPTION in src/bot/command.ts: the key under which the chosen subcommand travels. */
export const SUBCOMMAND_KEY = 'subcommand';

const DM = '@me';

export const workspaceIdOf = (guildId: string | null): string => `discord:${guildId ?? DM}`;
export const channelIdOf = (guildId: string | null, channelId: string): string =>
  `discord:${guildId ?? DM}:${channelId}`;
export const threadIdOf = (guildId: string | null, parentId: string, threadId: string): string =>
  `discord:${guildId ?? DM}:${parentId}:${threadId}`;

/** "discord:G:C" → { guildId, channelId } (the raw Discord ids), or null for another platform's id. */
export function parseChannelId(id: string): { guildId: string; channelId: string } | null {
  const m = /^discord:([^:]+):([^:]+)(?::([^:]+))?$/.exec(id);
  if (!m) return null;
  // A thread id "discord:G:C:TH" posts into the thread itself.
  return { guildId: m[1]!, channelId: m[3] ?? m[2]! };
}

export function userRef(
  guildId: string | null,
  user: User,
  member: GuildMember | { nick?: string | null } | null | undefined,
  permissions: Readonly<PermissionsBitField> | null,
): UserRef {
  const nick = member && 'nick' in member ? member.nick : null;
  return {
    id: `discord:${guildId ?? DM}:${user.id}`,
    name: nick ?? user.globalName ?? user.username ?? null,
    canManageChannel: permissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
  };
}

type OptionValue = string | number | boolean;

/**
 * Flattens Discord's option tree: the subcommand (group and name) goes under `subcommand` and
 * leads the text; leaf values keep their names. Text is the values joined in order, as if typed.
 */
export function flattenOptions(data: readonly CommandInteractionOption[]): {
  options: Record<string, OptionValue>;
  text: string;
} {
  const options: Record<string, OptionValue> = {};
  const words: string[] = [];
  const subcommandPath: string[] = [];
  const visit = (list: readonly CommandInteractionOption[]) => {
    for (const opt of list) {
      if (
        opt.type === ApplicationCommandOptionType.Subcommand ||
        opt.type === ApplicationCommandOptionType.SubcommandGroup
      ) {
        subcommandPath.push(opt.name);
        words.push(opt.name);
        visit(opt.options ?? []);
        continue;
      }
      const value = opt.value;
      if (value === undefined || value === null) continue;
      options[opt.name] = value;
      words.push(typeof value === 'boolean' ? `${opt.name}:${value}` : String(value));
    }
  };
  visit(data);
  if (subcommandPath.length) options[SUBCOMMAND_KEY] = subcommandPath.join(' ');
  return { options, text: words.join(' ') };
}

/** Where an interaction happened: its channel, or the parent channel + thread when in a thread. */
export function placeOf(interaction: {
  guildId: string | null;
  channelId: string | null;
  channel: { isThread(): boolean; parentId?: string | null } | null;
}): { channelId: string; threadId: string | null } {
  const raw = interaction.channelId ?? 'unknown';
  const channel = interaction.channel;
  if (channel?.isThread() && channel.parentId)
    return {
      channelId: channelIdOf(interaction.guildId, channel.parentId),
      threadId: threadIdOf(interaction.guildId, channel.parentId, raw),
    };
  return { channelId: channelIdOf(interaction.guildId, raw), threadId: null };
}

export function inboundCommand(interaction: ChatInputCommandInteraction): InboundCommand {
  const { options, text } = flattenOptions(interaction.options.data);
  const place = placeOf(interaction);
  return {
    kind: 'command',
    platform: 'discord',
    command: interaction.commandName,
    text,
    options,
    user: userRef(
      interaction.guildId,
      interaction.user,
      interaction.member as GuildMember | null,
      interaction.memberPermissions,
    ),
    workspaceId: workspaceIdOf(interaction.guildId),
    channelId: place.channelId,
    threadId: place.threadId,
  };
}

/** Strips the bot's mention markup and reports whether it was there. */
export function stripBotMention(content: string, botId: string): { text: string; mentioned: boolean } {
  const re = new RegExp(`<@!?${botId}>`, 'g');
  const mentioned = re.test(content);
  return { text: content.replace(re, ' ').replace(/\s+/g, ' ').trim(), mentioned };
}

/**
 * A message's author as a user: `permissions` are the author's in the channel the message belongs to
 * (a thread's parent channel for a thread: threads have no permissions of their own).
 */
export function inboundMessage(
  message: Message,
  place: { channelId: string; threadId: string },
  botId: string,
  permissions: Readonly<PermissionsBitField> | null = null,
): InboundMessage {
  const { text, mentioned } = stripBotMention(message.content, botId);
  return {
    kind: 'message',
    platform: 'discord',
    text,
    user: userRef(message.guildId, message.author, message.member, permissions),
    workspaceId: workspaceIdOf(message.guildId),
    channelId: place.channelId,
    threadId: place.threadId,
    mentioned: mentioned || message.mentions.users.has(botId),
  };
}

/** A mention of the bot in a channel, asked as `/ask <text>`: the same answer, card and follow-up. */
export function mentionAsAsk(
  message: Message,
  botId: string,
  permissions: Readonly<PermissionsBitField> | null,
): InboundCommand | null {
  const { text } = stripBotMention(message.content, botId);
  if (!text) return null;
  return {
    kind: 'command',
    platform: 'discord',
    command: 'ask',
    text,
    user: userRef(message.guildId, message.author, message.member, permissions),
    workspaceId: workspaceIdOf(message.guildId),
    channelId: channelIdOf(message.guildId, message.channelId),
    threadId: null,
  };
}

/**
 * The command a Follow up button carried (follow-up-button.ts), run again for the answer `answer`
 * to find its subject: as its asker, in its channel.
 */
export function rerunOf(carried: CarriedCommand, answer: Message): InboundCommand {
  const asker = answer.interactionMetadata?.user ?? answer.author;
  return {
    kind: 'command',
    platform: 'discord',
    command: carried.command,
    text: carried.text,
    ...(carried.options ? { options: carried.options } : {}),
    user: userRef(answer.guildId, asker, null, null),
    workspaceId: workspaceIdOf(answer.guildId),
    channelId: channelIdOf(answer.guildId, answer.channelId),
    threadId: null,
  };
}
