import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createShellSession, runShell } from '../../adapters/shell/index.js';
import { createCore } from '../../src/bot/core.js';
import type { Answerer } from '../../src/bot/answerer.js';
import type { BotCore } from '../../src/bot/types.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

const ROOT = join(import.meta.dirname, '..', '..');

function runCli(
  args: string[],
  input: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'dealdesk.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', DEALDESK_LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

// Each case spawns the CLI (tsx compiles on start): generous timeouts for a busy machine.
describe('dealdesk chat with piped input', { timeout: 90_000 }, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dealdesk-shell-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints each reply and exits at EOF, without colour or prompts', async () => {
    const r = await runCli(['chat'], '/help\n/deals LUMN\n', {
      DEALDESK_STORE_URL: 'memory://',
      DEALDESK_EXAMPLES: 'false',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Dealdesk commands/);
    expect(r.stdout).toMatch(/Did you mean \/deal\?/);
    expect(r.stdout).not.toMatch(/dealdesk>/);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('keeps state in a SQLite store across runs and stops at /quit', async () => {
    const url = `sqlite://${join(dir, 'db.sqlite')}`;
    const env = { DEALDESK_STORE_URL: url, DEALDESK_EXAMPLES: 'false' };
    const first = await runCli(
      ['chat'],
      '/digest subscribe weekdays 7:30am Europe/Paris\n/quit\n/help\n',
      env,
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Digest scheduled/);
    expect(first.stdout).not.toMatch(/Dealdesk commands/); // nothing after /quit
    const second = await runCli(['chat'], '/digest list\n', env);
    expect(second.stdout).toMatch(/on weekdays at 07:30 \(Europe\/Paris\)/);
  });

  it('ingests the example articles on first start with an empty store, and says so', async () => {
    const url = `sqlite://${join(dir, 'fresh.sqlite')}`;
    const first = await runCli(['chat'], '/deal LUMN\n', { DEALDESK_STORE_URL: url });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(
      /The store was empty, so I ingested \d+ example articles from examples\/articles\//,
    );
    expect(first.stdout).toMatch(/^Deals: Lumen Technologies \(LUMN\)/);
    expect(first.stdout).toMatch(/Palantir/);
    const second = await runCli(['chat'], '/news interconnect\n', { DEALDESK_STORE_URL: url });
    expect(second.stderr).not.toMatch(/ingested/); // only on first start
    expect(second.stdout).toMatch(/AWS Interconnect/);
  });

  it('npm start (dealdesk start) opens the shell when no tokens are set', async () => {
    const r = await runCli(['start'], '/watch list\n', {
      DEALDESK_STORE_URL: 'memory://',
      DEALDESK_EXAMPLES: 'false',
      SLACK_BOT_TOKEN: '',
      DISCORD_TOKEN: '',
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/opening the terminal shell/);
    expect(r.stdout).toMatch(/watches nothing yet/);
  });
});

describe('shell session in-process', () => {
  let store: Store;
  let core: BotCore;
  const asked: Array<{ q: string; thread: string[] | null }> = [];
  const answerer: Answerer = {
    async answer({ question, context }) {
      asked.push({ q: question, thread: context?.tickers ?? null });
      return {
        card: { title: 'Answer', sections: [{ lines: [[`you asked: ${question}`]] }] },
        updatedContext: context ?? {
          command: 'ask',
          tickers: [],
          dealIds: [],
          articleIds: [],
          lastAnswer: question,
        },
      };
    },
  };

  beforeEach(async () => {
    asked.length = 0;
    store = await openStore('memory://');
    await store.companies.upsert({
      ticker: 'LUMN',
      name: 'Lumen Technologies',
      exchange: 'NYSE',
      aliases: ['Lumen'],
      cik: null,
      origin: 'builtin',
    });
    core = createCore({ store, answerer });
  });
  afterEach(async () => store.close());

  it('sends plain lines after a reply into that reply’s thread, and /new leaves it', async () => {
    const out: string[] = [];
    const session = createShellSession(core, (t) => out.push(t));
    await session.handleLine('what is new?'); // no thread yet: goes to /ask, whose reply opens thread 1
    expect(session.thread).toBe('shell:local:main:1');
    await session.handleLine('/help'); // ephemeral: stays in the thread
    expect(session.thread).toBe('shell:local:main:1');
    await session.handleLine('/ask about LUMN');
    expect(session.thread).toBe('shell:local:main:2');
    await session.handleLine('and the value?');
    expect(asked.at(-1)).toEqual({ q: 'and the value?', thread: [] });
    expect(out.join('')).toMatch(/you asked: and the value\?/);
    await session.handleLine('/new');
    expect(session.thread).toBeNull();
    expect(await session.handleLine('/quit')).toBe(false);
  });

  it('keeps line history between interactive sessions only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dealdesk-history-'));
    const historyFile = join(dir, 'history');
    try {
      const session = async (lines: string, interactive: boolean) => {
        const input = new PassThrough();
        const output = new PassThrough();
        output.resume();
        const done = runShell({ core, input, output, interactive, color: false, historyFile });
        input.end(lines);
        await done;
      };
      await session('/help\n/watch list\n', false);
      expect(() => readFileSync(historyFile, 'utf8')).toThrow();
      await session('/help\n/watch list\n', true);
      expect(readFileSync(historyFile, 'utf8')).toBe('/help\n/watch list\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs over a stream and neutralises escape sequences typed or piped in', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => (text += d));
    const done = runShell({ core, input, output, interactive: false, color: false });
    input.end('/deal \u001b[31mZZZZ\n/deal lumm\n');
    await done;
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/\u001b/);
    expect(text).toMatch(/I don't know ZZZZ/);
    expect(text).toMatch(/Did you mean .*LUMN/);
  });
});
