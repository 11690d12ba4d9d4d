/**
 * Safe HTTP(S) fetching for articles and feeds: a total timeout, a size cap enforced while streaming,
 * redirects followed by hand (capped, each hop re-checked), content-type checked, conditional requests,
 * and a refusal to connect to private, loopback, link-local and similar addresses.
 *
 * Built on node:http/https rather than global fetch so the address check happens in the socket's own
 * DNS lookup: the address we check is the address we connect to (no DNS-rebinding gap).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';

export const USER_AGENT = 'Dealdesk/0.1 (deal-intelligence news reader; +https://github.com/dealdesk)';
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const ARTICLE_CONTENT_TYPES = [
  'text/html',
  'application/xhtml+xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/json',
  'application/feed+json',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
];

export interface FetchOptions {
  /** Allow private/loopback/link-local targets (DEALDESK_ALLOW_PRIVATE_FETCH=true; tests). */
  allowPrivate?: boolean;
  /** Extra addresses to refuse even when private ones are allowed (a test seam for the per-hop check). */
  refuseAddress?: (ip: string) => boolean;
  /** Total time for the whole exchange, redirects included. */
  timeoutMs?: number;
  /** Cap on the decoded body; the download is aborted as soon as it is passed. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Accepted media types (without parameters); a response without content-type is accepted. */
  accept?: string[];
  /** Validators from an earlier fetch: sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchValidators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchResult =
  | ({ status: 'ok'; url: string; contentType: string | null; body: string } & FetchValidators)
  | ({ status: 'not-modified'; url: string } & FetchValidators);

export class FetchError extends Error {
  /** The HTTP status when the server answered with an error. */
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

// Everything that is not the public Internet, IPv4 and IPv6.
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata lives here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 96], // unspecified, loopback, and IPv4-compatible ::a.b.c.d (deprecated)
  ['::ffff:0:0:0', 96], // IPv4-translated ::ffff:0:a.b.c.d
  ['64:ff9b:1::', 48], // local-use NAT64 (may translate to a private IPv4 address)
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['2001::', 32], // Teredo
  ['2002::', 16], // 6to4 (embeds an IPv4 address)
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

/** IPv4 embedded in an IPv6 address (mapped ::ffff:a.b.c.d, or NAT64 64:ff9b::/96), else null. */
function embeddedIPv4(ip: string): string | null {
  const lower = ip.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const hi = parseInt(hex[1]!, 16);
  const lo = parseInt(hex[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** True for loopback, private, link-local, CGNAT, unique-local IPv6, multicast, reserved and the like. */
export function isPrivateAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return blocked.check(ip, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIPv4(ip);
    if (v4) return blocked.check(v4, 'ipv4');
    return blocked.check(ip, 'ipv6');
  }
  return true; // not an address at all: refuse rather than guess
}

const refusal = (host: string, ip: string) =>
  new FetchError(
    `refused: ${host} ${host.replace(/^\[|\]$/g, '') === ip ? 'is' : `resolves to`} a private address${host.replace(/^\[|\]$/g, '') === ip ? '' : ` (${ip})`}; set DEALDESK_ALLOW_PRIVATE_FETCH=true to allow it`,
  );

/** DNS lookup for the socket that refuses private answers (all answers must be public). */
type AddressCheck = (ip: string) => boolean;

function guardedLookup(refused: AddressCheck): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const friendly = new FetchError(
          code === 'ENOTFOUND'
            ? `cannot resolve host ${hostname}`
            : `DNS lookup for ${hostname} failed (${code})`,
        );
        return callback(friendly as NodeJS.ErrnoException, '', 4);
      }
      const bad = addresses.find((a) => refused(a.address));
      if (bad) return callback(refusal(hostname, bad.address) as NodeJS.ErrnoException, '', 4);
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first)
        return callback(new FetchError(`cannot resolve host ${hostname}`) as NodeJS.ErrnoException, '', 4);
      callback(null, first.address, first.family);
    });
  };
}

