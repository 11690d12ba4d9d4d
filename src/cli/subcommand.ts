import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type CliIO } from './io.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>[string] & {
  description: string;
  valueName?: string;
};

export interface Subcommand {
  name: string;
  summary: string;
  /** e.g. "<path|dir|url|feed-url>..." */
  usage: string;
  options: Record<string, OptionSpec>;
  /** Longer help shown by `dealdesk <name> --help`. */
  details?: string;
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function parseSubcommandArgs(cmd: Subcommand, argv: string[]): ParsedArgs {
  const options = Object.fromEntries(
    Object.entries(cmd.options).map(([k, { description: _d, valueName: _v, ...spec }]) => [k, spec]),
  );
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (err) {
    // node's messages are clear ("Unknown option '--x'"); drop its hint about "--" which confuses users.
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

export function helpFor(cmd: Subcommand): string {
  const lines = [`Usage: dealdesk ${cmd.name}${cmd.usage ? ` ${cmd.usage}` : ''} [options]`, '', cmd.summary];
  if (cmd.details) lines.push('', cmd.details.trim());
  const opts = Object.entries(cmd.options);
  lines.push('', 'Options:');
  for (const [name, spec] of opts) {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` <${spec.valueName ?? 'value'}>` : ''}`;
    lines.push(`  ${flag.padEnd(30)} ${spec.description}`);
  }
  lines.push(`  ${'-h, --help'.padStart(14).padEnd(30)} Show this help`);
  return lines.join('\n');
}

/** A subcommand whose body lands with a later issue: says so plainly, exit 2, never fake output. */
export function notYetAvailable(name: string, summary: string, usage = ''): Subcommand {
  return {
    name,
    summary,
    usage,
    options: {},
    async run(_args, io) {
      io.stderr.write(`dealdesk ${name}: not available yet in this version of Dealdesk.\n`);
      return 2;
    },
  };
}
