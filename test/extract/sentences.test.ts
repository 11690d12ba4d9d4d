import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('sentences', () => {
  it('does not split after abbreviations, initials, decimals and amounts', () => {
    expect(
      texts('Brightwave Inc. said on Jan. 4 it would pay $2.75 B for the U.S. unit. Investors cheered.'),
    ).toEqual([
      'Brightwave Inc. said on Jan. 4 it would pay $2.75 B for the U.S. unit.',
      'Investors cheered.',
    ]);
    expect(texts('J. R. Smith of Dr. Pepper vs. rivals, approx. 3.5 times more.')).toHaveLength(1);
  });
  it('ends a sentence after an amount written with a one-letter scale ("€380m.")', () => {
    expect(texts('PayPal agreed to buy Kvarnby for €380m. Its biggest backer is Northzone.')).toEqual([
      'PayPal agreed to buy Kvarnby for €380m.',
      'Its biggest backer is Northzone.',
    ]);
    expect(texts('He met J. Smith at 5 p.m. Investors cheered.')).toEqual([
      'He met J. Smith at 5 p.m.',
      'Investors cheered.',
    ]);
  });
  it('splits after an abbreviation when a new sentence clearly starts', () => {
    expect(texts('It bought Orrin Corp. The price was steep.')).toEqual([
      'It bought Orrin Corp.',
      'The price was steep.',
    ]);
  });
  it('keeps a quotation whole even when it holds several sentences', () => {
    const t = '“We grew fast. Now we grow well,” the chief executive said. Shares rose.';
    expect(texts(t)).toEqual(['“We grew fast. Now we grow well,” the chief executive said.', 'Shares rose.']);
  });
  it('treats an ellipsis followed by lower case as one sentence', () => {
    expect(texts('It is early… but promising. Next one.')).toHaveLength(2);
  });
  it('makes headings and bullets their own units', () => {
    expect(texts('Key numbers\nRevenue rose\nMargins fell. Cash held up.')).toEqual([
      'Key numbers',
      'Revenue rose',
      'Margins fell.',
      'Cash held up.',
    ]);
  });
  it('reports offsets that slice back to the sentence', () => {
    const t = '  First one here.  Second one? Third!\n\nFourth line';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('a place abbreviation that ends a sentence', () => {
  it('splits after "the U.K." when a name and its verb follow, not inside "U.S. Steel said"', () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    expect(
      texts('It needs clearance in the U.S. and the U.K. Lionsgate will hold a call on Tuesday.'),
    ).toEqual(['It needs clearance in the U.S. and the U.K.', 'Lionsgate will hold a call on Tuesday.']);
    expect(texts('Nippon Steel bought U.S. Steel said people familiar.')).toHaveLength(1);
  });
});
