/**
 * Every command, and what is generated from their declarations: /help text, Slack manifest
 * `features.slash_commands` entries and Discord application-command JSON. Adapters and the CLI
 * (`dealdesk manifest slack`, `dealdesk register-commands`) use these exports.
 */
import ask from '../../commands/ask.js';
import calendar from '../../commands/calendar.js';
import company from '../../commands/company.js';
import deal from '../../commands/deal.js';
import digest from '../../commands/digest.js';
import help from '../../commands/help.js';
import news from '../../commands/news.js';
import watch from '../../commands/watch.js';
import { helpCard } from './cards/help.js';
import { usageOf, type AnyOption, type CommandDeclaration } from './command.js';
import { renderPlain } from './render/plain.js';

const COMMANDS: readonly CommandDeclaration[] = [deal, company, news, calendar, watch, digest, ask, help];

export function allCommands(): readonly CommandDeclaration[] {
  return COMMANDS;
}

export function findCommand(name: string): CommandDeclaration | undefined {
  return COMMANDS.find((c) => c.name === name.replace(/^\//, '').toLowerCase());
}

/** Plain-text help: all commands, or one in detail. */
export function helpText(name?: string): string {
  const one = name ? findCommand(name) : undefined;
  return renderPlain(helpCard(COMMANDS, one));
}

export interface SlackSlashCommand {
  command: string;
  description: string;
  usage_hint?: string;
  should_escape: boolean;
  url?: string;
}

/** `features.slash_commands` for the Slack app manifest; `url` is needed in HTTP mode only. */
export function slackManifestCommands(opts: { url?: string } = {}): SlackSlashCommand[] {
  return COMMANDS.map((c) => {
    const usage = usageOf(c).replace(/^\/\S+\s*/, '');
    return {
      command: `/${c.name}`,
      description: c.description.slice(0, 100),
      ...(usage ? { usage_hint: usage.slice(0, 100) } : {}),
      // Unescaped text: we parse names and tickers ourselves; mentions in arguments stay plain text.
      should_escape: false,
      ...(opts.url ? { url: opts.url } : {}),
    };
  });
}

/** Discord application command option types. */
export const DISCORD_OPTION_TYPE = { SUB_COMMAND: 1, STRING: 3, INTEGER: 4, BOOLEAN: 5 } as const;
/** Discord permission bit for Manage Channels, as the decimal string the API expects. */
export const MANAGE_CHANNELS = '16';

export interface DiscordOption {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: Array<{ name: string; value: string }>;
  options?: DiscordOption[];
}

export interface DiscordCommand {
  name: string;
  description: string;
  type: 1;
  options: DiscordOption[];
  default_member_permissions: string | null;
  dm_permission: false;
}

const discordName = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '-')
    .slice(0, 32);
const discordDesc = (s: string) => (s.length > 100 ? `${s.slice(0, 99)}…` : s);

function discordOption(o: AnyOption): DiscordOption {
  const type =
    o.type === 'integer'
      ? DISCORD_OPTION_TYPE.INTEGER
      : o.type === 'boolean'
        ? DISCORD_OPTION_TYPE.BOOLEAN
        : DISCORD_OPTION_TYPE.STRING;
  const out: DiscordOption = { type, name: discordName(o.name), description: discordDesc(o.description) };
  if (o.required) out.required = true;
  // Discord forbids choices together with autocomplete; autocomplete wins.
  if (o.autocomplete && type === DISCORD_OPTION_TYPE.STRING) out.autocomplete = true;
  else if (o.choices?.length)
    out.choices = o.choices.slice(0, 25).map((c) => ({ name: c.name, value: c.value }));
  return out;
}

/** Required options first: Discord rejects an optional option before a required one. */
const ordered = (opts: readonly AnyOption[]) => [
  ...opts.filter((o) => o.required),
  ...opts.filter((o) => !o.required),
];

/** Discord application command JSON (PUT /applications/{id}/commands). */
export function discordCommandData(): DiscordCommand[] {
  return COMMANDS.map((c) => ({
    name: discordName(c.name),
    description: discordDesc(c.description),
    type: 1,
    options: c.subcommands?.length
      ? c.subcommands.map((s) => ({
          type: DISCORD_OPTION_TYPE.SUB_COMMAND,
          name: discordName(s.name),
          description: discordDesc(s.description),
          options: ordered(s.options).map(discordOption),
        }))
      : ordered(c.options).map(discordOption),
    default_member_permissions: c.permission === 'manageChannel' ? MANAGE_CHANNELS : null,
    dm_permission: false,
  }));
}
