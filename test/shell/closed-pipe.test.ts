/**
 * The real entry point with a reader that stops early ("dealdesk chat | head"): the closed pipe ends the
 * output quietly instead of crashing with an EPIPE stack trace.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('stops quietly when its output is closed early', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dealdesk-pipe-'));
  const child = spawn(process.execPath, ['bin/dealdesk.js', 'chat'], {
    env: {
      ...process.env,
      DEALDESK_STORE_URL: `sqlite://${join(dir, 'x.sqlite')}`,
      DEALDESK_LOG_LEVEL: 'warn',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // Enough answers to overflow the pipe once the reader is gone.
  child.stdin.end('/help\n'.repeat(2000));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).not.toMatch(/EPIPE|Error/);
  expect(code).toBe(0);
}, 60_000);
