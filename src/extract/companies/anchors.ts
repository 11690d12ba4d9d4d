/**
 * Explicit company anchors: "(NYSE: LUMN)", "(NASDAQ:PLTR)", "AT&T ( T )", "Tesla (TSLA)", "$LUMN",
 * and ticker tag lines ("LUMNAMZN" or "LUMN AMZN"). An anchor ties a name to a ticker for the whole article.
 */
import { isCalendarWord } from '../dates.js';
import type { CompanyDirectory } from './directory.js';
import { isPlaceName, LEADING_JUNK } from './firm-names.js';
import { MARKET_INSTITUTION } from './institutions.js';
import { QUIET_TICKERS } from './builtin-more.js';
import { CAPITAL, stripLegalSuffix } from './tokens.js';

export interface Anchor {
  /** The name written before the anchor, or the directory name for a bare cashtag. */
  name: string;
  ticker: string;
  exchange: string | null;
  /** Span of the name (or cashtag) in the text. */
  start: number;
  end: number;
}

const EXCHANGES: Record<string, string> = {
  NYSE: 'NYSE',
  NASDAQ: 'NASDAQ',
  'NYSE AMERICAN': 'NYSE American',
  AMEX: 'NYSE American',
  NYSEARCA: 'NYSE Arca',
  OTC: 'OTC',
  OTCQX: 'OTC',
  OTCQB: 'OTC',
  TSX: 'TSX',
  TSXV: 'TSXV',
  LSE: 'LSE',
  LON: 'LSE',
  XETRA: 'Xetra',
  ETR: 'Xetra',
  FRA: 'Frankfurt',
  EPA: 'Euronext Paris',
  EURONEXT: 'Euronext',
  ASX: 'ASX',
  HKEX: 'HKEX',
  HKG: 'HKEX',
  TYO: 'TSE',
  TSE: 'TSE',
  NSE: 'NSE',
  BSE: 'BSE',
  SIX: 'SIX',
  CBOE: 'Cboe',
  BATS: 'Cboe',
};

// Name: up to six capitalised words, letters beyond ASCII included ("Brønnøy", "Nestlé") (with "&", "of", "and", "de" inside, and forms like "A/S"; a legal form may follow a comma,
// "Acme Grid Systems, Inc."), then the parenthesised anchor.
const NAME = String.raw`((?:${CAPITAL}[\w\u00C0-\u024F&.'’!-]*|&)(?:,?[ \t]+(?:[A-Z0-9\u00C0-\u00DE\u0100-\u017F][\w\u00C0-\u024F&.'’!-]*(?:/[A-Z]{1,3}\b)?|&|of|de|plc|inc\.?|ltd\.?|co\.?|corp\.?|oyj|asa))?(?:,[ \t]+(?:Inc|Ltd|Co|Corp|LLC|L\.P|plc|AG|SE|N\.V|S\.A)\.?(?![\w])|[ \t]+(?:[A-Z0-9\u00C0-\u00DE\u0100-\u017F][\w\u00C0-\u024F&.'’!-]*(?:/[A-Z]{1,3}\b)?|&|of|de|plc|inc\.?|ltd\.?|co\.?|corp\.?|oyj|asa)){0,4})`;
/** Exchanges written by their city or market name: "(Copenhagen: NHE)", "(Nasdaq Stockholm: ERIC B)". */
const CITY_EXCHANGES = String.raw`(?:(?:Nasdaq|Euronext|Borsa|Bolsa|Deutsche Börse)[ \t]+)?(?:Copenhagen|Stockholm|Oslo|Helsinki|Reykjavik|Tokyo|Osaka|Frankfurt|Paris|Amsterdam|Brussels|Lisbon|Dublin|Milan|Italiana|Madrid|Zurich|Swiss|Vienna|Warsaw|Prague|London|Toronto|Sydney|Seoul|Mumbai|Singapore|Hong Kong|Taipei|Shanghai|Shenzhen|Johannesburg|Tel Aviv|Mexico|Sao Paulo|São Paulo|Santiago)`;
/**
 * A listing told by its code alone: "(Securities code: 6504)", "(stock code: 0391)", "(ticker: NBMC)":
 * no venue named.
 */
