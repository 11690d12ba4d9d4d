/**
 * Session 3 rules, generalised from deal misses on newly written articles: stake sales read as sales,
 * press-release defined terms, legal forms after a comma, accented names and fund descriptors.
 * Every case uses our own sentences; negatives must not extract.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const pairs = (text: string) =>
  extract(text).extraction.deals.map(
    (d) => `${d.type} ${d.parties.map((p) => `${p.ticker ?? p.name}:${p.role ?? '-'}`).join('+')}`,
  );
const names = (text: string) => extract(text).extraction.companies.map((c) => c.name);

describe('deals: selling a stake is a sale, not an investment', () => {
  it('reads "sold a stake in its unit to Y" as a divestiture only', () => {
    expect(
      pairs(
        'Tavern Mills (NYSE: TVRN) sold a majority stake in its pumps business to Quarry Lane Capital for $800 million.',
      ),
    ).toEqual(['divestiture TVRN:seller+Quarry Lane Capital:buyer']);
    expect(
      pairs(
        'Orsolo Group (NASDAQ: ORSL) said it will sell a 30% stake in its cloud arm to pension fund manager Veldhaven for €1.1 billion.',
      ),
    ).toEqual(['divestiture ORSL:seller+Veldhaven:buyer']);
  });
  it('names the company whose stake is sold as the target', () => {
    expect(
      pairs(
        'Brightmoor Energy (NYSE: BMRE) said last year it sold its 45% stake in the offshore developer Kestrel Wind B.V. to pension fund manager Noreld for £500 million.',
      ),
    ).toEqual(['divestiture BMRE:seller+Noreld:buyer+Kestrel Wind B.V.:target']);
  });
  it('still reads a bought stake as an investment', () => {
    expect(
      pairs('Pallas Motors (NYSE: PLSM) bought a 12% stake in Corvid Batteries Inc. for $300 million.'),
    ).toEqual(['investment PLSM:investor+Corvid Batteries Inc.:investee']);
  });
});

describe('companies: defined terms and written forms', () => {
  it('does not take a press release\'s defined term "Company" as a firm', () => {
    const text =
      'Marlow Pumps, Inc. (NYSE: MRLW) ("Marlow" or the "Company") today announced results. Risks are described in the Company\'s Annual Report. In 2023 the Company acquired software maker Tessel Analytics.';
    expect(names(text)).not.toContain('Company');
    expect(pairs(text)).toEqual(['acquisition MRLW:buyer+Tessel Analytics:target']);
  });
  it('keeps the whole name when a legal form follows a comma', () => {
    expect(names('Harwick Grid Systems, Inc. (NASDAQ: HWGS) raised its outlook.')).toEqual([
      'Harwick Grid Systems Inc.',
    ]);
    expect(names('Voss Marine, Ltd. (NYSE: VSMR) and Corran Labs (NYSE: CRNL) reported.')).toContain(
      'Voss Marine Ltd.',
    );
  });
  it('reads accented names and fund or producer descriptors', () => {
    const text =
      'Aster Oil (NYSE: ASTO) agreed to sell its onshore fields to independent producer Água Clara Petróleo for $300 million.';
    expect(names(text)).toContain('Água Clara Petróleo');
    expect(pairs(text)).toEqual(['divestiture ASTO:seller+Água Clara Petróleo:buyer']);
  });
  it('does not take a bare generic noun as a firm', () => {
    expect(names('The Group said the Firm would report in May. Group revenue rose.')).toEqual([]);
  });
});

const full = (text: string) =>
  extract(text).extraction.deals.map(
    (d) =>
      `${d.type} ${d.parties.map((p) => `${p.ticker ?? p.name}:${p.role ?? '-'}`).join('+')} ${d.value?.amount ?? '-'} ${d.status}`,
  );

describe('deals: the owner of a target sells it', () => {
  it('reads "X-backed Y" as Y bought from X', () => {
    expect(
      pairs(
        'Kelvin Tools (NYSE: KLVT) agreed to buy KKR-backed Morrow Instruments for $2 billion. Morrow Instruments, a sensor maker, has 900 staff.',
      ),
    ).toEqual(['acquisition KLVT:buyer+Morrow Instruments:target+KKR:seller']);
  });
  it('reads ", a maker … owned by X" as the seller', () => {
    expect(
      pairs(
        'Dunmore Foods (NYSE: DNMF) agreed to acquire Pellow Bakeries, a maker of frozen bread owned by Blackstone, for $700 million.',
      ),
    ).toEqual(['acquisition DNMF:buyer+Pellow Bakeries:target+BX:seller']);
  });
  it('does not add an owner named outside the appositive', () => {
    expect(
      pairs(
        'Dunmore Foods (NYSE: DNMF) agreed to acquire Pellow Bakeries for $700 million, and Blackstone owns a bakery too.',
      ),
    ).toEqual(['acquisition DNMF:buyer+Pellow Bakeries:target']);
  });
});

describe('deals: a sale after a coordinated earlier purchase', () => {
  it('gives the sale to the sentence subject, with its own price', () => {
    const text =
      'Ashgrove Industrial (NYSE: ASGI) reported results. The company bought valve maker Tolland Flow Systems for $2.2 billion in 2023 and agreed last week to sell its welding business to private equity firm Ridgeback Capital for $640 million.';
    expect(full(text).map((d) => d.replace(/ \w+$/, ''))).toContain(
      'divestiture ASGI:seller+Ridgeback Capital:buyer 640000000',
    );
    expect(full(text).join()).not.toContain('Tolland Flow Systems:seller');
  });
  it('keeps the nearest seller when it is the subject of the sale', () => {
    expect(
      pairs(
        'Ashgrove Industrial (NYSE: ASGI) said Fenwick Grid Ltd. agreed to sell its meters unit to Ridgeback Capital.',
      ),
    ).toEqual(['divestiture Fenwick Grid Ltd.:seller+Ridgeback Capital:buyer']);
  });
});

describe('deals: rumours stay rumours', () => {
  it('is not confirmed by "could be announced" or by a generic mention', () => {
    const text =
      'Corlett Health (NYSE: CRLT) is in advanced talks to acquire Pinebrook Labs, according to people familiar with the matter. An agreement could be announced next week. A Pinebrook purchase would add to a run of deals at Corlett.';
    expect(full(text)).toEqual(['acquisition CRLT:buyer+Pinebrook Labs:target - rumored']);
  });
  it('is lifted by a later confirmed agreement', () => {
    const text =
      'Corlett Health (NYSE: CRLT) is in talks to acquire Pinebrook Labs, people familiar said. On Friday Corlett Health confirmed it agreed to acquire Pinebrook Labs for $1.2 billion.';
    expect(full(text)).toEqual(['acquisition CRLT:buyer+Pinebrook Labs:target 1200000000 announced']);
  });
});

describe('deals: control stakes and coordinated clauses', () => {
  it('reads a majority stake bought from a parent as an acquisition', () => {
    expect(
      full(
        'Okuda Seiki K.K. (TSE: 7788) said its planned purchase of a 70% stake in Lanver Glass Inc., a coatings subsidiary of Corning Incorporated (NYSE: GLW), is still waiting for regulatory approval.',
      ),
    ).toEqual(['acquisition 7788:buyer+Lanver Glass Inc.:target+GLW:seller - pending']);
    expect(
      pairs('Brisa Foods (NYSE: BRSF) took a controlling stake in Mallory Dairy Ltd. last year.'),
    ).toEqual(['acquisition BRSF:buyer+Mallory Dairy Ltd.:target']);
  });
  it('keeps minority and retained stakes as investments', () => {
    expect(pairs('Brisa Foods (NYSE: BRSF) bought a 20% stake in Mallory Dairy Ltd. last year.')).toEqual([
      'investment BRSF:investor+Mallory Dairy Ltd.:investee',
    ]);
    expect(pairs('Brisa Foods (NYSE: BRSF) will keep a 60% stake in Mallory Dairy Ltd.')).toEqual([
      'investment BRSF:investor+Mallory Dairy Ltd.:investee',
    ]);
  });
  it('gives a partnership after "and" to the subject, without the earlier price', () => {
    const text =
      'Renko Optics (NYSE: RNKO) reported results. It sold its lens unit to Tamsin Co. for $90 million in 2024 and in May formed a research partnership with Kyoto Circuits Ltd. on sensors.';
    expect(full(text)).toContain('partnership RNKO:partner+Kyoto Circuits Ltd.:partner - completed');
    expect(full(text).join()).not.toContain('Tamsin Co.:partner');
  });
  it('does not treat a clause with its own subject ("and the two will") as coordination', () => {
    expect(
      pairs(
        'Halden Chips (NASDAQ: HLDC) will invest $1 billion in Rook Fabs (NYSE: ROKF), buying Rook shares, and the two will jointly develop memory parts.',
      ),
    ).toEqual(['investment HLDC:investor+ROKF:investee', 'partnership HLDC:partner+ROKF:partner']);
  });
  it('still pairs two named partners joined by "and"', () => {
    expect(
      pairs('Renko Optics (NYSE: RNKO) and Kyoto Circuits Ltd. formed a research partnership on sensors.'),
    ).toEqual(['partnership RNKO:partner+Kyoto Circuits Ltd.:partner']);
  });
});

describe('companies: legal forms', () => {
  it('reads "Co." and "K.K." forms and a place-led name with a legal form', () => {
    const n = names(
      'Renko sold a unit to Tamsin Co. and partnered with Osaka Robotics K.K. and Tokyo Circuit Ltd. on chips.',
    );
    expect(n).toEqual(expect.arrayContaining(['Tamsin Co.', 'Osaka Robotics K.K.', 'Tokyo Circuit Ltd.']));
    expect(names('Tokyo shares fell and Tokyo Markets closed lower.')).toEqual([]);
  });
});

describe('deals: bids, approaches and sales of a whole company', () => {
  it('reads "the company\'s proposed sale to Y" as Y acquiring the company', () => {
    expect(
      pairs(
        "Holders of Tarn Outfitters (NYSE: TRNO) vote in May on the company's proposed sale to Greyling Capital, the buyout firm that agreed to pay $31 a share.",
      ),
    ).toEqual(['acquisition Greyling Capital:buyer+TRNO:target']);
    expect(
      pairs('Lund Media (NYSE: LNDM) said its pending sale to Brask Partners should close in June.'),
    ).toEqual(['acquisition Brask Partners:buyer+LNDM:target']);
  });
  it('does not read the sale of a product to customers as an acquisition', () => {
    expect(
      pairs('Lund Media (NYSE: LNDM) said the sale to customers of its new headsets began in June.'),
    ).toEqual([]);
  });
  it('reads a rejected approach as a terminated acquisition', () => {
    expect(
      full(
        'Corrie Foods plc (LSE: CRRF) rebuffed a takeover approach from buyout group Mallow Partners worth £900 million in 2023.',
      ),
    ).toEqual(['acquisition Mallow Partners:buyer+CRRF:target 900000000 terminated']);
  });
  it('reads "X approached Y about a takeover" as rumoured, also when Y is described', () => {
    expect(
      full(
        'Pellam Games (NASDAQ: PLGM) rose 6% after Kestrel Media (NYSE: KSTM) approached the studio about a possible takeover.',
      ),
    ).toEqual(['acquisition KSTM:buyer+PLGM:target - rumored']);
    expect(
      pairs(
        'Kestrel Media (NYSE: KSTM) approached Pellam Games (NASDAQ: PLGM) last month about a lending deal on its office.',
      ).length,
    ).toBeLessThanOrEqual(1);
    expect(pairs('Kestrel Media (NYSE: KSTM) approached regulators about new rules.')).toEqual([]);
  });
});

describe('deals: assets bought from a named seller, and products bought under a supply agreement', () => {
  it('reads "buy two plants from X" as an acquisition with X as seller', () => {
    expect(
      full(
        'Corby Cement (NYSE: CRBY) agreed to buy two kilns in Texas from Halden Materials Inc. for $140 million.',
      ),
    ).toEqual(['acquisition CRBY:buyer+Halden Materials Inc.:seller 140000000 announced']);
  });
  it('reads products bought under a supply agreement as a contract', () => {
    expect(
      full(
        "Arden Drones (NYSE: ARDN) rose. Arden will buy the aircraft's engines from Velo Turbines Inc. under a five-year supply agreement worth about $90 million.",
      ),
    ).toEqual(['contract Velo Turbines Inc.:supplier+ARDN:customer 90000000 completed']);
  });
  it('does not read bought shares or bonds from a holder as an asset purchase', () => {
    expect(
      pairs('Corby Cement (NYSE: CRBY) bought back shares from Halden Materials Inc. last week.'),
    ).toEqual([]);
  });
});

describe('deals: government customers inside the cue', () => {
  it('reads "won a U.S. Air Force contract worth up to $X"', () => {
    expect(
      full(
        'Vantor Systems (NYSE: VNTR) won a U.S. Navy contract worth up to $640 million to build sonar buoys, the Pentagon said.',
      ),
    ).toEqual(['contract VNTR:supplier+U.S. Navy:customer 640000000 completed']);
    expect(pairs('Vantor Systems (NYSE: VNTR) won a German Army order for field radios.')).toEqual([
      'contract VNTR:supplier+German Army:customer',
    ]);
  });
});

describe('deals: past owners and clause boundaries', () => {
  it('reads "owned by X, which bought it in 2019" as X acquiring the subject', () => {
    expect(
      full(
        'Calder Valves Ltd., based in Leeds, is owned by private equity firm Winslow Partners, which bought it in 2019.',
      ),
    ).toEqual(['acquisition Winslow Partners:buyer+Calder Valves Ltd.:target - completed']);
    expect(pairs('Calder Valves is owned by Winslow Partners, which bought a rival in 2019.')).toEqual([]);
  });
  it('gives "the group\'s purchase of X" to the story company', () => {
    expect(
      pairs(
        "Mercer Instruments (NYSE: MRCI) agreed a deal on Monday. It follows the group's completed purchase of sensor maker Tolvik Labs B.V. for $400 million in 2025.",
      ),
    ).toContain('acquisition MRCI:buyer+Tolvik Labs B.V.:target');
  });
  it('does not pair an investor with the subject of the next clause', () => {
    expect(
      pairs(
        'Brakel Motors AG said Hartwell Cars (NYSE: HRTC) has invested in an unnamed battery startup, and Stellantis took a stake in Ferrow Cells Inc.',
      ),
    ).toEqual(['investment STLA:investor+Ferrow Cells Inc.:investee']);
    expect(
      pairs(
        'Hartwell Cars (NYSE: HRTC) invested in the battery startup Ferrow Cells earlier this year, and Stellantis (NYSE: STLA) rose 2% on the news.',
      ),
    ).toEqual(['investment HRTC:investor+Ferrow Cells:investee']);
    // The only company after the cue opens a new clause: no investee, no deal.
    expect(
      pairs('Hartwell Cars (NYSE: HRTC) invested in a lab, and Stellantis (NYSE: STLA) rose 2%.'),
    ).toEqual([]);
  });
  it('keeps a Nordic legal form in the name', () => {
    expect(names('The dairy group Fjordvik Meieri A/S said sales rose.')).toEqual(['Fjordvik Meieri A/S']);
  });
});
