/**
 * Turns one command-line input (file, directory, URL, feed URL, or "-" for stdin) into a stream of
 * articles and failures. Streaming: a directory or feed is walked item by item, never loaded whole.
 */
import { opendir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { RawArticle } from '../../domain/article.js';
import { createLogger } from '../../log.js';
import {
  FetchError,
  safeFetch,
  type FetchOptions,
  type FetchResult,
  type FetchValidators,
} from '../fetch.js';
import { feedItemGuid } from '../identity.js';
import { articlesFromContent, DEFAULT_MAX_FILE_BYTES, readTextFile } from './file.js';
import { parseFeed, type FeedItem, type ParsedFeed } from './feed.js';
import { htmlToText, parseHtmlArticle } from './html.js';
import { containsArticles } from './json.js';
import {
  ARTICLE_EXTENSIONS,
  kindFromContent,
  kindFromContentType,
  kindFromExtension,
  type InputKind,
} from './sniff.js';

export type InputItem =
  | { kind: 'article'; article: RawArticle }
  | { kind: 'failure'; input: string; reason: string }
  /** A URL answered 304 to our validators: nothing new there. */
  | { kind: 'not-modified'; input: string }
  /** A feed item whose page is already stored, unchanged by the feed: its page is not fetched again. */
  | { kind: 'unchanged'; input: string }
  /** Validators from a fetched URL, to be saved once everything it held went in. */
  | { kind: 'validators'; url: string; validators: FetchValidators };

export interface ReadContext {
  allowPrivate: boolean;
  /** Stdin for "-". */
  stdin?: NodeJS.ReadableStream;
  cwd?: string;
  /** Injected in tests; defaults to safeFetch. */
  fetch?: (url: string, opts: FetchOptions) => Promise<FetchResult>;
  /** Validators saved from the last fetch of a URL. */
  validatorsFor?: (url: string) => Promise<FetchValidators | undefined>;
  maxFileBytes?: number;
  /** Feed descriptions shorter than this (in characters of text) count as summaries: the page is fetched. */
  summaryThreshold?: number;
  /** Whether the store already holds this feed item's page as the feed now dates it (no fetch then). */
  storedItem?: (item: { link: string; published: string | null }) => Promise<boolean>;
}

const log = createLogger('ingest');
const DEFAULT_SUMMARY_THRESHOLD = 1200;

export const isUrl = (s: string) => /^https?:\/\//i.test(s);
const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Yields every article the input holds, and a failure entry (with its reason) for each part that can't be read. */
export async function* readInput(input: string, ctx: ReadContext): AsyncGenerator<InputItem> {
  try {
    if (input === '-') yield* readStdin(ctx);
    else if (isUrl(input)) yield* readUrl(input, ctx);
    else {
      const path = resolve(ctx.cwd ?? process.cwd(), input);
      let info;
      try {
        info = await stat(path);
      } catch {
        yield { kind: 'failure', input, reason: 'no such file or directory' };
        return;
      }
      if (info.isDirectory()) yield* readDirectory(path, input, ctx);
      else yield* readFile(path, input, ctx, false);
    }
  } catch (err) {
    yield { kind: 'failure', input, reason: reasonOf(err) };
  }
}

async function* readFile(
  path: string,
  shown: string,
  ctx: ReadContext,
  inDirectory: boolean,
): AsyncGenerator<InputItem> {
  let content: string;
  try {
    content = await readTextFile(path, ctx.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  } catch (err) {
    yield { kind: 'failure', input: shown, reason: reasonOf(err) };
    return;
  }
  const kind = kindFromExtension(path) ?? kindFromContent(content);
  if (kind === 'json' && inDirectory && !jsonHoldsArticles(content)) return; // a gold file or other data: not ours
  yield* fromContent(content, shown, kind, ctx, null);
}

function jsonHoldsArticles(content: string): boolean {
  try {
    return containsArticles(JSON.parse(content.replace(/^\uFEFF/, '')));
  } catch {
    return true; // broken JSON with an article extension is reported, not silently skipped
  }
}

async function* fromContent(
  content: string,
  origin: string,
  kind: InputKind,
  ctx: ReadContext,
  url: string | null,
): AsyncGenerator<InputItem> {
  // Files are checked as they are read; stdin and responses without a content type arrive here unchecked.
  if (content.includes('\u0000')) {
    yield { kind: 'failure', input: origin, reason: 'looks like binary data, not an article' };
    return;
  }
  if (kind === 'feed') {
    let feed: ParsedFeed;
    try {
      feed = parseFeed(content);
    } catch (err) {
      yield { kind: 'failure', input: origin, reason: reasonOf(err) };
      return;
    }
    yield* feedArticles(feed, origin, ctx);
    return;
  }
  try {
    const articles = articlesFromContent(content, origin, kind, { url, fallbackTitle: basename(origin) });
    for (const article of articles) {
      if (!article.text.trim())
        yield { kind: 'failure', input: article.origin, reason: 'no article text found' };
      else yield { kind: 'article', article };
    }
  } catch (err) {
    yield { kind: 'failure', input: origin, reason: reasonOf(err) };
  }
}

/** README, LICENSE, CHANGELOG…: a folder's own notes, never news (named on the command line, they are read). */
const isFolderDoc = (name: string) =>
  /^(?:readme|license|licence|changelog|contributing|notice)(?:\.[a-z]+)?$/i.test(name);

/** A symlink to a regular file is read like one; links to folders are not followed (no loops). */
const isLinkedFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/** Recursive, sorted (stable order), dotfiles and folder notes skipped, only article extensions. */

async function* readDirectory(dir: string, shown: string, ctx: ReadContext): AsyncGenerator<InputItem> {
  let names: { name: string; isDir: boolean }[];
  try {
    names = [];
    for await (const entry of await opendir(dir)) {
      if (entry.name.startsWith('.') || isFolderDoc(entry.name)) continue;
      if (entry.isDirectory()) names.push({ name: entry.name, isDir: true });
      else if (
        (entry.isFile() || (entry.isSymbolicLink() && (await isLinkedFile(join(dir, entry.name))))) &&
        ARTICLE_EXTENSIONS.some((e) => entry.name.toLowerCase().endsWith(e))
      )
        names.push({ name: entry.name, isDir: false });
    }
  } catch (err) {
    yield {
      kind: 'failure',
      input: shown,
      reason: `cannot read directory (${(err as NodeJS.ErrnoException).code ?? reasonOf(err)})`,
    };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, isDir } of names) {
    const path = join(dir, name);
    const display = join(shown, name);
    if (isDir) yield* readDirectory(path, display, ctx);
    else yield* readFile(path, display, ctx, true);
  }
}

async function* readStdin(ctx: ReadContext): AsyncGenerator<InputItem> {
  if (!ctx.stdin) {
    yield { kind: 'failure', input: '-', reason: 'no standard input available' };
    return;
  }
  const max = ctx.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of ctx.stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > max) {
      yield {
        kind: 'failure',
        input: '-',
        reason: `standard input too large (over the ${(max / 1024 / 1024).toFixed(0)} MB limit)`,
      };
      return;
    }
    chunks.push(buf);
  }
  const content = new TextDecoder('utf-8').decode(Buffer.concat(chunks));
  if (!content.trim()) {
    yield { kind: 'failure', input: '-', reason: 'standard input is empty' };
    return;
  }
  yield* fromContent(content, 'stdin', kindFromContent(content), ctx, null);
}

