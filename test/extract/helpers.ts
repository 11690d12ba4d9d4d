import type { RawArticle } from '../../src/domain/article.js';
import { builtinDirectory, extractArticle } from '../../src/extract/index.js';

export function raw(text: string, published: string | null = '2026-03-10', title = ''): RawArticle {
  return { title, text, url: null, source: null, publishedAt: published, guid: null, origin: 'test' };
}

export function extract(text: string, published: string | null = '2026-03-10', title = '') {
  return extractArticle(raw(text, published, title), { directory: builtinDirectory() });
}

type Facts = ReturnType<typeof extract>['extraction'];

/** A deal in one line: "acquisition HLVG:buyer+DNMO:target $1.2 billion announced". */
export const dealLine = (d: Facts['deals'][number]): string =>
  `${d.type} ${d.parties.map((p) => `${p.ticker ?? p.name}:${p.role ?? '-'}`).join('+')}${d.value ? ` ${d.value.text}` : ''} ${d.status}`;

/** An analyst action as a row: firm, ticker (else company), action, rating, prior rating, target, prior target. */
export const actionRow = (a: Facts['analystActions'][number]) => [
  a.firm,
  a.ticker ?? a.company,
  a.action,
  a.rating,
  a.priorRating,
  a.priceTarget,
  a.priorPriceTarget,
];
