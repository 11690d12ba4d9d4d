/**
 * The shell adapter: a readline REPL in the style of Hubot's shell. `/deal LUMN` runs a command;
 * plain lines after a reply are follow-ups in that reply's thread (shell:local:main:N); `/new`
 * leaves the thread; `/quit` (or EOF) ends. Colour and line history on a terminal only; with piped
 * input it prints each reply and returns at EOF, so it can be scripted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ANSI_STYLE, neutralize, renderPlain } from '../../src/bot/render/plain.js';
import type { BotCore, InboundCommand, Outcome, UserRef } from '../../src/bot/types.js';

export const SHELL_WORKSPACE = 'shell:local';
export const SHELL_CHANNEL = 'shell:local:main';

export interface ShellOptions {
  core: BotCore;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
  /** Defaults to "is the output a terminal" (and NO_COLOR unset). */
  color?: boolean;
  /** Interactive mode: prompt and history. Defaults to "is the input a terminal". */
  interactive?: boolean;
  userName?: string;
  /** Lines printed before the first prompt (interactive only). */
  banner?: string[];
  /** Where typed lines are kept between sessions (interactive only); null keeps them in memory. */
  historyFile?: string | null;
}

const HISTORY_SIZE = 500;

function loadHistory(file: string | null | undefined): string[] {
  if (!file) return [];
  try {
    // readline wants newest first.
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(-HISTORY_SIZE).reverse();
  } catch {
    return [];
  }
}

function saveHistory(file: string | null | undefined, lines: readonly string[]): void {
  if (!file) return;
  try {
    writeFileSync(file, `${[...lines].reverse().slice(-HISTORY_SIZE).join('\n')}\n`, { mode: 0o600 });
  } catch {
    // History is a convenience: an unwritable home directory must not break the shell.
  }
}

export interface ShellSession {
  /** Handles one typed line; resolves false when the user asked to quit. */
  handleLine(line: string): Promise<boolean>;
  /** The thread follow-ups currently go to, or null. */
  readonly thread: string | null;
}

/** The REPL's state machine, without readline: the tests and `runShell` drive it line by line. */
export function createShellSession(
  core: BotCore,
  print: (text: string) => void,
  opts: { color?: boolean; userName?: string } = {},
): ShellSession {
  const style = opts.color ? ANSI_STYLE : undefined;
  const dim = (s: string) => (opts.color ? ANSI_STYLE.dim(s) : s);
  const user: UserRef = { id: `${SHELL_WORKSPACE}:you`, name: opts.userName ?? null, canManageChannel: true };
  let threadCount = 0;
  let thread: string | null = null;

  const show = (outcome: Outcome) => print(`${renderPlain(outcome.card, style)}\n\n`);

  async function command(name: string, text: string): Promise<void> {
    const cmd: InboundCommand = {
      kind: 'command',
      platform: 'shell',
      command: name,
      text,
      user,
      workspaceId: SHELL_WORKSPACE,
      channelId: SHELL_CHANNEL,
      threadId: thread,
    };
    const outcome = await core.handleCommand(cmd);
    show(outcome);
    if (outcome.followUp && outcome.visibility === 'public') {
      threadCount += 1;
      thread = `${SHELL_CHANNEL}:${threadCount}`;
      await core.rememberThread(thread, outcome.followUp);
      print(dim(`(thread ${threadCount}: type a follow-up question, or /new to leave it)\n`));
    }
  }

  return {
    get thread() {
      return thread;
    },
    async handleLine(raw: string) {
      const line = neutralize(raw).trim();
      if (!line) return true;
      if (/^\/(quit|exit|q)$/i.test(line)) return false;
      if (/^\/new$/i.test(line)) {
        thread = null;
        print(dim('(left the thread: plain questions now go to /ask)\n'));
        return true;
      }
      if (line.startsWith('/')) {
        const m = /^\/(\S+)\s*(.*)$/s.exec(line)!;
        await command(m[1]!, m[2]!);
        return true;
      }
      if (!thread) {
        await command('ask', line);
        return true;
      }
      const outcome = await core.handleMessage({
        kind: 'message',
        platform: 'shell',
        text: line,
        user,
        workspaceId: SHELL_WORKSPACE,
        channelId: SHELL_CHANNEL,
        threadId: thread,
        mentioned: true, // the shell is a one-to-one conversation
      });
      if (outcome) show(outcome);
      return true;
    },
  };
}

/** Runs the REPL until /quit or end of input. */
export async function runShell(opts: ShellOptions): Promise<void> {
  const interactive = opts.interactive ?? !!opts.input.isTTY;
  const color = opts.color ?? (!!opts.output.isTTY && !process.env.NO_COLOR);
  const print = (text: string) => void opts.output.write(text.endsWith('\n') ? text : `${text}\n`);
  const session = createShellSession(opts.core, print, { color, userName: opts.userName });
  const historyFile = interactive ? (opts.historyFile ?? null) : null;
  const rl = createInterface({
    input: opts.input,
    output: interactive ? opts.output : undefined,
    terminal: interactive,
    history: loadHistory(historyFile),
    historySize: interactive ? HISTORY_SIZE : 0,
    prompt: color ? '\u001B[1mdealdesk>\u001B[0m ' : 'dealdesk> ',
  });
  // Ctrl-C at the prompt ends the session cleanly (the caller then closes the store).
  rl.on('SIGINT', () => rl.close());
  if (interactive) {
    for (const line of opts.banner ?? []) print(line);
    rl.prompt();
  }
  try {
    for await (const line of rl) {
      const keepGoing = await session.handleLine(line);
      if (!keepGoing) break;
      if (interactive) rl.prompt();
    }
  } finally {
    const history = (rl as unknown as { history?: string[] }).history ?? [];
    rl.close();
    if (interactive) saveHistory(historyFile, history);
  }
}

export const SHELL_BANNER = [
  'Dealdesk shell. Try /deal LUMN, /company PLTR, /news fiber, /help.',
  'After a reply, type a follow-up question to ask in its thread; /new leaves the thread; /quit ends.',
  '',
];