const CODE_LABEL = String.raw`(?:[Ss]ecurities [Cc]ode|[Ss]tock [Cc]ode|Code|[Tt]icker(?: [Ss]ymbol)?|[Ss]ymbol)`;
const EXCHANGE_RE = String.raw`(?:${CITY_EXCHANGES}|${CODE_LABEL}|TSX Venture|TSX-V|NYSE American|NYSE Arca|NYSEARCA|NYSE|NASDAQ|Nasdaq|AMEX|OTCQX|OTCQB|OTC|TSXV|TSX|LSE|LON|XETRA|Xetra|ETR|FRA|EPA|Euronext|EURONEXT|ASX|HKEX|HKG|TYO|TSE|NSE|BSE|SIX|Cboe|CBOE|BMV|STO|CPH|HEL|OSE|OSL|MIL|BIT|BME|AMS|EBR|ELI|WSE|JSE|KRX|KOSDAQ|SGX|SET|IDX|TASE|B3|BVMF|NZX|SSE|SZSE|TWSE|TPE|[A-Z]{2,8})`;
// Up to ten characters: Mumbai symbols are words ("TATACONSUM", "HDFCBANK").
const LISTING_TICKER = String.raw`[A-Z0-9]{1,10}(?:\.[A-Z]{1,2})?`;
// A dual listing may share the brackets: "(TSX: TECK.B, NYSE: TECK)"; group 4 holds the other listings.
const WITH_EXCHANGE = new RegExp(
  NAME +
    String.raw`,?[ \t]*\(\s*(${EXCHANGE_RE})\s*:\s*(${LISTING_TICKER})((?:\s*[,;/]\s*${EXCHANGE_RE}\s*:\s*${LISTING_TICKER})*)\s*\)`,
  'g',
);
const US_EXCHANGE = /^(?:NYSE|NASDAQ|NYSE AMERICAN|AMEX)$/i;
// A six-digit code is a Seoul or mainland listing ("Hyundai Motor Co. (005380)"); four digits are a Tokyo
// or Taipei code ("Terumo (4543)") or, with a leading zero, a Hong Kong one ("(0700)"), unless they could be
// a year (1800–2099) and no venue follows ("0688.HK", "7203.T"). Four letters and a share-class number are a
// São Paulo code ("WEG (WEGE3)", "Petrobras (PETR4)").
const BARE = new RegExp(
  NAME +
    String.raw`[ \t]*\(\s*([A-Z]{1,5}(?:\.[A-Z]{1,2})?|[A-Z]{4}(?:3|4|5|6|11)|\d{6}(?:\.[A-Z]{2})?|\d{4,5}\.(?:HK|T|TW|SI|KL|BK)|0\d{3,4}|(?!1[89]|20)[1-9]\d{3})\s*\)`,
  'g',
);
/**
 * A Reuters code's venue ("CCK.N" NYSE, "MSFT.O"/".OQ" Nasdaq, "REL.L" London, "SAN.PA" Paris, "005930.KS"
 * Seoul, "0688.HK" Hong Kong, "7203.T" Tokyo): the symbol is the part before it, leading zeros kept.
 */
const RIC_VENUE =
  /^([A-Z]{1,5})\.(?:N|O|OQ|K|L|PA|DE|AS|MI|MC|TO|AX|SW|ST|OL|CO|HE|BR|LS|IR|VI|NZ|SA|MX)$|^(\d{4,6})\.(?:KS|KQ|SS|SH|SZ|HK|T|TW|SI|KL|BK)$/;
const CASHTAG = /(^|[^\w$])\$([A-Z]{1,5}(?:\.[A-Z])?)\b(?![\d.,]*\d)/g;
/**
 * A listing told in words: "Pelsworth, which trades on the New York Stock Exchange under the ticker PLWI",
 * "Acme's shares are listed on Nasdaq under the symbol "ACME"".
 */
