/**
 * `npm run bench`: every benchmark in turn, each in its own process (so one's heap and caches don't
 * colour the next), printing its figures as it goes. Pass names to run a subset: `npm run bench -- store qa`.
 */
import { spawnSync } from 'node:child_process';

const ALL = ['extract', 'ingest', 'store', 'commands', 'qa', 'digest', 'slack', 'discord'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !ALL.includes(w));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${ALL.join(', ')}`);
  process.exit(2);
}

const failed: string[] = [];
for (const name of wanted.length ? wanted : ALL) {
  console.log(`\n=== bench:${name} ===`);
  const run = spawnSync('npm', ['run', '--silent', `bench:${name}`], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
