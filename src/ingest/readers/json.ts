/**
 * JSON articles: `{title, url, source, published, text|html}` or an array of them. A JSON object
 * without text or html is not an article (gold files sit beside articles and look like this).
 */
import type { RawArticle } from '../../domain/article.js';
import { toIsoDate } from './dates.js';
import { parseHtmlArticle } from './html.js';
import { guessTitle, normaliseNewlines } from './text.js';

type Obj = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function isJsonArticle(v: unknown): v is Obj {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Obj;
  return typeof o.text === 'string' || typeof o.html === 'string';
}

/** True when the parsed JSON holds at least one article (used to skip gold files in directories). */
export function containsArticles(v: unknown): boolean {
  return Array.isArray(v) ? v.some(isJsonArticle) : isJsonArticle(v);
}

export class NotAnArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAnArticleError';
  }
}

export function jsonToArticle(o: Obj, origin: string): RawArticle {
  const url = str(o.url) ?? str(o.link);
  const fromHtml = typeof o.text !== 'string' && typeof o.html === 'string';
  const base = fromHtml ? parseHtmlArticle(o.html as string, origin, { url }) : null;
  const text = base ? base.text : normaliseNewlines(o.text as string);
  return {
    title: str(o.title) ?? base?.title ?? guessTitle(text) ?? 'Untitled',
    text,
    url: url ?? base?.url ?? null,
    source: str(o.source) ?? base?.source ?? null,
    publishedAt: toIsoDate(o.published ?? o.publishedAt ?? o.date) ?? base?.publishedAt ?? null,
    guid: str(o.guid) ?? str(o.id),
    origin,
  };
}

/** Every article in a JSON document; throws NotAnArticleError (friendly) when there is none. */
export function parseJsonArticles(content: string, origin: string): RawArticle[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new NotAnArticleError(`not valid JSON (${(err as Error).message})`);
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  const articles = items.filter(isJsonArticle);
  if (!articles.length)
    throw new NotAnArticleError('JSON holds no article: expected {title, url, source, published, text|html}');
  return articles.map((o, i) => jsonToArticle(o, articles.length > 1 ? `${origin}#${i}` : origin));
}
