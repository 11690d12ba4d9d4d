/**
 * Deals between firms whose names carry no word that says "company" ("Brimstone Midstream", "Regal
 * Vantis"): the deal's own verb or noun has to tell that the capitalised words before it name a firm.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) =>
  extract(`Markets today.\n\n${text}`, '2026-10-05', 'Deal news').extraction.deals.map(dealLine);

describe('a plain name as the subject of a deal verb', () => {
  it.each([
    [
      'Brimstone Midstream sold its 30% stake in Pellam Resources to Kestrel Capital for $500 million.',
      'divestiture Brimstone Midstream:seller+Kestrel Capital:buyer+Pellam Resources:target $500 million completed',
    ],
    [
      'Brimstone Midstream made an unsolicited $3 billion offer for Pellam Resources.',
      'acquisition Brimstone Midstream:buyer+Pellam Resources:target $3 billion announced',
    ],
    [
      'Brimstone Midstream walked away from its planned purchase of Pellam Resources.',
      'acquisition Brimstone Midstream:buyer+Pellam Resources:target terminated',
    ],
    [
      'Brimstone Midstream is partnering with Pellam Resources on carbon capture.',
      'partnership Brimstone Midstream:partner+Pellam Resources:partner announced',
    ],
    [
      'Regal Vantis bought Tessco Technologies for $1.1 billion on Monday.',
      'acquisition Regal Vantis:buyer+Tessco Technologies:target $1.1 billion completed',
    ],
  ])('%s', (text, expected) => {
    expect(deals(text)).toEqual([expected]);
  });

  it('takes no agency or person for a firm', () => {
    const names = (text: string) =>
      extract(`Markets today.\n\n${text}`, '2026-10-05').extraction.companies.map((c) => c.name);
    expect(
      names('The European Commission rejected a proposal from the two carriers to keep both brands.'),
    ).toEqual([]);
    expect(names('Chief Executive Dana Pruitt sold her shares last year.')).toEqual([]);
    expect(names("Senator Elena Marsh's bid for changes to merger law failed.")).toEqual([]);
    expect(names("Dana Pruitt's purchase of the lakeside estate closed last year.")).toEqual([]);
  });

  it('does not take the seller of bonds or shares for a deal party', () => {
    expect(deals('Brimstone Midstream sold $500 million of bonds on Tuesday.')).toEqual([]);
    expect(deals('Regal Vantis sold 5,000 shares of Pellam Resources last week.')).toEqual([]);
  });
});

describe('a plain name by the possessive before its own deal', () => {
  it.each([
    [
      "Regulators blocked Brimstone Midstream's $3 billion acquisition of Pellam Resources.",
      'acquisition Brimstone Midstream:buyer+Pellam Resources:target $3 billion terminated',
    ],
    [
      "Brimstone Midstream's $3 billion acquisition of Pellam Resources closed on Friday.",
      'acquisition Brimstone Midstream:buyer+Pellam Resources:target $3 billion completed',
    ],
  ])('%s', (text, expected) => {
    expect(deals(text)).toEqual([expected]);
  });
});

describe('a contract an agency awards to a company', () => {
  it('makes the agency the customer and the company it goes to the supplier', () => {
    expect(
      deals('The Army awarded a $410 million contract to Halvorsen Aerospace for helicopter maintenance.'),
    ).toEqual(['contract Halvorsen Aerospace:supplier+Army:customer $410 million completed']);
  });
  it('still reads a company that awards a subcontract as its customer', () => {
    expect(deals('Lockheed Martin awarded a $65 million subcontract to Halvorsen Aerospace.')).toEqual([
      'contract Halvorsen Aerospace:supplier+LMT:customer $65 million completed',
    ]);
  });
});

describe('a company sold whole, its seller unnamed', () => {
  it.each([
    [
      'The sale of Pellam Outdoor to Kestrel Brands for $900 million closed on Friday.',
      'acquisition Kestrel Brands:buyer+Pellam Outdoor:target $900 million completed',
    ],
    [
      "Pellam Outdoor's sale to Sycamore Partners closed in September.",
      'acquisition Sycamore Partners:buyer+Pellam Outdoor:target completed',
    ],
    [
      'Orvale Energy agreed to be acquired by Brimstone Midstream for $22 a share.',
      'acquisition Brimstone Midstream:buyer+Orvale Energy:target announced',
    ],
  ])('%s', (text, expected) => {
    expect(deals(text)).toEqual([expected]);
  });
  it('keeps a seller that is named, and what it sold', () => {
    expect(
      deals('Kestrel Brands completed the sale of its Pellam Outdoor unit to Sycamore Partners.'),
    ).toEqual(['divestiture Kestrel Brands:seller+Sycamore Partners:buyer completed']);
  });
});

describe('a merger told as an agreement to merge', () => {
  it('reads "signed a definitive agreement to merge" as the pair merging', () => {
    expect(deals('Ozark Valley Health and Cedarline Health signed a definitive agreement to merge.')).toEqual(
      ['merger Ozark Valley Health:-+Cedarline Health:- announced'],
    );
    expect(deals('Halvern Foods and Trestle Bakeries struck a deal to combine on Monday.')).toEqual([
      'merger Halvern Foods:-+Trestle Bakeries:- announced',
    ]);
  });
});

describe('a company that joins another whole', () => {
  it('is bought by the one it joins', () => {
    expect(
      deals(
        'Pipestone Valley Medical, a critical-access hospital, signed a letter of intent to join Avera Health.',
      ),
    ).toEqual(['acquisition Avera Health:buyer+Pipestone Valley Medical:target announced']);
  });
  it('is no deal when a firm joins another in doing something', () => {
    expect(deals('Halvern Foods joined Microsoft in backing a new plant in Ohio.')).toEqual([]);
  });
});

describe('names a plain slot used to drop', () => {
  it('keeps a plural possessive inside a name', () => {
    expect(
      deals(
        "Dunmore Industries sold a 19.9% stake in Dunmore Flow to Ontario Teachers' Pension Plan for $610 million.",
      ),
    ).toEqual([
      "divestiture Dunmore Industries:seller+Ontario Teachers' Pension Plan:buyer+Dunmore Flow:target $610 million completed",
    ]);
  });
  it('takes a one-word buyer after "acquired by" when the text names it again', () => {
    expect(
      deals(
        'Larchmont, a specialty insurer, agreed to be acquired by Markwell on Monday. Markwell has bought insurers before.',
      ),
    ).toEqual(['acquisition Markwell:buyer+Larchmont:target announced']);
    expect(deals('Larchmont, a specialty insurer, agreed to be acquired by Markwell on Monday.')).toEqual([]);
  });
});

describe('agreements that are no deal', () => {
  it('reads an adviser hired for a review or a sale as no contract', () => {
    expect(deals('In January, Wendover Markets hired Houlihan Lokey to run a strategic review.')).toEqual([]);
    expect(deals('Jan. 2026: Wendover Markets hired Houlihan Lokey to run a "strategic review."')).toEqual(
      [],
    );
    expect(deals('Wendover Markets tapped Lazard as its financial adviser.')).toEqual([]);
    // A supplier picked to build something is still one.
    expect(deals('Wendover Markets picked Lazard to build its new trading system.')).toEqual([
      'contract Wendover Markets:customer+LAZ:supplier completed',
    ]);
  });
  it('reads a voting agreement as no partnership', () => {
    expect(
      deals(
        'Ridgefield Lane Partners and Wendover Markets signed a voting agreement supporting the takeover.',
      ),
    ).toEqual([]);
  });
  it('drops a leading month and its comma from a name', () => {
    const names = extract(
      'Markets today.\n\nIn January, Wendover Markets hired a new chief executive.',
      '2026-10-05',
    ).extraction.companies.map((c) => c.name);
    expect(names).toEqual(['Wendover Markets']);
  });
});

describe('deals told in passing', () => {
  it('reads "made several acquisitions…, including X" as a past purchase of X', () => {
    expect(
      deals('Halvern Foods has made several acquisitions in baking, including Trestle Bakeries in 2023.'),
    ).toEqual(['acquisition Halvern Foods:buyer+Trestle Bakeries:target completed']);
  });
  it('reads "which owns approximately 11% of X\'s shares" as a stake held', () => {
    expect(
      deals(
        "Ridgefield Lane Partners, which owns approximately 11% of Wendover Markets' outstanding shares, backed the sale.",
      ),
    ).toEqual(['investment Ridgefield Lane Partners:investor+Wendover Markets:investee completed']);
  });
});

describe('a price per share restated as a total', () => {
  it('values the deal at the total after "…a share in cash, or about"', () => {
    expect(
      deals(
        'Larchmont Insurance agreed to be acquired by Halvern Group for $52 a share in cash, or about $1.7 billion.',
      ),
    ).toEqual(['acquisition Halvern Group:buyer+Larchmont Insurance:target about $1.7 billion announced']);
    // Cash held stays no price.
    expect(
      deals('Halvern Group, which has $3 billion in cash, agreed to buy Larchmont Insurance on Monday.'),
    ).toEqual(['acquisition Halvern Group:buyer+Larchmont Insurance:target announced']);
  });
});

describe('a one-word name as the subject of a deal verb', () => {
  it('is a firm when the text names it again inside a sentence', () => {
    expect(
      deals(
        'Corvel has acquired Tiller Labs, the maker of a scheduling app. Shares of Corvel rose 3% on the news.',
      ),
    ).toEqual(['acquisition Corvel:buyer+Tiller Labs:target completed']);
  });

  it('is not a word that only opens sentences, a person, or a surname', () => {
    expect(
      deals('Investors bought Tiller Labs shares on Monday. Investors say Tiller Labs is cheap.'),
    ).toEqual([]);
    expect(deals('Okafor bought Tiller Labs for $3 billion. Okafor said the price was fair.')).toEqual([]);
    expect(
      deals(
        'Okafor bought Tiller Labs for $3 billion. The fund run by Grace Okafor has long liked Tiller Labs.',
      ),
    ).toEqual([]);
  });

  it('is the known firm whose longer name the text gives', () => {
    expect(
      deals(
        'Quest Diagnostics had a busy spring. Quest acquired Tiller Labs in March, and customers of Quest cheered.',
      ),
    ).toEqual(['acquisition DGX:buyer+Tiller Labs:target completed']);
  });
});

describe('a plain name opening a clause after "after", "because" or "that"', () => {
  it.each([
    [
      'The fund sold its stake in Pellam Outdoor in July after Corbin Gaming terminated its agreement to acquire Pellam Outdoor.',
      'acquisition Corbin Gaming:buyer+Pellam Outdoor:target terminated',
    ],
    [
      'Analysts said that Kestrel Brands bought Tiller Labs for $3 billion.',
      'acquisition Kestrel Brands:buyer+Tiller Labs:target $3 billion completed',
    ],
  ])('%s', (text, expected) => {
    expect(deals(text)).toContain(expected);
  });
});

describe('a plain name after "a majority of", "control of" or a price paid for its unit', () => {
  it.each([
    [
      'Brimstone Midstream agreed to buy a majority of Gdansk Container Hub for $800 million.',
      'acquisition Brimstone Midstream:buyer+Gdansk Container Hub:target $800 million announced',
    ],
    [
      'Tamsin Capital took control of Pinecrest Dairy in 2021.',
      'acquisition Tamsin Capital:buyer+Pinecrest Dairy:target completed',
    ],
    [
      "Brimstone Midstream will pay $1.2 billion for Norvale's pipeline assets.",
      'acquisition Brimstone Midstream:buyer+Norvale:seller $1.2 billion announced',
    ],
  ])('%s', (text, expected) => {
    expect(deals(text)).toEqual([expected]);
  });
});

describe('a price paid for a firm tells its buyer', () => {
  it('reads the payer as a firm, but not a person by their given name', () => {
    expect(deals('Brimstone Midstream paid about $40 million for Pellam Resources in 2022.')).toEqual([
      'acquisition Brimstone Midstream:buyer+Pellam Resources:target about $40 million completed',
    ]);
    expect(deals('Grace Okafor paid $2 million for Pellam Resources in 2022.')).toEqual([]);
    expect(deals('Grace Okafor bought Pellam Resources for $2 million in 2022.')).toEqual([]);
  });
});

describe('a target that accepts its takeover, named plainly', () => {
  it.each([
    [
      'Trestle Bakeries has agreed to a $2.1 billion takeover by Halvern Foods.',
      'acquisition Halvern Foods:buyer+Trestle Bakeries:target $2.1 billion announced',
    ],
    [
      "Trestle Bakeries' board backed a $2.1 billion offer from Halvern Foods.",
      'acquisition Halvern Foods:buyer+Trestle Bakeries:target $2.1 billion announced',
    ],
  ])('%s', (text, expected) => {
    expect(deals(text)).toEqual([expected]);
  });
});

describe('a stake taken and a round closed are done', () => {
  it.each([
    [
      'Tamsin Capital has taken a 15% stake in Halvern Foods.',
      'investment Tamsin Capital:investor+Halvern Foods:investee completed',
    ],
    [
      'Trestle Bakeries closed a $50 million Series B led by Tamsin Capital.',
      'investment Tamsin Capital:investor+Trestle Bakeries:investee $50 million completed',
    ],
  ])('%s', (text, expected) => {
    expect(deals(text)).toEqual([expected]);
  });
});

describe('more wordings with plain names', () => {
  it.each([
    [
      'Halvern Foods won the battle for Trestle Bakeries with a $2.1 billion offer.',
      ['acquisition Halvern Foods:buyer+Trestle Bakeries:target $2.1 billion announced'],
    ],
    [
      'Tamsin Capital is backing Trestle Bakeries with $50 million in new funding.',
      ['investment Tamsin Capital:investor+Trestle Bakeries:investee $50 million announced'],
    ],
    ['Halvern Foods has put its bakery unit up for sale.', ['divestiture Halvern Foods:seller rumored']],
    ['Halvern Foods is putting its money into new ovens.', []],
    [
      'Sanwa Kogyo (TSE: 6321) will make Tachibana Seiki a wholly owned subsidiary through a share exchange.',
      ['acquisition 6321:buyer+Tachibana Seiki:target announced'],
    ],
  ])('%s', (text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});
