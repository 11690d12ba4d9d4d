import type { RawArticle } from '../../src/domain/article.js';
import { builtinDirectory, extractArticle } from '../../src/extract/index.js';

export function raw(text: string, published: string | null = '2026-03-10', title = ''): RawArticle {
  return { title, text, url: null, source: null, publishedAt: published, guid: null, origin: 'test' };
}

export function extract(text: string, published: string | null = '2026-03-10', title = '') {
  return extractArticle(raw(text, published, title), { directory: builtinDirectory() });
}
