/**
 * Fake Discords in a child process, for benchmarks. Discord does its own work (parsing the callback,
 * storing the message, answering) on its own machines; a fake in the bench's process would charge
 * that work, and the garbage it keeps, to the client being timed, and the more so the larger the
 * client's payload. Here each fake runs in a child and times, by its own clock, an interaction from
 * its dispatch on the gateway to the arrival of its callback; the parent only asks and waits.
 *
 *   const fakes = await FakeDiscordProcess.start();
 *   const { apiUrl } = await fakes.create('ours');
 *   const { ms, type } = await fakes.interact('ours', { name: 'deal', options: [...] });
 *   await fakes.stop();
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ChildRpc, serveRequests } from './child-rpc.js';
import { FakeDiscord } from '../../test/discord/fake-discord.js';

type Request =
  | { op: 'create'; name: string }
  | { op: 'interact'; name: string; command: { name: string; options: unknown[] } }
  | { op: 'stop' };

export interface TimedInteraction {
  /** Milliseconds from INTERACTION_CREATE leaving the gateway to the callback arriving at REST. */
  ms: number;
  /** The callback's type: 4 answered, 5 deferred. */
  type: number;
}

export class FakeDiscordProcess {
  private constructor(private readonly rpc: ChildRpc<Request>) {}

  static async start(): Promise<FakeDiscordProcess> {
    return new FakeDiscordProcess(
      await ChildRpc.fork<Request>(fileURLToPath(import.meta.url), 'fake Discord'),
    );
  }

  private call<T>(request: Request): Promise<T> {
    return this.rpc.call<T>(request);
  }

  /** Starts a fake Discord named `name`; clients connect to `apiUrl`. */
  create(name: string): Promise<{ apiUrl: string }> {
    return this.call({ op: 'create', name });
  }

  /** Dispatches a slash command on that fake's gateway and resolves when its callback arrived. */
  interact(name: string, command: { name: string; options: unknown[] }): Promise<TimedInteraction> {
    return this.call({ op: 'interact', name, command });
  }

  stop(): Promise<void> {
    return this.rpc.stop();
  }
}

// ---- the child ----------------------------------------------------------------------------------

async function serve(): Promise<void> {
  const fakes = new Map<string, { fake: FakeDiscord; arrived: Map<string, (type: number) => void> }>();
  const handle = async (request: Request): Promise<unknown> => {
    if (request.op === 'create') {
      const fake = await new FakeDiscord().start();
      const arrived = new Map<string, (type: number) => void>();
      fake.listeners.push((r) => {
        const m = /^\/interactions\/(\d+)\//.exec(r.path);
        if (m) arrived.get(m[1]!)?.(r.body?.type as number);
      });
      fakes.set(request.name, { fake, arrived });
      return { apiUrl: fake.apiUrl };
    }
    if (request.op === 'interact') {
      const { fake, arrived } = fakes.get(request.name)!;
      let done!: (v: { at: number; type: number }) => void;
      const callback = new Promise<{ at: number; type: number }>((resolve) => (done = resolve));
      const start = performance.now();
      const { id } = fake.interact(request.command);
      arrived.set(id, (type) => done({ at: performance.now(), type }));
      let timer: NodeJS.Timeout | undefined;
      const { at, type } = await Promise.race([
        callback,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('no callback within 10 s')), 10_000);
        }),
      ]);
      clearTimeout(timer);
      arrived.delete(id);
      // The fake keeps every request and message for tests; a bench needs none of them.
      fake.requests.length = 0;
      fake.messages.clear();
      fake.originals.clear();
      return { ms: at - start, type } satisfies TimedInteraction;
    }
    for (const { fake } of fakes.values()) await fake.stop();
    return null;
  };
  serveRequests(handle);
}

if (process.argv.includes('--child')) void serve();
