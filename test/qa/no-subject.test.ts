/**
 * A company-specific question asked outside any thread and naming no company has no subject: the
 * answer says so instead of quoting whichever company's figure ranks best in the store.
 * A deal question is different: what changes hands names it, and the answer becomes the thread.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createShellSession } from '../../adapters/shell/index.js';
import { createCore } from '../../src/bot/core.js';
import { createQaAnswerer } from '../../src/qa/answerer.js';
import { SAYS_NOT_TOLD, numbersIn } from '../../src/qa/text.js';
import type { Store } from '../../src/store/types.js';
import { qaArticlesStore } from './articles-store.js';

let store: Store;
beforeAll(async () => {
  store = await qaArticlesStore();
});
afterAll(() => store.close());

it("asks which company rather than quoting another company's estimate", async () => {
  const core = createCore({ store, answerer: createQaAnswerer() });
  const out: string[] = [];
  const session = createShellSession(core, (t) => out.push(t));
  await session.handleLine('What are analysts expecting for earnings?');
  const body = out
    .join('')
    .split(/^\s*Sources\s*$/m)[0]!
    .replace(/^\(thread[^\n]*$/gm, '');
  expect(body).toMatch(SAYS_NOT_TOLD);
  expect(body).toContain('which company');
  expect(numbersIn(body)).toEqual([]);
});

it('does not name an arbitrary article as "the source" when nothing was answered yet', async () => {
  const core = createCore({ store, answerer: createQaAnswerer() });
  const out: string[] = [];
  const session = createShellSession(core, (t) => out.push(t));
  await session.handleLine("What's the source?");
  const reply = out.join('');
  expect(reply).toMatch(SAYS_NOT_TOLD);
  expect(reply).not.toMatch(/That comes from/);
});

it('finds a deal named only by what changes hands, and keeps its companies for the follow-up', async () => {
  const core = createCore({ store, answerer: createQaAnswerer() });
  const out: string[] = [];
  const session = createShellSession(core, (t) => out.push(t));
  await session.handleLine('Who is buying the frozen desserts unit?');
  expect(out.join('')).toMatch(/Millbrook/);
  out.length = 0;
  await session.handleLine('How much is it paying?');
  const reply = out.join('');
  expect(reply).toMatch(/\$310 million/);
  expect(reply).not.toMatch(SAYS_NOT_TOLD);
});
