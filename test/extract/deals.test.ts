import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const deals = (text: string, published = '2026-03-10') => extract(text, published).extraction.deals;
const brief = (text: string) =>
  deals(text).map((d) => ({
    type: d.type,
    parties: d.parties.map((p) => `${p.ticker ?? p.name}:${p.role ?? '-'}`).sort(),
    value: d.value?.amount ?? null,
    status: d.status,
  }));

describe('deals', () => {
  it('finds an announced acquisition with roles, value and qualifier', () => {
    const d = deals(
      'Pemberly Tools (NYSE: PMBT) agreed to acquire Stannard Labs (NASDAQ: STNL) for about $2.4 billion in cash.',
    );
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({
      type: 'acquisition',
      status: 'announced',
      value: { amount: 2.4e9, currency: 'USD', qualifier: 'about' },
    });
    expect(d[0]!.parties).toEqual([
      { name: 'Pemberly Tools', ticker: 'PMBT', role: 'buyer' },
      { name: 'Stannard Labs', ticker: 'STNL', role: 'target' },
    ]);
  });
  it('reads a sale framed from the seller as a divestiture, with its asset', () => {
    const [d] = deals(
      'Corbin Mills (NYSE: CRBM) has completed the sale of its paper packaging unit to Fenwick Group (NYSE: FNWK) for $830 million.',
    );
    expect(d).toMatchObject({
      type: 'divestiture',
      status: 'completed',
      asset: 'paper packaging unit',
      value: { amount: 830e6 },
    });
    expect(d!.parties.map((p) => p.role)).toEqual(['seller', 'buyer']);
  });
  it('merges one transaction mentioned several times, keeping the value and the furthest status', () => {
    const text =
      'Halden Foods (NYSE: HLDN) will buy Marisol Snacks (NASDAQ: MRSL) for $610 million. The Halden–Marisol deal was welcomed by investors. Later, Halden completed its purchase of Marisol.';
    expect(brief(text)).toEqual([
      { type: 'acquisition', parties: ['HLDN:buyer', 'MRSL:target'], value: 610e6, status: 'completed' },
    ]);
  });
  it('knows rumours, pending deals and terminated ones', () => {
    expect(
      brief(
        'Oakfield Energy (NYSE: OKFE) is in talks to acquire Brisk Power (NYSE: BRSK), people familiar with the matter said.',
      )[0]!.status,
    ).toBe('rumored');
    expect(
      brief(
        'Oakfield Energy (NYSE: OKFE) and Brisk Power (NYSE: BRSK) called off their merger on Friday.',
      )[0]!.status,
    ).toBe('terminated');
    expect(
      brief(
        'Oakfield Energy (NYSE: OKFE) agreed to buy Brisk Power (NYSE: BRSK). The deal is still pending regulatory approval.',
      )[0]!.status,
    ).toBe('pending');
  });
  it('finds partnerships, stakes and contracts', () => {
    expect(
      brief(
        'Microsoft and Lirra Health (NASDAQ: LIRA) announced a strategic partnership to build clinical software.',
      )[0],
    ).toMatchObject({
      type: 'partnership',
      parties: ['LIRA:partner', 'MSFT:partner'],
    });
    expect(
      brief('Nvidia took a 7% stake in Quellis Photonics (NASDAQ: QLPH) for $300 million.')[0],
    ).toMatchObject({
      type: 'investment',
      parties: ['NVDA:investor', 'QLPH:investee'],
      value: 300e6,
    });
    expect(
      brief(
        'The U.S. Air Force awarded Tarrow Aero (NYSE: TRWA) a $95 million contract for trainer jets.',
      )[0],
    ).toMatchObject({
      type: 'contract',
      parties: ['TRWA:supplier', 'U.S. Air Force:customer'],
      status: 'completed',
    });
  });
  it('reads joint development agreements and contracts with a described customer', () => {
    expect(
      brief(
        'Separately, Korrin Motors (NYSE: KRMT) said it had agreed with Honda to jointly develop battery packs.',
      )[0],
    ).toMatchObject({
      type: 'partnership',
      parties: ['HMC:partner', 'KRMT:partner'],
    });
    const [c] = brief(
      'Oracle has won a five-year contract worth up to $900 million to run the records of Bellmoor Health System, a nonprofit hospital network.',
    );
    expect(c).toMatchObject({
      type: 'contract',
      parties: ['Bellmoor Health System:customer', 'ORCL:supplier'],
      value: 900e6,
    });
  });
  it('lists each customer of a run of past contracts', () => {
    const d = brief(
      'Its sales were helped by a string of large contracts (Boeing, the U.S. Navy, Pfizer) for Velmont Software (NASDAQ: VLMT).',
    );
    expect(d.length).toBeGreaterThanOrEqual(2);
    for (const x of d) expect(x.status).toBe('completed');
  });
  it('reads past purchases and stakes told in passing, amounts with decimals included', () => {
    const text =
      'Marrow Air (NYSE: MRRW) bought a stake. Marrow has done this before: it paid $1.4 billion for 15% of Tenca Airways (NYSE: TNCA) in 2021. Three years ago it paid $2.6 billion for Oslin Cargo, a freight specialist.';
    expect(brief(text)).toEqual([
      { type: 'investment', parties: ['MRRW:investor', 'TNCA:investee'], value: 1.4e9, status: 'completed' },
      {
        type: 'acquisition',
        parties: ['MRRW:buyer', 'Oslin Cargo:target'],
        value: 2.6e9,
        status: 'completed',
      },
    ]);
  });
  it('stays silent on bond issues, buybacks, single parties and quoted words', () => {
    expect(deals('Apple sold $5 billion of bonds and bought back its own shares.')).toEqual([]);
    expect(deals('The company is looking for a partnership in Asia.')).toEqual([]);
    expect(deals('“We are a partner to every customer,” said Dana Whit of Oracle about Microsoft.')).toEqual(
      [],
    );
    expect(deals('Analysts see a potential merger of Visa and Mastercard as unlikely.')).toEqual([]);
  });
  it('gives deals about companies outside the headline and lead a lower confidence', () => {
    const lead = 'Grenfell Motors (NYSE: GRNF) raised its forecast on strong truck demand.';
    const text = `${lead} Sales grew everywhere. Margins widened. Separately, Intel agreed to acquire Tovik Chips (NASDAQ: TVKC) for $1 billion.`;
    const [d] = extract(text, '2026-03-10', 'Grenfell Motors raises forecast').extraction.deals;
    const [alone] = extract(
      'Intel agreed to acquire Tovik Chips (NASDAQ: TVKC) for $1 billion.',
      '2026-03-10',
      'Intel buys Tovik Chips',
    ).extraction.deals;
    expect(d!.confidence).toBeLessThan(alone!.confidence);
  });
  it('lowers confidence the same way for each customer of a contract list outside the lead', () => {
    const lead = 'Grenfell Motors (NYSE: GRNF) raised its forecast on strong truck demand.';
    const body =
      'Separately, Ardent Radar (NASDAQ: ARDR) has won contracts (U.S. Army, Boeing, etc.) this year.';
    const buried = extract(
      `${lead} Sales grew. Margins widened. ${body}`,
      '2026-03-10',
      'Grenfell Motors raises forecast',
    ).extraction.deals;
    const headline = extract(body, '2026-03-10', 'Ardent Radar wins Army and Boeing contracts').extraction
      .deals;
    expect(buried.map((d) => d.type)).toEqual(['contract', 'contract']);
    expect(headline).toHaveLength(2);
    for (let i = 0; i < 2; i++) expect(buried[i]!.confidence).toBeLessThan(headline[i]!.confidence);
  });
  it('counts a government customer named in the headline as part of the lead', () => {
    const text =
      'Ardent Radar (NASDAQ: ARDR) was awarded a $90 million contract by the U.S. Navy for sea radars.';
    const [named] = extract(text, '2026-03-10', 'Navy awards Ardent Radar a radar contract').extraction.deals;
    const [buried] = extract(
      `Grenfell Motors (NYSE: GRNF) raised its forecast. Sales grew. Margins widened. ${text}`,
      '2026-03-10',
      'Grenfell Motors raises forecast',
    ).extraction.deals;
    expect(named).toMatchObject({ type: 'contract' });
    expect(buried!.confidence).toBeLessThan(named!.confidence);
  });
  it('keeps money for shares as an investment beside a development partnership of the same pair', () => {
    expect(
      brief(
        'Corvane Chips (NASDAQ: CRVN) will invest $3 billion in Delmar Fabs (NYSE: DLMR), buying Delmar common stock at $19 a share, and the two will jointly develop server processors.',
      ),
    ).toEqual([
      { type: 'investment', parties: ['CRVN:investor', 'DLMR:investee'], value: 3e9, status: 'announced' },
      { type: 'partnership', parties: ['CRVN:partner', 'DLMR:partner'], value: null, status: 'announced' },
    ]);
  });
  it('reads "an agreement with <customer> to <supply>" as a contract of the story\'s company', () => {
    const [d] = deals(
      'Bexley Storage (NYSE: BXLY) beat forecasts. It also signed a five-year, $75 million agreement with the U.S. Department of Homeland Security to host case files.',
    );
    expect(d).toMatchObject({ type: 'contract', value: { amount: 75e6 } });
    expect(d!.parties.map((p) => `${p.ticker ?? p.name}:${p.role}`)).toEqual([
      'BXLY:supplier',
      'U.S. Department of Homeland Security:customer',
    ]);
    expect(
      deals('Bexley Storage (NYSE: BXLY) reached an agreement with its landlord to extend the lease.'),
    ).toEqual([]);
  });
  it('does not let a generic "the deal" mention lift an off-lead deal back to full confidence', () => {
    const lead =
      'Intel (NASDAQ: INTC) raised its forecast on strong server demand. Sales grew. Margins widened.';
    const one = `${lead} Separately, Intel agreed to acquire Tovik Chips (NASDAQ: TVKC) for $1 billion.`;
    const [alone] = extract(one, '2026-03-10', 'Intel raises forecast').extraction.deals;
    const [again] = extract(
      `${one} Intel expects the deal to help margins.`,
      '2026-03-10',
      'Intel raises forecast',
    ).extraction.deals;
    expect(again!.confidence).toBeLessThan(0.8);
    expect(again!.confidence).toBeGreaterThanOrEqual(alone!.confidence);
  });
});
