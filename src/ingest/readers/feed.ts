/**
 * RSS 2.0 / RSS 1.0 and Atom feeds to items. Bodies are kept as raw markup (stop nodes) so HTML in
 * content:encoded, CDATA or escaped descriptions all reach the HTML reader the same way.
 */
import { XMLParser } from 'fast-xml-parser';
import { toIsoDate } from './dates.js';

export interface FeedItem {
  title: string | null;
  link: string | null;
  guid: string | null;
  published: string | null;
  /** Full body (content:encoded, Atom content), as HTML; null when the feed gives only a summary. */
  contentHtml: string | null;
  /** description / summary, as HTML. */
  summaryHtml: string | null;
}

export interface ParsedFeed {
  title: string | null;
  /** The feed's own address or id (RSS channel link, Atom feed id): what a bare item guid is unique within. */
  home: string | null;
  items: FeedItem[];
}

export class FeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedError';
  }
}

const BODY_TAGS = ['content:encoded', 'content', 'description', 'summary'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  stopNodes: BODY_TAGS.flatMap((t) => [`rss.channel.item.${t}`, `rdf:RDF.item.${t}`, `feed.entry.${t}`]),
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Obj = Record<string, unknown>;

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return XML_ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** A stop node's raw markup → HTML: CDATA unwrapped, entity-escaped HTML unescaped. */
function rawBody(v: unknown): string | null {
  const raw = typeof v === 'string' ? v : v && typeof v === 'object' ? (v as Obj)['#text'] : null;
  if (typeof raw !== 'string' || !raw.trim()) return null;
  const cdata = [...raw.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)];
  if (cdata.length) return cdata.map((m) => m[1]).join('');
  // Escaped HTML ("&lt;p&gt;") or plain text with entities: decode once; real markup stays as is.
  return /<[a-z!/]/i.test(raw) ? raw : decodeXmlEntities(raw);
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object') return text((v as Obj)['#text']);
  return null;
}

function atomLink(links: unknown): string | null {
  const list = Array.isArray(links) ? (links as Obj[]) : [];
  const alt =
    list.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ??
    list.find((l) => typeof l === 'string') ??
    list[0];
  if (!alt) return null;
  return typeof alt === 'string' ? alt : (text(alt['@_href']) ?? text(alt));
}

/** An RSS <link>: text, or an href when a namespaced link (atom:link) shares the name. */
function rssLink(v: unknown): string | null {
  const links = Array.isArray(v) ? (v as unknown[]) : [];
  return (
    links
      .map((l) => (typeof l === 'object' && l ? (text((l as Obj)['@_href']) ?? text(l)) : text(l)))
      .find(Boolean) ?? null
  );
}

function rssItem(o: Obj): FeedItem {
  return {
    title: text(o.title),
    link: rssLink(o.link),
    guid: text(o.guid) ?? text(o['@_rdf:about']),
    published: toIsoDate(text(o.pubDate) ?? text(o['dc:date'])),
    contentHtml: rawBody(o['content:encoded']),
    summaryHtml: rawBody(o.description),
  };
}

function atomEntry(o: Obj): FeedItem {
  return {
    title: text(o.title),
    link: atomLink(o.link),
    guid: text(o.id),
    published: toIsoDate(text(o.published) ?? text(o.updated)),
    contentHtml: rawBody(o.content),
    summaryHtml: rawBody(o.summary),
  };
}

export function parseFeed(xml: string): ParsedFeed {
  // A DOCTYPE can declare entities that expand without bound; feeds never need one.
  const cleaned = xml.replace(/^\uFEFF/, '').replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '');
  let doc: Obj;
  try {
    doc = parser.parse(cleaned) as Obj;
  } catch (err) {
    throw new FeedError(`not a readable feed (${(err as Error).message.split('\n')[0]})`);
  }
  const rss = doc.rss as Obj | undefined;
  if (rss && typeof rss === 'object') {
    const channel = (rss.channel ?? {}) as Obj;
    const items = (channel.item as Obj[] | undefined) ?? [];
    return { title: text(channel.title), home: rssLink(channel.link), items: items.map(rssItem) };
  }
  const rdf = doc['rdf:RDF'] as Obj | undefined;
  if (rdf && typeof rdf === 'object') {
    const items = (rdf.item as Obj[] | undefined) ?? [];
    const channel = (rdf.channel ?? {}) as Obj;
    return { title: text(channel.title), home: rssLink(channel.link), items: items.map(rssItem) };
  }
  const feed = doc.feed as Obj | undefined;
  if (feed && typeof feed === 'object') {
    const entries = (feed.entry as Obj[] | undefined) ?? [];
    return {
      title: text(feed.title),
      home: text(feed.id) ?? atomLink(feed.link),
      items: entries.map(atomEntry),
    };
  }
  throw new FeedError('not an RSS or Atom feed');
}
