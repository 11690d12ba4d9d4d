/**
 * Request/reply over a forked child's IPC channel, for the benches' fake platforms: the parent asks
 * (`call`), the child answers each request by id (`serveRequests`). Each request is an object with
 * an `op`; `{ op: 'stop' }` is the last one a child gets before it is disconnected.
 */
import { fork, type ChildProcess } from 'node:child_process';

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
type WithId<T> = T & { id: number };

export class ChildRpc<Request extends { op: string }> {
  private nextId = 0;
  private readonly pending = new Map<number, (reply: Reply) => void>();

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: Reply) => this.pending.get(reply.id)?.(reply));
  }

  /** Forks `file` (a TypeScript module, run with `--child`) and waits for it to say it is ready. */
  static async fork<R extends { op: string }>(file: string, label: string): Promise<ChildRpc<R>> {
    const child = fork(file, ['--child'], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`${label} process exited (${code})`)));
    });
    return new ChildRpc<R>(child);
  }

  /** The child's process id (to read its CPU use, say). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  call<T>(request: Request): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, (reply) => {
        this.pending.delete(id);
        if (reply.ok) resolve(reply.value as T);
        else reject(new Error(reply.error));
      });
      this.child.send({ ...request, id });
    });
  }

  /** Sends `{ op: 'stop' }`, waits for its reply, then lets the child go. */
  async stop(): Promise<void> {
    await this.call({ op: 'stop' } as Request);
    this.child.disconnect();
  }
}

/** In the child: answers every request with `handle`'s result (or its error), then says it is ready. */
export function serveRequests<Request extends { op: string }>(
  handle: (r: Request) => Promise<unknown>,
): void {
  process.on('message', (request: WithId<Request>) => {
    handle(request).then(
      (value) => process.send!({ id: request.id, ok: true, value } satisfies Reply),
      (err: unknown) => process.send!({ id: request.id, ok: false, error: String(err) } satisfies Reply),
    );
  });
  process.on('disconnect', () => process.exit(0));
  process.send!('ready');
}
