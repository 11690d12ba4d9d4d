/**
 * Resolves every company mention in one article: anchors first, then a per-article alias map built
 * from them ("Lumen Technologies (NYSE: LUMN)" makes "Lumen" and "Lumen’s" mean LUMN), then directory
 * names, bare tickers and private firms the text shows are businesses ("Citron, the short-seller",
 * "Wedbush’s Dan Ives", "Fjellstad Capital"). Ambiguous names count only when anchored.
 */
import type { Company } from '../../domain/facts.js';
import { findAnchors, LEADING_JUNK, type Anchor } from './anchors.js';
import { createDirectory, type CompanyDirectory, type DirectoryEntry } from './directory.js';
import { nameKey, stripLegalSuffix, tokenize } from './tokens.js';

export interface Entity {
  key: string;
  /** Named with an exchange anchor, a cashtag or the tag line: a company the story is about. */
  anchored?: boolean;
  name: string;
  ticker: string | null;
  exchange: string | null;
  kind: 'listed' | 'private';
}

export interface Mention {
  entity: Entity;
  start: number;
  end: number;
  text: string;
}

export interface CompanyIndex {
  entities: Entity[];
  mentions: Mention[];
  /** Mentions whose span lies within [start, end). */
  within(start: number, end: number): Mention[];
  byKey(key: string): Entity | undefined;
  /** Resolves a written name or ticker to an entity of this article, if any. */
  resolve(nameOrTicker: string): Entity | undefined;
  companies(): Company[];
}

const SUFFIX_WORDS =
  'Inc\\.?|Corp\\.?|Corporation|LLP|LLC|Ltd\\.?|plc|PLC|AG|SE|SA|S\\.A\\.|N\\.V\\.|NV|AS|ASA|AB|Oyj|GmbH|Capital|Partners|Bank|Holdings|Group|Securities|Ventures|Management|Advisors|Advisers|Associates|Technologies|Labs|Systems|Therapeutics|Pharmaceuticals|Pharma|Biotech|Industries|Motors|Airlines|Energy|Grid|Networks|Semiconductor|Semiconductors|Software|Robotics|Biosciences|Foods|Brands|Logistics|Analytics|Dynamics|Solutions|Aerospace|Materials|Research|Investments|Equity|Financial|Insurance|Media|Studios|Entertainment|Telecom|Communications|Mining|Metals|Resources|Petroleum|Oil|Gas|Power|Utilities|Electric|Automotive|Health|Healthcare|Medical|Devices|Retail|Stores|Markets|Exchange|Trust|Fund|Funds|Aviation|Airways|Shipping|Freight|Diagnostics|Biopharma|Bio|Biologics|Chemicals|Instruments|Electronics|Precision|Outlets|Hotels|Resorts|Bancorp|Bancshares|Apparel|Defense|Dental|Motion|Ophthalmics|Therapeutics|Genomics|Pharmaceutical|Cosmetics|Beverages|Restaurants|Realty|Properties|Infrastructure|Mobility|Semiconductor|Photonics|Optics|Quantum';
