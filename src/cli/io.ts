/** What a CLI subcommand may touch: its output streams and its input, injectable for tests. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

export const processIO = (): CliIO => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});

/** Exit codes: 0 ok, 1 the work ran but something failed, 2 misuse (bad arguments, bad config). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A misuse of the CLI: printed with the subcommand's usage and exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
