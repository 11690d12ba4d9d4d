/** Cards for things that went wrong or found nothing: friendly, short, never a stack trace. */
import type { Card } from '../types.js';

export function problemCard(message: string, hint?: string): Card {
  return {
    title: 'Hmm, I could not do that',
    sections: [{ lines: [[message]] }],
    ...(hint ? { footer: hint } : {}),
  };
}

export function usageProblemCard(message: string, usage: string, examples: readonly string[] = []): Card {
  return {
    title: 'I could not read that',
    sections: [
      { lines: [[message]] },
      { heading: 'Usage', lines: [[{ code: usage }], ...examples.slice(0, 3).map((e) => [{ code: e }])] },
    ],
  };
}

export function permissionCard(what: string): Card {
  return {
    title: 'You need the Manage Channels permission',
    sections: [
      {
        lines: [
          [`${what} changes this channel's settings, so it needs someone who can manage the channel.`],
          ['Ask a channel admin to run it, or to give you that permission.'],
        ],
      },
    ],
  };
}

export function storeDownCard(): Card {
  return {
    title: 'The store is unreachable',
    sections: [{ lines: [['I cannot reach the article store right now. Please try again shortly.']] }],
  };
}

export function internalErrorCard(): Card {
  return {
    title: 'Something went wrong on my side',
    sections: [{ lines: [['That request failed unexpectedly. It has been logged; please try again.']] }],
  };
}

export function coverageLines(cov: {
  articles: number;
  topTickers: Array<{ ticker: string; deals: number }>;
}): string[] {
  if (!cov.articles)
    return ['The store is empty. Ingest some articles first: `dealdesk ingest <path|url|feed>`.'];
  const top = cov.topTickers.map((t) => `${t.ticker} (${t.deals})`).join(', ');
  return [
    `The store holds ${cov.articles.toLocaleString('en-US')} articles.${top ? ` Tickers with the most deals: ${top}.` : ''}`,
  ];
}

export function emptyCard(
  title: string,
  message: string,
  cov: { articles: number; topTickers: Array<{ ticker: string; deals: number }> },
): Card {
  return { title, sections: [{ lines: [[message], ...coverageLines(cov).map((l) => [l])] }] };
}