const CAP = String.raw`[A-Z][\w&'’.-]*`;
const SUFFIXED_NAME = new RegExp(
  String.raw`\b(${CAP}(?:,?\s+(?:${CAP}|&|de|of)){0,4}?\s+(?:${SUFFIX_WORDS}))(?![\w-])(?!\s+[A-Z&])`,
  'g',
);
const SUFFIX_ONLY = new RegExp(`^(?:${SUFFIX_WORDS})$`);
const APPOSITIVE = new RegExp(
  String.raw`\b(${CAP}(?:\s+${CAP}){0,3}),\s+(?:the|a|an)\s+(?:(?:privately|publicly|closely|family|employee|venture|founder)[- ](?:held|traded|owned|run|backed|led)\s+)?(?:[\w-]+\s+){0,2}?(short[- ]seller|hedge fund|investment (?:bank|firm)|private[- ]equity (?:firm|group|fund)|asset manager|brokerage|research (?:firm|house)|activist(?: investor| fund)?|venture(?: capital)? firm|start-?up|company|firm|lender|bank|insurer|retailer|supplier|maker|manufacturer|developer|operator|provider|chipmaker|carrier|utility|conglomerate|group|business|rival|competitor|subsidiary|unit|owner|buyer|acquirer|brand|chain|producer|\w*maker|specialist|designer|builder|manufacturer|distributor|operator|platform|network|hospital network|health system|nonprofit|cooperative)\b`,
  'g',
);
const DESCRIPTOR = new RegExp(
  String.raw`\b(?:short[- ]seller|hedge fund|private[- ]equity (?:firm|group)|investment (?:firm|bank)|asset manager|brokerage|[Bb]roker|research firm|[Pp]roxy adviser|adviser|advisor|start-?up|analysts? at|investors? in|infrastructure investor|investor|rival|lender|insurer|retailer|\w*maker|brand|chain|developer|operator|supplier|provider|contractor|carrier|utility|conglomerate|subsidiary|manufacturer|distributor|company|firm|group)\s+(${CAP}(?:\s+${CAP}){0,3})`,
  'g',
);
/** The named object of a purchase with a price or a description: "agreed to buy Orchard Lane Bakeries for $900 million". */
const ACQUIRED_OBJECT = new RegExp(
  String.raw`\b(?:agreed to (?:buy|acquire|purchase)|(?:will|to) (?:buy|acquire|purchase)|(?:has |have )?(?:acquired|bought)|(?:acquisition|purchase|takeover) of)\s+(${CAP}(?:\s+${CAP}){1,3})(?=\s+for\s+(?:about\s+|roughly\s+|nearly\s+|more than\s+|over\s+|up to\s+)?[$€£¥]|,\s+(?:a|an|which|the)\s)`,
  'g',
);
const POSSESSIVE_PERSON = new RegExp(
  String.raw`\b(${CAP}(?:\s+${CAP}){0,2})(?:’s|'s)\s+(?:(?:analyst|strategist|economist|chief [a-z]+ officer|[A-Z]{2,4})\s+)?([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-zA-Z'’-]+)`,
  'g',
);
/** Words that start capitalised phrases but never companies. */
const NOT_COMPANY = new Set(
  [
    'u.s',
    'us',
    'u.k',
    'uk',
    'america',
    'china',
    'europe',
    'japan',
    'germany',
    'france',
    'india',
    'russia',
    'britain',
    'canada',
    'norway',
    'sweden',
    'wall street',
    'washington',
    'beijing',
    'brussels',
    'london',
    'new york',
    'federal reserve',
    'the fed',
    'fed',
    'congress',
    'the',
    'this',
    'that',
    'its',
    'their',
    'world bank',
    'central bank',
    'european central bank',
    'treasury',
    'white house',
    'senate',
    'european union',
    'eu',
    'ceo',
    'cfo',
    'ai',
    'it',
    'he',
    'she',
    'they',
    'we',
    'i',
    'in',
    'on',
    'at',
    'as',
    'and',
    'but',
    'for',
    'bulls',
    'bears',
    'investors',
    'analysts',
    'shares',
    'stock',
    'street',
    'market',
    'markets',
    'nasdaq',
    'dow',
    's&p',
    'stock market',
    'wall street journal',
  ].map((s) => s),
);
const GENERIC_FIRST = new Set([
  'american',
  'united',
  'general',
  'first',
  'national',
  'global',
  'new',
  'royal',
  'bank',
  'digital',
  'international',
  'north',
  'south',
  'east',
  'west',
  'western',
  'eastern',
  'pacific',
  'atlantic',
  'great',
  'big',
  'the',
  'data',
  'advanced',
  'applied',
  'capital',
  'energy',
  'power',
  'blue',
  'green',
  'red',
  'black',
  'white',
  'golden',
  'silver',
  'smart',
  'open',
  'central',
  'premier',
  'standard',
  'public',
  'liberty',
  'summit',
  'alpha',
  'delta',
  'omega',
  'apex',
  'core',
  'prime',
  'union',
  'city',
  'metro',
  'southern',
  'northern',
  'continental',
  'universal',
  'deutsche',
]);

