/** /news <ticker|company|keywords>: latest articles with one-line summaries. */
import { directoryFor } from '../src/bot/directory.js';
import { headlineLine } from '../src/bot/cards/facts.js';
import { citationOf } from '../src/bot/cards/format.js';
import { emptyCard } from '../src/bot/cards/notice.js';
import { defineCommand, option } from '../src/bot/command.js';
import { sinceOption } from '../src/bot/options.js';
import { coverage } from '../src/bot/queries.js';
import { fail, ok, orList, type Resolution } from '../src/bot/resolvers/result.js';
import { resolveCompany, type ResolvedCompany } from '../src/bot/resolvers/ticker.js';
import type { ArticleRecord } from '../src/domain/records.js';

type NewsSubject =
  | { kind: 'company'; company: ResolvedCompany }
  | { kind: 'keywords'; words: string[]; suggestions: string[] };

const PAGE = 8;
/** Keyword search reads this many newest articles at most: bounded work on any store size. */
const KEYWORD_WINDOW = 2000;

export default defineCommand({
  name: 'news',
  description: 'Latest articles about a company or keywords, with one-line summaries',
  examples: ['/news LUMN', '/news Palantir since 30d', '/news fiber sale'],
  options: [
    option({
      name: 'query',
      description: 'Ticker, company name or keywords',
      placeholder: 'ticker|company|keywords',
      type: 'string',
      autocomplete: 'ticker',
      freeText: 'rest',
      async resolve(raw, env): Promise<Resolution<NewsSubject>> {
        const text = raw.trim();
        if (!text) return fail('What news? Give a ticker, a company or some keywords.');
        const r = await resolveCompany(text, directoryFor(env.store));
        if (r.ok) return ok({ kind: 'company', company: r.value });
        const words = text
          .toLowerCase()
          .split(/\s+/)
          .filter((w) => w.length > 1);
        return ok({ kind: 'keywords', words, suggestions: r.suggestions ?? [] });
      },
    }),
    { ...sinceOption, freeText: 'flag' as const },
  ],
  async run({ args, store }) {
    const { query, since } = args;
    let articles: ArticleRecord[];
    let label: string;
    if (!query) {
      articles = await store.articles.newest({ limit: PAGE, since });
      label = 'Latest news';
    } else if (query.kind === 'company') {
      articles = await store.articles.byTicker(query.company.ticker, { limit: PAGE, since });
      label = `News: ${query.company.name} (${query.company.ticker})`;
    } else {
      const pool = await store.articles.newest({ limit: KEYWORD_WINDOW, since });
      articles = pool
        .filter((a) => {
          const hay = `${a.title}\n${a.text}`.toLowerCase();
          return query.words.every((w) => hay.includes(w));
        })
        .slice(0, PAGE);
      label = `News: ${query.words.join(' ')}`;
    }
    if (!articles.length) {
      const hint =
        query?.kind === 'keywords' && query.suggestions.length
          ? ` Did you mean ${orList(query.suggestions)}?`
          : '';
      return {
        card: emptyCard(
          label,
          `No articles match${since ? ` since ${since}` : ''}.${hint}`,
          await coverage(store),
        ),
      };
    }
    const tickers = query?.kind === 'company' ? [query.company.ticker] : [];
    return {
      card: {
        title: label,
        subtitle: [
          `${articles.length} newest article${articles.length === 1 ? '' : 's'}${since ? ` since ${since}` : ''}`,
        ],
        sections: [{ lines: articles.map((a) => headlineLine(a)) }],
        citations: articles.map(citationOf),
        buttons: [{ id: 'followup', label: 'Ask a follow-up', value: `news:${tickers[0] ?? ''}` }],
        threadPrompt: 'Reply in this thread to ask about these articles.',
      },
      followUp: {
        command: 'news',
        tickers,
        dealIds: [],
        articleIds: articles.map((a) => a.id),
        lastAnswer: null,
      },
    };
  },
});
