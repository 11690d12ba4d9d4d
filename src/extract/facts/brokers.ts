/**
 * Sell-side research firms as news names them, arms included ("KeyBanc Capital Markets", "Truist
 * Securities", "Evercore ISI", "BofA Securities"): the analyst-action reader uses the list to tell the
 * firm that acts from the company it acts on, and to find firms the company directory does not know.
 * Credit rating agencies rate bonds, not shares, and are kept apart.
 */
const BROKERS = [
  // Regional houses: India, Australia, Asia, Brazil, Canada.
  'Motilal Oswal',
  'Nuvama',
  'Nuvama Institutional Equities',
  'Kotak Institutional Equities',
  'Kotak Securities',
  'ICICI Securities',
  'HDFC Securities',
  'Axis Securities',
  'Emkay Global',
  'Morgans',
  'Ord Minnett',
  'Bell Potter',
  'Jarden',
  'UOB Kay Hian',
  'Maybank Investment Bank',
  'CGS International',
  'Samsung Securities',
  'Mirae Asset Securities',
  'KB Securities',
  'Shinhan Securities',
  'BTG Pactual',
  'XP Investimentos',
  'Bradesco BBI',
  'Haywood Securities',
  'Eight Capital',
  'Hovde Group',
  'AlphaValue',
  'Goldman Sachs',
  'Morgan Stanley',
  'J.P. Morgan',
  'JP Morgan',
  'JPMorgan',
  'JPMorgan Chase',
  'Citi',
  'Citigroup',
  'Citi Research',
  'Bank of America',
  'Bank of America Securities',
  'BofA',
  'BofA Securities',
  'BofA Global Research',
  'Merrill Lynch',
  'Wells Fargo',
  'Wells Fargo Securities',
  'Barclays',
  'UBS',
  'Deutsche Bank',
  'Credit Suisse',
  'HSBC',
  'BNP Paribas',
  'BNP Paribas Exane',
  'Exane BNP Paribas',
  'Societe Generale',
  'Société Générale',
  'Jefferies',
  'Evercore',
  'Evercore ISI',
  'Piper Sandler',
  'Raymond James',
  'RBC',
  'RBC Capital Markets',
  'TD Cowen',
  'Cowen',
  'TD Securities',
  'KeyBanc',
  'KeyBanc Capital Markets',
  'Truist',
  'Truist Securities',
  'Keefe, Bruyette & Woods',
  'Keefe Bruyette & Woods',
  'KBW',
  'Stifel',
  'Stifel Nicolaus',
  'Baird',
  'Robert W. Baird',
  'Needham',
  'Needham & Co.',
  'Needham & Company',
  'Oppenheimer',
  'Mizuho',
  'Mizuho Securities',
  'Nomura',
  'Nomura Instinet',
  'Macquarie',
  'Bernstein',
  'Sanford C. Bernstein',
  'AllianceBernstein',
  'Bernstein Societe Generale',
  'Wedbush',
  'Wedbush Securities',
  'Canaccord',
  'Canaccord Genuity',
  'Loop Capital',
  'Rosenblatt',
  'Rosenblatt Securities',
  'Wolfe Research',
  'Melius Research',
  'Guggenheim',
  'Guggenheim Securities',
  'Cantor Fitzgerald',
  'BTIG',
  'Susquehanna',
  'D.A. Davidson',
  'DA Davidson',
  'William Blair',
  'New Street Research',
  'MoffettNathanson',
  'Redburn',
  'Redburn Atlantic',
  'Berenberg',
  'Peel Hunt',
  'Shore Capital',
  'Panmure Liberum',
  'Panmure Gordon',
  'Liberum',
  'Numis',
  'Deutsche Numis',
  'Investec',
  'Stephens',
  'Argus',
  'Argus Research',
  'Telsey Advisory Group',
  'Telsey Advisory',
  'Benchmark',
  'Northland',
  'Northland Capital Markets',
  'Craig-Hallum',
  'Roth Capital',
  'Roth MKM',
  'H.C. Wainwright',
  'HC Wainwright',
  'Ladenburg Thalmann',
  'Maxim Group',
  'JMP Securities',
  'Citizens JMP',
  'Leerink Partners',
  'SVB Leerink',
  'Morningstar',
  'CFRA',
  'Daiwa',
  'SMBC Nikko',
  'Kepler Cheuvreux',
  'Oddo BHF',
  'Bryan Garnier',
  'Mediobanca',
  'Santander',
  'Seaport Research',
  'Seaport Research Partners',
  'Janney',
  'Janney Montgomery Scott',
  'Compass Point',
  'Scotiabank',
  'BMO',
  'BMO Capital Markets',
  'CIBC',
  'CIBC Capital Markets',
  'National Bank Financial',
  'Desjardins',
  'Atlantic Equities',
  'DNB Markets',
  'DNB Carnegie',
  'Pareto Securities',
  'SEB',
  'Handelsbanken',
  'Carnegie',
  'ABG Sundal Collier',
  'Danske Bank',
  'Nordea',
  'Arctic Securities',
  'CLSA',
  'CICC',
  'Vertical Research Partners',
  'Gordon Haskett',
  'Edward Jones',
  'Erste Group',
  'Exane',
  'Huatai',
  'Haitong',
  'Macquarie Capital',
  'Ascendiant',
  'B. Riley',
  'B. Riley Securities',
  'Lake Street',
  'Chardan',
  'EF Hutton',
  'Mizuho Americas',
  'Morgan Stanley MUFG',
  'Daiwa Capital Markets',
  'Jefferies Financial Group',
];

const RATING_AGENCIES = [
  'Moody',
  "Moody's Corporation",
  'Moody’s Corporation',
  "Moody's",
  'Moody’s',
  "Moody's Investors Service",
  'Moody’s Investors Service',
  'Fitch',
  'Fitch Ratings',
  'S&P Global Ratings',
  "Standard & Poor's",
  'Standard & Poor’s',
  'S&P',
  'DBRS',
  'DBRS Morningstar',
  'Kroll Bond Rating Agency',
  'KBRA',
  'Scope Ratings',
  'A.M. Best',
  'AM Best',
];

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const key = (s: string): string => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
const BROKER_KEYS = new Set(BROKERS.map(key));
const AGENCY_KEYS = new Set(RATING_AGENCIES.map(key));
const BROKER_RE = new RegExp(
  String.raw`(?<![\w&.-])(?:${[...BROKERS]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|')})(?![\w&-])`,
  'g',
);

/** Answers of isBrokerName by name as written. */
const brokerNameSeen = new Map<string, boolean>();

/** A research firm's name, as written or as the directory names its parent ("Bank of America"). */
export function isBrokerName(name: string): boolean {
  // The analyst reader asks about the same few names many times per article: remember the answers.
  let known = brokerNameSeen.get(name);
  if (known === undefined) {
    const k = key(name.replace(/\s+(?:Inc\.?|Corp(?:oration)?\.?|plc|AG|SA|Group|& Co\.?|LLC)$/i, ''));
    known = BROKER_KEYS.has(k) || BROKER_KEYS.has(key(name));
    // Kept small: a stream of articles brings new names, and a name sliced from an article's text
    // keeps that text alive while it is a key here.
    if (brokerNameSeen.size >= 1_000) brokerNameSeen.clear();
    brokerNameSeen.set(name, known);
  }
  return known;
}

export function isRatingAgency(name: string): boolean {
  return AGENCY_KEYS.has(key(name));
}

/** Research firms named in a text, longest name first, with their offsets. */
export function brokerHits(text: string): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = [];
  BROKER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BROKER_RE.exec(text))) out.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
