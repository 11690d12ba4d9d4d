/** Which reader an input needs: by file extension, by HTTP content-type, else by its first bytes. */
import { extname } from 'node:path';

export type InputKind = 'text' | 'markdown' | 'html' | 'json' | 'feed';

const BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

export const ARTICLE_EXTENSIONS = Object.keys(BY_EXTENSION);

export function kindFromExtension(path: string): InputKind | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

export function kindFromContentType(contentType: string | null | undefined): InputKind | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!type) return null;
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/^application\/(rss|atom|rdf)\+xml$/.test(type)) return 'feed';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'text/plain') return 'text';
  // Generic XML may be a feed or XHTML: let the content decide.
  return null;
}

export function kindFromContent(content: string): InputKind {
  const head = content
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^[[{]/.test(head)) return 'json';
  if (/<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed';
  if (/^<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<(p|div|article)[\s>]/i.test(head)) return 'html';
  if (/^---\s*\n/.test(head) || /^#{1,6}\s/m.test(head)) return 'markdown';
  return 'text';
}
