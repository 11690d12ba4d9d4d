import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readArticleFile, parseHtmlArticle, parseTextArticle } from '../../src/ingest/readers/index.js';
import { readInput, type InputItem } from '../../src/ingest/readers/inputs.js';

const FIX = new URL('../fixtures/ingest/', import.meta.url).pathname;

async function collect(
  input: string,
  extra: Partial<Parameters<typeof readInput>[1]> = {},
): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInput(input, { allowPrivate: true, cwd: FIX, ...extra })) out.push(item);
  return out;
}
const articles = (items: InputItem[]) => items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));
const failures = (items: InputItem[]) => items.flatMap((i) => (i.kind === 'failure' ? [i] : []));

describe('HTML pages', () => {
  it('keeps the story and drops navigation, widgets, related lists, comments and references', async () => {
    const a = await readArticleFile(join(FIX, 'noisy.html'));
    expect(a.text).toContain('Harbor Freightways Inc. (NYSE: HBFW) said on Monday');
    expect(a.text).toContain('Shares of Harbor rose 3.2% to $57.10');
    expect(a.text).toContain('Why cold storage'); // a heading inside the story stays
    for (const noise of [
      'Orchard Rail', // related stories box inside the article
      'Atlas Freight', // sidebar
      'Share on X',
      'newsletter',
      'cookies',
      'Great Lakes region, finally', // comments
      'Industry capacity survey', // reference list
      'DOW 41,200', // price widget
      'All rights reserved',
      'first month for $1',
    ])
      expect(a.text).not.toContain(noise);
  });

  it('keeps paragraph breaks as blank lines', async () => {
    const a = await readArticleFile(join(FIX, 'noisy.html'));
    const paragraphs = a.text.split(/\n\n+/);
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    expect(paragraphs.some((p) => p.startsWith('The purchase adds eleven warehouses'))).toBe(true);
  });

  it('reads title, canonical URL, source and publish date from meta tags and JSON-LD', async () => {
    const a = await readArticleFile(join(FIX, 'noisy.html'));
    expect(a.title).toBe('Harbor Freightways agrees to buy Lakeside Cold Storage for $410 million');
    expect(a.url).toBe(
      'https://dockside.example/logistics/harbor-lakeside-deal/?utm_source=rss&utm_medium=feed',
    );
    expect(a.source).toBe('Dockside Business Wire');
    // The publisher's own calendar date, not shifted to UTC.
    expect(a.publishedAt).toBe('2026-03-09');
  });

  it('reads broken markup without throwing and without script text', async () => {
    const a = await readArticleFile(join(FIX, 'broken.html'));
    expect(a.text).toContain('Ridgeway Mining Corp. agreed to sell its Andean copper unit');
    expect(a.text).toContain('Ridgeway shares rose 4% in Toronto');
    expect(a.title).toBe('Broken page: Ridgeway Mining sells copper unit');
    expect(a.text).not.toContain('not text');
  });

  it('falls back to the page text when there is too little for Readability', async () => {
    const a = await readArticleFile(join(FIX, 'tiny-divs.html'));
    expect(a.text).toContain('Priya Natarajan');
    expect(a.text).not.toContain('Banking');
    expect(a.title).toBe('Brief: Oakline Bank names new finance chief');
  });

  it('decodes a page saved in the charset its meta tag declares', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dealdesk-charset-'));
    const path = join(dir, 'latin1.html');
    const html =
      '<html><head><meta charset="iso-8859-1"><title>Café Société buys a bakery chain</title></head><body><p>Café Société said it bought the chain.</p></body></html>';
    await writeFile(path, Buffer.from(html, 'latin1'));
    const a = await readArticleFile(path);
    expect(a.title).toBe('Café Société buys a bakery chain');
    expect(a.text).toContain('Café Société said');
  });

  it('never throws on garbage', () => {
    for (const junk of ['', '<', '<<<>>>', '<html><body></body></html>', '\u0000\u0001', '<p'.repeat(5000)])
      expect(() => parseHtmlArticle(junk, 'junk')).not.toThrow();
  });
});

