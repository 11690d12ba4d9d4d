/**
 * Seeded generator of varied synthetic article TEXT for the extraction benchmark: deals, moves,
 * analyst notes, earnings previews and quotes about invented and well-known companies, wrapped in
 * the noise real pages carry (tag lines, citation markers, price widgets, sidebars, reference
 * lists, promos). Streamed one article at a time: nothing is held in memory. All text invented here.
 */
import { between, chance, pick, seeded, type Random } from '../lib/random.js';

export interface SyntheticArticle {
  title: string;
  text: string;
  publishedAt: string;
}

const PARTS = [
  'nor',
  'vel',
  'tra',
  'quin',
  'dor',
  'mar',
  'bel',
  'cas',
  'lum',
  'pra',
  'sel',
  'ton',
  'vik',
  'zen',
  'hal',
  'ost',
  'rin',
  'gar',
];
const KINDS = [
  'Robotics',
  'Labs',
  'Systems',
  'Energy',
  'Foods',
  'Networks',
  'Therapeutics',
  'Logistics',
  'Analytics',
  'Holdings',
];
const KNOWN = [
  'Microsoft',
  'Oracle',
  'Nvidia',
  'Pfizer',
  'Boeing',
  'Intel',
  'Amazon',
  'Citigroup',
  'Walmart',
  'AT&T',
];
const FIRMS = [
  'Goldman Sachs',
  'Morgan Stanley',
  'Jefferies',
  'Wedbush',
  'Barclays',
  'UBS',
  'Bernstein',
  'Needham',
];
const RATINGS = ['Buy', 'Hold', 'Sell', 'Overweight', 'Neutral', 'Outperform', 'Underweight'];
const PEOPLE = ['Maya Torres', 'Jonas Berg', 'Priya Nair', 'Leo Okafor', 'Ana Duarte', 'Sam Whitley'];
const EXCHANGES = ['NYSE', 'NASDAQ'];
const MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const OPENERS = [
  'Analysts said',
  'In a filing, the company said',
  'Executives noted that',
  'People close to the business said',
  'Over the past year,',
];
const CLAIMS = [
  'orders from data-center customers had picked up after a slow spring',
  'the integration of earlier purchases was running ahead of plan',
  'freight and energy costs would weigh on margins through the winter',
  'a new plant in Ohio would start production late next year',
  'pricing held up better than expected in Europe and Asia',
  'the backlog stood at a record at the end of the period',
  'hiring would slow while the company digests its recent growth',
  'software subscriptions now make up a larger share of sales',
];
const FILLER = [
  'The company has spent the past two years reshaping its portfolio around higher-margin products.',
  'Management said demand from enterprise customers remained steady through the quarter.',
  'Competition from larger rivals has pushed prices lower across the industry.',
  'Investors have focused on free cash flow and the pace of debt reduction.',
  'The board expects the combined business to reach its targets within three years.',
  'Supply constraints eased in the second half, helping deliveries recover.',
];

interface Co {
  name: string;
  short: string;
  ticker: string;
}

function company(rnd: Random): Co {
  const a = pick(rnd, PARTS);
  const b = pick(rnd, PARTS);
  const short = a[0]!.toUpperCase() + a.slice(1) + b;
  const ticker = (short.slice(0, 3) + pick(rnd, PARTS)[0]).toUpperCase();
  return { name: `${short} ${pick(rnd, KINDS)}`, short, ticker };
}

const money = (rnd: Random): string =>
  chance(rnd, 0.6)
    ? `$${between(rnd, 0.2, 40).toFixed(2)} billion`
    : `$${Math.round(between(rnd, 50, 950))} million`;
const pct = (rnd: Random): string => between(rnd, 0.3, 25).toFixed(1);

