/**
 * Article identity, pure: a canonical URL, the feed guid and a hash of the normalised text decide
 * whether an article is new, unchanged or an update of one already stored.
 */
import { createHash } from 'node:crypto';

/** Query parameters that track a click rather than name a page. */
const TRACKING_PARAM =
  /^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wt\.mc_id|cmpid|ocid|ncid|sr_share|share|smid|ref_src|ref_url|guccounter|guce_referrer|guce_referrer_sig|taid|icid|__twitter_impression|s_kwcid|trk|trkcampaign|spm)$/i;

/**
 * Canonical form of an article URL: lowercase scheme and host, no default port, no fragment, no
 * tracking parameters, remaining parameters sorted, no trailing slash (except the root).
 * Returns null for anything that is not an absolute http(s) URL.
 */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  if ((url.protocol === 'http:' && url.port === '80') || (url.protocol === 'https:' && url.port === '443'))
    url.port = '';
  const kept = [...url.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k));
  kept.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a < b ? -1 : 1));
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  let path = url.pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  url.pathname = path;
  let out = url.toString();
  if (url.pathname === '/' && !url.search) out = out.replace(/\/$/, '');
  return out;
}

/**
 * Text as compared for "same content": Unicode-normalised, typographic quotes and dashes folded,
 * whitespace collapsed, case folded. Re-saving a file or re-serving a page does not change it.
 */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function contentHash(text: string): string {
  return sha256(normaliseForHash(text));
}

export interface ArticleIdentity {
  id: string;
  canonicalUrl: string | null;
  guid: string | null;
  contentHash: string;
  /** What the id was derived from. */
  basis: 'url' | 'guid' | 'content';
}

/** A guid that is a URI (http:, urn:, tag:) names one story everywhere; a bare one ("1") only within its feed. */
export const isUriGuid = (guid: string) => /^[a-z][a-z0-9+.-]*:/i.test(guid);

/** A feed item's guid as stored: a bare one is prefixed with its feed, so two feeds' "1" stay two stories. */
export const feedItemGuid = (guid: string, feedHome: string): string =>
  isUriGuid(guid) ? guid : `${feedHome}#${guid}`;

/** Stable id: from the canonical URL, else the feed guid, else the content hash. */
export function articleIdentity(input: {
  url: string | null;
  guid: string | null;
  text: string;
}): ArticleIdentity {
  const canon = canonicalUrl(input.url);
  const guid = input.guid?.trim() || null;
  const hash = contentHash(input.text);
  const [basis, key] = canon
    ? (['url', `url:${canon}`] as const)
    : guid
      ? (['guid', `guid:${guid}`] as const)
      : (['content', `hash:${hash}`] as const);
  return { id: `a_${sha256(key).slice(0, 20)}`, canonicalUrl: canon, guid, contentHash: hash, basis };
}
