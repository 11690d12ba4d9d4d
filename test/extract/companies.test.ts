import { describe, expect, it } from 'vitest';
import { findAnchors, splitTickerTag } from '../../src/extract/companies/anchors.js';
import { createDirectory, builtinDirectory } from '../../src/extract/companies/directory.js';
import { resolveCompanies } from '../../src/extract/companies/mentions.js';
import { tokenize } from '../../src/extract/companies/tokens.js';
import { builtinCompanies } from '../../src/extract/companies/builtin.js';

const dir = builtinDirectory();
const companies = (text: string) =>
  resolveCompanies(text, dir)
    .companies()
    .map((c) => `${c.name}|${c.ticker ?? '-'}`);

describe('anchors', () => {
  it('reads exchange anchors with and without spaces, bare tickers, spaced one-letter tickers and cashtags', () => {
    const text =
      'Brindle Robotics (NYSE: BRBT) and Quorra Labs (NASDAQ:QRRA) met Ford ( F ) and $ORCL holders; Koi Foods (KOIF) too.';
    const found = findAnchors(text, dir).map((a) => `${a.name}>${a.ticker}`);
    expect(found).toEqual([
      'Brindle Robotics>BRBT',
      'Quorra Labs>QRRA',
      'Ford>F',
      'Oracle>ORCL',
      'Koi Foods>KOIF',
    ]);
  });
  it('reads a Reuters code by its symbol, keeping a share class', () => {
    const text =
      'Tamber Cans (TMBR.N) rose, Quorra Labs (QRRA.O) and Koi Foods (KOIF.OQ) fell, Berkshire Hathaway (BRK.B) held.';
    expect(findAnchors(text, dir).map((a) => `${a.name}>${a.ticker}`)).toEqual([
      'Tamber Cans>TMBR',
      'Quorra Labs>QRRA',
      'Koi Foods>KOIF',
      'Berkshire Hathaway>BRK.B',
    ]);
  });
  it('reads a Mumbai symbol, which may be a long word', () => {
    const text = 'Kerala Snacks Ltd (NSE: KERALASNAX) and Hanbit Foods (BSE: HANBITFOOD) both fell.';
    expect(findAnchors(text, dir).map((a) => `${a.name}>${a.ticker}`)).toEqual([
      'Kerala Snacks Ltd>KERALASNAX',
      'Hanbit Foods>HANBITFOOD',
    ]);
  });
  it('reads a six-digit Seoul or mainland code as a ticker, but no year in brackets', () => {
    const text =
      'Hanbit Motors Co. (012340) rose, Daejin Chem (045670.KS) fell, and sales at Daejin Foods (2024) grew.';
    expect(findAnchors(text, dir).map((a) => `${a.name}>${a.ticker}`)).toEqual([
      'Hanbit Motors Co.>012340',
      'Daejin Chem>045670',
    ]);
  });
  it('reads a four- or five-digit code only with its venue, keeping leading zeros', () => {
    const text =
      'Harbour Quay Freight (0688.HK) rose, Kisaragi Foods (2919.T) fell, Jinling Spirits (600519.SH) held, Carrow Data (CRWD.L) slipped, and profit at Harbour Quay (2025) grew.';
    expect(findAnchors(text, dir).map((a) => `${a.name}>${a.ticker}`)).toEqual([
      'Harbour Quay Freight>0688',
      'Kisaragi Foods>2919',
      'Jinling Spirits>600519',
      'Carrow Data>CRWD',
    ]);
  });
  it('anchors a home listing of a company the directory knows under its US symbol: "RELX (REL.L)"', () => {
    expect(
      findAnchors('RELX (REL.L) agreed to buy a data firm.', dir).map((a) => `${a.name}>${a.ticker}`),
    ).toEqual(['RELX>RELX']);
  });
  it('reads a listing told by its code alone, or on the Toronto venture board', () => {
    const text =
      'Kurobane Electric (Securities code: 6504), Lantau Reefer (stock code: 0391), Northway Chemicals (ticker: NWCH) and Westray Minerals (TSX-V: WRM) signed.';
    expect(findAnchors(text, dir).map((a) => `${a.name}>${a.ticker}>${a.exchange}`)).toEqual([
      'Kurobane Electric>6504>null',
      'Lantau Reefer>0391>null',
      'Northway Chemicals>NWCH>null',
      'Westray Minerals>WRM>TSXV',
    ]);
  });
  it('keeps letters beyond ASCII in an anchored name', () => {
    const found = findAnchors(
      'Brønnøy Tankers ASA (OSE: BRNY) and Kräuterwerk Albrecht (ETR: KWA) rose.',
      dir,
    );
    expect(found.map((a) => `${a.name}>${a.ticker}`)).toEqual([
      'Brønnøy Tankers ASA>BRNY',
      'Kräuterwerk Albrecht>KWA',
    ]);
  });
  it('reads a plain name that starts with a letter beyond ASCII from its first letter', () => {
    expect(
      companies(
        'Markets today.\n\nØresund Shipping A/S agreed to merge with Ålesund Marine ASA on Monday.',
      ).sort(),
    ).toEqual(['Ålesund Marine ASA|-', 'Øresund Shipping A/S|-']);
  });
  it('drops where a company is listed or based from its anchored name', () => {
    const found = findAnchors(
      'Oslo-listed Brønnøy Shipping (OSE: BRNY) bought ships from Texas-based Lone Star Tankers (NYSE: LSTK).',
      dir,
    );
    expect(found.map((a) => `${a.name}>${a.ticker}`)).toEqual([
      'Brønnøy Shipping>BRNY',
      'Lone Star Tankers>LSTK',
    ]);
  });
  it('reads a wire dateline, a city and its agency in brackets, as no anchor', () => {
    const found = findAnchors('LYON (WPA) - Halvern Foods (EPA: HALV) agreed to buy a bakery.', dir).map(
      (a) => `${a.name}>${a.ticker}`,
    );
    expect(found).toEqual(['Halvern Foods>HALV']);
    // A company in capitals with its ticker, told mid-sentence, is still one.
    expect(findAnchors('Shares of ACME (ACMX) rose.', dir).map((a) => a.ticker)).toEqual(['ACMX']);
  });
  it('drops a possessive from the anchored name, singular or plural', () => {
    const text = "Vantor Systems' (NASDAQ: VNTR) board backed it, as did Pell Foods's (NYSE: PLF) owners.";
    expect(findAnchors(text, dir).map((a) => `${a.name}>${a.ticker}`)).toEqual([
      'Vantor Systems>VNTR',
      'Pell Foods>PLF',
    ]);
  });
  it('ends an anchored name at a sentence that closes on a possessive: "This is Moreau\'s. The Danone (…)"', () => {
    const text = "This is Claire Moreau's. The Danone (Euronext Paris: BN) chief executive agreed to a deal.";
    expect(findAnchors(text, dir).map((a) => `${a.name}>${a.ticker}`)).toEqual(['Danone>BN']);
  });
  it('does not take an acronym in brackets for a ticker', () => {
    expect(findAnchors('machine learning and Artificial Intelligence (AI) tools', dir)).toEqual([]);
    expect(findAnchors('the Securities and Exchange Commission (SEC) said', dir)).toEqual([]);
  });
  it('takes foreign exchanges and numeric codes', () => {
    const a = findAnchors('Hoshino Kogyo Co. (TSE: 6021) and Marlow plc (LSE: MRLW)', dir);
    expect(a.map((x) => x.ticker)).toEqual(['6021', 'MRLW']);
    expect(a[1]!.name).toBe('Marlow plc');
  });
  it('splits glued and spaced ticker tag lines with the directory', () => {
    expect(splitTickerTag('AAPLMSFT', dir)).toEqual(['AAPL', 'MSFT']);
    expect(splitTickerTag('NVDA, AMD', dir)).toEqual(['NVDA', 'AMD']);
    expect(splitTickerTag('BREAKING', dir)).toBeNull();
  });
  it('places an anchored name written with ", Inc." where it stands in the text', () => {
    const text = 'Shares of Pellmore Foods, Inc. (NYSE: PLMF) rose after the sale.';
    const [a] = findAnchors(text, dir);
    expect(a!.ticker).toBe('PLMF');
    expect(text.slice(a!.start, a!.end)).toBe('Pellmore Foods, Inc.');
  });
  it('reads a day or month heading in capitals as a word, not glued tickers', () => {
    for (const heading of ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'MARCH', 'UPDATE'])
      expect(splitTickerTag(heading, dir), heading).toBeNull();
  });
});

