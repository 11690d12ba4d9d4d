/** Reading articles from local files: one article per text/Markdown/HTML file, one or more per JSON. */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { RawArticle } from '../../domain/article.js';
import { parseHtmlArticle } from './html.js';
import { parseJsonArticles } from './json.js';
import { kindFromContent, kindFromExtension, type InputKind } from './sniff.js';
import { parseTextArticle } from './text.js';

/** Files larger than this are refused rather than read: no news article is anywhere near it. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export class InputError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InputError';
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;

/** Reads a file as UTF-8 text, refusing directories and anything over the size cap. */
export async function readTextFile(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? 'error'})`,
    );
  }
  if (!info.isFile()) throw new InputError('not a regular file');
  if (info.size > maxBytes)
    throw new InputError(`too large (${mb(info.size)}; the limit is ${mb(maxBytes)})`);
  const buf = await readFile(path);
  if (buf.includes(0)) throw new InputError('looks like a binary file, not an article');
  return decodeFile(buf);
}

/** UTF-8 unless the file itself declares another charset (an HTML meta tag or an XML declaration). */
function decodeFile(buf: Buffer): string {
  const head = buf.subarray(0, 2048).toString('latin1');
  const declared =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return new TextDecoder(declared).decode(buf);
    } catch {
      // an unknown label: fall through to UTF-8
    }
  }
  return new TextDecoder('utf-8').decode(buf);
}

/** Articles in already-read content of a known (or sniffed) kind. Feeds are handled by the caller. */
export function articlesFromContent(
  content: string,
  origin: string,
  kind: InputKind | null,
  opts: { url?: string | null; fallbackTitle?: string } = {},
): RawArticle[] {
  const k = kind ?? kindFromContent(content);
  switch (k) {
    case 'html':
      return [parseHtmlArticle(content, origin, { url: opts.url ?? null })];
    case 'json':
      return parseJsonArticles(content, origin);
    case 'markdown':
    case 'text': {
      const a = parseTextArticle(content, origin, {
        markdown: k === 'markdown',
        fallbackTitle: opts.fallbackTitle,
      });
      return [opts.url && !a.url ? { ...a, url: opts.url } : a];
    }
    case 'feed':
      throw new InputError('is a feed, not a single article');
  }
}

const titleFromFileName = (path: string) =>
  basename(path, extname(path))
    .replace(/^\d+[_-]/, '')
    .replace(/[_-]+/g, ' ')
    .trim();

/** One article from a file (text, Markdown, HTML, or JSON holding exactly one article). */
export async function readArticleFile(path: string): Promise<RawArticle> {
  const content = await readTextFile(path);
  const articles = articlesFromContent(content, path, kindFromExtension(path), {
    fallbackTitle: titleFromFileName(path),
  });
  if (articles.length !== 1)
    throw new InputError(`holds ${articles.length} articles; use \`dealdesk ingest\` to read them all`);
  const article = articles[0]!;
  if (!article.text.trim()) throw new InputError('has no article text');
  return article;
}