function parseTarget(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(`not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError(`only http and https URLs can be fetched (got ${url.protocol.replace(':', '')})`);
  if (url.username || url.password) throw new FetchError('URLs with credentials are not fetched');
  return url;
}

const mediaType = (ct: string | null) => (ct ?? '').split(';')[0]!.trim().toLowerCase();

function charsetOf(contentType: string | null, head: Buffer): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader;
  const ascii = head.subarray(0, 2048).toString('latin1');
  return (
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(ascii)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(ascii)?.[1] ??
    'utf-8'
  );
}

function decode(buf: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset).decode(buf);
  } catch {
    return new TextDecoder('utf-8').decode(buf);
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

interface Hop {
  res: IncomingMessage;
  abort: () => void;
}

function request(
  url: URL,
  headers: Record<string, string>,
  refused: AddressCheck,
  deadline: AbortSignal,
): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(url, {
      method: 'GET',
      headers,
      lookup: guardedLookup(refused),
      signal: deadline,
    });
    req.on('response', (res) => resolve({ res, abort: () => req.destroy() }));
    req.on('error', (err) => reject(err));
    req.end();
  });
}

/** Reads the body, decompressing, and aborts as soon as it passes the cap. */
async function readCapped(res: IncomingMessage, maxBytes: number, abort: () => void): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
  if (!encoding && Number.isFinite(declared) && declared > maxBytes) {
    abort();
    throw new FetchError(`response too large (${mb(declared)}; the limit is ${mb(maxBytes)})`);
  }
  let stream: Readable = res;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(createGunzip());
  else if (encoding === 'deflate') stream = res.pipe(createInflate());
  else if (encoding === 'br') stream = res.pipe(createBrotliDecompress());
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        abort();
        stream.destroy();
        throw new FetchError(`response too large (over the ${mb(maxBytes)} limit)`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    throw new FetchError(`download failed (${(err as Error).message})`);
  }
  return Buffer.concat(chunks);
}

function explain(err: unknown, timeoutMs: number, url: URL): FetchError {
  if (err instanceof FetchError) return err;
  const e = err as NodeJS.ErrnoException;
  if (e?.name === 'AbortError' || e?.code === 'ABORT_ERR')
    return new FetchError(`timed out after ${timeoutMs} ms`);
  // The lookup's FetchError arrives wrapped by the socket on some Node versions.
  const cause = (e as { cause?: unknown })?.cause;
  if (cause instanceof FetchError) return cause;
  switch (e?.code) {
    case 'ECONNREFUSED':
      return new FetchError(`connection refused by ${url.host}`);
    case 'ECONNRESET':
      return new FetchError(`connection reset by ${url.host}`);
    case 'ENOTFOUND':
      return new FetchError(`cannot resolve host ${url.hostname}`);
    default:
      if (/refused: .* private address|cannot resolve host|DNS lookup/.test(e?.message ?? ''))
        return new FetchError(e.message);
      return new FetchError(`request to ${url.host} failed (${e?.code ?? e?.message ?? 'unknown error'})`);
  }
}

/** GETs a URL safely. Returns the decoded body, or "not-modified" for a 304. Throws FetchError. */
export async function safeFetch(rawUrl: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const accept = opts.accept ?? ARTICLE_CONTENT_TYPES;
  const allowPrivate = opts.allowPrivate ?? false;
  const refused: AddressCheck = (ip) =>
    (!allowPrivate && isPrivateAddress(ip)) || (opts.refuseAddress?.(ip) ?? false);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let url = parseTarget(rawUrl);
  try {
    for (let hop = 0; ; hop++) {
      // IP literals never reach the DNS lookup: check them here.
      const literal = url.hostname.replace(/^\[|\]$/g, '');
      if (isIP(literal) && refused(literal)) throw refusal(url.hostname, literal);
      const headers: Record<string, string> = {
        'user-agent': USER_AGENT,
        accept: `${accept.join(', ')};q=0.9, */*;q=0.1`,
        'accept-encoding': 'gzip, deflate, br',
      };
      if (opts.etag) headers['if-none-match'] = opts.etag;
      if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
      let res: IncomingMessage;
      let abort: () => void;
      try {
        ({ res, abort } = await request(url, headers, refused, controller.signal));
      } catch (err) {
        throw explain(err, timeoutMs, url);
      }
      const status = res.statusCode ?? 0;
      const validators: FetchValidators = {
        etag: (res.headers.etag as string | undefined) ?? null,
        lastModified: (res.headers['last-modified'] as string | undefined) ?? null,
      };
      if ([301, 302, 303, 307, 308].includes(status)) {
        res.resume();
        abort();
        const location = res.headers.location;
        if (!location) throw new FetchError(`HTTP ${status} redirect without a Location header`);
        if (hop + 1 > maxRedirects) throw new FetchError(`too many redirects (more than ${maxRedirects})`);
        url = parseTarget(new URL(location, url).toString());
        continue;
      }
      if (status === 304) {
        res.resume();
        abort();
        return {
          status: 'not-modified',
          url: url.toString(),
          etag: validators.etag ?? opts.etag ?? null,
          lastModified: validators.lastModified ?? opts.lastModified ?? null,
        };
      }
      if (status < 200 || status >= 300) {
        res.resume();
        abort();
        throw new FetchError(
          `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''} from ${url.host}`,
          status,
        );
      }
      const contentType = (res.headers['content-type'] as string | undefined) ?? null;
      const type = mediaType(contentType);
      if (type && !accept.includes(type)) {
        res.resume();
        abort();
        throw new FetchError(`unsupported content type ${type} (expected a page, feed, JSON or text)`);
      }
      let buf: Buffer;
      try {
        buf = await readCapped(res, maxBytes, abort);
      } catch (err) {
        if (controller.signal.aborted) throw new FetchError(`timed out after ${timeoutMs} ms`);
        throw err;
      }
      return {
        status: 'ok',
        url: url.toString(),
        contentType,
        body: decode(buf, charsetOf(contentType, buf)),
        ...validators,
      };
    }
  } catch (err) {
    if (controller.signal.aborted && !(err instanceof FetchError && /too large|refused/.test(err.message)))
      throw new FetchError(`timed out after ${timeoutMs} ms`);
    throw explain(err, timeoutMs, url);
  } finally {
    clearTimeout(timer);
  }
}
