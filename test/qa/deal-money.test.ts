/**
 * Which figure answers "how much?": the deal the thread is about, or the one the named company shares
 * with the subject; never another deal's figure from the same or a neighbouring article.
 */
import { describe, expect, it } from 'vitest';
import { amountsIn } from '../../src/qa/text.js';
import { askInShell, replyBody as body, useQaArticlesStore } from './articles-store.js';

const store = useQaArticlesStore();
const ask = (lines: string[]) => askInShell(store(), lines);

describe('the figure of the deal asked about', () => {
  it('"How much?" under two deals gives each figure to its own deal, never one deal the other\'s', async () => {
    const [, much] = await ask(['/deal KEEL', 'How much?']);
    expect(body(much!)).toMatch(/Acquisition with Lumio: about \$300M/);
    expect(body(much!)).toMatch(/Acquisition with Ferro Labs: about \$4B/);
  });

  it("a named counterparty's contract is the one it shares with the subject", async () => {
    const [, worth] = await ask(['/deal TLWV', 'What is the Orca Motors contract worth?']);
    expect(body(worth!)).toContain('more than $1 billion');
    expect(body(worth!)).not.toContain('2.2 billion');
  });

  it('reads amounts in the forms wires write them', () => {
    expect(amountsIn('about $900 mln, or $2.4 billion and €1.5bn')).toEqual([9e8, 2.4e9, 1.5e9]);
  });
});

describe('who', () => {
  it('answers "who else bid?" with the companies named, not only people', async () => {
    const [, who] = await ask(['/deal TLWV', 'Who else bid for the work?']);
    expect(body(who!)).toContain('Verity and Brightline');
  });
});

describe('a bare "how much?" under several deals', () => {
  it('gives every deal of the thread its value from the records, undisclosed ones said so', async () => {
    const [, much] = await ask(['/deal HLFD', 'How much?']);
    const text = body(much!);
    expect(text).toMatch(/Sale to Millbrook Dairy[^;]*: \$310M/);
    expect(text).toMatch(/Partnership with Quayside Logistics: no terms disclosed/);
    expect(text).not.toMatch(/\$220/);
    // Nothing ranked to continue with: no "more" offered.
    expect(much).not.toMatch(/Reply "more"/);
  });
});

describe('a deal whose sources disagree on its value', () => {
  it('"how much?" says the sources disagree instead of letting one quote settle it', async () => {
    const [card, much] = await ask(['/deal MRWF', 'How much?']);
    expect(card).toMatch(/sources disagree/);
    expect(body(much!)).toMatch(/Sources disagree on the value: \$1\.\dB in some, \$1\.\dB in others/);
  });
});

describe('a bidder that dropped out beside the deal that was struck (session 16)', () => {
  it('"What\'s the price per share?" answers with the agreed price, not the dropped bid or the opening offer', async () => {
    const [card, price] = await ask(['/deal TLOR', "What's the price per share?"]);
    expect(card).toMatch(/Harwell/);
    expect(body(price!)).toMatch(/\$31 a share/);
    expect(body(price!)).not.toMatch(/The deals here/);
  });
});