async function* readUrl(url: string, ctx: ReadContext): AsyncGenerator<InputItem> {
  const fetcher = ctx.fetch ?? safeFetch;
  const previous = await ctx.validatorsFor?.(url);
  let res: FetchResult;
  try {
    res = await fetcher(url, {
      allowPrivate: ctx.allowPrivate,
      etag: previous?.etag,
      lastModified: previous?.lastModified,
    });
  } catch (err) {
    yield { kind: 'failure', input: url, reason: reasonOf(err) };
    return;
  }
  // Some servers ignore If-None-Match but send the same ETag: the same ETag names the same content.
  if (res.status === 'not-modified' || (previous?.etag && res.etag === previous.etag)) {
    yield { kind: 'not-modified', input: url };
    return;
  }
  // Feeds are often served as text/html or text/plain: a body that is a feed is read as one.
  const sniffed = kindFromContent(res.body);
  const kind = sniffed === 'feed' ? 'feed' : (kindFromContentType(res.contentType) ?? sniffed);
  yield* fromContent(res.body, url, kind, ctx, res.url);
  if (res.etag || res.lastModified)
    yield { kind: 'validators', url, validators: { etag: res.etag, lastModified: res.lastModified } };
}

async function* feedArticles(feed: ParsedFeed, origin: string, ctx: ReadContext): AsyncGenerator<InputItem> {
  for (const [i, item] of feed.items.entries()) {
    const where = item.link ?? item.guid ?? `${origin}#${i + 1}`;
    try {
      const summary = summaryOf(item);
      // A summary-only item fetched before: a changed feed (another item) is no reason to fetch it again.
      if (
        item.link &&
        needsPage(summary, ctx) &&
        (await ctx.storedItem?.({ link: item.link, published: item.published }))
      ) {
        yield { kind: 'unchanged', input: where };
        continue;
      }
      const article = await feedItemArticle(item, summary, feed, origin, ctx);
      if (!article.text.trim()) yield { kind: 'failure', input: where, reason: 'feed item has no text' };
      else yield { kind: 'article', article };
    } catch (err) {
      yield { kind: 'failure', input: where, reason: reasonOf(err) };
    }
  }
}

