/**
 * `dealdesk` entry point: finds the subcommand, handles --help and usage errors, and maps failures to
 * exit codes (0 ok, 1 failed, 2 misuse). Subcommands live in ./commands/, one file each.
 */
import { ConfigError } from '../config/env.js';
import { EXIT, UsageError, processIO, type CliIO } from './io.js';
import { helpFor, parseSubcommandArgs, type Subcommand } from './subcommand.js';
import { subcommands } from './commands/index.js';

function topLevelHelp(list: Subcommand[]): string {
  const width = Math.max(...list.map((c) => c.name.length)) + 2;
  return [
    'Usage: dealdesk <command> [options]',
    '',
    'Dealdesk reads financial news, extracts deals and market facts, and answers in Slack, Discord or the terminal.',
    '',
    'Commands:',
    ...list.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    "Run `dealdesk <command> --help` for a command's options.",
  ].join('\n');
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const target = name === 'help' ? subcommands.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write(`${target ? helpFor(target) : topLevelHelp(subcommands)}\n`);
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('dealdesk 0.1.0\n');
    return EXIT.ok;
  }
  const cmd = subcommands.find((c) => c.name === name);
  if (!cmd) {
    io.stderr.write(`dealdesk: unknown command '${name}'.\n\n${topLevelHelp(subcommands)}\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${helpFor(cmd)}\n`);
    return EXIT.ok;
  }
  try {
    return await cmd.run(parseSubcommandArgs(cmd, rest), io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`dealdesk ${cmd.name}: ${err.message}\n\n${helpFor(cmd)}\n`);
      return EXIT.usage;
    }
    if (err instanceof ConfigError) {
      io.stderr.write(`dealdesk: ${err.message}\nSee .env.example for every variable and its format.\n`);
      return EXIT.usage;
    }
    io.stderr.write(`dealdesk ${cmd.name}: ${(err as Error).message ?? String(err)}\n`);
    return EXIT.failed;
  }
}