/** A capitalised word, Latin letters beyond ASCII included ("Ülker", "Żabka"). */
const CAPITALISED = String.raw`${CAPITAL}[\w\u00C0-\u024F&.'’-]*`;
const TICKER_TOLD = new RegExp(
  String.raw`((?:${CAPITALISED}[ \t]+){0,4}${CAPITALISED}?)(?:['’]s)?,?[ \t]+(?:which[ \t]+|whose[ \t]+(?:stock|shares)[ \t]+|(?:stock|shares)[ \t]+)?(?:(?:is|are|has been|have been)[ \t]+)?(?:listed|trades|traded|trade)\b([^.;\n]{0,80}?)\bunder[ \t]+the[ \t]+(?:(?:stock|ticker|trading)[ \t]+)?(?:ticker|symbol)(?:[ \t]+symbol)?[ \t]+["“']?([A-Z]{1,5}(?:\.[A-Z]{1,2})?)\b`,
  'g',
);
const LEGAL_WORDS =
  /\b(Inc|Corp|Corporation|Co|Company|Ltd|plc|LLC|Group|Holdings|SE|AG|NV|SA|Technologies|Systems|Sports|Motors|Brands|Industries|Pharmaceuticals|Therapeutics|Bancorp|Energy|Resources|Networks|Labs|Software|Communications)\b\.?/;
const NOT_TICKERS = new Set([
  'CEO',
  'CFO',
  'COO',
  'CTO',
  'AI',
  'EPS',
  'IPO',
  'ETF',
  'YTD',
  'USD',
  'EUR',
  'GBP',
  'US',
  'UK',
  'EU',
  'PT',
  'TBD',
  'NA',
  'API',
  'SEC',
  'FTC',
  'DOJ',
  'FDA',
  'FCC',
  'GDP',
  'M&A',
]);

/** "…is buying the Cleveland company (NASDAQ: MDMS)": a listing told after a description, not a name. */
const DESCRIBED_LISTING = new RegExp(
  String.raw`\b[Tt]he[ \t]+(?:(?:[A-Z][\w.'’-]*|[a-z][\w-]*)[ \t]+){0,3}?(?:company|firm|group|maker|business|developer|operator|provider|manufacturer|supplier|lender|bank|insurer|retailer|\w+maker)[ \t]*\(\s*(${EXCHANGE_RE})\s*:\s*(${LISTING_TICKER})\s*\)`,
  'g',
);

/** Listings told after a description, where the listing's company is the one the description points back to. */
/**
 * "…, where it trades under the code 3659", "which is listed on Euronext Dublin under the ticker KRX", "The
 * refiner, whose shares trade on the Athens Exchange under the code ELPE", "The Bergen-based company, listed on
 * Oslo Børs under the ticker LSG": a listing told in words, of the firm the clause points back to.
 */
const LISTED_UNDER = new RegExp(
  String.raw`\b(?:trades|trade|traded|(?:(?:is|are)[ \t]+)?listed|is[ \t]+quoted)[ \t]+(?:on[ \t]+(?:the[ \t]+)?((?:[A-Z][\w&.-]*[ \t]+){0,3}?[A-Z][\w&.-]*)[ \t]+|on[ \t]+[^.;,\n]{1,50}?[ \t]+)?under[ \t]+the[ \t]+(?:(?:stock|ticker|share|trading)[ \t]+)?(?:code|ticker|symbol)[ \t]+["“]?(${LISTING_TICKER})\b`,
  'g',
);

export interface DescribedListing {
  ticker: string;
  exchange: string | null;
  at: number;
  /** Told by a description that opens its sentence ("The JSE-listed group (JSE: BVT) is buying…"), or by a
   * clause of such a sentence: the firm meant is the one the sentence before is about, not its last name. */
  pointsBack: boolean;
}

