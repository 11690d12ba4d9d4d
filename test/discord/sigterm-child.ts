/**
 * Child process for the SIGTERM test: starts the adapter against the fake Discord given in the
 * environment and prints "ready". The adapter's own signal handler must stop it, and the process
 * must then exit by itself (nothing left holding the event loop).
 */
import { startDiscord } from '../../adapters/discord/index.js';
import { setLogLevel } from '../../src/log.js';
import { StubCore } from './stub-core.js';

setLogLevel('silent');
await startDiscord(
  { DISCORD_TOKEN: 'test-token-abcdef', DISCORD_API_URL: process.env.FAKE_DISCORD_API },
  new StubCore(),
  { rest: { globalRequestsPerSecond: 10_000 } },
);
process.stdout.write('ready\n');
