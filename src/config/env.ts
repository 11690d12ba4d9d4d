/**
 * The one place that reads configuration. The environment (plus a `.env` file when present) is
 * parsed with zod; a bad value fails start-up with a message naming each variable, and secrets are
 * never echoed back in those messages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const booleanFlag = (fallback: boolean) =>
  z.preprocess(
    emptyToUndefined,
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
      .optional()
      .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v))),
  );
const httpUrl = z.preprocess(
  emptyToUndefined,
  z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).optional(),
);

export const isValidTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const STORE_SCHEMES = ['sqlite', 'redis', 'rediss', 'postgres', 'postgresql', 'memory'] as const;

export const ConfigSchema = z.object({
  DEALDESK_STORE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default('sqlite://data/dealdesk.sqlite')
      .refine((u) => STORE_SCHEMES.some((s) => u.startsWith(`${s}://`) || u === `${s}:`), {
        message: `expected a URL starting with ${STORE_SCHEMES.map((s) => `${s}://`).join(', ')}`,
      }),
  ),
  SLACK_BOT_TOKEN: z.preprocess(
    emptyToUndefined,
    z.string().startsWith('xoxb-', { message: 'expected a bot token starting with xoxb-' }).optional(),
  ),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: z.preprocess(
    emptyToUndefined,
    z.string().startsWith('xapp-', { message: 'expected an app-level token starting with xapp-' }).optional(),
  ),
  SLACK_API_URL: httpUrl,
  /** Slack user ids (besides workspace admins and owners) allowed to change digests and watchlists. */
  DEALDESK_SLACK_MANAGERS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .optional()
      .transform((v) => (v ? v.split(/[\s,]+/).filter(Boolean) : []))
      .refine((ids) => ids.every((id) => /^[UW][A-Z0-9]+$/.test(id)), {
        message: 'expected Slack user ids such as U0123ABC, separated by commas',
      }),
  ),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{15,22}$/, { message: 'expected a numeric application id' })
      .optional(),
  ),
  DISCORD_API_URL: httpUrl,
  DISCORD_GUILD_ID: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{15,22}$/, { message: 'expected a numeric guild id' })
      .optional(),
  ),
  DEALDESK_TIMEZONE: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default('UTC')
      .refine(isValidTimeZone, { message: 'expected an IANA time zone such as Europe/Paris' }),
  ),
  DEALDESK_LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  ),
  DEALDESK_EXAMPLES: booleanFlag(true),
  DEALDESK_ALLOW_PRIVATE_FETCH: booleanFlag(false),
  DEALDESK_FEEDS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .optional()
      .transform((v) =>
        v
          ? v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : [],
      ),
  ),
  DEALDESK_FEED_POLL: z.preprocess(emptyToUndefined, z.string().default('*/10 * * * *')),
  DEALDESK_CATCHUP_HOURS: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(168).default(6)),
  DEALDESK_ALERT_MOVE_PCT: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(1000).default(5)),
  DEALDESK_LLM_URL: httpUrl,
  DEALDESK_LLM_MODEL: optionalString,
  DEALDESK_LLM_API_KEY: optionalString,
});

export type Config = z.infer<typeof ConfigSchema>;

/** Variables whose values must never be printed. */
export const SECRET_KEYS = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'DISCORD_TOKEN',
  'DEALDESK_LLM_API_KEY',
] as const satisfies readonly (keyof Config)[];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Pure: parse an environment map. Throws ConfigError listing every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return checkCombinations(result.data);
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    return `${name}: ${issue.message}`; // zod messages here never include the input value
  });
  throw new ConfigError(problems);
}

function checkCombinations(config: Config): Config {
  const problems: string[] = [];
  if (config.SLACK_BOT_TOKEN && !config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN)
    problems.push(
      'SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  if (config.SLACK_APP_TOKEN && !config.SLACK_BOT_TOKEN)
    problems.push('SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN is set');
  if (config.DEALDESK_LLM_URL && !config.DEALDESK_LLM_MODEL)
    problems.push('DEALDESK_LLM_MODEL: required when DEALDESK_LLM_URL is set');
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** Reads `.env` (if present) under the real environment: variables already set win. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  dotenvPath = '.env',
): Config {
  let fromFile: Record<string, string> = {};
  if (dotenvPath && existsSync(dotenvPath))
    fromFile = parseEnv(readFileSync(dotenvPath, 'utf8')) as Record<string, string>;
  return parseConfig({ ...fromFile, ...env });
}

/** A copy safe to print: secrets replaced by "set"/"unset". */
export function redactConfig(config: Config): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...config };
  for (const key of SECRET_KEYS) copy[key] = config[key] ? '(set)' : '(unset)';
  return copy;
}

export type Platform = 'slack' | 'discord' | 'shell';

/** Which adapters `dealdesk start` runs: Slack and/or Discord when configured, else the shell. */
export function platformsFor(config: Config): Platform[] {
  const platforms: Platform[] = [];
  if (config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN))
    platforms.push('slack');
  if (config.DISCORD_TOKEN) platforms.push('discord');
  return platforms.length ? platforms : ['shell'];
}
