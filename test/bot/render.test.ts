import { describe, expect, it } from 'vitest';
import { neutralize, renderPlain } from '../../src/bot/render/plain.js';
import { formatMoney, summaryOf } from '../../src/bot/cards/format.js';
import { summarise } from '../../src/domain/summary.js';

describe('plain renderer', () => {
  it('renders title, fields, sections, citations and the thread prompt', () => {
    const text = renderPlain({
      title: 'Deals: Lumen',
      fields: [{ label: 'Exchange', value: ['NYSE'] }],
      sections: [{ heading: 'Partnership', lines: [['Value: ', { bold: 'over $200M' }]] }],
      citations: [{ title: 'A story', source: 'Wire', date: '2025-10-24', url: 'https://news.test/a' }],
      threadPrompt: 'Reply to ask more.',
    });
    expect(text).toBe(
      [
        'Deals: Lumen',
        '',
        'Exchange: NYSE',
        '',
        'Partnership',
        '  • Value: over $200M',
        '',
        'Sources',
        '  [1] A story — Wire, 2025-10-24 <https://news.test/a>',
        '',
        'Reply to ask more.',
      ].join('\n'),
    );
  });

  it('neutralises terminal escapes, control and bidi characters from content', () => {
    const evil = 'Deal\u001b[2J\u001b]0;pwned\u0007 done\u0000\u202Eevil\r\nnext';
    const out = renderPlain({ title: evil, sections: [{ lines: [[evil]] }] });
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\u202E]/);
    expect(out.split('\n')[0]).toBe('Deal doneevil next');
    expect(neutralize('a\nb', true)).toBe('a\nb');
  });

  it('formats money with qualifier and currency', () => {
    expect(formatMoney({ amount: 5.75e9, currency: 'USD', qualifier: null, text: '' })).toBe('$5.75B');
    expect(formatMoney({ amount: 2e8, currency: 'USD', qualifier: 'over', text: '' })).toBe('over $200M');
    expect(formatMoney({ amount: 3e8, currency: 'SEK', qualifier: 'about', text: '' })).toBe(
      'about 300M SEK',
    );
  });
});

describe('one-line summaries', () => {
  it('skip the title and dateline and do not stop at abbreviations', () => {
    const text =
      'Widgets rise\n\nNEW YORK, Oct. 24, 2025 — Shares of Widget Corp. rose 4% on Thursday, Oct. 23, after a contract win. More text follows here.';
    expect(summarise('Widgets rise', text)).toBe(
      'Shares of Widget Corp. rose 4% on Thursday, Oct. 23, after a contract win.',
    );
  });

  it('truncates long first sentences on a word boundary, in the store and again in a card', () => {
    const stored = summarise('T', `${'word '.repeat(80)}end.`);
    expect(stored.length).toBeLessThanOrEqual(240);
    const s = summaryOf({ summary: stored }, 50);
    expect(s.length).toBeLessThanOrEqual(50);
    expect(s.endsWith('…')).toBe(true);
  });
});