export function findDescribedListings(text: string): DescribedListing[] {
  const out: DescribedListing[] = [];
  const opensSentence = (at: number): boolean =>
    /(?:^|[.!?]["”’]?\s+|\n\s*)(?:[Tt]he|It|Its)[ \t]+[^.!?\n]{0,160}$/.test(
      text.slice(Math.max(0, at - 200), at + 4),
    );
  if (/(?:company|firm|group|maker|business|er|bank)[ \t]*\(/.test(text))
    for (const m of text.matchAll(DESCRIBED_LISTING))
      out.push({
        ticker: m[2]!,
        exchange: /(?:code|ticker|symbol)$/i.test(m[1]!) ? null : (EXCHANGES[m[1]!.toUpperCase()] ?? m[1]!),
        at: m.index,
        pointsBack: /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index)),
      });
  if (/\bunder[ \t]+the[ \t]/.test(text))
    for (const m of text.matchAll(LISTED_UNDER)) {
      if (NOT_TICKERS.has(m[2]!)) continue;
      const venue = m[1]?.trim() ?? null;
      out.push({
        ticker: m[2]!,
        exchange: venue ? (EXCHANGES[venue.toUpperCase()] ?? venue) : null,
        at: m.index,
        pointsBack: opensSentence(m.index),
      });
    }
  return out;
}

