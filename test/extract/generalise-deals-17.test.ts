/**
 * Session 20, from deal sentences of our own: a describing noun after a speaker ("Tolland said the
 * chipmaker had bought a stake in the company") stands for a firm told before, not for the speaker.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction.deals.map(dealLine);

describe('a describing noun after a speaker', () => {
  it('is the firm told before, and "the company" then is the speaker', () => {
    expect(
      deals(
        'Shares of Ferris Semiconductor (NASDAQ: FRSC) rose 4% on Tuesday. Tolland Optics said the chipmaker had bought a 7% stake in the company for $90 million.',
      ),
    ).toEqual(['investment FRSC:investor+Tolland Optics:investee $90 million completed']);
  });

  it('is the speaker itself when the speaker is the only firm it can be', () => {
    expect(
      deals(
        'Ferris Semiconductor (NASDAQ: FRSC) said the chipmaker would acquire Marrow Lens Works for $120 million in cash.',
      ),
    ).toEqual(['acquisition FRSC:buyer+Marrow Lens Works:target $120 million announced']);
  });

  it('leaves "the company" after a speaker to the speaker', () => {
    expect(
      deals(
        'Shares of Ferris Semiconductor (NASDAQ: FRSC) rose 4% on Tuesday. Tolland Optics said the company had bought a 7% stake in Arden Lens for $90 million.',
      ),
    ).toEqual(['investment Tolland Optics:investor+Arden Lens:investee $90 million completed']);
  });
});

describe('a contract awarded to a firm', () => {
  it('is bought by the awarder named as written, not by the company told before', () => {
    const text =
      'The U.S. Army awarded Lockheed Martin a $2 billion contract for missile launchers. Northfield Water awarded a $95 million pipeline contract to Crestline Civil.';
    expect(deals(text)).toEqual([
      'contract U.S. Army:customer+LMT:supplier $2 billion completed',
      'contract Crestline Civil:supplier+Northfield Water:customer $95 million completed',
    ]);
  });

  it('reads a county that awards a contract as its customer', () => {
    expect(
      deals(
        'Lockheed Martin (NYSE: LMT) rose 1%. Ostler County awarded a road resurfacing contract to Marston Paving.',
      ),
    ).toEqual(['contract Marston Paving:supplier+Ostler County:customer completed']);
  });
});

describe('an agreement with a firm to buy', () => {
  it('is a purchase from that firm, not a contract it supplies', () => {
    expect(
      deals('Halvorsen Group signed a deal with Brennan Foods to buy its snacks unit for $400 million.'),
    ).toEqual(['acquisition Halvorsen Group:buyer+Brennan Foods:seller $400 million announced']);
  });

  it('reads "the company" as the firm the agreement is with, and the signer as the buyer', () => {
    expect(
      deals(
        'Tarrow Gas posted higher profits. Ashby Partners reached an agreement with Lumley Steel to acquire the company for $12 a share.',
      ),
    ).toEqual(['acquisition Ashby Partners:buyer+Lumley Steel:target announced']);
  });

  it('still reads a plain deal with a firm as a contract', () => {
    const found = deals('Ashfield Software signed a cloud deal with Nimbus Compute.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^contract /);
  });
});

describe('a supplier chosen for a priced project', () => {
  it('is a contract when the project has its price', () => {
    expect(deals('Dorset Utilities chose Ravel Grid for a $60 million smart-meter rollout.')).toEqual([
      'contract Dorset Utilities:customer+Ravel Grid:supplier $60 million completed',
    ]);
  });

  it('is nothing when only a person or a role was chosen', () => {
    expect(deals('Dorset Utilities chose Ravel Grid veteran Ann Lowe for its board.')).toEqual([]);
  });
});

describe('more business words that end a firm name', () => {
  const companies = (text: string) =>
    extract(`Deals\n\n${text}`, '2026-11-20').extraction.companies.map((c) => c.name);

  it('reads Aero, Airports, Renewables, Telecoms, Wireless, Railways and Ports firms', () => {
    expect(
      deals('Halden Airways selected Corvin Aero engines to power its new fleet of 40 regional jets.'),
    ).toEqual(['contract Halden Airways:customer+Corvin Aero:supplier completed']);
    expect(
      companies(
        'Brisk Renewables sold its wind farms to Osgood Airports, while Larch Telecoms and Fenner Wireless agreed to merge. Kerrow Railways bought Saltmarsh Ports.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Brisk Renewables',
        'Osgood Airports',
        'Larch Telecoms',
        'Fenner Wireless',
        'Kerrow Railways',
        'Saltmarsh Ports',
      ]),
    );
  });

  it('keeps products named with Air and Pipelines out', () => {
    expect(companies('Deliveries by Prime Air drones and builds on Bitbucket Pipelines grew.')).toEqual([]);
  });
});

describe('a contest won and an offer that lapsed', () => {
  it('reads the firm won, not the rival that bowed out, and the winner’s deal as still on', () => {
    expect(deals('Calloway Insurance won the battle for Ressler Re after rival Domfort withdrew.')).toEqual([
      'acquisition Calloway Insurance:buyer+Ressler Re:target announced',
    ]);
  });

  it('still skips past a possessive relation to the firm it names', () => {
    expect(
      deals('Crowhurst Capital Partners took a 4% stake in Mattel’s smaller rival Spin Master last year.'),
    ).toEqual(['investment Crowhurst Capital Partners:investor+Spin Master:investee completed']);
  });

  it('reads an offer for a named firm that lapsed as ended', () => {
    expect(
      deals('Ashworth Pharma’s offer for Bellows Bio lapsed after it failed to win enough acceptances.'),
    ).toEqual(['acquisition Ashworth Pharma:buyer+Bellows Bio:target terminated']);
  });
});

describe('a pact with a firm to do something together', () => {
  it('is a partnership of the two', () => {
    expect(
      deals('Meridian Pharma has inked a pact with Rheinau Biologics to market its biosimilars in Europe.'),
    ).toEqual(['partnership Meridian Pharma:partner+Rheinau Biologics:partner announced']);
    expect(
      deals('Halvorsen Group signed a deal with Brennan Foods to jointly develop frozen meals.'),
    ).toEqual(['partnership Halvorsen Group:partner+Brennan Foods:partner announced']);
  });

  it('stays a contract when the other firm is to supply', () => {
    expect(deals('Halvorsen Group signed a deal with Brennan Foods to supply frozen meals.')[0]).toMatch(
      /^contract /,
    );
  });
});

describe('a firm in talks to sell', () => {
  it('is the seller even when no business word ends its name', () => {
    expect(
      deals(
        'Nilgiri Tea Estates is in talks to sell its Assam gardens to Brahmaputra Plantations, two people aware of the matter said.',
      ),
    ).toEqual(['divestiture Nilgiri Tea Estates:seller+Brahmaputra Plantations:buyer rumored']);
  });
});

describe('a partner’s share of a joint venture bought', () => {
  it('is a purchase from the partner, not a venture formed or a stake in the partner', () => {
    expect(
      deals(
        'Arjun Chemicals acquired the remaining 49% in its joint venture with Hokuto Chemical for $80 million.',
      ),
    ).toEqual(['acquisition Arjun Chemicals:buyer+Hokuto Chemical:seller $80 million completed']);
    expect(
      deals("Osgood Foods will buy out its partner's stake in their joint venture with Tamura Foods."),
    ).toEqual(['acquisition Osgood Foods:buyer+Tamura Foods:seller announced']);
  });

  it('leaves a venture formed a partnership', () => {
    expect(deals('Osgood Foods formed a joint venture with Tamura Foods in 2019.')).toEqual([
      'partnership Osgood Foods:partner+Tamura Foods:partner completed',
    ]);
  });
});

describe('control taken by buying out a holder’s stake', () => {
  it('has the holder sell, the subject buy and the company controlled as the target', () => {
    expect(
      deals('Ormsby Energy has taken full control of Keld Renewables by buying out Gaia Power’s 40% stake.'),
    ).toEqual(['acquisition Ormsby Energy:buyer+Keld Renewables:target+Gaia Power:seller completed']);
  });

  it('reads a firm no list knows that agreed to take control', () => {
    expect(
      deals(
        "Pellam Equity agreed to take control of Harbourview Dental Partners, a dental support group, by buying out Tarrow Capital's majority position.",
      ),
    ).toEqual([
      'acquisition Pellam Equity:buyer+Harbourview Dental Partners:target+Tarrow Capital:seller announced',
    ]);
  });
});

describe('a sale told as a divestment, and an owner since a buyout', () => {
  it('reads "completed the divestment of its unit to Y" as a sale', () => {
    expect(
      deals('Kestrel Foods completed the divestment of its beverages unit to Sorrel Beverages.'),
    ).toEqual(['divestiture Kestrel Foods:seller+Sorrel Beverages:buyer completed']);
  });

  it('reads "is now owned by Y after a buyout" as a done takeover, and a bare owner as none', () => {
    expect(
      deals('Quenby Retail is now owned by Yarrow Capital after a $5 billion buyout that closed in March.'),
    ).toEqual(['acquisition Yarrow Capital:buyer+Quenby Retail:target $5 billion completed']);
    expect(deals('Quenby Retail is owned by Yarrow Capital and sells garden furniture.')).toEqual([]);
  });
});

describe('a buyer or a new owner named after the company bought', () => {
  it('reads "The buyer of X is Y" and "X\'s new owner, Y," as takeovers of X', () => {
    expect(deals('The buyer of Pavone Dairy is Marchetti Foods, the Italian group said on Monday.')).toEqual([
      'acquisition Marchetti Foods:buyer+Pavone Dairy:target announced',
    ]);
    expect(
      deals("Tolworth Brewing's new owner, Avonmouth Beverages, plans to keep the brewery open."),
    ).toEqual(['acquisition Avonmouth Beverages:buyer+Tolworth Brewing:target completed']);
  });

  it('reads nothing when the thing bought or the buyer is no firm', () => {
    expect(
      deals('The new owner of the stadium is a local family. The buyer of the shares was not named.'),
    ).toEqual([]);
  });
});

describe('a round co-led by two firms', () => {
  it('has both leads as investors of the one round', () => {
    expect(
      deals(
        'Fleetwise, a Berlin logistics startup, has raised €40 million in a Series B round co-led by Ostrava Capital and Pellam Ventures.',
      ),
    ).toEqual([
      'investment Ostrava Capital:investor+Fleetwise:investee+Pellam Ventures:investor €40 million completed',
    ]);
  });

  it('does not take a firm of the next clause as a lead', () => {
    expect(
      deals(
        'Fleetwise raised €40 million in a round led by Ostrava Capital, Pellam Ventures said on Monday.',
      ),
    ).toEqual(['investment Ostrava Capital:investor+Fleetwise:investee €40 million completed']);
  });
});

describe('a firm that outbid a rival for a company', () => {
  it('buys the company, not the rival, whatever the company’s name ends in', () => {
    expect(
      deals(
        'Two years later Corvena Group outbid Eurolab Partners for Hanseatic Prüfwerk, paying $310 million.',
      ),
    ).toEqual(['acquisition Corvena Group:buyer+Hanseatic Prüfwerk:target $310 million announced']);
  });
});

describe('a company that raised money or won backing', () => {
  it('is a firm whatever its name ends in', () => {
    expect(deals('Nimbus Compute won backing from Kestrel Partners.')).toEqual([
      'investment Kestrel Partners:investor+Nimbus Compute:investee announced',
    ]);
    expect(deals('Fleetwise Mobility raised $40m in a round led by Ostrava Capital.')).toEqual([
      'investment Ostrava Capital:investor+Fleetwise Mobility:investee $40m completed',
    ]);
  });

  it('reads backing "picked up" from a firm as an investment, not a purchase', () => {
    expect(
      deals('Nimbus Compute picked up backing from Kestrel Partners, which invested an undisclosed amount.'),
    ).toEqual(['investment Kestrel Partners:investor+Nimbus Compute:investee completed']);
  });
});

describe('a check written to a company', () => {
  it('is an investment in it, whatever its name ends in', () => {
    expect(deals('Ostrava Capital wrote a $20 million check to Nimbus Compute in its latest round.')).toEqual(
      ['investment Ostrava Capital:investor+Nimbus Compute:investee $20 million completed'],
    );
  });

  it('is nothing when no firm gets it', () => {
    expect(deals('The founders cut a check for the lawyers.')).toEqual([]);
  });
});
