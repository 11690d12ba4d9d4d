/**
 * Resolves every company mention in one article: anchors first, then a per-article alias map built
 * from them ("Lumen Technologies (NYSE: LUMN)" makes "Lumen" and "Lumen’s" mean LUMN), then directory
 * names, bare tickers and private firms the text shows are businesses ("Citron, the short-seller",
 * "Wedbush’s Dan Ives", "Fjellstad Capital"). Ambiguous names count only when anchored.
 * This module runs those steps in order; the patterns that find private firms are in slot-patterns.ts,
 * the checks on a firm's name in firm-names.ts and one-word-names.ts, the short forms in aliases.ts and
 * the reading of bare tickers and initials in bare-tickers.ts.
 */
import type { Company } from '../../domain/facts.js';
import { isCalendarWord } from '../dates.js';
import { findAnchors, findDescribedListings } from './anchors.js';
import { derivedAliases, prefixAliases, privateDerived } from './aliases.js';
import { acronymsOf, COMMON_CAPS, definedTerms } from './bare-tickers.js';
import { QUIET_TICKERS } from './builtin-more.js';
import { createDirectory, type CompanyDirectory, type DirectoryEntry } from './directory.js';
import { MARKET_INSTITUTION } from './institutions.js';
import {
  CENTRAL_BANK,
  cleanFirmName,
  DESCRIBING_END,
  isPlaceName,
  LEGAL_FORM_END,
  NATIONALITY_ONLY,
  NOT_COMPANY,
  SUFFIX_END,
  SUFFIX_ONLY,
  UTILITY_END,
} from './firm-names.js';
import { GIVEN_NAMES } from './given-names.js';
import {
  longerKnownName,
  loneNameDoingDeal,
  namedAgain,
  namedAsPerson,
  oneWordName,
  plainOneWordName,
} from './one-word-names.js';
import { PLACES } from './places.js';
import {
  ACQUIRED_BY,
  ADVISED,
  ADVISER_IS,
  APPOSITIVE,
  BOUGHT_FROM_ONE,
  DASH_LIST_LINE,
  DATA_SHOW,
  DATA_SHOW_CUE,
  DATA_SOURCE,
  DATA_SOURCE_CUE,
  DEAL_SUBJECT,
  DEAL_VERB_NEXT,
  FIRM_LIST,
  FIRM_PATTERNS,
  isDealSlotName,
  NO_POSSESSIVE,
  PAIR_FIRST,
  PAIR_OWN_DEAL,
  PASSIVE_OBJECT,
  POSSESSIVE_PERSON,
  POSSESSIVE_PERSON_CUE,
  PREFILTER,
  RAISED_FUNDS,
  RELATIVE_SUBJECT,
  SLOT_PATTERNS,
  STARTS_AT_CUE,
  SUFFIXED_NAME,
  TAKEN_PRIVATE,
  VERB_AFTER,
} from './slot-patterns.js';
import { CAPITAL, nameKey, stripLegalSuffix, tokenize } from './tokens.js';

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

const NO_ALIASES = createDirectory([], { builtin: false });
const STARTS_CAPITAL = new RegExp(`^${CAPITAL}`);
/** What makes the word before it a place: "Dhaka-based", "Oslo-listed". */
const PLACE_SUFFIX = /^-(?:based|headquartered|listed|registered|born)\b/;

/** "…Ford to buy from hold", "…Zoom at Overweight": a rating given to the name before. */
const RATED_AS =
  /^\s+(?:to|at|as)\s+(?:an?\s+)?["“'‘]?(?:strong buy|buy|sell|hold|neutral|outperform|underperform|overweight|underweight|equal[- ]weight|market perform|sector perform|peer perform|in[- ]line|accumulate|reduce)\b/i;

/** "… and Gridline Risk, a cyber startup, have formed a partnership": the other of a pair and their deal. */
const PAIR_DOES_DEAL =
  /^\s+and\s+(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*(?:\s+\([^)]{1,30}\))?(?:,[^,;]{1,60},)?\s+(?:have\s+|has\s+|had\s+)?(?:formed|signed|struck|inked|agreed|set up|launched|teamed up|partnered|announced)\s+(?:an?\s+|to\s+)?(?:[\w-]+\s+){0,3}?(?:partnership|alliance|joint venture|agreement|deal|pact|collaboration|merge|combine)/;

/** "Mars completed its $36 billion purchase of…", "Shell struck a deal…": what only a business does. */
const DOES_DEALS =
  /^\s+(?:completed|closed|finalized|finalised|struck|signed|announced|unveiled|made|sweetened|raised)\s+(?:its|an?|the)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:acquisition|purchase|takeover|merger|deal|bid|offer|agreement|sale|buyout)\b/;

