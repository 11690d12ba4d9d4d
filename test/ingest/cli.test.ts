import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { ExtractionSchema } from '../../src/domain/facts.js';
import { openStore } from '../../src/store/index.js';
import { startServer } from './local-server.js';

const FIX = new URL('../fixtures/ingest/', import.meta.url).pathname;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function capture(): PassThrough & { text(): string; isTTY?: boolean } {
  const chunks: Buffer[] = [];
  const s = new PassThrough() as PassThrough & { text(): string; isTTY?: boolean };
  s.on('data', (c: Buffer) => chunks.push(c));
  s.text = () => Buffer.concat(chunks).toString('utf8');
  return s;
}

async function run(
  argv: string[],
  opts: { env?: Record<string, string>; stdin?: string; tty?: boolean; cwd?: string } = {},
): Promise<Run> {
  const stdout = capture();
  const stderr = capture();
  if (opts.tty) stderr.isTTY = true;
  const io: CliIO = {
    stdout,
    stderr,
    stdin: Readable.from(opts.stdin ? [Buffer.from(opts.stdin)] : []),
    env: { DEALDESK_LOG_LEVEL: 'silent', ...opts.env },
    cwd: opts.cwd ?? FIX,
  };
  const code = await main(argv, io);
  await new Promise((r) => setImmediate(r));
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

async function tempStore(): Promise<{ dir: string; url: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'dealdesk-cli-'));
  return { dir, url: `sqlite://${join(dir, 'store.sqlite')}` };
}