describe('directory', () => {
  it('has about two hundred companies with primary US symbols', () => {
    const list = builtinCompanies();
    expect(list.length).toBeGreaterThan(180);
    expect(dir.byAlias('Google')?.entry.ticker).toBe('GOOGL');
    expect(dir.byAlias('Amazon Web Services')?.entry.ticker).toBe('AMZN');
    expect(dir.byAlias('Citi')?.entry.ticker).toBe('C');
    expect(dir.byTicker('brk.b')?.name).toMatch(/Berkshire/);
  });
  it('flags one-word names that are ordinary words', () => {
    expect(dir.byAlias('Target')?.ambiguous).toBe(true);
    expect(dir.byAlias('Target Corporation')?.ambiguous).toBe(false);
    expect(dir.byAlias('Meta')?.ambiguous).toBe(true);
  });
  it('grows with imported records, marking their one-word names ambiguous', () => {
    const d = createDirectory([
      {
        ticker: 'ZZQX',
        name: 'Harbor Lights Inc.',
        exchange: 'NYSE',
        aliases: [],
        cik: null,
        origin: 'import',
      },
    ]);
    expect(d.byAlias('Harbor Lights')?.entry.ticker).toBe('ZZQX');
    expect(d.byTicker('ZZQX')?.name).toBe('Harbor Lights Inc.');
  });
  it('matches the longest name and respects capitals', () => {
    const text = 'Bank of America and apple pie and NASDAQ listings';
    const hits = dir.matchNames(tokenize(text)).map((h) => h.entry.ticker);
    expect(hits).toEqual(['BAC']);
  });
});

