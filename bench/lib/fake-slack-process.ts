/**
 * A fake Slack in a child process, for benchmarks. Slack signs and sends the slash command, then
 * parses, decodes and validates the app's chat.postMessage on its own machines; a fake in the bench's
 * process would charge that work, and the garbage it keeps, to the app being timed, and the more so
 * the larger the app's payload. Here the fake runs in a child that acts as Slack end to end: it signs
 * and sends the command and times, by its own clock, from sending it to the arrival of the matching
 * chat.postMessage (its body fully received, before the fake parses and checks it). The parent only
 * asks and waits.
 *
 *   const slack = await FakeSlackProcess.start();
 *   const { url, botId, botUserId } = await slack.info();
 *   const { ms, ackMs, blocks } = await slack.command(appUrl, secret, { command: '/deal', text: 'LUMN', channel: 'C1' });
 *   await slack.stop();
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ChildRpc, serveRequests } from './child-rpc.js';
import { FakeSlack, postSigned, slashCommandBody, type PostedMessage } from '../../test/slack/fake-slack.js';

export interface SlackInfo {
  /** Base URL of the fake (SLACK_API_URL); `apiUrl` is the same with `/api/`. */
  url: string;
  apiUrl: string;
  botId: string;
  botUserId: string;
}

export interface SlashCommand {
  command: string;
  text: string;
  /** Each command in its own channel: the post is matched to the command by it. */
  channel: string;
}

export interface TimedCommand {
  /** Milliseconds from sending the signed command to the arrival of its chat.postMessage. */
  ms: number;
  /** Milliseconds from sending the command to the app's HTTP response (the ack). */
  ackMs: number;
  /** Whether the post carried Block Kit blocks. */
  blocks: boolean;
}

type Request =
  { op: 'info' } | { op: 'command'; appUrl: string; secret: string; command: SlashCommand } | { op: 'stop' };

export class FakeSlackProcess {
  private constructor(private readonly rpc: ChildRpc<Request>) {}

  static async start(): Promise<FakeSlackProcess> {
    return new FakeSlackProcess(await ChildRpc.fork<Request>(fileURLToPath(import.meta.url), 'fake Slack'));
  }

  /** The child's process id (to read its CPU use, say). */
  get pid(): number | undefined {
    return this.rpc.pid;
  }

  private call<T>(request: Request): Promise<T> {
    return this.rpc.call<T>(request);
  }

  info(): Promise<SlackInfo> {
    return this.call({ op: 'info' });
  }

  /** Signs and sends `command` to the app at `appUrl`; resolves when its chat.postMessage arrived. */
  command(appUrl: string, secret: string, command: SlashCommand): Promise<TimedCommand> {
    return this.call({ op: 'command', appUrl, secret, command });
  }

  stop(): Promise<void> {
    return this.rpc.stop();
  }
}

// ---- the child ----------------------------------------------------------------------------------

async function serve(): Promise<void> {
  const fake = await new FakeSlack().start();
  // Posts are matched to commands by channel. Only posts the fake accepted (Slack's limits) count;
  // a rejected one fails the command, with the fake's error.
  type Arrival = { at: number; blocks: boolean };
  const arrived = new Map<string, (m: Arrival) => void>();
  fake.listeners.push((m: PostedMessage) => {
    if (m.method === 'chat.postMessage' && m.channel)
      arrived.get(m.channel)?.({ at: m.arrivedAt!, blocks: Array.isArray(m.blocks) });
  });

  const handle = async (request: Request): Promise<unknown> => {
    if (request.op === 'info')
      return { url: fake.url, apiUrl: fake.apiUrl, botId: fake.botId, botUserId: fake.botUserId };
    if (request.op === 'command') {
      const { appUrl, secret, command } = request;
      let done!: (v: Arrival) => void;
      const posted = new Promise<Arrival>((resolve) => (done = resolve));
      arrived.set(command.channel, done);
      const body = slashCommandBody({ ...command, responseUrl: fake.responseUrl() });
      let timer: NodeJS.Timeout | undefined;
      try {
        const start = performance.now();
        const res = await postSigned(appUrl, secret, body, 'application/x-www-form-urlencoded');
        const ackMs = performance.now() - start;
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`command failed: HTTP ${res.status}`);
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            const problems = fake.rejected.map((r) => `${r.method}: ${r.error}`).join('; ');
            reject(new Error(`no post in ${command.channel} within 10 s (rejected: ${problems || 'none'})`));
          }, 10_000);
        });
        const post = await Promise.race([posted, timeout]);
        return { ms: post.at - start, ackMs, blocks: post.blocks } satisfies TimedCommand;
      } finally {
        clearTimeout(timer);
        arrived.delete(command.channel);
        // The fake keeps every call and message for tests; a bench needs none of them.
        fake.calls.length = 0;
        fake.messages.length = 0;
        fake.rejected.length = 0;
      }
    }
    await fake.close();
    return null;
  };
  serveRequests(handle);
}

if (process.argv.includes('--child')) void serve();
