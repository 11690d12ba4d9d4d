/** In-process backend for tests: Keyv over a Map. The claim is a synchronous check-and-set. */
import Keyv from 'keyv';
import { deserialize, keyvOptions, type Backend } from './backend.js';

export function openMemory(): Backend {
  const map = new Map<string, string>();
  const keyv = new Keyv({ ...keyvOptions, store: map });
  return {
    kind: 'memory',
    keyv,
    async insertIfAbsent(key, raw) {
      const existing = map.get(key);
      if (existing !== undefined) {
        const { expires } = deserialize(existing);
        if (typeof expires !== 'number' || expires > Date.now()) return false;
      }
      map.set(key, raw);
      return true;
    },
    async deletePrefix(prefix) {
      for (const key of [...map.keys()]) if (key.startsWith(prefix)) map.delete(key);
    },
    async ping() {},
    async close() {
      map.clear();
    },
  };
}
