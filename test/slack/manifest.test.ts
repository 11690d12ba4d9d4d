/** `dealdesk manifest slack`: generated from the command declarations; the committed file matches. */
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { manifestJson, SLACK_BOT_EVENTS, SLACK_BOT_SCOPES } from '../../adapters/slack/manifest.js';
import { allCommands } from '../../src/bot/registry.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

async function run(argv: string[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c) => (stdout += c));
  err.on('data', (c) => (stderr += c));
  const io: CliIO = { stdout: out, stderr: err, stdin: new PassThrough(), env: {}, cwd: process.cwd() };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('dealdesk manifest slack', () => {
  it('the committed adapters/slack/manifest.json is the generated Socket Mode manifest', async () => {
    const committed = readFileSync('adapters/slack/manifest.json', 'utf8');
    expect(committed).toBe(manifestJson({ socket: true }));
    const { code, stdout } = await run(['manifest', 'slack', '--socket']);
    expect(code).toBe(0);
    expect(stdout).toBe(committed);
  });

  it('declares every command, with the request URL in HTTP mode', async () => {
    const url = 'https://dealdesk.example.com/slack/events';
    const { code, stdout } = await run(['manifest', 'slack', '--url', url]);
    expect(code).toBe(0);
    const m = JSON.parse(stdout);
    const cmds = m.features.slash_commands as Array<{ command: string; url: string; description: string }>;
    expect(cmds.map((c) => c.command).sort()).toEqual(
      allCommands()
        .map((c) => `/${c.name}`)
        .sort(),
    );
    for (const c of cmds) {
      expect(c.url).toBe(url);
      expect(c.description.length).toBeGreaterThan(0);
    }
    expect(m.settings.event_subscriptions.request_url).toBe(url);
    expect(m.settings.interactivity.request_url).toBe(url);
    expect(m.settings.socket_mode_enabled).toBe(false);
    expect(m.features.app_home.home_tab_enabled).toBe(true);
  });

  it('asks only for the scopes and events the adapter uses', () => {
    const m = JSON.parse(manifestJson({ socket: true }));
    expect(m.oauth_config.scopes.bot).toEqual([...SLACK_BOT_SCOPES]);
    expect(m.oauth_config.scopes.bot).not.toContain('chat:write.public');
    expect(m.settings.event_subscriptions.bot_events).toEqual([...SLACK_BOT_EVENTS]);
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(m)).not.toContain('request_url');
  });

  it('refuses bad usage with exit code 2', async () => {
    expect((await run(['manifest', 'discord'])).code).toBe(2);
    expect((await run(['manifest', 'slack', '--url', 'http://insecure/slack/events'])).code).toBe(2);
    expect((await run(['manifest', 'slack', '--socket', '--url', 'https://x/slack/events'])).code).toBe(2);
  });
});
