import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, isPrivateAddress, safeFetch, USER_AGENT } from '../../src/ingest/fetch.js';
import { startServer, type LocalServer } from './local-server.js';

let srv: LocalServer;
const page = '<html><head><title>Page</title></head><body><p>Hello from a page.</p></body></html>';

beforeAll(async () => {
  srv = await startServer({
    '/page': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    },
    '/latin1': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
      res.end(Buffer.from([0x63, 0x61, 0x66, 0xe9])); // "café"
    },
    '/gzip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(page));
    },
    '/hop1': (_req, res) => {
      res.writeHead(301, { location: '/hop2' });
      res.end();
    },
    '/hop2': (_req, res) => {
      res.writeHead(302, { location: '/page' });
      res.end();
    },
    '/loop': (_req, res) => {
      res.writeHead(302, { location: '/loop' });
      res.end();
    },
    '/to-metadata': (_req, res) => {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
    },
    '/slow': () => {
      // never answers
    },
    '/huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }); // no content-length: the cap must apply while streaming
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 200) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (sent = 1e9));
      pump();
    },
    '/bomb': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x61))); // small on the wire, 8 MB decoded
    },
    '/image': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    },
    '/gone': (_req, res) => {
      res.writeHead(410, { 'content-type': 'text/plain' });
      res.end('gone');
    },
    '/feed': (req, res) => {
      if (req.headers['if-none-match'] === '"v2"') {
        res.writeHead(304, { etag: '"v2"' });
        return res.end();
      }
      res.writeHead(200, {
        'content-type': 'application/rss+xml',
        etag: '"v2"',
        'last-modified': 'Mon, 04 May 2026 10:00:00 GMT',
      });
      res.end('<rss version="2.0"><channel><title>t</title></channel></rss>');
    },
  });
});
afterAll(() => srv.close());

const ok = { allowPrivate: true };

describe('safeFetch', () => {
  it('fetches a page, decoding by charset and naming Dealdesk in the User-Agent', async () => {
    const res = await safeFetch(`${srv.base}/page`, ok);
    expect(res.status).toBe('ok');
    if (res.status === 'ok') expect(res.body).toBe(page);
    expect(srv.requests.at(-1)!.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/Dealdesk/);
    const latin = await safeFetch(`${srv.base}/latin1`, ok);
    expect(latin.status === 'ok' && latin.body).toBe('café');
    const gz = await safeFetch(`${srv.base}/gzip`, ok);
    expect(gz.status === 'ok' && gz.body).toBe(page);
  });

  it('refuses loopback and private addresses unless allowed', async () => {
    await expect(safeFetch(`${srv.base}/page`)).rejects.toThrow(
      /refused: 127\.0\.0\.1 is a private address; set DEALDESK_ALLOW_PRIVATE_FETCH=true/,
    );
    await expect(safeFetch(`http://localhost:${srv.port}/page`)).rejects.toThrow(
      /refused: localhost resolves to a private address \(127\.0\.0\.1\)/,
    );
    expect(srv.hits.get('/page') ?? 0).toBeLessThanOrEqual(1); // only the allowed request above got through
  });

  it('re-checks every redirect hop: a public-looking start cannot bounce into a private range', async () => {
    // Allowed to reach the test server, but not link-local: the hop to the metadata address is refused.
    const refuseAddress = (ip: string) => ip.startsWith('169.254.');
    await expect(safeFetch(`${srv.base}/to-metadata`, { ...ok, refuseAddress })).rejects.toThrow(
      'refused: 169.254.169.254 is a private address',
    );
    expect(srv.hits.get('/to-metadata')).toBe(1);
    const res = await safeFetch(`${srv.base}/hop1`, ok);
    expect(res.status === 'ok' && res.url).toBe(`${srv.base}/page`);
  });

  it('caps redirects', async () => {
    await expect(safeFetch(`${srv.base}/loop`, { ...ok, maxRedirects: 3 })).rejects.toThrow(
      'too many redirects (more than 3)',
    );
    await expect(safeFetch(`${srv.base}/hop1`, { ...ok, maxRedirects: 1 })).rejects.toThrow(
      /too many redirects/,
    );
  });

  it('times out', async () => {
    const started = Date.now();
    await expect(safeFetch(`${srv.base}/slow`, { ...ok, timeoutMs: 200 })).rejects.toThrow(
      'timed out after 200 ms',
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('aborts a body over the size cap while streaming, compressed or not', async () => {
    await expect(safeFetch(`${srv.base}/huge`, { ...ok, maxBytes: 1024 * 1024 })).rejects.toThrow(
      /too large/,
    );
    await expect(safeFetch(`${srv.base}/bomb`, { ...ok, maxBytes: 1024 * 1024 })).rejects.toThrow(
      /too large/,
    );
  });

  it('checks the content type and the status', async () => {
    await expect(safeFetch(`${srv.base}/image`, ok)).rejects.toThrow('unsupported content type image/png');
    await expect(safeFetch(`${srv.base}/gone`, ok)).rejects.toThrow(/HTTP 410/);
    await expect(safeFetch('ftp://example.com/x', ok)).rejects.toThrow(/only http and https/);
    await expect(safeFetch('not a url', ok)).rejects.toBeInstanceOf(FetchError);
  });

  it('sends validators and reports 304 as not modified', async () => {
    const first = await safeFetch(`${srv.base}/feed`, ok);
    expect(first).toMatchObject({
      status: 'ok',
      etag: '"v2"',
      lastModified: 'Mon, 04 May 2026 10:00:00 GMT',
    });
    const second = await safeFetch(`${srv.base}/feed`, {
      ...ok,
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(second).toMatchObject({ status: 'not-modified', etag: '"v2"' });
    expect(srv.requests.at(-1)!.headers['if-none-match']).toBe('"v2"');
    expect(srv.requests.at(-1)!.headers['if-modified-since']).toBe('Mon, 04 May 2026 10:00:00 GMT');
  });
});

describe('isPrivateAddress', () => {
  it('knows the non-public ranges, IPv4 and IPv6', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      'fc00::abcd',
      '::ffff:127.0.0.1',
      '::ffff:a9fe:a9fe',
      '64:ff9b::10.0.0.1',
      '::127.0.0.1', // IPv4-compatible (deprecated)
      '::7f00:1',
      '::ffff:0:7f00:1', // IPv4-translated
      '64:ff9b:1::a00:1', // local-use NAT64
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of [
      '8.8.8.8',
      '1.1.1.1',
      '172.32.0.1',
      '100.128.0.1',
      '2606:4700:4700::1111',
      '::ffff:8.8.8.8',
    ])
      expect(isPrivateAddress(ip), ip).toBe(false);
  });
});
