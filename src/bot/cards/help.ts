/** /help: every command with its usage, or one command in detail. */
import { usageOf, type CommandDeclaration } from '../command.js';
import type { Card } from '../types.js';

export function helpCard(commands: readonly CommandDeclaration[], one?: CommandDeclaration): Card {
  if (one) {
    const subs = one.subcommands ?? [];
    return {
      title: `/${one.name}`,
      subtitle: [one.description],
      sections: [
        {
          heading: 'Usage',
          lines: subs.length
            ? subs.map((s) => [{ code: usageOf(one, s) }, ` — ${s.description}`])
            : [[{ code: usageOf(one) }]],
        },
        ...((subs.length ? subs.flatMap((s) => s.options) : one.options).length
          ? [
              {
                heading: 'Options',
                lines: dedupe(subs.length ? subs.flatMap((s) => s.options) : one.options).map((o) => [
                  { bold: o.name },
                  `${o.required ? '' : ' (optional)'}: ${o.description}`,
                ]),
              },
            ]
          : []),
        ...(one.examples?.length
          ? [{ heading: 'Examples', lines: one.examples.map((e) => [{ code: e }]) }]
          : []),
      ],
      ...(one.permission === 'manageChannel'
        ? { footer: 'Changes need the Manage Channels permission.' }
        : {}),
    };
  }
  return {
    title: 'Dealdesk commands',
    subtitle: [
      'Deals, moves and news from the articles in the store. Reply in a thread under an answer to ask follow-ups.',
    ],
    sections: [{ lines: commands.map((c) => [{ code: usageOf(c) }, ` — ${c.description}`]) }],
    footer: 'Type /help <command> for details and examples.',
  };
}

function dedupe<T extends { name: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.name) ? false : (seen.add(i.name), true)));
}
