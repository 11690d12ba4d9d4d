import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fake-discord.js';

const child = fileURLToPath(new URL('./sigterm-child.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

describe('discord adapter: graceful shutdown', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await new FakeDiscord().start();
  });
  afterAll(async () => fake?.stop());

  it('on SIGTERM closes the gateway connection and the process exits by itself', async () => {
    const proc = spawn(process.execPath, [tsx, child], {
      env: { ...process.env, FAKE_DISCORD_API: fake.apiUrl, DISCORD_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout.on('data', (c) => (out += String(c)));
    await fake.waitUntil(() => out.includes('ready'), 25_000, 'child ready');
    expect(fake.connected).toBe(true);

    proc.kill('SIGTERM');
    const [code] = (await Promise.race([
      once(proc, 'exit'),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('child did not exit within 10 s')), 10_000),
      ),
    ])) as [number | null];
    expect(code).toBe(0);
    expect(fake.connected).toBe(false);
  }, 40_000);
});