function body(rnd: Random, a: Co, b: Co, date: string): string[] {
  const lines: string[] = [];
  const known = pick(rnd, KNOWN);
  const firm = pick(rnd, FIRMS);
  const anchorA = `${a.name} (${pick(rnd, EXCHANGES)}: ${a.ticker})`;
  const anchorB = `${b.name} (${pick(rnd, EXCHANGES)}:${b.ticker})`;
  switch (Math.floor(rnd() * 5)) {
    case 0:
      lines.push(
        `${anchorA} agreed to acquire ${anchorB} for about ${money(rnd)} in cash and stock, the companies said on ${date}. [1] [2]`,
      );
      break;
    case 1:
      lines.push(
        `${anchorA} has completed the sale of its ${pick(rnd, ['packaging', 'software', 'lighting'])} unit to ${anchorB} for ${money(rnd)}.`,
      );
      break;
    case 2:
      lines.push(
        `${anchorA} and ${known} announced a multi-year strategic partnership worth up to ${money(rnd)}.`,
      );
      break;
    case 3:
      lines.push(
        `${known} took a ${Math.round(between(rnd, 2, 20))}% stake in ${anchorB} for ${money(rnd)}.`,
      );
      break;
    default:
      lines.push(`The U.S. Army awarded ${anchorA} a ${money(rnd)} contract for field radios.`);
  }
  lines.push(
    `Shares of ${a.short} ${chance(rnd, 0.5) ? 'rose' : 'fell'} ${pct(rnd)}% to $${between(rnd, 5, 300).toFixed(2)} on ${date} (${b.ticker} ${pct(rnd)}%).`,
  );
  lines.push(
    `${firm} ${chance(rnd, 0.5) ? 'upgraded' : 'downgraded'} ${a.short} to ${pick(rnd, RATINGS)} from ${pick(rnd, RATINGS)} and set a price target of $${Math.round(between(rnd, 10, 400))}.`,
  );
  // Real articles run from one to fifteen kilobytes: a few paragraphs of varied context.
  for (let p = 0, paragraphs = 2 + Math.floor(rnd() * 6); p < paragraphs; p++) {
    const sentences: string[] = [];
    for (let i = 0, n = 2 + Math.floor(rnd() * 4); i < n; i++)
      sentences.push(chance(rnd, 0.5) ? pick(rnd, FILLER) : `${pick(rnd, OPENERS)} ${pick(rnd, CLAIMS)}.`);
    lines.push(sentences.join(' '));
  }
  lines.push(
    `“We are building for the next decade, not the next quarter,” said ${pick(rnd, PEOPLE)}, chief executive of ${a.name}.`,
  );
  lines.push(
    `${a.short} reports Q${1 + Math.floor(rnd() * 4)} results on ${pick(rnd, MONTHS)} ${1 + Math.floor(rnd() * 28)}; analysts expect EPS of $${between(rnd, -1, 3).toFixed(2)} on ${money(rnd)} revenue.`,
  );
  lines.push('Risks include integration costs, regulatory review and weaker demand in Europe.');
  return lines;
}

function noise(rnd: Random, lines: string[]): string[] {
  const out = [...lines];
  if (chance(rnd, 0.5))
    out.push(
      '',
      'Previous Story',
      'Regional Lender Beats Estimates',
      'Next Story',
      'Oil Slips as Stocks Climb',
    );
  if (chance(rnd, 0.5))
    out.push(
      '',
      'Stock Market Today',
      `  • ${pick(rnd, KNOWN)} up ${pct(rnd)}% in early trading`,
      `    ${pick(rnd, KNOWN)} fell ${pct(rnd)}% on the day.`,
    );
  if (chance(rnd, 0.4))
    out.push('', 'References', '', '1. example.com, 2. news.example.org, 3. ir.example.net');
  if (chance(rnd, 0.3)) out.push('Try 30 free lessons and get job-ready with our course roadmap.');
  return out;
}

/** Streams `count` articles from a fixed seed: the same seed gives the same corpus. */
export function* syntheticArticleTexts(count: number, seed = 42): Generator<SyntheticArticle> {
  const rnd = seeded(seed);
  for (let i = 0; i < count; i++) {
    const a = company(rnd);
    const b = company(rnd);
    const day = 1 + (i % 28);
    const publishedAt = `2026-0${1 + (i % 9)}-${String(day).padStart(2, '0')}`;
    const title = `${a.short} ${pick(rnd, ['Moves on', 'Strikes Deal With', 'Rallies After', 'Weighs'])} ${b.short}`;
    const header = [
      'Back to News',
      `Market Impact: ${rnd().toFixed(2)}`,
      '',
      title,
      '',
      `${a.ticker}${b.ticker}`,
    ];
    const lines = noise(rnd, body(rnd, a, b, pick(rnd, ['Monday', 'Tuesday', 'Thursday'])));
    yield { title: chance(rnd, 0.5) ? title : '', text: [...header, ...lines].join('\n'), publishedAt };
  }
}
