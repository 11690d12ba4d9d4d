/**
 * How a firm's name is written and cleaned: the regex pieces every name pattern is built from (where a
 * name starts, a capitalised word, the legal forms and business words that end a firm's name), the words
 * and places that are never a company (NOT_COMPANY, nationalities, central banks, "Texas-based"), and
 * cleanFirmName, which strips what a pattern reads around a name ("Calgary-based", "Italy's", a job
 * title) so that the name alone is left.
 */
import { PLACES } from './places.js';
import { CAPITAL, nameKey } from './tokens.js';

export const SUFFIX_WORDS =
  'Inc\\.?|Co\\.?|Company|K\\.K\\.|Corp\\.?|Corporation|LLP|LLC|LP|L\\.P\\.|Ltd\\.?|plc|PLC|AG|SE|SA|S\\.A\\.|N\\.V\\.|NV|B\\.V\\.|BV|S\\.p\\.A\\.|SpA|KGaA|Oy|A/S|AS|ASA|AB|Oyj|GmbH|Capital|Partners|Bank|Holdings|Group|Securities|Ventures|Management|Advisors|Advisers|Associates|Technologies|Labs|Systems|Therapeutics|Pharmaceuticals|Pharma|Biotech|Industries|Motors|Airlines|Energy|Grid|Networks|Semiconductor|Semiconductors|Software|Robotics|Biosciences|Foods|Brands|Logistics|Analytics|Dynamics|Solutions|Solution|Aerospace|Materials|Research|Investments|Equity|Financial|Insurance|Media|Studios|Entertainment|Telecom|Communications|Mining|Metals|Resources|Petroleum|Oil|Gas|Power|Utilities|Electric|Automotive|Health|Healthcare|Medical|Devices|Retail|Stores|Markets|Exchange|Trust|Fund|Funds|Aviation|Airways|Shipping|Freight|Diagnostics|Biopharma|Bio|Biologics|Chemicals|Instruments|Electronics|Precision|Outlets|Hotels|Resorts|Bancorp|Bancshares|Apparel|Defense|Dental|Motion|Ophthalmics|Therapeutics|Genomics|Pharmaceutical|Cosmetics|Beverages|Restaurants|Realty|Properties|Infrastructure|Mobility|Semiconductor|Photonics|Optics|Quantum|Biotherapeutics|Biopharmaceuticals|Biopharmaceutical|Bioscience|Biomedical|Medicines|Vaccines|Oncology|Sciences|Kaisha|Engineering|Fuels|Steel|Gaming|Transport|Transportation|Batteries|Tools|Marine|Cement|Plastics|Textiles|Brewing|Brewery|Breweries|Bakeries|Homes|Builders|Construction|Payments|Shipyards|Dairy|Fertilizers|Fertilisers|Fertilizer|Fertiliser|Paper|Rail|Radio|Credit|Lending|Chemical|Clinics|Farms|Hospitals|Aero|Airports|Renewables|Energía|Energia|Telecoms|Wireless|Railways|Ports';
/** Words that open a capitalised run but never a firm's name: "The", "Shareholders of", "Neither", "Monday". */
export const LEADING_JUNK =
  /^(?:(?:The|Shareholders|Stockholders|Bondholders|Noteholders|Creditors|Lenders|Holders|Owners|Customers|Employees|Yesterday|Today|Meanwhile|Separately|Also|When|Why|How|What|Investors|Analysts|A|An|And|Or|But|Shares|Stock|Of|In|On|For|With|By|From|To|At|As|After|Before|While|Rival|Rivals|Peer|Peers|Parent|Unit|Owner|Buyer|Seller|Both|Neither|Either|Should|Would|Could|Shall|Must|Does|Did|Its|Chipmaker|Retailer|Carrier|Lender|Insurer|Maker|Giant|Firm|Operator|Utility|Investor|Activist|Backer|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:of\s+)?)+/;
// Accented letters belong to names too ("Ørsted", "Petróleo"), and so does a form like "A/S".
/** Where a name may start: \b, but one that knows "Øresund" and "Électricité" begin with a letter. */
export const NAME_START = String.raw`(?<![\w\u00C0-\u024F])`;
export const CAP = String.raw`${CAPITAL}[\w\u00C0-\u024F&'’.-]*(?:/[A-Z]{1,3}\b)?`;
/** A capitalised word without a full stop: a name that does not run into the next sentence. */
export const WORD = String.raw`${CAPITAL}[\w\u00C0-\u024F&'’-]*`;
export const LEGAL_FORM_END =
  /\s(?:Inc\.?|Corp\.?|Co\.|Ltd\.?|LLC|LP|L\.P\.|plc|PLC|AG|SE|S\.A\.|N\.V\.|B\.V\.|K\.K\.|GmbH|Oy|Oyj|A\/S|ASA|AB|S\.p\.A\.)$/;
