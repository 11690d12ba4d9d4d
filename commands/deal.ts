/** /deal <ticker|company> [type] [since]: the company's deals, newest first. */
import { dealsCard } from '../src/bot/cards/deal.js';
import { displayName } from '../src/bot/cards/format.js';
import { emptyCard } from '../src/bot/cards/notice.js';
import { defineCommand } from '../src/bot/command.js';
import { companyOption, dealTypeOption, sinceOption } from '../src/bot/options.js';
import { coverage, loadDealViews } from '../src/bot/queries.js';

const PAGE = 10;

export default defineCommand({
  name: 'deal',
  cacheable: true,
  description: "A company's deals, newest first: value, status, stock reaction and sources",
  examples: ['/deal LUMN', '/deal lumen acquisitions since 2025-01', '/deal Palantir partnerships 90d'],
  options: [companyOption(true), dealTypeOption, sinceOption],
  async run({ args, store }) {
    const { type, since } = args;
    let company = args.company;
    const deals = await store.deals.byParty(company.ticker, { limit: PAGE + 1, since, type });
    company = {
      ...company,
      name: displayName(
        company,
        deals.flatMap((d) => d.parties),
      ),
    };
    if (!deals.length) {
      const filter = `${type ? ` ${type}` : ''}`;
      return {
        card: emptyCard(
          `Deals: ${company.name === company.ticker ? company.ticker : `${company.name} (${company.ticker})`}`,
          `I have no${filter} deals for ${company.name}${since ? ` since ${since}` : ''} in the store.`,
          await coverage(store),
        ),
      };
    }
    const views = await loadDealViews(store, deals.slice(0, PAGE));
    return {
      card: dealsCard(company, views, { type, since }, deals.length > PAGE),
      followUp: {
        command: 'deal',
        tickers: [company.ticker],
        dealIds: views.map((v) => v.deal.id),
        articleIds: [...new Set(views.flatMap((v) => v.articles.map((a) => a.id)))],
        lastAnswer: null,
      },
    };
  },
});
