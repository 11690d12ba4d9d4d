/** The Block Kit renderer: escaping, our own markup, and Slack's limits (checked by the fake's validator). */
import { describe, expect, it } from 'vitest';
import {
  escapeMrkdwn,
  renderCard,
  renderOutcome,
  renderSpan,
  safeUrl,
  SLACK_LIMITS,
} from '../../adapters/slack/render.js';
import type { Card, Outcome } from '../../src/bot/types.js';
import { checkBlocks } from './fake-slack.js';

const outcome = (card: Card): Outcome => ({ card, visibility: 'public', fallbackText: card.title });
const mrkdwnOf = (blocks: unknown) => JSON.stringify(blocks);

describe('escaping', () => {
  it('escapes &, < and > in content so mentions and links stay inert', () => {
    expect(escapeMrkdwn('<!channel> & <@U123> <http://x|y>')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;http://x|y&gt;',
    );
  });

  it('renders our markup spans, escaping what they wrap', () => {
    expect(renderSpan({ bold: 'A&B <!here>' })).toBe('*A&amp;B &lt;!here&gt;*');
    expect(renderSpan({ italic: 'x' })).toBe('_x_');
    expect(renderSpan({ code: 'a`b' })).toBe('`a b`');
    expect(renderSpan({ link: 'Read <more>', url: 'https://ex.com/a?b=1&c=2' })).toBe(
      '<https://ex.com/a?b=1&amp;c=2|Read &lt;more&gt;>',
    );
  });

  it('links only http(s) URLs; other schemes become plain text', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('slack://channel?id=1')).toBeNull();
    expect(renderSpan({ link: 'click', url: 'javascript:alert(1)' })).toBe('click');
    expect(renderSpan({ link: 'x|y', url: 'https://ex.com/p|q>r' })).toBe('<https://ex.com/p%7Cq%3Er|x¦y>');
  });
});

describe('card layout', () => {
  it('renders header, fields, sections, citations, prompt, footer and buttons', () => {
    const blocks = renderCard({
      title: 'Deals: LUMN',
      subtitle: ['Lumen ', { bold: 'sells' }, ' fiber unit'],
      fields: [{ label: 'Value', value: ['$5.75 billion'] }],
      sections: [{ heading: 'Latest', lines: [['one'], ['two']] }],
      citations: [{ title: 'Story', source: 'Wire', date: '2026-01-02', url: 'https://news.example/a' }],
      threadPrompt: 'Reply in this thread',
      footer: 'Dealdesk',
      buttons: [{ id: 'followup', label: 'Ask a follow-up', value: 'deal:LUMN' }],
    });
    expect(blocks.map((b) => b.type)).toEqual([
      'header',
      'section',
      'section',
      'section',
      'context',
      'context',
      'context',
      'actions',
    ]);
    expect(mrkdwnOf(blocks)).toContain('*Latest*\\none\\ntwo');
    expect(mrkdwnOf(blocks)).toContain('<https://news.example/a|Story> · Wire · 2026-01-02');
    expect(checkBlocks(blocks)).toBeNull();
  });
});

describe('limits', () => {
  const line = (i: number) => [
    `Deal ${i}: `,
    { bold: `Company ${i}` },
    ' agreed to buy a unit for $1.2 billion & more',
  ];

  it('trims a very long list with "… and N more" instead of exceeding Slack limits', () => {
    const card: Card = {
      title: 'Deals',
      sections: [{ heading: 'All', lines: Array.from({ length: 2000 }, (_, i) => line(i)) }],
    };
    const { blocks, text } = renderOutcome(outcome(card));
    expect(checkBlocks(blocks)).toBeNull();
    expect(JSON.stringify(blocks).length).toBeLessThanOrEqual(SLACK_LIMITS.blocksJson);
    expect(mrkdwnOf(blocks)).toMatch(/… and \d+ more/);
    expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  });

  it('keeps many sections, fields, citations and buttons within every per-block limit', () => {
    const card: Card = {
      title: 'T'.repeat(400),
      subtitle: ['s'.repeat(5000)],
      fields: Array.from({ length: 35 }, (_, i) => ({ label: `F${i}`, value: ['v'.repeat(2500)] })),
      sections: Array.from({ length: 80 }, (_, i) => ({
        heading: `H${i}`,
        lines: [['x'.repeat(4000)], ['y']],
      })),
      citations: Array.from({ length: 25 }, (_, i) => ({
        title: `C${i}`,
        source: null,
        date: null,
        url: null,
      })),
      buttons: Array.from({ length: 30 }, () => ({
        id: 'more',
        label: 'L'.repeat(100),
        value: 'v'.repeat(3000),
      })),
    };
    const blocks = renderCard(card);
    expect(checkBlocks(blocks)).toBeNull();
    expect(blocks.length).toBeLessThanOrEqual(50);
    const header = blocks[0] as { text: { text: string } };
    expect(header.text.text.length).toBeLessThanOrEqual(150);
    expect(mrkdwnOf(blocks)).toContain('… and 15 more'); // citations beyond 10
  });

  it('keeps a header on one line and never sends empty button labels', () => {
    const blocks = renderCard({
      title: 'Deals:\n\n  LUMN',
      sections: [],
      buttons: [{ id: '', label: '  ', value: 'x' }],
    });
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Deals: LUMN' } });
    expect(checkBlocks(blocks)).toBeNull();
  });

  it('never splits an escaped entity or a link when truncating', () => {
    const card: Card = {
      title: 'x',
      sections: [{ lines: [['&'.repeat(5000)], [{ link: 'a'.repeat(4000), url: 'https://e.com' }]] }],
    };
    const blocks = renderCard(card);
    expect(checkBlocks(blocks)).toBeNull();
    for (const m of mrkdwnOf(blocks).matchAll(/&[a-z]*(?=[^a-z;])/g)) expect(m[0]).toMatch(/^&(amp|lt|gt)?$/);
    expect(mrkdwnOf(blocks)).not.toMatch(/&(am|a|l|g)…/);
  });

  it('posts exactly the rendered blocks, whether or not lines were dropped to fit', () => {
    const lines = (n: number, len: number) =>
      Array.from({ length: n }, (_, i) => [`${i} ${'w'.repeat(len)}`]);
    for (const card of [
      { title: 'small', sections: [{ lines: lines(3, 20) }] },
      { title: 'big', sections: Array.from({ length: 40 }, () => ({ lines: lines(2, 2900) })) },
    ]) {
      const message = renderOutcome(outcome(card));
      // what post.ts sends as `blocks`
      expect(message.blocksJson ?? JSON.stringify(message.blocks)).toBe(JSON.stringify(message.blocks));
    }
  });
});
