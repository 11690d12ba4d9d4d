import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigSchema, parseConfig, platformsFor, redactConfig } from '../../src/config/env.js';

describe('config', () => {
  it('defaults to the embedded SQLite store, UTC and the shell', () => {
    const config = parseConfig({});
    expect(config.DEALDESK_STORE_URL).toBe('sqlite://data/dealdesk.sqlite');
    expect(config.DEALDESK_TIMEZONE).toBe('UTC');
    expect(platformsFor(config)).toEqual(['shell']);
  });

  it('names every bad variable and what it expects, without echoing secrets', () => {
    const secret = 'not-a-slack-token-super-secret';
    let error: ConfigError | undefined;
    try {
      parseConfig({
        SLACK_BOT_TOKEN: secret,
        DEALDESK_TIMEZONE: 'Mars/Olympus',
        DEALDESK_STORE_URL: 'ftp://x',
      });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = error!.message;
    expect(text).toContain('SLACK_BOT_TOKEN');
    expect(text).toContain('xoxb-');
    expect(text).toContain('DEALDESK_TIMEZONE');
    expect(text).toContain('DEALDESK_STORE_URL');
    expect(text).not.toContain(secret);
  });

  it('picks Slack, Discord or both from the tokens that are set', () => {
    const slack = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
    expect(platformsFor(parseConfig(slack))).toEqual(['slack']);
    expect(platformsFor(parseConfig({ DISCORD_TOKEN: 'd' }))).toEqual(['discord']);
    expect(platformsFor(parseConfig({ ...slack, DISCORD_TOKEN: 'd' }))).toEqual(['slack', 'discord']);
  });

  it('requires a signing secret or an app token with a Slack bot token', () => {
    expect(() => parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(platformsFor(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }))).toEqual([
      'slack',
    ]);
  });

  it('redacts secrets for printing', () => {
    const shown = redactConfig(parseConfig({ DISCORD_TOKEN: 'very-secret-token' }));
    expect(JSON.stringify(shown)).not.toContain('very-secret-token');
    expect(shown.DISCORD_TOKEN).toBe('(set)');
  });

  it('parses booleans and lists', () => {
    const c = parseConfig({
      DEALDESK_EXAMPLES: 'false',
      DEALDESK_FEEDS: 'https://a.example/rss, https://b.example/atom',
    });
    expect(c.DEALDESK_EXAMPLES).toBe(false);
    expect(c.DEALDESK_FEEDS).toEqual(['https://a.example/rss', 'https://b.example/atom']);
    expect(() => parseConfig({ DEALDESK_EXAMPLES: 'maybe' })).toThrow(/DEALDESK_EXAMPLES/);
  });

  it('.env.example documents exactly the variables the config reads', () => {
    const documented = [...readFileSync('.env.example', 'utf8').matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map(
      (m) => m[1],
    );
    expect(new Set(documented)).toEqual(new Set(Object.keys(ConfigSchema.shape)));
  });
});
