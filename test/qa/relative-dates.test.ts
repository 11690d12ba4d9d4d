/**
 * "When?" answered with a weekday ("after the bell Thursday") gives the date it stands for, read
 * against the article's own date, so the answer can be acted on.
 */
import { describe, expect, it } from 'vitest';
import { SAYS_NOT_TOLD, articleDay, resolveWeekday } from '../../src/qa/text.js';
import { askInShell, replyBody, useQaArticlesStore } from './articles-store.js';

const store = useQaArticlesStore();

describe('relative weekdays', () => {
  it('answers "when does X report?" with the date the weekday stands for', async () => {
    const [, reply] = await askInShell(store(), ['/company PWFD', 'When does Pellwood report?']);
    const body = replyBody(reply!);
    expect(body).toContain('May 7, 2026');
    expect(body).toContain('after the closing bell on Thursday');
  });

  it('reads a coming day forward and a reported one back from the article date', () => {
    // 2026-08-04 is a Tuesday.
    expect(resolveWeekday('X reports results after the bell on Thursday.', '2026-08-04')).toBe('2026-08-06');
    expect(resolveWeekday('The company said on Monday it would cut jobs.', '2026-08-04')).toBe('2026-08-03');
    expect(resolveWeekday('Holders vote next Tuesday.', '2026-08-04')).toBe('2026-08-11');
    expect(resolveWeekday('The call is on Wednesday, Nov. 5, 2025.', '2026-08-04')).toBeNull();
    expect(resolveWeekday('It reports on Thursday.', null)).toBeNull();
  });

  it("takes the article's date from its dateline when it has no publication date", () => {
    expect(articleDay({ publishedAt: null, text: 'BOSTON, June 2, 2026 (Wire) - Keel said' })).toBe(
      '2026-06-02',
    );
    expect(articleDay({ publishedAt: '2025-11-04', text: 'March 1, 2020' })).toBe('2025-11-04');
    expect(articleDay({ publishedAt: null, text: 'No date here.' })).toBeNull();
  });
});

describe('earnings dates', () => {
  it('answers "when are earnings?" with the date its own sentence states', async () => {
    const [, reply] = await askInShell(store(), ['/company TRNL', 'When are earnings?']);
    const body = replyBody(reply!);
    expect(body).toContain('Aug. 4');
    // The stored event's date contradicts its own sentence: not to be stated.
    expect(body).not.toContain('July 14');
  });

  it('does not answer "when are earnings?" with a call about an acquisition', async () => {
    const [, reply] = await askInShell(store(), ['/company CVDF', 'When are earnings?']);
    const body = replyBody(reply!);
    expect(body).not.toContain('June 1');
    expect(body).toMatch(SAYS_NOT_TOLD);
  });
});

describe('deal timing', () => {
  it('finds when a deal closes where the article says it will be completed', async () => {
    const [, reply] = await askInShell(store(), ['/deal BYMK', 'When is the deal expected to close?']);
    const body = replyBody(reply!);
    expect(body).toContain('second quarter of 2027');
  });
});
