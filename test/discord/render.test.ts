import { describe, expect, it } from 'vitest';
import { escapeMarkdown, maskedLink } from '../../adapters/discord/escape.js';
import { fitLines, LIMITS, renderOutcome } from '../../adapters/discord/render.js';
import type { Card, Outcome } from '../../src/bot/types.js';

const outcome = (card: Card, fallbackText = card.title): Outcome => ({
  card,
  visibility: 'public',
  fallbackText,
});

function embedTotal(e: ReturnType<typeof renderOutcome>['embeds'][number]): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

describe('discord renderer: Discord limits', () => {
  it('keeps a huge card within every limit and says how much was left out', () => {
    const long = 'x'.repeat(3000);
    const card: Card = {
      title: 'T'.repeat(400),
      subtitle: [long],
      fields: Array.from({ length: 40 }, (_, i) => ({
        label: `Field ${i} ${'n'.repeat(300)}`,
        value: [long],
      })),
      sections: Array.from({ length: 30 }, (_, i) => ({
        heading: `Section ${i}`,
        lines: Array.from({ length: 20 }, (_, j) => [`line ${j} `, { bold: 'detail' }, ' more text here']),
      })),
      citations: Array.from({ length: 60 }, (_, i) => ({
        title: `Article ${i}`,
        source: 'Wire',
        date: '2026-01-01',
        url: `https://news.example/${i}`,
      })),
      footer: 'f'.repeat(3000),
      threadPrompt: 'Reply to ask',
    };
    const msg = renderOutcome(outcome(card, long));
    const [embed] = msg.embeds;
    expect(msg.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
    expect(msg.content.length).toBeLessThanOrEqual(LIMITS.content);
    expect(embed!.title!.length).toBeLessThanOrEqual(LIMITS.title);
    expect(embed!.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(embed!.fields!.length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of embed!.fields!) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(embed!.footer!.text.length).toBeLessThanOrEqual(LIMITS.footer);
    expect(embedTotal(embed!)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(JSON.stringify(embed)).toMatch(/… and \d+ more/);
    // Every fact field is either shown or counted in the marker.
    const shown = embed!.fields!.filter((f) => f.name.startsWith('Field')).length;
    const marker = embed!.fields!.find((f) => /^… and \d+ more$/.test(f.value));
    expect(shown + Number(/\d+/.exec(marker!.value)![0])).toBe(40);
    expect(embed!.fields!.at(-1)!.name).toBe('Sources');
  });

  it('renders a small card whole, with no trimming marker', () => {
    const msg = renderOutcome(
      outcome({
        title: 'Deals: Lumen',
        fields: [{ label: 'Value', value: [{ bold: '$1.2B' }] }],
        sections: [{ heading: 'Latest', lines: [['Sale of a fiber unit'], ['Closing next year']] }],
      }),
    );
    const e = msg.embeds[0]!;
    expect(e.title).toBe('Deals: Lumen');
    expect(e.description).toBe('**Latest**\n• Sale of a fiber unit\n• Closing next year');
    expect(e.fields).toEqual([{ name: 'Value', value: '**$1.2B**', inline: true }]);
    expect(JSON.stringify(msg)).not.toMatch(/and \d+ more/);
  });

  it('fitLines counts the lines it leaves out', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `line number ${i}`);
    const out = fitLines(lines, 60);
    expect(out.length).toBeLessThanOrEqual(60);
    const kept = out.split('\n').filter((l) => l.startsWith('line'));
    expect(out).toContain(`… and ${10 - kept.length} more`);
  });

  it('falls back to plain content when embeds are not allowed', () => {
    const msg = renderOutcome(outcome({ title: 'T', sections: [] }, 'Plain answer\nsecond line'), {
      plainOnly: true,
    });
    expect(msg.embeds).toEqual([]);
    expect(msg.content).toBe('Plain answer\nsecond line');
  });
});

describe('discord escaping', () => {
  it('neutralises mentions, mass pings, markdown and masked links', () => {
    const out = escapeMarkdown('@everyone @here <@1> <@&2> <#3> [x](https://evil) **b** __u__ ||s|| `c`');
    expect(out).not.toMatch(/@everyone|@here/);
    expect(out).toContain('\\<@1>');
    expect(out).toContain('\\<@&2>');
    expect(out).toContain('\\<#3>');
    expect(out).toContain('\\[x\\](https://evil)');
    expect(out).toContain('\\*\\*b\\*\\*');
    expect(out).toContain('\\_\\_u\\_\\_');
    expect(out).toContain('\\|\\|s\\|\\|');
  });

  it('escapes block markdown only at line starts', () => {
    expect(escapeMarkdown('# Heading\n> quote\n- item\n1. first\nmid-word 3-for-1')).toBe(
      '\\# Heading\n\\> quote\n\\- item\n1\\. first\nmid-word 3-for-1',
    );
  });

  it('links only to http(s), never with a URL-looking label', () => {
    expect(maskedLink('click', 'javascript:alert(1)')).toBe('click');
    expect(maskedLink('https://good.example', 'https://evil.example')).toBe(
      '[https:\\/\\/good.example](<https://evil.example/>)',
    );
  });
});
