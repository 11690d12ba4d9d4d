/**
 * `dealdesk register-commands [--guild ID] [--dry-run]`: makes Discord's slash commands match the
 * command declarations, changing only what differs, and says what it did.
 */
import { join } from 'node:path';
import { DiscordAPIError, REST } from 'discord.js';
import { registerCommands, type CommandData } from '../../../adapters/discord/register.js';
import { discordCommandData } from '../../bot/registry.js';
import { loadConfig } from '../../config/env.js';
import { registerSecrets } from '../../log.js';
import { EXIT, UsageError } from '../io.js';
import type { Subcommand } from '../subcommand.js';

function friendlyDiscordError(err: unknown): string {
  if (err instanceof DiscordAPIError) {
    if (err.status === 401) return 'Discord rejected DISCORD_TOKEN (401 Unauthorized). Check the bot token.';
    if (err.status === 403 || err.code === 50001)
      return 'Discord refused access (403): is the bot in that guild with the applications.commands scope?';
    if (err.status === 404)
      return 'Discord did not find that application or guild (404): check DISCORD_APPLICATION_ID and --guild.';
    return `Discord refused the request: ${err.message} (${err.status})`;
  }
  const message = err instanceof Error ? err.message : String(err);
  return `could not reach Discord: ${message}`;
}

export function createRegisterCommands(
  commandData: () => readonly CommandData[] = discordCommandData,
): Subcommand {
  return {
    name: 'register-commands',
    summary: 'Register the slash commands with Discord',
    usage: '',
    options: {
      guild: {
        type: 'string',
        valueName: 'id',
        description:
          'Register in one guild (instant; for development). Default: DISCORD_GUILD_ID, else global',
      },
      'dry-run': { type: 'boolean', description: 'Show what would change without changing anything' },
    },
    details: [
      'Compares the commands registered on Discord with the ones Dealdesk declares and creates, edits or',
      'deletes only those that differ. Global commands can take a while to appear in clients; per-guild',
      'commands appear at once, so use --guild (or DISCORD_GUILD_ID) while developing.',
      'Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (DISCORD_API_URL overrides the API base).',
    ].join('\n'),
    async run(args, io) {
      const config = loadConfig(io.env, join(io.cwd, '.env'));
      const missing = (['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] as const).filter((k) => !config[k]);
      if (missing.length) {
        io.stderr.write(
          `dealdesk register-commands: ${missing.join(' and ')} must be set (the bot token and the application id from the Discord developer portal).\n`,
        );
        return EXIT.usage;
      }
      registerSecrets([config.DISCORD_TOKEN]);
      const guildArg = typeof args.values.guild === 'string' ? args.values.guild.trim() : undefined;
      if (guildArg !== undefined && !/^\d{15,22}$/.test(guildArg))
        throw new UsageError(`--guild expects a numeric guild id, not "${guildArg}"`);
      const guildId = guildArg ?? config.DISCORD_GUILD_ID;
      const dryRun = args.values['dry-run'] === true;

      const rest = new REST({
        ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL.replace(/\/+$/, '') } : {}),
        retries: 1,
      }).setToken(config.DISCORD_TOKEN!);
      try {
        const { summary } = await registerCommands(rest, {
          applicationId: config.DISCORD_APPLICATION_ID!,
          ...(guildId ? { guildId } : {}),
          commands: commandData(),
          dryRun,
        });
        const where = guildId ? `guild ${guildId}` : 'global commands';
        io.stdout.write(`${where}: ${summary}${dryRun ? ' (dry run: nothing changed)' : ''}\n`);
        return EXIT.ok;
      } catch (err) {
        io.stderr.write(`dealdesk register-commands: ${friendlyDiscordError(err)}\n`);
        return EXIT.failed;
      } finally {
        rest.clearHashSweeper();
        rest.clearHandlerSweeper();
      }
    },
  };
}

export const registerCommandsCommand = createRegisterCommands();