describe('names that look like something else', () => {
  it("keeps a listed name with a possessive in it whole, not as a firm's person", () => {
    expect(companies("Dick's Sporting Goods rose 2% and Macy's fell.")).toEqual([
      "Dick's Sporting Goods|DKS",
      'Macy|M',
    ]);
  });
  it('reads no nationality as a company', () => {
    expect(
      companies('Acme Corp. completed its takeover of British packaging maker Tollard Board in January.'),
    ).not.toContain('British|-');
  });
});

describe('company mentions in an article', () => {
  it('builds an alias map from an anchor: the short name and possessive resolve to the ticker', () => {
    const idx = resolveCompanies(
      'Orvane Systems Corp. (NASDAQ: ORVS) rose. Orvane’s chief said Orvane Systems would grow.',
      dir,
    );
    expect(idx.companies()).toEqual([{ name: 'Orvane Systems Corp.', ticker: 'ORVS', exchange: 'NASDAQ' }]);
    // the anchored name, the ticker in brackets, "Orvane’s", "Orvane Systems"
    expect(idx.mentions.filter((m) => m.entity.ticker === 'ORVS').map((m) => m.text)).toEqual([
      'Orvane Systems Corp.',
      'ORVS',
      'Orvane’s',
      'Orvane Systems',
    ]);
  });
  it('reads the short form of a known company the text names in full, not a given name', () => {
    const idx = resolveCompanies(
      'Quest Diagnostics agreed to buy a lab chain. Quest has been a steady buyer. Charles Schwab rose, and Charles said nothing.',
      dir,
    );
    expect(idx.mentions.map((m) => `${m.text}>${m.entity.ticker}`)).toEqual([
      'Quest Diagnostics>DGX',
      'Quest>DGX',
      'Charles Schwab>SCHW',
    ]);
  });
  it('counts ambiguous names only with an anchor or an unambiguous name', () => {
    expect(companies('Target practice and Snow on the roads.')).toEqual([]);
    expect(companies('Target Corp. (NYSE: TGT) said Target would hire.')).toEqual(['Target Corp.|TGT']);
    expect(companies('AT&T and Citigroup, then Citi again.')).toEqual(['AT&T|T', 'Citigroup|C']);
  });
  it('recognises private firms from what the text says about them', () => {
    const got = companies(
      'Bracken, the short-seller, disagreed. Halvard Bank’s Mia Sorensen said no. Lanter Capital bought in.',
    );
    expect(got).toEqual(expect.arrayContaining(['Bracken|-', 'Halvard Bank|-', 'Lanter Capital|-']));
  });
  it('reads the initials of a company named in full first, when the text uses them as its name', () => {
    const idx = resolveCompanies(
      'Pinecrest Dairy Holdings is selling three plants. PDH said the sale closes in March. PDH shares rose 9%.',
      dir,
    );
    expect(idx.mentions.filter((m) => m.text === 'PDH').map((m) => m.entity.name)).toEqual([
      'Pinecrest Dairy Holdings',
      'Pinecrest Dairy Holdings',
    ]);
    // Used once, the letters may be anything; two letters ("PD") are too often a plain abbreviation.
    expect(
      resolveCompanies('Pinecrest Dairy Holdings is selling three plants, PDH said.', dir).mentions.some(
        (m) => m.text === 'PDH',
      ),
    ).toBe(false);
  });
  it('leaves a nickname built from a describing word out: "The Big Biotech"', () => {
    expect(
      companies(
        'Markets today.\n\nThe Big Biotech has secured worldwide rights to a drug from Halcyon Therapeutics.',
      ),
    ).toEqual(['Halcyon Therapeutics|-']);
  });
  it('reads no central bank as a company', () => {
    expect(
      companies(
        "Markets today.\n\nThe Federal Reserve Bank of Kansas City approved the merger of Plains Harvest Bank. The Reserve Bank of India and the People's Bank of China kept rates on hold.",
      ),
    ).toEqual(['Plains Harvest Bank|-']);
  });
  it('leaves news outlets and headline words out', () => {
    expect(companies('Bloomberg reported that Reuters and CNBC agreed.')).toEqual([]);
    expect(companies('Why Investors Are Buying Into Energy Power Now')).toEqual([]);
  });
  it('reads a plain two-word name before the deal verb that follows it, whatever the verb', () => {
    // No word in these names says "company": only the verb after them does.
    for (const verb of ['bought', 'agreed to buy', 'snapped up'])
      expect(
        companies(`Markets today.\n\nPellam Vantis ${verb} Tessco Technologies in a $3 billion deal.`).sort(),
      ).toEqual(['Pellam Vantis|-', 'Tessco Technologies|-']);
    expect(
      companies('Markets today.\n\nKestrel Vantis and Orrin Halvard struck a partnership on Monday.').sort(),
    ).toEqual(['Kestrel Vantis|-', 'Orrin Halvard|-']);
  });
  it('reads a long name from a deal slot whole, never cut inside a word', () => {
    expect(
      companies(
        'Markets today.\n\nSurgery Partners acquired a 60% stake in Red River Orthopedic Surgery Center in Shreveport for $47 million.',
      ),
    ).toContain('Red River Orthopedic Surgery Center|-');
    // Six capitalised words are more than a slot reads: none of them is taken, rather than a cut name.
    const long = companies(
      'Markets today.\n\nSurgery Partners acquired a stake in Red River Valley Orthopedic Surgery Center in Shreveport.',
    );
    expect(long.filter((c) => c.startsWith('Red River') || / Surger\|/.test(c))).toEqual([]);
  });
  it('reads a short paragraph whose verb is lowercase as prose, not a headline', () => {
    // A newsletter bullet is one short sentence, mostly names: its lowercase verb shows it is no title.
    expect(companies('Markets today.\n\nMicrosoft bought Tessco Technologies.')).toContain(
      'Tessco Technologies|-',
    );
    expect(
      companies(
        'Markets today.\n\nHarbor Lane Robotics acquired Altra Industrial Motion for $5 billion. Shares rose.',
      ),
    ).toEqual(['Harbor Lane Robotics|-', 'Altra Industrial Motion|-']);
    // A title keeps every word but short prepositions capitalised, full stop or not.
    expect(companies('Markets today.\n\nWhy Investors Are Buying Into Energy Power Now.')).toEqual([]);
  });
  it('takes a one-word private firm introduced as "a privately held … company", not a former employee', () => {
    expect(
      companies('Orlan Tools agreed to buy Zorvik, a privately held data security company based in Austin.'),
    ).toContain('Zorvik|-');
    expect(companies('Dana Smith, a former executive at the company, declined to comment.')).toEqual([]);
  });
  it("drops a parent's possessive before an anchored name the directory knows, keeps real apostrophes", () => {
    const found = findAnchors(
      "Alphabet's Google (NASDAQ: GOOGL) and Dick's Sporting Goods (NYSE: DKS) both rose.",
      dir,
    ).map((a) => `${a.name}>${a.ticker}`);
    expect(found).toEqual(['Google>GOOGL', "Dick's Sporting Goods>DKS"]);
  });
  it('takes the multi-word named object of a priced purchase as a company, not a possessive or a lowercase asset', () => {
    expect(
      companies(
        'Kessler Foods Inc. said on Monday that it has agreed to buy Orchard Lane Bakeries for $900 million in cash.',
      ),
    ).toContain('Orchard Lane Bakeries|-');
    const none = companies(
      "Ferro agreed to buy Lumina's Glass Works for $90 million and its retail stores for $5 million.",
    );
    expect(none.some((c) => c.startsWith('Glass Works') || c.startsWith("Lumina's"))).toBe(false);
  });
  it('takes "Company" as the end of a firm’s name, but not "The Company" of a press release', () => {
    expect(companies('Louis Dreyfus Company studied a bid for the grain trader.')).toContain(
      'Louis Dreyfus Company|-',
    );
    expect(companies('The Company expects revenue to grow.')).toEqual([]);
  });
});