export function resolveCompanies(
  text: string,
  directory: CompanyDirectory,
  tagTickers: string[] = [],
): CompanyIndex {
  const entities = new Map<string, Entity>();
  const writtenNames = new Map<string, string[]>();
  const entityFor = (ticker: string | null, name: string, exchange: string | null): Entity => {
    const key = ticker ? `T:${ticker}` : `N:${nameKey(stripLegalSuffix(name))}`;
    let e = entities.get(key);
    if (!e) {
      e = { key, name, ticker, exchange, kind: ticker ? 'listed' : 'private' };
      entities.set(key, e);
    }
    if (!e.exchange && exchange) e.exchange = exchange;
    const names = writtenNames.get(key) ?? [];
    names.push(name);
    writtenNames.set(key, names);
    return e;
  };
  // "Nordlys" then "Nordlys Grid AS": one private firm, named by its longer form.
  const samePrivate = (name: string): Entity | undefined => {
    const k = nameKey(stripLegalSuffix(name));
    for (const e of entities.values()) {
      if (e.ticker) continue;
      const ek = nameKey(stripLegalSuffix(e.name));
      if (ek === k || ek.startsWith(`${k} `) || k.startsWith(`${ek} `)) {
        if (name.length > e.name.length) e.name = name;
        const names = writtenNames.get(e.key) ?? [];
        names.push(name);
        writtenNames.set(e.key, names);
        return e;
      }
    }
    return undefined;
  };
  const fromEntry = (entry: DirectoryEntry, written: string): Entity =>
    entityFor(entry.ticker, written, entry.exchange);

  // 1. Anchors and the article's own aliases.
  const anchors = findAnchors(text, directory);
  const anchored = new Set<string>(tagTickers);
  const aliasRecords: Array<{ ticker: string; name: string; aliases: string[] }> = [];
  const privateAliases: Array<{ name: string; entity: Entity }> = [];
  const mentions: Mention[] = [];
  for (const a of anchors) {
    anchored.add(a.ticker);
    const entry = directory.byTicker(a.ticker);
    const e = entityFor(a.ticker, a.name, a.exchange ?? entry?.exchange ?? null);
    e.anchored = true;
    mentions.push({ entity: e, start: a.start, end: a.end, text: text.slice(a.start, a.end) });
    aliasRecords.push({ ticker: a.ticker, name: a.name, aliases: derivedAliases(a) });
  }
  for (const t of tagTickers) {
    const entry = directory.byTicker(t);
    if (entry) entityFor(t, stripLegalSuffix(entry.name), entry.exchange).anchored = true;
  }

  const local = createDirectory(
    aliasRecords.map((r) => ({
      ticker: r.ticker,
      name: r.name,
      exchange: null,
      aliases: r.aliases,
      cik: null,
      origin: 'article' as const,
    })),
    { builtin: false },
  );

  // 2. Private firms shown to be businesses by the text.
  const addPrivate = (raw: string, start: number): void => {
    const name = cleanFirmName(raw);
    if (
      !name ||
      !/^[A-Z]/.test(name) ||
      NOT_COMPANY.has(nameKey(name)) ||
      NOT_COMPANY.has(nameKey(name.split(' ')[0]!))
    )
      return;
    const hit =
      local.byAlias(name) ??
      local.byAlias(stripLegalSuffix(name)) ??
      directory.byAlias(name) ??
      directory.byAlias(stripLegalSuffix(name));
    if (hit?.entry.kind === 'media') return;
    const s = start + raw.indexOf(name);
    if (mentions.some((x) => s < x.end && s + name.length > x.start)) return; // already named here
    if (hit) {
      if (hit.ambiguous && !(hit.entry.ticker && anchored.has(hit.entry.ticker))) {
        // An ambiguous directory name with a business cue ("Target, the retailer") still counts.
      }
      const e = entities.get(`T:${hit.entry.ticker}`) ?? fromEntry(hit.entry, name);
      mentions.push({ entity: e, start: s, end: s + name.length, text: name });
      return;
    }
    // "Financial" or "Capital" alone is a word, not a firm.
    if (!name.includes(' ') && SUFFIX_ONLY.test(name)) return;
    const e = samePrivate(name) ?? entityFor(null, name, null);
    mentions.push({ entity: e, start: s, end: s + name.length, text: name });
    privateAliases.push({ name, entity: e });
  };
  let m: RegExpExecArray | null;
  for (const re of [APPOSITIVE, DESCRIPTOR, SUFFIXED_NAME, ACQUIRED_OBJECT]) {
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      const raw = m[1]!;
      if (/\n/.test(raw)) continue;
      // "buy Lumen's Fiber Unit": a possessive names the seller, not the thing bought.
      if (re === ACQUIRED_OBJECT && /['’]/.test(raw)) continue;
      if (re === SUFFIXED_NAME && /^(The|A|An)\s/.test(raw) && raw.split(/\s+/).length <= 2) continue;
      // Headlines capitalise every word: "Lumen Leverages Fiber Network To Power AI" is not a company.
      if (re !== APPOSITIVE && isTitleCaseLine(text, m.index)) continue;
      addPrivate(raw, m.index + m[0].indexOf(raw));
    }
  }
  POSSESSIVE_PERSON.lastIndex = 0;
  while ((m = POSSESSIVE_PERSON.exec(text))) {
    const org = m[1]!;
    const person = m[2]!;
    if (directory.byAlias(person) || /\n/.test(m[0])) continue;
    if (!/^[A-Z][a-z]+ /.test(person)) continue;
    addPrivate(org, m.index);
  }

  // 3. Directory names, the article's aliases and bare tickers, token by token.
  const tokens = tokenize(text);
  // Characters already inside a mention: a bitmap keeps "is this span taken?" cheap on long texts.
  const covered = new Uint8Array(text.length + 1);
  let coveredUpTo = 0;
  const taken = (s: number, e: number): boolean => {
    for (; coveredUpTo < mentions.length; coveredUpTo++)
      covered.fill(1, mentions[coveredUpTo]!.start, mentions[coveredUpTo]!.end);
    for (let i = s; i < e; i++) if (covered[i]) return true;
    return false;
  };
  for (const hit of local.matchNames(tokens)) {
    if (taken(hit.start, hit.end)) continue;
    const e = entities.get(`T:${hit.entry.ticker}`)!;
    mentions.push({ entity: e, start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) });
  }
  const pending: Array<{ entry: DirectoryEntry; start: number; end: number }> = [];
  for (const hit of directory.matchNames(tokens)) {
    if (taken(hit.start, hit.end) || hit.entry.kind === 'media') continue;
    const written = text.slice(hit.start, hit.end).replace(/['’]s$/, '');
    if (hit.ambiguous) {
      pending.push({ entry: hit.entry, start: hit.start, end: hit.end });
      continue;
    }
    const e = fromEntry(hit.entry, written);
    mentions.push({ entity: e, start: hit.start, end: hit.end, text: written });
  }
  // Private-firm aliases: "Nordlys Grid AS" → later "Nordlys" / "Nordlys Grid".
  const privLocal = new Map<string, Entity>();
  for (const p of privateAliases) {
    for (const alias of privateDerived(p.name)) {
      const k = nameKey(alias);
      if (!privLocal.has(k) && !directory.byAlias(alias)) privLocal.set(k, p.entity);
    }
  }
  const privFirst = new Set([...privLocal.keys()].map((k) => k.split(' ')[0]!));
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!/^[A-Z]/.test(tok.text)) continue;
    for (let n = privFirst.has(tok.norm) ? 4 : 0; n >= 1; n--) {
      if (i + n > tokens.length) continue;
      const key = tokens
        .slice(i, i + n)
        .map((t) => t.norm)
        .join(' ');
      const e = privLocal.get(key);
      if (!e) continue;
      const end = tokens[i + n - 1]!.end;
      if (!taken(tok.start, end))
        mentions.push({ entity: e, start: tok.start, end, text: text.slice(tok.start, end) });
      i += n - 1;
      break;
    }
    if (/^[A-Z]{2,5}(\.[A-Z])?$/.test(tok.text) && !taken(tok.start, tok.end)) {
      const entry = directory.byTicker(tok.text);
      const isAnchored = anchored.has(tok.text);
      if ((entry && !COMMON_CAPS.has(tok.text)) || isAnchored) {
        const e =
          entities.get(`T:${tok.text}`) ??
          (entry ? fromEntry(entry, stripLegalSuffix(entry.name)) : undefined);
        if (e) mentions.push({ entity: e, start: tok.start, end: tok.end, text: tok.text });
      }
    }
  }
  // Ambiguous names count once the same company is anchored or named unambiguously.
  for (const p of pending) {
    if (!p.entry.ticker || !entities.has(`T:${p.entry.ticker}`)) continue;
    if (taken(p.start, p.end)) continue;
    const written = text.slice(p.start, p.end).replace(/['’]s$/, '');
    mentions.push({
      entity: entities.get(`T:${p.entry.ticker}`)!,
      start: p.start,
      end: p.end,
      text: written,
    });
  }

  mentions.sort((a, b) => a.start - b.start);
  // Display name: the longest written form ("Lumen Technologies" over "Lumen").
  for (const e of entities.values()) {
    const names = (writtenNames.get(e.key) ?? []).map((n) => n.replace(/['’]s$/, ''));
    const best = names.sort((a, b) => b.length - a.length)[0];
    if (best && !/^[A-Z]{1,5}$/.test(best)) e.name = best;
    else if (e.ticker) {
      const entry = directory.byTicker(e.ticker);
      if (entry) e.name = stripLegalSuffix(entry.name);
    }
  }
  const used = new Set(mentions.map((x) => x.entity.key));
  for (const t of tagTickers) used.add(`T:${t}`);
  const list = [...entities.values()].filter((e) => used.has(e.key));

  return {
    entities: list,
    mentions,
    within(s, e) {
      // Mentions are sorted by start: binary search the first, then walk.
      let lo = 0;
      let hi = mentions.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (mentions[mid]!.start < s) lo = mid + 1;
        else hi = mid;
      }
      const out: Mention[] = [];
      for (let i = lo; i < mentions.length && mentions[i]!.start < e; i++)
        if (mentions[i]!.end <= e) out.push(mentions[i]!);
      return out;
    },
    byKey: (k) => entities.get(k),
    resolve(nameOrTicker) {
      if (/^[A-Z.]{1,6}$/.test(nameOrTicker) && entities.has(`T:${nameOrTicker}`))
        return entities.get(`T:${nameOrTicker}`);
      const k = nameKey(stripLegalSuffix(nameOrTicker));
      return list.find((e) => nameKey(stripLegalSuffix(e.name)) === k);
    },
    companies: () => list.map((e) => ({ name: e.name, ticker: e.ticker, exchange: e.exchange })),
  };
}

function isTitleCaseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const endNl = text.indexOf('\n', at);
  const line = text.slice(start, endNl < 0 ? text.length : endNl);
  if (/[.!?]["”’)]?$/.test(line.trim()) && line.length > 120) return false;
  const words = line.split(/\s+/).filter((w) => /^[A-Za-z]{4,}/.test(w));
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^[A-Z]/.test(w)).length;
  return caps / words.length >= 0.7;
}

/** Tickers that are also everyday capitalised words or acronyms: bare, they need an anchor. */
const COMMON_CAPS = new Set([
  'AI',
  'ON',
  'NOW',
  'ALL',
  'ARE',
  'BE',
  'SO',
  'GO',
  'CAN',
  'BIG',
  'EV',
  'IT',
  'UK',
  'US',
  'BP',
  'TD',
  'MA',
  'MS',
  'GE',
  'GM',
  'DE',
  'PM',
  'EL',
  'CL',
  'CI',
  'HD',
  'DD',
  'SF',
  'DB',
  'SO',
  'AA',
  'PATH',
  'TEAM',
  'NET',
  'SNAP',
  'SHOP',
  'COST',
  'LOW',
  'DASH',
  'HAS',
  'MAT',
  'CAT',
  'ICE',
  'EA',
  'APP',
  'LIN',
  'MO',
  'KR',
  'AMT',
  'ARM',
  'TM',
  'FT',
  'CEO',
  'CFO',
  'EPS',
  'IPO',
  'ETF',
  'YTD',
  'SEC',
  'USD',
  'DOW',
]);

/** "Sierra Crest Financial Corp." → "Sierra Crest Financial", "Sierra Crest", "Sierra". */
function derivedAliases(a: Anchor): string[] {
  return prefixAliases(a.name).filter((x) => x !== a.name);
}

function prefixAliases(name: string): string[] {
  const out = new Set<string>();
  const stripped = stripLegalSuffix(name);
  out.add(stripped);
  const words = stripped.split(/\s+/);
  for (let k = words.length - 1; k >= 2; k--) out.add(words.slice(0, k).join(' '));
  if (words.length > 1 && words[0]!.length >= 4 && !GENERIC_FIRST.has(words[0]!.toLowerCase()))
    out.add(words[0]!);
  return [...out];
}

/** "Calgary-based Muskeg Energy" → "Muskeg Energy"; "Monday. Waste Management" → "Waste Management". */
function cleanFirmName(raw: string): string {
  let name = raw.replace(/^.*[a-z]{2,}[.!?]\s+(?=[A-Z])/, '').replace(/^.*--/, '');
  // "based in Pittsburgh, Caldera Robotics": a comma ends a place or an adverb, unless a legal suffix follows.
  if (/^[A-Z][\w.-]*,\s+/.test(name) && !/^[^,]+,\s+(?:Inc|Ltd|plc|Corp|Co|LLC)\.?$/.test(name))
    name = name.replace(/^[^,]+,\s+/, '');
  name = name.replace(LEADING_JUNK, '');
  name = name.replace(/^(?:[A-Z][\w.]*[- ])?[A-Z]?[\w]*-(?:based|headquartered)\s+/, '');
  name = name.replace(
    /^(?:Competitor|Rival|Partner|Customer|Supplier|Broker|Proxy adviser|Adviser|Startup|Drugmaker|Chipmaker|Automaker)\s+/,
    '',
  );
  return name.replace(/['’]s$/, '').trim();
}

function privateDerived(name: string): string[] {
  return [name, ...prefixAliases(name)];
}
