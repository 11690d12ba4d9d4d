/**
 * A company-specific question asked outside any thread and naming no company has no subject: the
 * answer says so instead of quoting whichever company's figure ranks best in the store.
 * A deal question is different: what changes hands names it, and the answer becomes the thread.
 */
import { expect, it } from 'vitest';
import { SAYS_NOT_TOLD, numbersIn } from '../../src/qa/text.js';
import { askInShell, replyBody, useQaArticlesStore } from './articles-store.js';

const store = useQaArticlesStore();

it("asks which company rather than quoting another company's estimate", async () => {
  const [reply] = await askInShell(store(), ['What are analysts expecting for earnings?']);
  const body = replyBody(reply!).replace(/^\(thread[^\n]*$/gm, '');
  expect(body).toMatch(SAYS_NOT_TOLD);
  expect(body).toContain('which company');
  expect(numbersIn(body)).toEqual([]);
});

it('does not name an arbitrary article as "the source" when nothing was answered yet', async () => {
  const [reply] = await askInShell(store(), ["What's the source?"]);
  expect(reply).toMatch(SAYS_NOT_TOLD);
  expect(reply).not.toMatch(/That comes from/);
});

it('finds a deal named only by what changes hands, and keeps its companies for the follow-up', async () => {
  const [buyer, reply] = await askInShell(store(), [
    'Who is buying the frozen desserts unit?',
    'How much is it paying?',
  ]);
  expect(buyer).toMatch(/Millbrook/);
  expect(reply).toMatch(/\$310 million/);
  expect(reply).not.toMatch(SAYS_NOT_TOLD);
});