describe('text and Markdown', () => {
  it('reads front matter and strips Markdown markup', async () => {
    const a = await readArticleFile(join(FIX, 'front-matter.md'));
    expect(a).toMatchObject({
      title: 'Copperline Energy signs solar supply pact with Mesa Utilities',
      url: 'https://energy-notes.example/copperline-mesa?utm_campaign=spring&id=7',
      source: 'Energy Notes',
      publishedAt: '2026-04-14',
    });
    expect(a.text).toContain('DENVER — Copperline Energy (NASDAQ: CPLE) has signed');
    expect(a.text).toContain('to supply solar panels to Mesa Utilities');
    expect(a.text).not.toMatch(/\*\*|\]\(|^#|^>/m);
    expect(a.text).toContain('\n\nTerms\n\n');
  });

  it('reads a headline wrapped onto a second line whole', () => {
    const a = parseTextArticle(
      'Acme Tools Inc. to Acquire Wexley Pump Works from Harlan Creek Capital for\n$410 Million\n\nDENVER -- Acme Tools said on Tuesday it would buy the pump maker.',
      'x',
    );
    expect(a.title).toBe(
      'Acme Tools Inc. to Acquire Wexley Pump Works from Harlan Creek Capital for $410 Million',
    );
  });

  it('guesses a title from the first headline-like line of plain text', async () => {
    const a = await readArticleFile(join(FIX, 'plain.txt'));
    expect(a.title).toBe('Fernhill Foods recalls snack bars in three states');
    expect(a.publishedAt).toBeNull();
    expect(a.text).toContain('Fernhill shares fell 1.4%');
  });

  it('skips a quote box above the headline', () => {
    const a = parseTextArticle(
      'Quotes   CLX $148.20  +2.79 (+1.92%)  Pre-Market  |  HRL $31.14\n\nClorox To Acquire Greenwell Botanics For $480 Mln\n\nBody text.',
      'x',
    );
    expect(a.title).toBe('Clorox To Acquire Greenwell Botanics For $480 Mln');
  });

  it('ignores a malformed publish date instead of failing', () => {
    const a = parseTextArticle('---\ntitle: X is a title here\npublished: 2026-13-45\n---\nBody text.', 'x');
    expect(a.publishedAt).toBeNull();
    expect(a.text).toBe('Body text.');
  });
});

describe('JSON', () => {
  it('reads an array of articles, with text or html', async () => {
    const items = await collect('articles.json');
    const list = articles(items);
    expect(list.map((a) => a.title)).toEqual([
      'Bramble Software raises $85 million from Northgate Ventures',
      'Quarry Point Cement to close Ohio kiln',
    ]);
    expect(list[0]).toMatchObject({ source: 'Startup Ledger', publishedAt: '2026-02-03' });
    expect(list[1]!.publishedAt).toBe('2026-02-04');
    expect(list[1]!.text).toContain('shut its oldest kiln');
    expect(list[1]!.text).not.toContain('Cement prices rise'); // related aside removed from the html
  });

  it('reports a JSON file without text or html when named explicitly', async () => {
    const items = await collect('not-an-article.json');
    expect(articles(items)).toHaveLength(0);
    expect(failures(items)[0]!.reason).toMatch(/no article/i);
    await expect(readArticleFile(join(FIX, 'not-an-article.json'))).rejects.toThrow(/no article/);
  });
});

describe('directories and stdin', () => {
  it('walks recursively, skipping dotfiles, other extensions, README notes and gold JSON beside articles', async () => {
    const items = await collect('dir');
    expect(failures(items)).toEqual([]);
    expect(articles(items).map((a) => a.title)).toEqual([
      'Alder Robotics opens new plant in Georgia',
      'Birchwood Outfitters cuts outlook',
      'Cedar Grid files for listing',
    ]);
  });

  it('reads a symlinked article file inside a folder (symlinked folders are not followed)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dealdesk-links-'));
    const real = join(dir, 'real');
    await mkdir(real);
    await writeFile(join(real, 'story.md'), '# Linked story headline here\n\nThe body of it.');
    const walked = join(dir, 'walked');
    await mkdir(walked);
    await symlink(join(real, 'story.md'), join(walked, 'linked.md'));
    await symlink(walked, join(walked, 'loop')); // a folder link back to itself
    const items = await collect(walked);
    expect(failures(items)).toEqual([]);
    expect(articles(items).map((a) => a.title)).toEqual(['Linked story headline here']);
  });

  it('reads "-" from stdin, sniffing the format', async () => {
    const html =
      '<html><head><title>Stdin headline for a test</title></head><body><p>Body from stdin.</p></body></html>';
    const items = await collect('-', { stdin: Readable.from([Buffer.from(html)]) });
    expect(articles(items)[0]).toMatchObject({ title: 'Stdin headline for a test', origin: 'stdin' });
    expect(articles(items)[0]!.text).toContain('Body from stdin.');
  });

  it('reports missing paths, empty stdin and files over the size cap, each with a reason', async () => {
    expect(failures(await collect('nope.txt'))[0]!.reason).toBe('no such file or directory');
    expect(failures(await collect('-', { stdin: Readable.from([]) }))[0]!.reason).toMatch(/empty/);
    const dir = await mkdtemp(join(tmpdir(), 'dealdesk-ingest-'));
    const big = join(dir, 'huge.txt');
    await writeFile(big, 'A long line of words. '.repeat(60_000)); // ~1.3 MB
    const items = await collect(big, { maxFileBytes: 1024 * 1024 });
    expect(articles(items)).toHaveLength(0);
    expect(failures(items)[0]!.reason).toMatch(/too large/);
  });
  it('refuses binary data on stdin or from a URL, as it does a binary file', async () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x41, 0x42, 0x00, 0x43]);
    const fromStdin = await collect('-', { stdin: Readable.from([binary]) });
    expect(articles(fromStdin)).toHaveLength(0);
    expect(failures(fromStdin)[0]!.reason).toMatch(/binary/);
    const fromUrl = await collect('https://files.example/blob', {
      fetch: async (url) => ({
        status: 'ok',
        url,
        contentType: null, // no content type: nothing stopped it at the door
        body: binary.toString('latin1'),
        etag: null,
        lastModified: null,
      }),
    });
    expect(articles(fromUrl)).toHaveLength(0);
    expect(failures(fromUrl)[0]!.reason).toMatch(/binary/);
  });
});