export function resolveCompanies(
  text: string,
  directory: CompanyDirectory,
  tagTickers: string[] = [],
): CompanyIndex {
  const entities = new Map<string, Entity>();
  const writtenNames = new Map<string, string[]>();
  // A private firm of the directory is one entity under all its names: keyed by its listed name.
  const entityFor = (
    ticker: string | null,
    name: string,
    exchange: string | null,
    keyName = name,
  ): Entity => {
    const key = ticker ? `T:${ticker}` : `N:${nameKey(stripLegalSuffix(keyName))}`;
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
  // "Hartwell Electric's unit … Hartwell (NYSE: HTWE)": a firm named with one word more than an
  // anchored short name is that listed company.
  const anchoredShortFor = (name: string): Entity | undefined => {
    const k = nameKey(stripLegalSuffix(name)).split(' ');
    for (const e of entities.values()) {
      if (!e.ticker || !e.anchored) continue;
      const ek = nameKey(stripLegalSuffix(e.name)).split(' ');
      if (k.length === ek.length + 1 && ek.every((w, i) => w === k[i])) return e;
    }
    return undefined;
  };
  /** Directory names without a listing that an anchor in the text lists ("Alimentation Couche-Tard"). */
  const listedAs = new Map<string, Entity>();
  const unlistedKey = (entry: DirectoryEntry): string => `N:${nameKey(stripLegalSuffix(entry.name))}`;
  const fromEntry = (entry: DirectoryEntry, written: string): Entity => {
    const listed = entry.ticker ? undefined : listedAs.get(unlistedKey(entry));
    if (listed) {
      writtenNames.set(listed.key, [...(writtenNames.get(listed.key) ?? []), written]);
      return listed;
    }
    return entityFor(entry.ticker, written, entry.exchange, entry.name);
  };

  // 1. Anchors and the article's own aliases.
  const anchors = findAnchors(text, directory);
  const terms = definedTerms(text);
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
    // "Couche-Tard (TSX: ATD)": a name the directory knows only without a listing is this listed firm.
    const unlisted = directory.byAlias(a.name)?.entry;
    if (unlisted && !unlisted.ticker) listedAs.set(unlistedKey(unlisted), e);
  }
  for (const t of tagTickers) {
    const entry = directory.byTicker(t);
    if (entry) entityFor(t, stripLegalSuffix(entry.name), entry.exchange).anchored = true;
  }

  // An article without anchors shares one empty alias directory instead of building its own.
  const local = aliasRecords.length
    ? createDirectory(
        aliasRecords.map((r) => ({
          ticker: r.ticker,
          name: r.name,
          exchange: null,
          aliases: r.aliases,
          cik: null,
          origin: 'article' as const,
        })),
        { builtin: false },
      )
    : NO_ALIASES;

  // 2. Private firms shown to be businesses by the text.
  const addPrivate = (raw: string, start: number): void => {
    const name = cleanFirmName(raw);
    if (
      !name ||
      !STARTS_CAPITAL.test(name) ||
      NOT_COMPANY.has(nameKey(name)) ||
      // "buy New York-chartered custodian X": a describing word, not a name.
      DESCRIBING_END.test(name) ||
      // "all Quandong Shares", "Quandong Shareholders": a filing's defined terms for holdings, no firm.
      /\s(?:Shares|Shareholders|Stockholders)$/.test(name) ||
      // "New Mexico utility owner TXNM Energy": a state or region written before what it describes.
      PLACES.has(nameKey(name)) ||
      NATIONALITY_ONLY.test(name) ||
      CENTRAL_BANK.test(name) ||
      MARKET_INSTITUTION.test(name) ||
      isCalendarWord(name) ||
      // "Tokyo Electron Ltd.", "Japan Industrial Partners", "Tokyo Gas": a place may start a name that
      // carries a legal form, or ends like a firm's or a utility's.
      (NOT_COMPANY.has(nameKey(name.split(' ')[0]!)) &&
        !LEGAL_FORM_END.test(name) &&
        !(
          (name.split(/\s+/).length >= 3 ? SUFFIX_END : UTILITY_END).test(name) &&
          !/,|\sof\s|\s(?:Exchange|Markets)$/.test(name)
        ))
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
    // "Bangladesh Securities and Exchange Commission", "National Markets and Competition Commission": a
    // regulator cut at its "and".
    if (
      /^\s+and\s+(?:[A-Z][\w-]*\s+){1,2}(?:Commission|Authority|Agency)\b/.test(
        text.slice(s + name.length, s + name.length + 50),
      )
    )
      return;
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
    // "Arthur J. Gallagher & Co.": a name cut at a middle initial is the start of a longer one.
    if (/\s[A-Z]$/.test(name) && /^\.\s+[A-Z]/.test(text.slice(s + name.length))) return;
    // "bought "His Dark Materials" producer Bad Wolf": a title in quotation marks is a work, not a firm.
    if (/["“]$/.test(text.slice(Math.max(0, s - 1), s)) && /^["”]/.test(text.slice(s + name.length))) return;
    const e = samePrivate(name) ?? anchoredShortFor(name) ?? entityFor(null, name, null);
    mentions.push({ entity: e, start: s, end: s + name.length, text: name });
    privateAliases.push({ name, entity: e });
  };
  const known = (n: string): boolean => !!(local.byAlias(n) ?? directory.byAlias(n));
  /**
   * "CNH Industrial … CNH fell 1.4%", and a summary's "CF signs a deal" above the body's "CF Industries": a
   * quiet ticker that opens the name of a company the text names in full.
   */
  const opensNameNamedInFull = (ticker: string): boolean => {
    const named = entities.get(`T:${ticker}`);
    return (
      !!named &&
      !COMMON_CAPS.has(ticker) &&
      named.name.startsWith(`${ticker} `) &&
      mentions.some((x) => x.entity === named && x.text.length > ticker.length)
    );
  };
  let m: RegExpExecArray | null;
  for (const re of FIRM_PATTERNS) {
    if (PREFILTER.get(re)?.test(text) === false) continue;
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      let raw = (m[1] ?? m[2] ?? m[3])!;
      // "bought Finland's Wolt", "Italy's CIFA": a country's possessive before the name is no part of it.
      const country =
        /^([A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*)?)['’]s[^\S\n]+(?=[A-Z\u00C0-\u00DE\u0100-\u017F])/.exec(raw);
      if (country && isPlaceName(country[1]!)) raw = raw.slice(country[0].length);
      // A name read forward from a cue ends with its sentence ("satellite maker Heliant. Corvane has…").
      if (STARTS_AT_CUE.has(re)) raw = raw.replace(/((?:[a-z]{2,}|[A-Z]{2,}|\d)[.!?])\s+[A-Z].*$/s, '$1');
      if (/\n/.test(raw)) continue;
      // "The company is its financial adviser", "It advised": no firm's name.
      if (
        (re === ADVISER_IS || re === ADVISED) &&
        /^(?:The|This|That|It|Its|They|He|She|We|A|An)\b/.test(raw)
      )
        continue;
      // "buy Lumen's Fiber Unit": a possessive names the seller, not the thing bought.
      // A plural possessive inside a name stays ("Ontario Teachers' Pension Plan").
      if (NO_POSSESSIVE.has(re) && /['’](?!\s+[A-Z])|[^s]['’]\s/.test(raw)) continue;
      if (re === SUFFIXED_NAME && /^(The|A|An)\s/.test(raw) && raw.split(/\s+/).length <= 2) continue;
      // "The Big Biotech", "the Swiss pharma group": a nickname built from a describing word, not a name.
      if (
        re === SUFFIXED_NAME &&
        /^(?:The|A|An)\s+(?:Big|Large|Small|Giant|Major|Leading|Global|Swiss|German|French|British|American|Japanese|Chinese|Korean|Dutch|Danish|Italian|Spanish|Canadian|Indian|European|Asian)\s+\S+$/.test(
          raw,
        )
      )
        continue;
      // Headlines capitalise every word: "Lumen Leverages Fiber Network To Power AI" is not a company.
      if (
        re !== APPOSITIVE &&
        isTitleCaseLine(text, m.index) &&
        !DASH_LIST_LINE.test(lineAround(text, m.index))
      )
        continue;
      // A deal slot holds a name only as addPrivate would clean it ("Texas-based Veritrace" → "Veritrace").
      if (
        re === ACQUIRED_BY &&
        !raw.includes(' ') &&
        !namedAgain(text, raw, m.index + m[0].lastIndexOf(raw)) &&
        !DASH_LIST_LINE.test(lineAround(text, m.index))
      )
        continue;
      if (re === BOUGHT_FROM_ONE && (!plainOneWordName(raw) || namedAsPerson(text, raw))) continue;
      if (
        re === PAIR_FIRST &&
        !raw.includes(' ') &&
        !(
          plainOneWordName(raw) &&
          PAIR_OWN_DEAL.test(text.slice(m.index + raw.length, m.index + raw.length + 160))
        )
      )
        continue;
      if (re === DEAL_SUBJECT && !raw.includes(' ')) {
        // A name the directory or the article's anchors know is read with the others (step 3).
        if (known(raw)) continue;
        // "Quest Diagnostics … Quest acquired…": the short form of a known name the text also gives.
        const longer = longerKnownName(text, raw, directory);
        if (longer) {
          if (!mentions.some((x) => m!.index < x.end && m!.index + raw.length > x.start))
            mentions.push({
              entity: fromEntry(longer, raw),
              start: m.index,
              end: m.index + raw.length,
              text: raw,
            });
          continue;
        }
        if (!oneWordName(text, raw, m.index) && !loneNameDoingDeal(text, raw, m.index)) continue;
      }
      if (
        re === RELATIVE_SUBJECT &&
        !raw.includes(' ') &&
        !known(raw) &&
        !oneWordName(text, raw, m.index) &&
        !(plainOneWordName(raw) && !namedAsPerson(text, raw))
      )
        continue;
      if (SLOT_PATTERNS.has(re)) {
        // "took X private in…": the word after the name is the cue's own.
        const end = m.index + m[0].length + (re === TAKEN_PRIVATE ? ' private'.length : 0);
        // A name its pattern reads before the deal's verb is followed by that verb, not by a noun it describes.
        const after = VERB_AFTER.has(re) ? '' : text.slice(end, end + 30);
        if (!isDealSlotName(cleanFirmName(raw), after, text, known)) continue;
      }
      // "$PLSH: Plush Co agreed to be acquired by…": the name after a cashtag is that ticker's.
      if (
        (re === PASSIVE_OBJECT || re === RAISED_FUNDS || re === SUFFIXED_NAME) &&
        /\$[A-Z]{1,5}:?\s*$/.test(text.slice(Math.max(0, m.index - 8), m.index))
      )
        continue;
      addPrivate(raw, m.index + m[0].indexOf(raw));
    }
  }
  const dataSources: RegExpExecArray[] = [];
  DATA_SOURCE.lastIndex = 0;
  if (DATA_SOURCE_CUE.test(text)) while ((m = DATA_SOURCE.exec(text))) dataSources.push(m);
  if (DATA_SHOW_CUE.test(text)) {
    DATA_SHOW.lastIndex = 0;
    while ((m = DATA_SHOW.exec(text))) dataSources.push(m);
  }
  for (m of dataSources) {
    const raw = (m[1] ?? m[2])!;
    // "polled by the company" or "according to Monday's filing": capitalised but not a firm.
    if (/\n/.test(raw) || /^(?:The|A|An|Its|Their|Monday|Tuesday|Wednesday|Thursday|Friday)\b/.test(raw))
      continue;
    if (raw.split(/\s+/).length > 1 && !SUFFIXED_NAME.test(raw)) {
      SUFFIXED_NAME.lastIndex = 0;
      // Two or three capitalised words after "according to" are usually a person's name.
      if (!/(?:polled|surveyed|compiled|tracked|tallied) by/.test(m[0])) continue;
    }
    SUFFIXED_NAME.lastIndex = 0;
    addPrivate(raw, m.index + m[0].indexOf(raw));
  }
  FIRM_LIST.lastIndex = 0;
  while ((m = FIRM_LIST.exec(text))) {
    const list = m[1]!;
    if (/\n/.test(list) || isTitleCaseLine(text, m.index)) continue;
    let from = m.index + m[0].indexOf(list);
    for (const item of list.split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)) {
      const at = text.indexOf(item, from);
      from = at + item.length;
      if (item.trim()) addPrivate(item.trim(), at);
    }
  }
  POSSESSIVE_PERSON.lastIndex = 0;
  const possessives = POSSESSIVE_PERSON_CUE.test(text);
  while (possessives && (m = POSSESSIVE_PERSON.exec(text))) {
    const org = m[1]!;
    const person = m[2]!;
    // "Here's What It Means for Investors": a headline's capitals name no person and no firm.
    // "Dick's Sporting Goods": a listed name with a possessive in it, no firm's person.
    if (
      directory.byAlias(person) ||
      directory.byAlias(`${org}'s ${person}`) ||
      /\n/.test(m[0]) ||
      isTitleCaseLine(text, m.index)
    )
      continue;
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
  for (const hit of local === NO_ALIASES ? [] : local.matchNames(tokens)) {
    if (taken(hit.start, hit.end)) continue;
    const e = entities.get(`T:${hit.entry.ticker}`)!;
    mentions.push({ entity: e, start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) });
  }
  const pending: Array<{ entry: DirectoryEntry; start: number; end: number }> = [];
  for (const hit of directory.matchNames(tokens)) {
    if (taken(hit.start, hit.end) || hit.entry.kind === 'media') continue;
    const written = text.slice(hit.start, hit.end).replace(/['’]s$/, '');
    if (terms.has(written)) continue;
    // A name of several words is written capitalised: "Canadian natural-cheese" is no "Canadian Natural"
    // ("Seven & i" keeps its letter after the ampersand).
    if (
      /\s/.test(written) &&
      written
        .replace(/&\s[a-z]\b/g, '&')
        .split(/\s+/)
        .some((w) => /^[a-z]/.test(w) && !/^(?:(?:of|and|de|the|du|der|la|le)$|[a-z][A-Z])/.test(w))
    )
      continue;
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
      // A known name that is only ambiguous ("Tidewater?") yields to the firm the article names in full.
      const known = directory.byAlias(alias);
      if (!privLocal.has(k) && (!known || known.ambiguous)) privLocal.set(k, p.entity);
    }
  }
  // A known company named in full lends its short forms too: "Quest Diagnostics … Quest has been a
  // steady buyer", unless the short form is another company's name or a person's given name.
  const namedInFull = mentions.filter(
    (m) =>
      m.entity.ticker && /\s/.test(m.text) && directory.byAlias(m.text)?.entry.ticker === m.entity.ticker,
  );
  for (const p of namedInFull) {
    for (const alias of prefixAliases(p.text)) {
      const k = nameKey(alias);
      const other = directory.byAlias(alias);
      if (privLocal.has(k) || GIVEN_NAMES.has(alias) || (other && other.entry.ticker !== p.entity.ticker))
        continue;
      privLocal.set(k, p.entity);
    }
  }
  const privFirst = new Set([...privLocal.keys()].map((k) => k.split(' ')[0]!));
  const acronyms = acronymsOf(entities.values(), text, directory);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!STARTS_CAPITAL.test(tok.text)) continue;
    for (let n = privFirst.has(tok.norm) ? 4 : 0; n >= 1; n--) {
      if (i + n > tokens.length) continue;
      const key = tokens
        .slice(i, i + n)
        .map((t) => t.norm)
        .join(' ');
      const e = privLocal.get(key);
      if (!e) continue;
      const end = tokens[i + n - 1]!.end;
      // "a Dhaka-based brokerage": a short form of "Dhaka Stock Exchange" before "-based" is a place.
      if (!taken(tok.start, end) && !PLACE_SUFFIX.test(text.slice(end, end + 16)))
        mentions.push({ entity: e, start: tok.start, end, text: text.slice(tok.start, end) });
      i += n - 1;
      break;
    }
    if (
      /^[A-Z]{2,5}(\.[A-Z])?$/.test(tok.text) &&
      !taken(tok.start, tok.end) &&
      !terms.has(tok.text) &&
      // "ACN 611 204 587", "ABN 12 345 678 901": a registration number's label, not Accenture.
      !/^\s+\d{2,3}\s\d{3}\s\d{3}\b/.test(text.slice(tok.end, tok.end + 16))
    ) {
      const entry = directory.byTicker(tok.text);
      const isAnchored = anchored.has(tok.text);
      if (
        (entry && !COMMON_CAPS.has(tok.text) && !QUIET_TICKERS.has(tok.text)) ||
        isAnchored ||
        opensNameNamedInFull(tok.text)
      ) {
        const e =
          entities.get(`T:${tok.text}`) ??
          (entry ? fromEntry(entry, stripLegalSuffix(entry.name)) : undefined);
        if (e) mentions.push({ entity: e, start: tok.start, end: tok.end, text: tok.text });
      } else {
        // "Community Health Systems … CHS shares jumped": the initials of a company named in full first.
        const e = acronyms.get(tok.text);
        if (e && e.firstAt < tok.start)
          mentions.push({ entity: e.entity, start: tok.start, end: tok.end, text: tok.text });
      }
    }
  }
  // Ambiguous names count once the same company is anchored or named unambiguously, or once the text
  // uses the name as a business somewhere: "Shell sold its stake", "Shell's", "shares of Shell".
  const actsAsBusiness = (p: (typeof pending)[number]): boolean =>
    // "Brookfield's $4.4 billion purchase", but not a surname's "Elena Marsh's bid".
    (/['’]s$/.test(text.slice(p.start, p.end)) &&
      !/[A-Z][\w.'’-]*\s+$/.test(text.slice(Math.max(0, p.start - 30), p.start))) ||
    /^(?:['’]s\b|\s+(?:shares|stock|said|says|agreed|agrees|sold|sells|bought|buys|acquired|acquires|will|plans|reported|reports|rose|fell|gained|slipped|declined|jumped|Inc\b|Corp\b|plc\b|(?:is|was|has been)\s+(?:weighing|exploring|considering|mulling|nearing|preparing|buying|selling|acquiring|in talks)\b|(?:has|had)\s+(?:agreed|bought|sold|acquired)\b))/.test(
      text.slice(p.end, p.end + 12),
    ) ||
    /\b(?:shares of|rival|peer|oil major|retailer|carmaker|lender|(?:acquired|bought|purchased|taken over|taken private|owned|backed) by|(?:rating|target|target price|objective|coverage|stake) (?:on|of|in|for)|(?:acquisition|purchase|takeover|buyout|deal|bid|offer) (?:of|for)|merger with|(?:selected|chosen|picked|tapped|hired) by|(?:agreed|agrees|plans|offered) to (?:buy|acquire))\s+$/i.test(
      text.slice(Math.max(0, p.start - 24), p.start),
    ) ||
    // "Mars completed its $36 billion purchase of Kellanova", "Ripple paid $1.25 billion for…": a buyer.
    DOES_DEALS.test(text.slice(p.end, p.end + 60)) ||
    DEAL_VERB_NEXT.test(text.slice(p.end, p.end + 90)) ||
    // "Travelers and Gridline Risk, a cyber startup, have formed a partnership": one of a pair doing a deal.
    PAIR_DOES_DEAL.test(text.slice(p.end, p.end + 140)) ||
    // "Deutsche Bank upgraded Ford to buy": only a listed company is rated.
    /\b(?:upgraded|downgraded|upgrades|downgrades)\s+$/i.test(
      text.slice(Math.max(0, p.start - 14), p.start),
    ) ||
    (/\b(?:raised|raises|cut|cuts|lowered|lowers|moved|moves|rates|rated)\s+$/i.test(
      text.slice(Math.max(0, p.start - 10), p.start),
    ) &&
      RATED_AS.test(text.slice(p.end, p.end + 40))) ||
    // "won an order worth Rs 2,300 crore from HP": the customer of a contract.
    /\b(?:order|contract|deal)s?\s+(?:(?:worth|valued at)\s+[^.;]{1,30}?\s+)?from\s+$/i.test(
      text.slice(Math.max(0, p.start - 60), p.start),
    );
  // A private name ("Mars?") has no ticker: it counts once the text names the same firm under another of
  // its names ("Mars Inc."), or under a name that starts alike ("Mars Wrigley").
  const pendingKey = (entry: DirectoryEntry): string =>
    entry.ticker ? `T:${entry.ticker}` : `N:${nameKey(stripLegalSuffix(entry.name))}`;
  const business = new Set(pending.filter(actsAsBusiness).map((p) => pendingKey(p.entry)));
  for (const p of pending) {
    const written = text.slice(p.start, p.end).replace(/['’]s$/, '');
    const key = pendingKey(p.entry);
    let entity =
      entities.get(key) ?? (p.entry.ticker ? undefined : (listedAs.get(key) ?? samePrivate(written)));
    if (!entity && business.has(key)) entity = fromEntry(p.entry, written);
    if (!entity || taken(p.start, p.end)) continue;
    mentions.push({ entity, start: p.start, end: p.end, text: written });
  }

  mentions.sort((a, b) => a.start - b.start);
  // "…is buying the Cleveland company (NASDAQ: MDMS)": the listing belongs to the private firm named last
  // before the description, unless another company already holds that ticker.
  // A description that opens its sentence ("The Cavan-based group, which is listed … under the ticker KRX")
  // points back to the firm the sentence before opens with.
  for (const d of findDescribedListings(text)) {
    if ([...entities.values()].some((e) => e.ticker === d.ticker)) continue;
    const before = mentions.filter((m) => m.end <= d.at && d.at - m.start < 800 && !m.entity.ticker);
    const named = d.pointsBack ? subjectBefore(text, before, d.at) : before.pop();
    if (!named) continue;
    Object.assign(named.entity, { ticker: d.ticker, exchange: d.exchange, kind: 'listed', anchored: true });
  }
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

/** The line of the text that holds `at`. */
function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** A lowercase word of four letters or more that no title style leaves lowercase (prepositions aside). */
const PROSE_WORD = /\s(?!(?:with|from|into|over|than|upon|amid|onto|under|after|about|versus)\s)[a-z]{4,}\s/;
function isTitleCaseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const endNl = text.indexOf('\n', at);
  const line = text.slice(start, endNl < 0 ? text.length : endNl);
  if (/[.!?]["”’)]?$/.test(line.trim()) && line.length > 120) return false;
  // A sentence that ends with a full stop is prose, however many names it holds; anchors don't count.
  // So is one with a lowercase verb or noun a title would capitalise ("Graybar bought Tessco Technologies.").
  if (
    /[a-z0-9)%]\.["”’)]?$/.test(line.trim()) &&
    (/\s[a-z]{2,}\s[a-z]{2,}\s/.test(line) || PROSE_WORD.test(line))
  )
    return false;
  const words = line
    .replace(/\([^()]{0,30}\)/g, ' ')
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]{4,}/.test(w));
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^[A-Z]/.test(w)).length;
  return caps / words.length >= 0.7;
}

/**
 * The firm a sentence opening with a description ("The Japanese publisher…") is about: a mention that
 * opens the sentence, else one that opens the sentence before ("Nexon has agreed…", "Separately, Glanbia
 * said…", "Bidvest shares fell…").
 */
function subjectBefore(text: string, before: Mention[], at: number): Mention | undefined {
  const starts = [...text.slice(0, at).matchAll(/(?:^|[.!?]["”’]?\s+|\n\s*)(?=\S)/g)].map(
    (m) => m.index + m[0].length,
  );
  const here = starts.pop() ?? 0;
  const prev = starts.pop() ?? 0;
  const opening = (m: Mention, from: number): boolean =>
    m.start >= from &&
    /^(?:[A-Z][\w-]*,\s+|(?:Shares|Stock)\s+(?:of|in)\s+)?$/.test(text.slice(from, m.start));
  return before.find((m) => opening(m, here)) ?? before.find((m) => m.start < here && opening(m, prev));
}
