import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ingestEvents,
  ingestInputs,
  type IngestDeps,
  type IngestedEvent,
} from '../../src/ingest/pipeline.js';
import { openStore } from '../../src/store/index.js';
import { StoreUnavailableError, type Store } from '../../src/store/types.js';
import { startServer } from './local-server.js';
import { stubEngine } from './stub-engine.js';

let store: Store;
let dir: string;
let deps: IngestDeps;
const NOW = new Date('2026-05-04T12:00:00Z');

beforeEach(async () => {
  store = await openStore('memory://');
  dir = await mkdtemp(join(tmpdir(), 'dealdesk-pipeline-'));
  deps = { store, engine: stubEngine, allowPrivate: true, now: () => NOW, cwd: dir };
});
afterEach(() => store.close());

const article = (title: string, url: string | null, body: string[]) =>
  [
    '---',
    `title: ${title}`,
    ...(url ? [`url: ${url}`] : []),
    'published: 2026-05-01',
    '---',
    '',
    ...body,
  ].join('\n');

async function write(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('ingestInputs', () => {
  it('stores new articles with their facts, and re-ingesting the same content changes nothing', async () => {
    await write(
      'a.md',
      article('Acme buys Bolt today', 'https://n.example/a', [
        'DEAL acme buys bolt for $100m',
        'MOVE ACME +3.5%',
      ]),
    );
    await write('b.txt', article('Cog shares fall hard', null, ['MOVE COG -2%']));
    const first = await ingestInputs([dir], deps);
    expect(first).toMatchObject({ new: 2, updated: 0, unchanged: 0, failed: [] });
    expect(first.facts).toMatchObject({ deals: 1, stockMoves: 2 });
    expect(await store.articles.count()).toBe(2);
    const [deal] = await store.deals.byParty('ACME');
    expect(deal!.sources).toHaveLength(1);

    const again = await ingestInputs([dir], deps);
    expect(again).toMatchObject({ new: 0, updated: 0, unchanged: 2, failed: [] });
    expect(again.facts).toMatchObject({ deals: 0, stockMoves: 0 });
    expect(await store.articles.count()).toBe(2);
    expect(await store.stockMoves.byTicker('ACME')).toHaveLength(1);
    expect((await store.deals.byParty('ACME'))[0]!.sources).toHaveLength(1);
  });

  it('treats the same text from another file as unchanged', async () => {
    const a = await write('one.txt', article('Same story in two places', null, ['MOVE DUP +1%']));
    await copyFile(a, join(dir, 'two.txt'));
    const summary = await ingestInputs(['one.txt', 'two.txt'], deps);
    expect(summary).toMatchObject({ new: 1, unchanged: 1 });
    expect(await store.stockMoves.byTicker('DUP')).toHaveLength(1);
  });

  it('replaces the facts and deal sources of an article updated at the same URL', async () => {
    const url = 'https://n.example/story?utm_source=feed';
    await write(
      's.md',
      article('Acme deal story', url, [
        'DEAL acme buys bolt for $100m',
        'DEAL acme buys cog for $5m',
        'MOVE ACME +3%',
      ]),
    );
    await ingestInputs(['s.md'], deps);
    const firstId = (await store.articles.findByCanonicalUrl('https://n.example/story'))!.id;

    await write(
      's.md',
      article('Acme deal story', url, ['DEAL acme buys bolt for $100m completed', 'MOVE ACME +4%']),
    );
    const summary = await ingestInputs(['s.md'], deps);
    expect(summary).toMatchObject({ new: 0, updated: 1, unchanged: 0 });

    expect(await store.articles.count()).toBe(1);
    expect((await store.articles.findByCanonicalUrl('https://n.example/story'))!.id).toBe(firstId);
    const moves = await store.stockMoves.forArticle(firstId);
    expect(moves.map((m) => m.changePct)).toEqual([4]); // replaced, not doubled
    const bolt = await store.deals.byParty('BOLT');
    expect(bolt).toHaveLength(1);
    expect(bolt[0]!.sources).toHaveLength(1);
    expect(bolt[0]!.status).toBe('completed');
    // A deal only the old version reported is gone with it.
    expect(await store.deals.byParty('COG')).toHaveLength(0);
  });

  it('keeps two feeds apart when they reuse a short guid for different stories', async () => {
    const feed = (title: string, link: string, guid: string, line: string) =>
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${title}</title>` +
      `<item><title>${title} story</title><link>${link}</link><guid isPermaLink="false">${guid}</guid>` +
      `<content:encoded><![CDATA[<p>${line}</p>]]></content:encoded></item></channel></rss>`;
    await write('a.xml', feed('Wire A', 'https://a.example/acme', '1', 'MOVE ACME +1%'));
    await write('b.xml', feed('Wire B', 'https://b.example/bolt', '1', 'MOVE BOLT +2%'));
    const summary = await ingestInputs(['a.xml', 'b.xml'], deps);
    expect(summary).toMatchObject({ new: 2, updated: 0, failed: [] });
    expect(await store.articles.count()).toBe(2);
    expect(await store.stockMoves.byTicker('ACME')).toHaveLength(1);

    // A guid that is a URI names one story everywhere: a new link for it is an update, not a new story.
    await write(
      'c.xml',
      feed('Wire C', 'https://c.example/old-slug', 'https://c.example/?p=7', 'MOVE COG +1%'),
    );
    await ingestInputs(['c.xml'], deps);
    await write(
      'c.xml',
      feed('Wire C', 'https://c.example/new-slug', 'https://c.example/?p=7', 'MOVE COG +3%'),
    );
    expect(await ingestInputs(['c.xml'], deps)).toMatchObject({ new: 0, updated: 1 });
    expect((await store.stockMoves.byTicker('COG')).map((m) => m.changePct)).toEqual([3]);
  });

  it('keeps link-less items of two feeds apart when both call their story "1"', async () => {
    const feed = (home: string, line: string) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>${home}</link>` +
      `<item><title>Briefing</title><guid isPermaLink="false">1</guid><description>${line}</description></item></channel></rss>`;
    await write('a.xml', feed('https://a.example/', 'MOVE ACME +1%'));
    await write('b.xml', feed('https://b.example/', 'MOVE BOLT +2%'));
    expect(await ingestInputs(['a.xml', 'b.xml'], deps)).toMatchObject({ new: 2, updated: 0 });
    expect(await store.articles.count()).toBe(2);

    // The same feed read again with a corrected item updates that item only.
    await write('a.xml', feed('https://a.example/', 'MOVE ACME +3%'));
    expect(await ingestInputs(['a.xml'], deps)).toMatchObject({ new: 0, updated: 1 });
    expect((await store.stockMoves.byTicker('ACME')).map((m) => m.changePct)).toEqual([3]);
    expect((await store.stockMoves.byTicker('BOLT')).map((m) => m.changePct)).toEqual([2]);
    // A feed's own address, not the path it was read from, scopes its guids.
    await write('copy-of-a.xml', feed('https://a.example/', 'MOVE ACME +4%'));
    expect(await ingestInputs(['copy-of-a.xml'], deps)).toMatchObject({ new: 0, updated: 1 });
  });

  it('merges one deal reported by two articles into one record with both sources', async () => {
    await write(
      'x.md',
      article('First report of deal', 'https://n.example/x', ['DEAL acme buys bolt for $100m']),
    );
    await write(
      'y.md',
      article('Second report of deal', 'https://other.example/y', [
        'DEAL acme buys bolt for $100m completed',
      ]),
    );
    await ingestInputs(['x.md', 'y.md'], deps);
    const deals = await store.deals.byParty('BOLT');
    expect(deals).toHaveLength(1);
    expect(deals[0]!.sources.map((s) => s.articleId).sort()).toHaveLength(2);
  });

  it("reads merge candidates only from the engine's merge window", async () => {
    const dated = (title: string, url: string, published: string) =>
      [
        '---',
        `title: ${title}`,
        `url: ${url}`,
        `published: ${published}`,
        '---',
        title, // distinct text: identical bodies would be one article
        'DEAL acme buys bolt for $100m',
      ].join('\n');
    await write('old.md', dated('An old report of the deal', 'https://n.example/old', '2026-01-02'));
    await write('near.md', dated('A nearby report of the deal', 'https://n.example/near', '2026-01-20'));
    await write('late.md', dated('A much later report of it', 'https://n.example/late', '2026-06-01'));
    await ingestInputs(['old.md', 'near.md', 'late.md'], {
      ...deps,
      engine: { ...stubEngine, dealWindowDays: 30 },
    });
    const deals = await store.deals.byParty('BOLT', { limit: 10 });
    expect(deals.map((d) => d.sources.length).sort()).toEqual([1, 2]);
  });

  it('keeps going when inputs fail, listing each failure with its reason', async () => {
    await write('good1.txt', article('Good article number one', null, ['MOVE GOOD +1%']));
    await write('bad.json', '{ "title": "broken", ');
    await write('boom.txt', article('This one breaks the extractor', null, ['EXPLODE']));
    await write('good2.txt', article('Good article number two', null, ['MOVE GOOD -1%']));
    const summary = await ingestInputs(
      ['good1.txt', 'missing.txt', 'bad.json', 'boom.txt', 'good2.txt'],
      deps,
    );
    expect(summary.new).toBe(2);
    expect(summary.failed).toEqual([
      { input: 'missing.txt', reason: 'no such file or directory' },
      { input: 'bad.json', reason: expect.stringMatching(/not valid JSON/) },
      { input: expect.stringContaining('boom.txt'), reason: 'extractor choked on this article' },
    ]);
    expect(await store.stockMoves.byTicker('GOOD')).toHaveLength(2);
  });

  it('stops with the store error when the store goes away, instead of failing every article', async () => {
    await write('s1.txt', article('First article before the outage', null, ['MOVE OUT +1%']));
    await write('s2.txt', article('Second article during the outage', null, ['MOVE OUT +2%']));
    const down = Object.create(store) as Store;
    down.saveArticle = async () => {
      throw new StoreUnavailableError('The store at memory:// is not answering');
    };
    await expect(ingestInputs(['s1.txt', 's2.txt'], { ...deps, store: down })).rejects.toThrow(
      'The store at memory:// is not answering',
    );
  });

  it('learns anchored company names so later articles are recognised without the anchor', async () => {
    stubEngine.mentionsSeen.length = 0;
    await write(
      '1.txt',
      article('Quillfeather lists its shares', null, ['ANCHOR Quillfeather Labs (NASDAQ: QFL)']),
    );
    await write('2.txt', article('Quillfeather mentioned again later', null, ['MENTION Quillfeather Labs']));
    await ingestInputs(['1.txt', '2.txt'], deps);
    expect(await store.companies.get('QFL')).toMatchObject({ name: 'Quillfeather Labs', origin: 'article' });
    expect(stubEngine.mentionsSeen).toEqual(['QFL']);
  });

  it('announces new and updated articles, not unchanged ones', async () => {
    const seen: IngestedEvent[] = [];
    const listener = (e: IngestedEvent) => seen.push(e);
    ingestEvents.on('ingested', listener);
    try {
      await write('e.md', article('Event article title here', 'https://n.example/e', ['MOVE EVT +1%']));
      await ingestInputs(['e.md'], deps);
      await ingestInputs(['e.md'], deps);
      await write('e.md', article('Event article title here', 'https://n.example/e', ['MOVE EVT +2%']));
      await ingestInputs(['e.md'], deps);
    } finally {
      ingestEvents.off('ingested', listener);
    }
    expect(seen.map((e) => e.status)).toEqual(['new', 'updated']);
    expect(seen[1]!.facts.stockMoves[0]!.changePct).toBe(2);
  });

  it('counts an article as stored even when an ingested-event listener throws', async () => {
    const broken = () => {
      throw new Error('listener bug');
    };
    ingestEvents.on('ingested', broken);
    try {
      await write('l.txt', article('Listener failure does not matter', null, ['MOVE LSTN +1%']));
      const summary = await ingestInputs(['l.txt'], deps);
      expect(summary).toMatchObject({ new: 1, failed: [] });
    } finally {
      ingestEvents.off('ingested', broken);
    }
  });
});

describe('feeds through the pipeline', () => {
  it('ingests each item, fetches pages for summary-only items, and honours ETags', async () => {
    const page = (body: string) =>
      `<html><head><title>Item page</title></head><body><article><p>${body}</p></article></body></html>`;
    const srv = await startServer({
      '/feed.xml': (req, res) => {
        if (req.headers['if-none-match'] === '"f1"') {
          res.writeHead(304);
          return res.end();
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"' });
        res.end(`<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Local Wire</title>
<item><title>Full item in the feed</title><link>${srv.base}/full</link><guid>item-1</guid>
<pubDate>Fri, 01 May 2026 14:00:00 GMT</pubDate><description>short</description>
<content:encoded><![CDATA[<p>MOVE FULL +1%</p>]]></content:encoded></item>
<item><title>Summary only item</title><link>${srv.base}/summary-page</link><guid>item-2</guid>
<description>A teaser that is not the story.</description></item>
<item><title>Item whose page is gone</title><link>${srv.base}/missing-page</link><guid>item-3</guid>
<description>MOVE GONE +3% says the feed's own summary.</description></item>
<item><title>Item whose site is down</title><link>${srv.base}/flaky-page</link><guid>item-4</guid>
<description>Yet another teaser.</description></item>
</channel></rss>`);
      },
      '/flaky-page': (_req, res) => {
        res.writeHead(503);
        res.end();
      },
      '/summary-page': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(page('MOVE PAGE -2%'));
      },
    });
    try {
      const first = await ingestInputs([`${srv.base}/feed.xml`], deps);
      // A page gone for good (404) keeps the feed's summary; a server error fails the item for a retry.
      expect(first.new).toBe(3);
      expect(first.failed).toEqual([
        { input: `${srv.base}/flaky-page`, reason: expect.stringMatching(/only a summary.*HTTP 503/) },
      ]);
      expect(await store.stockMoves.byTicker('GONE')).toHaveLength(1);
      expect(srv.hits.get('/summary-page')).toBe(1);
      const pageMoves = await store.stockMoves.byTicker('PAGE');
      expect(pageMoves).toHaveLength(1);
      const stored = await store.articles.get(
        (await store.articles.findByCanonicalUrl(`${srv.base}/summary-page`))!.id,
      );
      expect(stored!.text).toContain('MOVE PAGE -2%');
      expect(stored!.text).not.toContain('teaser');
      expect((await store.articles.findByCanonicalUrl(`${srv.base}/full`))!.publishedAt).toBe('2026-05-01');

      // A failure kept the validators unsaved, so the feed is fetched in full again; now fix the page.
      const second = await ingestInputs([`${srv.base}/feed.xml`], deps);
      expect(second).toMatchObject({ new: 0, unchanged: 3, notModified: 0 });
      // Pages already stored are not fetched again because the feed changed; the failed one is retried.
      expect(srv.hits.get('/summary-page')).toBe(1);
      expect(srv.hits.get('/flaky-page')).toBe(2);

      // A refresh reads every item's page again, to extract it with the current rules.
      const third = await ingestInputs([`${srv.base}/feed.xml`], { ...deps, refresh: true });
      expect(third).toMatchObject({ new: 0, refreshed: 3, unchanged: 0 });
      expect(srv.hits.get('/summary-page')).toBe(2);
      expect(await store.stockMoves.byTicker('PAGE')).toHaveLength(1);
    } finally {
      await srv.close();
    }
  });

  it('answers "not modified" without reading anything when the feed has not changed', async () => {
    let served = 0;
    const srv = await startServer({
      '/f': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304);
          return res.end();
        }
        served++;
        res.writeHead(200, { 'content-type': 'application/atom+xml', etag: '"v1"' });
        res.end(
          `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>Only entry of the feed</title><id>urn:e1</id><link href="https://n.example/e1"/><content type="html">&lt;p&gt;MOVE ATOM +5%&lt;/p&gt;</content></entry></feed>`,
        );
      },
    });
    try {
      expect(await ingestInputs([`${srv.base}/f`], deps)).toMatchObject({ new: 1, notModified: 0 });
      expect(await ingestInputs([`${srv.base}/f`], deps)).toMatchObject({
        new: 0,
        unchanged: 0,
        notModified: 1,
      });
      expect(served).toBe(1);
      // A refresh asks for the feed without validators: the whole feed is read and extracted again.
      expect(await ingestInputs([`${srv.base}/f`], { ...deps, refresh: true })).toMatchObject({
        refreshed: 1,
        notModified: 0,
      });
      expect(served).toBe(2);
    } finally {
      await srv.close();
    }
  });

  it('treats a 200 carrying the ETag it already has as not modified (servers that ignore If-None-Match)', async () => {
    const srv = await startServer({
      '/f': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/atom+xml', etag: '"same"' });
        res.end(
          `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>Only entry of the feed</title><id>urn:s1</id><content type="html">&lt;p&gt;MOVE SAME +5%&lt;/p&gt;</content></entry></feed>`,
        );
      },
    });
    try {
      expect(await ingestInputs([`${srv.base}/f`], deps)).toMatchObject({ new: 1, notModified: 0 });
      expect(await ingestInputs([`${srv.base}/f`], deps)).toMatchObject({
        new: 0,
        unchanged: 0,
        notModified: 1,
      });
    } finally {
      await srv.close();
    }
  });

  it('refuses a private feed address without the flag and reports why', async () => {
    const summary = await ingestInputs(['http://127.0.0.1:9/feed'], { ...deps, allowPrivate: false });
    expect(summary.failed[0]!.reason).toMatch(/^refused: 127\.0\.0\.1 is a private address/);
  });
});
