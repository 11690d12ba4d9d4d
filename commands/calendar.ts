/** /calendar [ticker] [days]: upcoming earnings and deal events. */
import { dedupeEvents, eventLine, withSource } from '../src/bot/cards/facts.js';
import { citationOf } from '../src/bot/cards/format.js';
import { defineCommand } from '../src/bot/command.js';
import { companyOption, daysOption } from '../src/bot/options.js';
import { addDays, isoDay } from '../src/bot/resolvers/date.js';

const DEFAULT_DAYS = 14;
const DEFAULT_DAYS_FOR_COMPANY = 90;

export default defineCommand({
  name: 'calendar',
  cacheable: true,
  description: 'Upcoming earnings, deal closings and votes, for one company or all',
  examples: ['/calendar', '/calendar LUMN', '/calendar 30d', '/calendar PLTR next 2 weeks'],
  options: [
    companyOption(false),
    daysOption(`default ${DEFAULT_DAYS}, or ${DEFAULT_DAYS_FOR_COMPANY} for one company`),
  ],
  async run({ args, store, now }) {
    const { company, days } = args;
    const span = days ?? (company ? DEFAULT_DAYS_FOR_COMPANY : DEFAULT_DAYS);
    const from = isoDay(now);
    const to = addDays(from, span);
    // The company's latest event is read alongside the window, not after it: an empty calendar then
    // shares the window's round trips, and a full one only adds a few keys to them.
    const [found, latest] = await Promise.all([
      store.events.between(from, to, company?.ticker, 50),
      company ? store.events.byTicker(company.ticker, { limit: 1 }) : [],
    ]);
    const events = dedupeEvents(found).slice(0, 25);
    const who = company ? `${company.name} (${company.ticker})` : 'all companies';
    if (!events.length) {
      const lastKnown = latest[0];
      return {
        card: {
          title: `Calendar: ${who}`,
          sections: [
            {
              lines: [
                [`Nothing scheduled in the next ${span} days (${from} to ${to}) in the store.`],
                ...(lastKnown ? [[`Latest known event: ${eventLine(lastKnown)}`]] : []),
              ],
            },
          ],
        },
      };
    }
    const articles = new Map(
      (await store.articles.heads([...new Set(events.map((e) => e.articleId))])).map((a) => [a.id, a]),
    );
    return {
      card: {
        title: `Calendar: ${who}`,
        subtitle: [`Next ${span} days, soonest first`],
        sections: [{ lines: events.map((e) => withSource(eventLine(e), articles.get(e.articleId))) }],
        citations: [...articles.values()].map(citationOf),
        threadPrompt: 'Reply in this thread to ask about these events.',
      },
      followUp: {
        command: 'calendar',
        tickers: [...new Set(events.map((e) => e.ticker).filter((t): t is string => !!t))].slice(0, 10),
        dealIds: [],
        articleIds: [...articles.keys()],
        lastAnswer: null,
      },
    };
  },
});
