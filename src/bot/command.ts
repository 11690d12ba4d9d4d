/**
 * Command declarations. Each file in commands/ default-exports `defineCommand({...})`; help text,
 * Slack manifest entries and Discord registration data are generated from these declarations, and
 * the core parses arguments with them (free text from Slack and the shell, typed options from Discord).
 */
import type { ZodType } from 'zod';
import type { Store } from '../store/types.js';
import type { Answerer } from './answerer.js';
import type { DigestPort } from './digest-port.js';
import type { Resolution } from './resolvers/result.js';
import type { Card, Choice, FollowUpSubject, PlatformName, UserRef } from './types.js';

export type OptionType = 'string' | 'integer' | 'boolean';
export type AutocompleteKind = 'ticker' | 'timezone' | 'dealType';
export type Permission = 'everyone' | 'manageChannel';

/** What a resolver may consult: the store (directory, articles), the clock and defaults. */
export interface ResolveEnv {
  store: Store;
  now: Date;
  defaultTimeZone: string;
}

export interface OptionDecl<N extends string = string, T = unknown, R extends boolean = boolean> {
  name: N;
  description: string;
  type: OptionType;
  required?: R;
  /** Shown in usage lines: `<ticker|company>`; defaults to the name. */
  placeholder?: string;
  choices?: readonly Choice[];
  autocomplete?: AutocompleteKind;
  /**
   * How free text fills the option. 'rest': the words no other option claimed (one per command).
   * 'detect': the first span of up to `maxWords` words that `looksLike` and resolves. 'flag': only
   * after one of `flags` ("since 7d", "max 10") or as `--name value` / `name:value`.
   */
  freeText?: 'rest' | 'detect' | 'flag';
  /** Words that introduce the value ("since", "max"); for booleans, words that set it to true. */
  flags?: readonly string[];
  /** For booleans: words that set it to false. */
  offFlags?: readonly string[];
  maxWords?: number;
  /** Cheap guard before `resolve` during detection, so "march" in a name is not taken as a date. */
  looksLike?: (span: string) => boolean;
  resolve(raw: string, env: ResolveEnv): Resolution<T> | Promise<Resolution<T>>;
  /** Checks what the resolver produced (src/bot/resolvers/schemas.ts): a resolver bug never reaches `run`. */
  schema?: ZodType<T>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOption = OptionDecl<string, any, boolean>;

/** Resolved option values, typed from the declarations: required options are never undefined. */
export type ArgsOf<O extends readonly AnyOption[]> = {
  [D in O[number] as D['name']]: D extends OptionDecl<string, infer T, infer R>
    ? R extends true
      ? T
      : T | undefined
    : never;
};

/** A reply from a command; the core adds the plain-text fallback. */
export interface Reply {
  card: Card;
  /** Defaults to public when `followUp` is set, else ephemeral. */
  visibility?: 'public' | 'ephemeral';
  followUp?: FollowUpSubject;
}

export interface CommandContext<A = Record<string, unknown>> {
  args: A;
  /** The arguments as typed (after the subcommand word), for commands that read free text. */
  text: string;
  store: Store;
  now: Date;
  user: UserRef;
  platform: PlatformName;
  workspaceId: string;
  channelId: string;
  threadId: string | null;
  defaultTimeZone: string;
  answerer: Answerer;
  digest: DigestPort;
  /** Every registered command, for /help. */
  commands: readonly CommandDeclaration[];
}

export interface SubcommandDeclaration {
  name: string;
  description: string;
  /** Overrides the command's permission for this subcommand (e.g. `list` open to everyone). */
  permission?: Permission;
  options: readonly AnyOption[];
  run(ctx: CommandContext): Promise<Reply>;
}

export interface CommandDeclaration {
  name: string;
  description: string;
  permission: Permission;
  /** Longer help for `/help <command>`: examples, one per line. */
  examples?: readonly string[];
  options: readonly AnyOption[];
  subcommands?: readonly SubcommandDeclaration[];
  /**
   * The reply depends only on the arguments, the day and the store's content (not on who asks or
   * where): the core may reuse it until the content changes (see reply-cache.ts).
   */
  cacheable?: boolean;
  run?(ctx: CommandContext): Promise<Reply>;
}

/** Declares one option with its value type inferred from the resolver. */
export function option<const N extends string, T, const R extends boolean = false>(
  decl: OptionDecl<N, T, R>,
): OptionDecl<N, T, R> {
  return decl;
}

interface CommandSpecBase {
  name: string;
  description: string;
  permission?: Permission;
  examples?: readonly string[];
  cacheable?: boolean;
}

export function defineCommand<const O extends readonly AnyOption[]>(
  spec: CommandSpecBase & { options: O; run(ctx: CommandContext<ArgsOf<O>>): Promise<Reply> },
): CommandDeclaration;
export function defineCommand(
  spec: CommandSpecBase & { subcommands: readonly SubcommandDeclaration[] },
): CommandDeclaration;
export function defineCommand(
  spec: CommandSpecBase & {
    options?: readonly AnyOption[];
    subcommands?: readonly SubcommandDeclaration[];
    run?(ctx: CommandContext<never>): Promise<Reply>;
  },
): CommandDeclaration {
  if (!/^[a-z][a-z0-9-]{0,31}$/.test(spec.name)) throw new Error(`bad command name: ${spec.name}`);
  return {
    name: spec.name,
    description: spec.description,
    permission: spec.permission ?? 'everyone',
    examples: spec.examples,
    ...(spec.cacheable ? { cacheable: true } : {}),
    options: spec.options ?? [],
    subcommands: spec.subcommands,
    run: spec.run as CommandDeclaration['run'],
  };
}

export function defineSubcommand<const O extends readonly AnyOption[]>(spec: {
  name: string;
  description: string;
  permission?: Permission;
  options: O;
  run(ctx: CommandContext<ArgsOf<O>>): Promise<Reply>;
}): SubcommandDeclaration {
  return spec as unknown as SubcommandDeclaration;
}

/** The key under which adapters with typed subcommands (Discord) pass the chosen subcommand. */
export const SUBCOMMAND_OPTION = 'subcommand';

export function usageOf(cmd: CommandDeclaration, sub?: SubcommandDeclaration): string {
  const opts = sub ? sub.options : cmd.options;
  const parts = opts.map((o) => {
    const label = o.type === 'boolean' ? (o.flags?.[0] ?? o.name) : (o.placeholder ?? o.name);
    return o.required ? `<${label}>` : `[${label}]`;
  });
  const head = sub ? `/${cmd.name} ${sub.name}` : `/${cmd.name}`;
  if (!sub && cmd.subcommands?.length) return `${head} ${cmd.subcommands.map((s) => s.name).join('|')} …`;
  return [head, ...parts].join(' ');
}