export const SUFFIX_ONLY = new RegExp(`^(?:${SUFFIX_WORDS})$`);
export const SUFFIX_END = new RegExp(`\\s(?:${SUFFIX_WORDS})$`);
/** "Tokyo Gas", "Kansai Electric": a place and the utility it serves name a firm in two words. */
export const UTILITY_END = /\s(?:Gas|Electric|Electron|Steel|Telecom)$/;
const NATIONALITIES =
  'Dutch|German|Swiss|French|British|Italian|Spanish|Japanese|(?:South )?Korean|Chinese|Canadian|American|Swedish|Norwegian|Danish|Finnish|Belgian|Austrian|Irish|Israeli|Indian|Australian|Brazilian|Mexican|Taiwanese';
/** Regions start firms' names as often as they describe them ("Nordic Capital", "Asian Paints"). */
const REGIONS = 'European|Asian|Nordic';
/** "the Dutch Veldhoven Pompen B.V.": a nationality is not part of the name (a region may be). */
const NATIONALITY_BEFORE_NAME = new RegExp(`^(?:${NATIONALITIES})\\s+(?=[A-Z])`);
/** "a takeover of British packaging maker DS Smith": a nationality or a region alone names no company. */
export const NATIONALITY_ONLY = new RegExp(`^(?:${NATIONALITIES}|${REGIONS})$`);
/** "the Federal Reserve Bank of Kansas City", "the People's Bank of China": a central bank is no company. */
export const CENTRAL_BANK = /\b(?:Federal Reserve|Reserve Bank|Central Bank|People['’]s Bank)\b/;
/** Words that start capitalised phrases but never companies. */
export const NOT_COMPANY = new Set(
  [
    // Where shares trade ("trades on the New York Stock Exchange"): a venue, not a party to the story.
    'new york stock exchange',
    'nasdaq stock market',
    'london stock exchange',
    'tokyo stock exchange',
    'hong kong stock exchange',
    'stock exchange of hong kong',
    'toronto stock exchange',
    'tsx venture exchange',
    'australian securities exchange',
    'korea exchange',
    'national stock exchange',
    'bombay stock exchange',
    'shanghai stock exchange',
    'shenzhen stock exchange',
    'taiwan stock exchange',
    'singapore exchange',
    'tel aviv stock exchange',
    'frankfurt stock exchange',
    'johannesburg stock exchange',
    'six swiss exchange',
    // Kinds of business written capitalised in headlines and lists ("Private Credit funds grew"), no firm.
    'private equity',
    'private credit',
    'venture capital',
    'growth equity',
    'consumer credit',
    'direct lending',
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
    // Countries and regions before a possessive ("Korea's Hanseo Cell") are places, not firms.
    'korea',
    'south korea',
    'taiwan',
    'singapore',
    'hong kong',
    'switzerland',
    'netherlands',
    'italy',
    'spain',
    'denmark',
    'finland',
    'ireland',
    'israel',
    'brazil',
    'mexico',
    'australia',
    'asia',
    'africa',
    'latin america',
    'the netherlands',
    'saudi arabia',
    'vietnam',
    'indonesia',
    'poland',
    'austria',
    'belgium',
    'tokyo',
    'seoul',
    'paris',
    'berlin',
    'frankfurt',
    'zurich',
    'shanghai',
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
    'here',
    'there',
    'its',
    'their',
    'world bank',
    'international monetary fund',
    'imf',
    'united nations',
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
    // Business words written with an ampersand ("fintech M&A", "R&D spending").
    'm&a',
    'r&d',
    'p&l',
    'stock market',
    'wall street journal',
    // A press release's defined terms ("the \"Company\"", "the Company's Annual Report") are not names.
    'company',
    'corporation',
    'firm',
    'group',
    'issuer',
    'purchaser',
  ].map((s) => s),
);
/** "Texas-based", "KKR-backed", "New York-chartered": a word that describes, not a name. */
const DESCRIBING = String.raw`-(?:based|owned|backed|controlled|listed|headquartered|born|chartered|registered|incorporated|regulated|licensed|focused)`;
export const DESCRIBING_END = new RegExp(`${DESCRIBING}$`);
/** "Ohio-based X", "KKR-backed X": the place or the owner before a name. */
const DESCRIBING_START = new RegExp(String.raw`^(?:[A-Z][\w.]*[- ])?[A-Z]?\w*${DESCRIBING}\s+`);

/** A country, state or city ("Finland", "Texas", "Beijing"): the lists of places and of words no firm is called. */
export const isPlaceName = (name: string): boolean =>
  PLACES.has(nameKey(name)) || NOT_COMPANY.has(nameKey(name));

/** "Calgary-based Muskeg Energy" → "Muskeg Energy"; "Monday. Waste Management" → "Waste Management". */
export function cleanFirmName(raw: string): string {
  let name = raw.replace(/^.*(?:[a-z]{2,}|[A-Z]{2,}|\d)[.!?]\s+(?=[A-Z])/, '').replace(/^.*--/, '');
  // Wire headline slugs glued to the first word: "BRIEF-Acme Energy", "UPDATE 2-Acme", "EXCLUSIVE-Acme".
  name = name.replace(
    /^(?:BRIEF|UPDATE(?: \d+)?|EXCLUSIVE|RPT|REFILE|CORRECTED|WRAPUP(?: \d+)?|FACTBOX|ANALYSIS|INSIGHT)-(?=[A-Z])/,
    '',
  );
  // A sentence's full stop is not part of the name ("… Beteiligungen GmbH. The deal"), an abbreviation's is.
  name = name.replace(/(?<!\b(?:St|Mt|Ft|Dr|Jr|Sr))\.\s+[A-Z].*$/, '.');
  if (!/(?:\b(?:Inc|Corp|Co|Ltd|Bros|Jr)|\.[A-Za-z])\.$/.test(name)) name = name.replace(/\.$/, '');
  // "Chief Executive Officer of Aarwerk Holding AG": a job title before the firm.
  name = name.replace(
    /^(?:[A-Z][a-z]+\s+){0,3}(?:Officer|President|Director|Chair(?:man|woman)?|Partner|Head|Manager|Member|Founder|Secretary|Treasurer|Counsel|Analyst|Strategist|Economist)\s+of\s+(?:the\s+)?/,
    '',
  );
  // "Italy's Leonardo S.p.A.": a country's possessive is not part of the name.
  const place = /^([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+(?=[A-Z])/.exec(name);
  if (place && NOT_COMPANY.has(nameKey(place[1]!))) name = name.slice(place[0].length);
  // "the Dutch Veldhoven Pompen B.V.": a nationality is not part of the name.
  name = name.replace(NATIONALITY_BEFORE_NAME, '');
  // "In January, Wendover Markets": a leading preposition first, so the comma rule below sees "January,".
  name = name.replace(LEADING_JUNK, '');
  // "based in Pittsburgh, Caldera Robotics": a comma ends a place or an adverb, unless a legal suffix
  // follows or the name is a partnership of surnames ("Cravath, Swaine & Moore").
  if (
    /^[A-Z][\w.-]*,\s+/.test(name) &&
    !/^[^,]+,\s+(?:Inc|Ltd|plc|Corp|Co|LLC)\.?$/.test(name) &&
    !/^[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)+\s+&\s+[A-Z][\w'’-]*$/.test(name)
  )
    name = name.replace(/^[^,]+,\s+/, '');
  name = name.replace(LEADING_JUNK, '');
  // "Ohio-based X", "KKR-backed X": the place or the owner is not part of the name.
  name = name.replace(DESCRIBING_START, '');
  // "headquartered in Austin, Texas, Kelvara Energy Systems designs…": a place before a comma is not either.
  name = name.replace(/^([A-Z][\w.]*(?: [A-Z][\w.]*)?),\s+(?=[A-Z])/, (whole, place: string) =>
    isPlaceName(place) ? '' : whole,
  );
  name = name.replace(
    /^(?:Competitor|Rival|Partner|Customer|Supplier|Broker|Proxy adviser|Adviser|Startup|Drugmaker|Chipmaker|Automaker)\s+/,
    '',
  );
  return name.replace(/['’]s$/, '').trim();
}