/** The item's description as text; null when the feed carries the whole story. */
const summaryOf = (item: FeedItem): string | null =>
  item.contentHtml ? null : item.summaryHtml ? htmlToText(item.summaryHtml) : '';

/** The feed carries only a summary of the item: its text comes from its page. */
const needsPage = (summary: string | null, ctx: ReadContext): boolean =>
  summary !== null && summary.length < (ctx.summaryThreshold ?? DEFAULT_SUMMARY_THRESHOLD);

/** A feed item as an article; when the feed carries only a summary, the item's page is fetched. */
async function feedItemArticle(
  item: FeedItem,
  summaryText: string | null,
  feed: ParsedFeed,
  origin: string,
  ctx: ReadContext,
): Promise<RawArticle> {
  const base = {
    title: item.title ?? 'Untitled',
    url: item.link,
    source: feed.title,
    publishedAt: item.published,
    guid: item.guid ? feedItemGuid(item.guid, feed.home ?? origin) : item.link,
    origin: item.link ?? `${origin}#${item.guid ?? ''}`,
  };
  if (item.contentHtml) return { ...base, text: htmlToText(item.contentHtml) };
  const summary = summaryText ?? '';
  if (!needsPage(summary, ctx) || !item.link) return { ...base, text: summary };
  const fetcher = ctx.fetch ?? safeFetch;
  let res: FetchResult;
  try {
    res = await fetcher(item.link, { allowPrivate: ctx.allowPrivate });
  } catch (err) {
    // A page that is gone for good (404, 410) would fail on every poll: keep what the feed says.
    // Anything else (timeouts, 5xx) fails the item, so the next poll fetches the feed again and retries.
    const gone = err instanceof FetchError && (err.status === 404 || err.status === 410);
    if (gone && summary.trim()) {
      log.warn(`feed item page ${item.link} is gone (${reasonOf(err)}); keeping the feed's summary`);
      return { ...base, text: summary };
    }
    throw new Error(`feed item has only a summary and its page could not be fetched: ${reasonOf(err)}`);
  }
  if (res.status !== 'ok') throw new Error('feed item page answered "not modified" to a plain request');
  if (res.body.includes('\u0000')) throw new Error('feed item page looks like binary data, not an article');
  const kind = kindFromContentType(res.contentType) ?? kindFromContent(res.body);
  if (kind === 'feed') throw new Error('feed item link points to another feed, not an article page');
  const page =
    kind === 'html'
      ? parseHtmlArticle(res.body, item.link, { url: res.url })
      : articlesFromContent(res.body, item.link, kind, { url: res.url })[0];
  if (!page) throw new Error('feed item page holds no article');
  return {
    ...base,
    text: page.text,
    url: page.url ?? item.link,
    publishedAt: item.published ?? page.publishedAt,
    source: feed.title ?? page.source,
  };
}
