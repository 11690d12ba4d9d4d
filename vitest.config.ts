import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'commands/**/*.test.ts', 'adapters/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Store contract tests share the Redis/Postgres servers: namespaces keep them apart.
    pool: 'forks',
  },
});