describe('URLs', () => {
  it('reads a feed served with a page content type as a feed', async () => {
    const rss =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Mislabelled</title><item><title>One item in the feed</title><guid>m-1</guid><description>' +
      'A description long enough to stand as the whole story. '.repeat(30) +
      '</description></item></channel></rss>';
    const items = await collect('https://wire.example/feed', {
      fetch: async (url) => ({
        status: 'ok',
        url,
        contentType: 'text/html',
        body: rss,
        etag: null,
        lastModified: null,
      }),
    });
    // The feed names no home of its own: its address scopes the bare guid.
    expect(articles(items).map((a) => [a.title, a.guid, a.source])).toEqual([
      ['One item in the feed', 'https://wire.example/feed#m-1', 'Mislabelled'],
    ]);
  });
});

describe('feed files', () => {
  it('turns each Atom entry into an article with its link, id and date', async () => {
    const list = articles(await collect('feed.atom'));
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({
      title: 'Tidewater Shipping wins $1.2 billion Navy fuel contract',
      url: 'https://markets-desk.example/tidewater-navy',
      guid: 'urn:markets-desk:entry:1',
      source: 'Markets Desk',
      publishedAt: '2026-05-01',
    });
    expect(list[0]!.text).toContain("The award is the largest in the company's history.");
    expect(list[1]!.text).toContain('Linden Paper agreed to sell two mills');
    expect(list[1]!.publishedAt).toBe('2026-05-02');
  });

  it("scopes an Atom entry's bare id by the feed's own id", async () => {
    const atom =
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk:feed</id>' +
      '<entry><title>Brief</title><id>7</id><content type="html">&lt;p&gt;Some news.&lt;/p&gt;</content></entry></feed>';
    const dir = await mkdtemp(join(tmpdir(), 'dealdesk-atom-'));
    await writeFile(join(dir, 'desk.atom'), atom);
    const list = articles(await collect('desk.atom', { cwd: dir }));
    expect(list.map((a) => a.guid)).toEqual(['urn:desk:feed#7']);
  });
});
