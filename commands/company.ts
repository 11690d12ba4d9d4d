/** /company <ticker|name>: a profile from the store. */
import {
  analystLine,
  dealLine,
  dedupeEvents,
  eventLine,
  headlineLine,
  moveLine,
  withSource,
} from '../src/bot/cards/facts.js';
import { statusSource } from '../src/bot/cards/deal.js';
import { citationOf, displayName } from '../src/bot/cards/format.js';
import { emptyCard } from '../src/bot/cards/notice.js';
import { defineCommand } from '../src/bot/command.js';
import { companyOption } from '../src/bot/options.js';
import { coverage } from '../src/bot/queries.js';
import { addDays, isoDay } from '../src/bot/resolvers/date.js';
import type { CardSection, RichText } from '../src/bot/types.js';

export default defineCommand({
  name: 'company',
  cacheable: true,
  description: 'Company profile: aliases, recent deals, moves, analyst actions, upcoming events, headlines',
  examples: ['/company LUMN', '/company Palantir'],
  options: [companyOption(true)],
  async run({ args, store, now }) {
    const t = args.company.ticker;
    const today = isoDay(now);
    const [record, deals, moves, analysts, events, headlines] = await Promise.all([
      store.companies.get(t),
      store.deals.byParty(t, { limit: 3 }),
      store.stockMoves.byTicker(t, { limit: 3 }),
      store.analystActions.byTicker(t, { limit: 3 }),
      store.events.between(today, addDays(today, 90), t, 10),
      store.articles.byTicker(t, { limit: 5 }),
    ]);
    const company = {
      ...args.company,
      name: displayName(args.company, [
        ...deals.flatMap((d) => d.parties),
        ...[...moves, ...analysts].map((f) => ({ ticker: f.ticker, name: f.company })),
      ]),
    };
    const upcoming = dedupeEvents(events).slice(0, 3);
    if (!deals.length && !moves.length && !analysts.length && !upcoming.length && !headlines.length)
      return {
        card: emptyCard(
          company.name,
          `I have nothing about ${company.name} (${t}) in the store yet.`,
          await coverage(store),
        ),
      };
    const ids = new Set<string>([
      ...deals.map((d) => statusSource(d).articleId),
      ...moves.map((m) => m.articleId),
      ...analysts.map((a) => a.articleId),
      ...upcoming.map((e) => e.articleId),
    ]);
    const extra = await store.articles.heads([...ids].filter((id) => !headlines.some((h) => h.id === id)));
    const articles = new Map([...headlines, ...extra].map((a) => [a.id, a]));
    const section = (heading: string, lines: RichText[]): CardSection[] =>
      lines.length ? [{ heading, lines }] : [];
    const aliases = (record?.aliases ?? company.aliases).filter((a) => a !== company.name).slice(0, 6);
    return {
      card: {
        title: `${company.name} (${t})`,
        fields: [
          ...(record?.exchange ? [{ label: 'Exchange', value: [record.exchange] }] : []),
          ...(aliases.length ? [{ label: 'Also known as', value: [aliases.join(', ')] }] : []),
        ],
        sections: [
          ...section(
            'Recent deals',
            deals.map((d) => withSource(dealLine(d, t), articles.get(statusSource(d).articleId))),
          ),
          ...section(
            'Stock moves',
            moves.map((m) => withSource(moveLine(m), articles.get(m.articleId))),
          ),
          ...section(
            'Analyst actions',
            analysts.map((a) => withSource(analystLine(a), articles.get(a.articleId))),
          ),
          ...section(
            'Upcoming events (90 days)',
            upcoming.map((e) => withSource(eventLine(e), articles.get(e.articleId))),
          ),
          ...section(
            'Latest headlines',
            headlines.map((a) => headlineLine(a, 140)),
          ),
        ],
        citations: [...articles.values()].map(citationOf),
        buttons: [{ id: 'followup', label: 'Ask a follow-up', value: `company:${t}` }],
        threadPrompt: 'Reply in this thread to ask about its deals, moves, analysts or earnings.',
      },
      followUp: {
        command: 'company',
        tickers: [t],
        dealIds: deals.map((d) => d.id),
        articleIds: [...articles.keys()],
        lastAnswer: null,
      },
    };
  },
});
