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
import type { ArticleHead } from '../src/domain/records.js';
import type { Store } from '../src/store/types.js';

type NewsSubject =
  | { kind: 'company'; company: ResolvedCompany }
  | { kind: 'keywords'; words: string[]; suggestions: string[] };

const PAGE = 8;
/** Keyword search reads this many newest articles at most: bounded work on any store size. */
const KEYWORD_WINDOW = 2000;
/** Texts are read this many articles at a time, and only until a page of matches is found. */
const TEXT_CHUNK = 200;

const hasAll = (hay: string, words: string[]) => words.every((w) => hay.includes(w));

/**
 * Newest articles containing every word, in the title and summary first and else in the text. The
 * heads are cheap; texts are read chunk by chunk, newest first, and only while the page is not full.
 */
async function searchKeywords(store: Store, words: string[], since: string | undefined) {
  const pool = await store.articles.newest({ limit: KEYWORD_WINDOW, since });
  const hits: ArticleHead[] = [];
  for (let i = 0; i < pool.length && hits.length < PAGE; i += TEXT_CHUNK) {
    const chunk = pool.slice(i, i + TEXT_CHUNK);
    const inHead = (a: ArticleHead) => hasAll(`${a.title}\n${a.summary}`.toLowerCase(), words);
    const rest = chunk.filter((a) => !inHead(a)).map((a) => a.id);
    const texts = rest.length ? await store.articles.getMany(rest) : [];
    const inText = new Set(texts.filter((a) => hasAll(a.text.toLowerCase(), words)).map((a) => a.id));
    hits.push(...chunk.filter((a) => inHead(a) || inText.has(a.id)));
  }
  return hits.slice(0, PAGE);
}

export default defineCommand({
  name: 'news',
  cacheable: true,
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
    let articles: ArticleHead[];
    let label: string;
    if (!query) {
      articles = await store.articles.newest({ limit: PAGE, since });
      label = 'Latest news';
    } else if (query.kind === 'company') {
      articles = await store.articles.byTicker(query.company.ticker, { limit: PAGE, since });
      label = `News: ${query.company.name} (${query.company.ticker})`;
    } else {
      articles = await searchKeywords(store, query.words, since);
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