describe('a listing told in words', () => {
  it('anchors "X, which trades on the New York Stock Exchange under the ticker PLWI"', () => {
    const text =
      'Pittsburgh-based Pelsworth, which trades on the New York Stock Exchange under the ticker PLWI, makes meters.';
    expect(findAnchors(text, dir).map((a) => `${a.name}>${a.ticker}>${a.exchange}`)).toEqual([
      'Pelsworth>PLWI>NYSE',
    ]);
    expect(companies(`${text} Pelsworth shares rose 5%.`)).toEqual(['Pelsworth|PLWI']);
    expect(
      findAnchors('Corvel Foods shares are listed on Nasdaq under the symbol "CRVF".', dir).map(
        (a) => `${a.name}>${a.ticker}>${a.exchange}`,
      ),
    ).toEqual(['Corvel Foods>CRVF>NASDAQ']);
  });

  it('takes no stock exchange for a company', () => {
    expect(companies('Harlow Foods moved its listing to the New York Stock Exchange in 2024.')).toEqual([
      'Harlow Foods|-',
    ]);
  });
});

describe('names told by what kind of house they are', () => {
  it('reads "Japanese trading house Kurobe Shoji Kaisha"', () => {
    expect(companies('The placing was anchored by Japanese trading house Kurobe Shoji Kaisha.')).toEqual([
      'Kurobe Shoji Kaisha|-',
    ]);
  });
});

describe('a listed name holding "and"', () => {
  it('keeps "Adani Ports and Special Economic Zone (NSE: ADANIPORTS)" whole when its ticker spells the head', () => {
    expect(
      findAnchors(
        'Separately, Adani Ports and Special Economic Zone (NSE: ADANIPORTS) will buy a stake.',
        dir,
      ).map((a) => `${a.name}>${a.ticker}`),
    ).toEqual(['Adani Ports and Special Economic Zone>ADANIPORTS']);
    expect(
      findAnchors('Apple and Microsoft (NASDAQ: MSFT) both rose.', dir).map((a) => `${a.name}>${a.ticker}`),
    ).toEqual(['Microsoft>MSFT']);
  });
});

describe('a known name that runs on past "of"', () => {
  it('reads "Royal Bank of Canada" whole, not a "Royal Bank" of its own', () => {
    expect(companies('Royal Bank of Canada boosted its price objective on Rollins (NYSE:ROL).')).toEqual([
      'Rollins|ROL',
      'Royal Bank of Canada|RY',
    ]);
  });
});
