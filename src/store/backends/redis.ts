/**
 * Redis through @keyv/redis, on a client we create so that the first connection fails fast (no
 * endless reconnect loop at start-up) and later drops reconnect with backoff. The claim is a native
 * SET NX PX on the same client.
 */
import KeyvRedis, { createClient } from '@keyv/redis';
import Keyv from 'keyv';
import { createLogger } from '../../log.js';
import { keyvOptions, withTimeout, type Backend, type BackendOptions } from './backend.js';

const log = createLogger('store');

export async function openRedis(url: string, opts: BackendOptions): Promise<Backend> {
  let connected = false;
  const client = createClient({
    url,
    // While disconnected, commands fail at once (a friendly "store unavailable") instead of queueing.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: opts.connectTimeoutMs,
      reconnectStrategy: (retries: number, cause: Error) =>
        connected ? Math.min(100 * 2 ** retries, 3000) : cause,
    },
  });
  let lastError: Error | undefined;
  client.on('error', (error: Error) => {
    lastError = error;
    log.debug('redis:', error.message);
  });
  try {
    await withTimeout(client.connect(), opts.connectTimeoutMs, 'Redis connection');
  } catch (error) {
    if (client.isOpen) client.destroy();
    throw lastError ?? error; // the socket error says more than "the client is closed"
  }
  connected = true;
  const adapter = new KeyvRedis(client, { throwOnErrors: true });
  const keyv = new Keyv({ ...keyvOptions, store: adapter });
  return {
    kind: 'redis',
    keyv,
    async insertIfAbsent(key, raw, expiresAt) {
      const ttl = expiresAt === undefined ? undefined : Math.max(1, expiresAt - Date.now());
      const reply = await client.set(key, raw, {
        condition: 'NX',
        ...(ttl === undefined ? {} : { expiration: { type: 'PX', value: ttl } }),
      });
      return reply === 'OK';
    },
    async deletePrefix(prefix) {
      const pattern = `${prefix.replace(/[*?[\]\\]/g, (c) => `\\${c}`)}*`;
      for await (const keys of client.scanIterator({ MATCH: pattern, COUNT: 1000 })) {
        if (keys.length) await client.unlink(keys);
      }
    },
    async ping() {
      await client.ping();
    },
    async close() {
      connected = false;
      if (client.isOpen) await client.close();
    },
  };
}