describe('dealdesk extract', () => {
  it('prints exactly the public Extraction shape with --format json', async () => {
    const r = await run(['extract', '--format', 'json', 'noisy.html']);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout);
    expect(Object.keys(parsed).sort()).toEqual(
      ['analystActions', 'article', 'companies', 'deals', 'events', 'quotes', 'risks', 'stockMoves'].sort(),
    );
    expect(ExtractionSchema.strict().safeParse(parsed).success).toBe(true);
    expect(Object.keys(parsed.article).sort()).toEqual(
      ['id', 'impactScore', 'publishedAt', 'source', 'tickers', 'title', 'url'].sort(),
    );
    expect(parsed.article.title).toBe(
      'Harbor Freightways agrees to buy Lakeside Cold Storage for $410 million',
    );
    // Nothing from the page chrome reaches the facts.
    expect(r.stdout).not.toMatch(/Orchard Rail|Atlas Freight|Granite Parcel/);
  });

  it('prints a readable summary by default and reads stdin', async () => {
    const text =
      '---\ntitle: Fernhill Foods recalls snack bars\npublished: 2026-03-02\n---\nFernhill Foods shares fell 1.4% on Friday after a recall of granola bars.';
    const r = await run(['extract', '-'], { stdin: text });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Fernhill Foods recalls snack bars/);
    expect(r.stdout).toMatch(/Stock moves \(\d+\)/);
    expect(r.stdout).toMatch(/Deals \(0\)/);
  });

  it('exits 2 on misuse and 1 on an unreadable input, with a clear message', async () => {
    const misuse = await run(['extract', '--format', 'xml', 'noisy.html']);
    expect(misuse.code).toBe(2);
    expect(misuse.stderr).toMatch(/--format must be json or text/);
    expect((await run(['extract'])).code).toBe(2);
    const missing = await run(['extract', 'nope.html']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.html: no such file or directory/);
    expect(missing.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('dealdesk ingest', () => {
  it('ingests a folder, prints the summary and exits 0; a second run finds everything unchanged', async () => {
    const { url } = await tempStore();
    const env = { DEALDESK_STORE_URL: url };
    const first = await run(['ingest', 'dir'], { env });
    expect(first.stderr).toBe(''); // no progress bar when stderr is not a terminal
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Articles: 3 new, 0 updated, 0 unchanged, 0 failed$/m);
    expect(first.stdout).toMatch(
      /^Facts: \d+ deals?, \d+ stock moves?, \d+ analyst actions?, \d+ events?, \d+ quotes?, \d+ risks?$/m,
    );
    const second = await run(['ingest', 'dir'], { env });
    expect(second.stdout).toMatch(/^Articles: 0 new, 0 updated, 3 unchanged, 0 failed$/m);
    // After an upgrade, --refresh extracts the stored articles again instead of skipping them.
    const third = await run(['ingest', '--refresh', 'dir'], { env });
    expect(third.code).toBe(0);
    expect(third.stdout).toMatch(/^Articles: 0 new, 0 updated, 3 refreshed, 0 unchanged, 0 failed$/m);
    const store = await openStore(url);
    expect(await store.articles.count()).toBe(3);
    await store.close();
  });

  it('lists each failure with its reason, still stores the rest, and exits 1', async () => {
    const { dir, url } = await tempStore();
    await writeFile(join(dir, 'bad.json'), '{"title": "no body here"}');
    const r = await run(['ingest', 'plain.txt', join(dir, 'bad.json'), 'missing.md', 'front-matter.md'], {
      env: { DEALDESK_STORE_URL: url },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Articles: 2 new, 0 updated, 0 unchanged, 2 failed$/m);
    expect(r.stdout).toContain('missing.md: no such file or directory');
    expect(r.stdout).toMatch(/bad\.json: JSON holds no article/);
  });

  it('draws a progress bar on a terminal only, and prints JSON with --json', async () => {
    const { url } = await tempStore();
    const r = await run(['ingest', '--json', 'plain.txt'], { env: { DEALDESK_STORE_URL: url }, tty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/inputs · 1 new/);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ new: 1, updated: 0, unchanged: 0, failed: [] });
    expect(Object.keys(summary.facts).sort()).toEqual(
      ['analystActions', 'deals', 'events', 'quotes', 'risks', 'stockMoves'].sort(),
    );
  });

  it('reads an article from standard input with -', async () => {
    const { url } = await tempStore();
    const text =
      '---\ntitle: Stdin article for ingest\n---\nOakline Bank shares rose 2.5% on Tuesday after it named a new finance chief.';
    const r = await run(['ingest', '-'], { env: { DEALDESK_STORE_URL: url }, stdin: text });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Articles: 1 new/m);
    const store = await openStore(url);
    expect((await store.articles.newest())[0]).toMatchObject({
      title: 'Stdin article for ingest',
      origin: 'stdin',
    });
    await store.close();
  });

  it('imports a company directory file', async () => {
    const { url } = await tempStore();
    const r = await run(['ingest', '--directory', join(FIX, 'directory/company_tickers_exchange.json')], {
      env: { DEALDESK_STORE_URL: url },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/imported 3 companies .*sec-tickers-exchange/);
    const store = await openStore(url);
    expect(await store.companies.get('PLTR')).toMatchObject({
      name: 'Palantir Technologies Inc.',
      origin: 'import',
    });
    await store.close();
    const bad = await run(['ingest', '--directory', 'plain.txt'], { env: { DEALDESK_STORE_URL: url } });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/unrecognised directory file/);
  });

  it('fetches a feed from 127.0.0.1 only with DEALDESK_ALLOW_PRIVATE_FETCH=true', async () => {
    const srv = await startServer({
      '/rss': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"e1"' });
        res.end(
          `<rss version="2.0"><channel><title>Loopback Wire</title><item><title>Glenmoor Textiles opens a mill</title><guid>gm-1</guid><description>${'Glenmoor Textiles said it opened a new spinning mill in North Carolina that will employ 200 people. '.repeat(20)}</description></item></channel></rss>`,
        );
      },
    });
    try {
      const { url } = await tempStore();
      const refused = await run(['ingest', `${srv.base}/rss`], { env: { DEALDESK_STORE_URL: url } });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain(`${srv.base}/rss: refused: 127.0.0.1 is a private address`);
      expect(srv.hits.get('/rss') ?? 0).toBe(0);
      const env = { DEALDESK_STORE_URL: url, DEALDESK_ALLOW_PRIVATE_FETCH: 'true' };
      const allowed = await run(['ingest', `${srv.base}/rss`], { env });
      expect(allowed.code).toBe(0);
      expect(allowed.stdout).toMatch(/^Articles: 1 new/m);
    } finally {
      await srv.close();
    }
  });

  it('exits 2 without inputs or with a bad store URL', async () => {
    const none = await run(['ingest']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/give at least one file/);
    const badUrl = await run(['ingest', 'plain.txt'], { env: { DEALDESK_STORE_URL: 'ftp://nope' } });
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toMatch(/DEALDESK_STORE_URL/);
  });
});
