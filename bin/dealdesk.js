#!/usr/bin/env node
// Runs the TypeScript sources directly (no build step): tsx registers its loader, then the CLI runs.
import { register } from 'tsx/esm/api';

register();
// "dealdesk chat | head": a reader that stops early closes the pipe; that ends the output, it is no crash.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