export function findAnchors(text: string, directory: CompanyDirectory): Anchor[] {
  const out: Anchor[] = [];
  const push = (a: Anchor): void => {
    // "Public Disclosure Platform (KAP)", "Dhaka Stock Exchange (DSE)": an institution's initials, no listing.
    if (MARKET_INSTITUTION.test(a.name)) return;
    if (!out.some((o) => o.start === a.start)) out.push(a);
  };
  let m: RegExpExecArray | null;
  WITH_EXCHANGE.lastIndex = 0;
  while ((m = WITH_EXCHANGE.exec(text))) {
    // Of several listings, the US one names the company (the gold and the directory use US symbols).
    const listings = [
      [m[2]!, m[3]!],
      ...[...m[4]!.matchAll(/([A-Za-z0-9 ]+?)\s*:\s*([A-Z0-9.]+)/g)].map((x) => [x[1]!.trim(), x[2]!]),
    ];
    const [exch, ticker] = listings.find(([e]) => US_EXCHANGE.test(e!)) ?? listings[0]!;
    const trimmed = dropOwner(trimName(m[1]!), ticker!, directory);
    if (!trimmed) continue;
    const span = spanOf(m[1]!, trimmed, m.index);
    // "Adani Ports and Special Economic Zone (NSE: ADANIPORTS)": a name holding "and", when the
    // ticker spells the words before it.
    const joined = /((?:[A-Z][\w&.'’-]*\s+){1,3})and\s+$/.exec(
      text.slice(Math.max(0, span.start - 60), span.start),
    );
    const head = joined?.[1]!.trim();
    const firstWord =
      head
        ?.split(/\s+/)[0]!
        .toLowerCase()
        .replace(/[^a-z]/g, '') ?? '';
    const spells = firstWord.length >= 3 && ticker!.toLowerCase().startsWith(firstWord);
    const name = spells ? `${head} and ${trimmed}` : trimmed;
    const start = spells ? span.start - joined![0].length : span.start;
    const end = span.end;
    const exchange = /(?:code|ticker|symbol)$/i.test(exch!)
      ? null
      : (EXCHANGES[exch!.toUpperCase().replace(/^TSX(?:-V| VENTURE)$/, 'TSXV')] ?? exch!);
    push({ name, ticker: ticker!, exchange, start, end });
  }
  BARE.lastIndex = 0;
  while ((m = BARE.exec(text))) {
    // "CCK.N": the symbol; a class letter ("BRK.B", "BF.A") is part of it.
    const ric = RIC_VENUE.exec(m[2]!);
    const ticker = ric ? (ric[1] ?? ric[2])! : m[2]!;
    const name = dropOwner(trimName(m[1]!), ticker, directory);
    if (!name || NOT_TICKERS.has(ticker)) continue;
    // "MUNICH (RMF) - Symrise…": a wire dateline, a city in capitals and the news agency in brackets.
    if (/^[A-Z\s.'-]+$/.test(name) && /^[ \t]*[-–—]/.test(text.slice(m.index + m[0].length))) continue;
    if (out.some((o) => o.ticker === ticker && o.name === name)) continue;
    const known = directory.byTicker(ticker);
    const alias = directory.byAlias(name) ?? directory.byAlias(stripLegalSuffix(name));
    if (alias?.entry.kind === 'media') continue;
    // "RELX (REL.L)": a home listing of a company the directory knows by its US symbol anchors that symbol.
    // "Terumo (4543)": a home market's numeric code is the listing the text gives, as "(TSE: 4543)" would be.
    if (alias && alias.entry.ticker && alias.entry.ticker !== ticker && !/^\d+$/.test(ticker)) {
      if (!ric) continue;
      const { start, end } = spanOf(m[1]!, name, m.index);
      push({ name, ticker: alias.entry.ticker, exchange: alias.entry.exchange ?? null, start, end });
      continue;
    }
    // "Artificial Intelligence (AI)", "Securities and Exchange Commission (SEC)": an acronym, not a ticker.
    const loud = known && !QUIET_TICKERS.has(ticker);
    if (!loud && !alias && isAcronymOf(ticker, name) && !LEGAL_WORDS.test(name)) continue;
    if (!loud && !alias && ticker.length === 1) continue;
    const { start, end } = spanOf(m[1]!, name, m.index);
    push({ name, ticker, exchange: known?.exchange ?? null, start, end });
  }
  // The pattern starts at every capital: a text without "under the" skips it.
  TICKER_TOLD.lastIndex = /\bunder the\b/i.test(text) ? 0 : text.length;
  while ((m = TICKER_TOLD.exec(text))) {
    const name = trimName(m[1]!);
    const ticker = m[3]!;
    if (!name || NOT_TICKERS.has(ticker) || out.some((o) => o.ticker === ticker)) continue;
    const venue = m[2]!;
    const exchange = /\b(?:New York Stock Exchange|NYSE)\b/.test(venue)
      ? 'NYSE'
      : /\bNasdaq\b/i.test(venue)
        ? 'NASDAQ'
        : null;
    const { start, end } = spanOf(m[1]!, name, m.index);
    push({ name, ticker, exchange, start, end });
  }
  CASHTAG.lastIndex = 0;
  while ((m = CASHTAG.exec(text))) {
    const ticker = m[2]!;
    const known = directory.byTicker(ticker);
    const start = m.index + m[1]!.length;
    const anchored = out.find((o) => o.ticker === ticker);
    push({
      name: known ? stripLegalSuffix(known.name) : (anchored?.name ?? ticker),
      ticker,
      exchange: known?.exchange ?? anchored?.exchange ?? null,
      start,
      end: start + ticker.length + 1,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "Alphabet's Google (NASDAQ: GOOGL)": the parent's possessive is not part of the name, when the rest is
 * a name the directory knows under this ticker ("Dick's Sporting Goods" keeps its apostrophe).
 */
function dropOwner(name: string, ticker: string, directory: CompanyDirectory): string {
  const m = /^[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s\s+([A-Z].*)$/.exec(name);
  if (!m) return name;
  const rest = m[1]!;
  const known = directory.byAlias(rest) ?? directory.byAlias(stripLegalSuffix(rest));
  return known?.entry.ticker === ticker ? rest : name;
}

/**
 * Where the trimmed name stands in the matched text: as it is, or as written with the comma that
 * trimName drops before a legal suffix ("Utz Brands, Inc."), so offsets never point before the name.
 */
function spanOf(raw: string, name: string, offset: number): { start: number; end: number } {
  for (const form of [name, name.replace(/\s+(Inc|Ltd|plc|Corp|Co)\b/, ', $1')]) {
    const at = raw.lastIndexOf(form);
    if (at >= 0) return { start: offset + at, end: offset + at + form.length };
  }
  const at = Math.max(0, raw.length - raw.trimStart().length);
  return { start: offset + at, end: offset + raw.trimEnd().length };
}

function trimName(raw: string): string {
  // A name never spans a sentence end: "Monday. Waste Management", "Oct. 28. United Parcel Service",
  // "This is Claire Moreau's. The Danone".
  let name = raw
    .trim()
    .replace(/^.*(?:[a-z]{2,}|\d|['’]s)[.!?:;]\s+(?=[A-Z])/, '')
    .replace(LEADING_JUNK, '');
  // "Separately, Acme Motors", "On the BSE, Dixon": a comma after the first word ends an adverb or a
  // place, unless a legal suffix follows.
  if (/^[A-Z][A-Za-z]+,\s+/.test(name) && !/^[^,]+,\s+(?:Inc|Ltd|plc|Corp|Co|LLC)\.?$/.test(name))
    name = name.replace(/^[A-Z][A-Za-z]+,\s+/, '');
  name = name
    .replace(/['’]s$/, '')
    .replace(/(?<=s)['’]$/, '') // plural possessive: "Lumen Technologies' (NYSE: LUMN)"
    .replace(/,$/, '')
    .replace(/,(?=\s+(?:Inc|Ltd|plc|Corp|Co)\b)/, '')
    // "Oslo-listed Brønnøy Shipping (OSE: BRNY)": where it is listed or based is no part of its name.
    .replace(
      /^(?:[A-Z][\w\u00C0-\u024F.'’]*[ -])*?[A-Z][\w\u00C0-\u024F.'’]*-(?:listed|based|headquartered|controlled|owned|backed)\s+(?=[A-Z0-9\u00C0-\u00DE\u0100-\u017F])/,
      '',
    )
    .trim();
  // "Spain's CAF (BME: CAF)": the country's possessive is no part of the name.
  const owner = /^([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s\s+(?=[A-Z0-9\u00C0-\u00DE\u0100-\u017F])/.exec(name);
  if (owner && isPlaceName(owner[1]!)) name = name.slice(owner[0].length);
  if (!/^[A-Z0-9\u00C0-\u00DE\u0100-\u017F]/.test(name)) return '';
  return name;
}

function isAcronymOf(ticker: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  return initials.endsWith(ticker) || initials === ticker;
}

/**
 * Splits a ticker tag line into tickers: "LUMN AMZN", "LUMN, AMZN" or glued "LUMNAMZN" (segmented with
 * the directory: known tickers are preferred, an unknown piece is allowed only beside known ones).
 */
const HEADING_WORDS =
  /^(?:TODAY|TOMORROW|YESTERDAY|WEEKEND|UPDATE|UPDATED|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|MARKETS?|EARNINGS|DEALS?|NEWS|BRIEFS?|ALSO|MORE|NOTES?|PREVIEW|RECAP|HIGHLIGHTS|CALENDAR|WATCHLIST)$/;

export function splitTickerTag(line: string, directory: CompanyDirectory): string[] | null {
  const t = line.trim();
  if (/[\s,|/·]/.test(t)) {
    const parts = t.split(/[\s,|/·]+/).filter(Boolean);
    if (!parts.every((p) => /^[A-Z]{1,5}(\.[A-Z])?$/.test(p))) return null;
    const known = parts.filter((p) => directory.byTicker(p)).length;
    return known * 2 >= parts.length ? parts : null;
  }
  if (!/^[A-Z]{1,30}$/.test(t)) return null;
  // A heading in capitals ("MONDAY", "UPDATE") is a word, not glued tickers ("MO" + "NDAY").
  if (HEADING_WORDS.test(t) || isCalendarWord(t)) return null;
  // Dynamic programme: minimise unknown pieces, then the number of pieces.
  const n = t.length;
  const best: Array<{ cost: number; parts: string[] } | null> = new Array(n + 1).fill(null);
  best[0] = { cost: 0, parts: [] };
  for (let i = 0; i < n; i++) {
    const cur = best[i];
    if (!cur) continue;
    for (let len = 1; len <= 5 && i + len <= n; len++) {
      const piece = t.slice(i, i + len);
      const isKnown = !!directory.byTicker(piece) && !NOT_TICKERS.has(piece) && !QUIET_TICKERS.has(piece);
      if (!isKnown && len < 2) continue;
      const cost = cur.cost + (isKnown ? 0 : 10) + 1;
      const prev = best[i + len];
      if (!prev || cost < prev.cost) best[i + len] = { cost, parts: [...cur.parts, piece] };
    }
  }
  const result = best[n];
  if (!result) return null;
  const unknown = result.parts.filter((p) => !directory.byTicker(p) || QUIET_TICKERS.has(p)).length;
  const known = result.parts.length - unknown;
  if (known === 0 || unknown > known) return null;
  return result.parts;
}
