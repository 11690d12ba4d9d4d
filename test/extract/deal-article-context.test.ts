/**
 * Deals read across the sentences of one article: a noun-phrase head ("The purchase of X…") takes the
 * status of its own clause, not of a relative clause about something else; a participle's actor is the
 * pronoun's company, not an object named first; a contract signed is done even when "announced".
 */
import { describe, expect, it } from 'vitest';
import { builtinDirectory, extractArticle } from '../../src/extract/index.js';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) => extract(text, '2026-10-05', 'Deal news').extraction.deals.map(dealLine);
const LEAD = 'Halvard Group (NYSE: HLVG) agreed to acquire Dunmore Optics for $1.2 billion.\n\n';

describe('deals across an article', () => {
  it('keeps an agreed purchase announced when a later sentence tells an older, finished one', () => {
    expect(
      deals(
        `${LEAD}The purchase of Dunmore expands Halvard's autonomy unit, which it formed after acquiring Pellway Robotics for $340 million.`,
      ),
    ).toEqual([
      'acquisition HLVG:buyer+Dunmore Optics:target $1.2 billion announced',
      'acquisition HLVG:buyer+Pellway Robotics:target $340 million completed',
    ]);
  });
  it('finishes a deal told in a relative clause when the main clause says the deal closed', () => {
    expect(
      deals(
        'Halvard Group (NYSE: HLVG), which agreed in March to buy Dunmore Optics (NASDAQ: DNMO) for $1.2 billion, said Tuesday the deal had closed.',
      ),
    ).toEqual(['acquisition HLVG:buyer+DNMO:target $1.2 billion completed']);
  });
  it('still reads the status said of the deal itself', () => {
    expect(deals(`${LEAD}The deal, which closed on Friday, adds 900 engineers.`)).toEqual([
      'acquisition HLVG:buyer+Dunmore Optics:target $1.2 billion completed',
    ]);
  });
  it('gives a second verb after "it" to the pronoun, not to the object named first', () => {
    expect(
      deals(
        `${LEAD}Last March it picked up Corvid Sensing, and in September it bought the lens business of Marlow Glass for $72 million.`,
      ),
    ).toEqual([
      'acquisition HLVG:buyer+Dunmore Optics:target $1.2 billion announced',
      'acquisition HLVG:buyer+Corvid Sensing:target completed',
      'acquisition HLVG:buyer+Marlow Glass:seller $72 million completed',
    ]);
  });
  it('reads a supply agreement a company says it signed as a done contract', () => {
    expect(
      deals(
        `${LEAD}Separately, Halvard said it had signed a five-year agreement with Arcturus Freight to supply 400 trucks.`,
      ),
    ).toContain('contract HLVG:supplier+Arcturus Freight:customer completed');
  });
  it.each([
    [
      '“We agreed to buy Dunmore Optics because its sensors fit our trucks,” said Lena Ortiz, chief executive of Halvard Group (NYSE: HLVG).',
      ['acquisition HLVG:buyer+Dunmore Optics:target announced'],
    ],
    [
      '“We bought Dunmore Optics in 2021 and never looked back,” said Lena Ortiz, chief executive of Halvard Group (NYSE: HLVG).',
      ['acquisition HLVG:buyer+Dunmore Optics:target completed'],
    ],
    [
      '“We would look at buying Dunmore Optics if the price were right,” said Lena Ortiz, chief executive of Halvard Group (NYSE: HLVG).',
      [],
    ],
    ['“We are looking to buy Dunmore Optics,” Halvard Group (NYSE: HLVG) CEO Lena Ortiz said.', []],
    [
      '“Dunmore Optics was bought by Halvard Group for too much,” said Mia Park, an analyst at Corvid Research.',
      [],
    ],
  ])('reads a deal a company tells as "we" only when it is said as done or agreed: %s', (text, expected) => {
    expect(deals(`Markets today.\n\n${text}`)).toEqual(expected);
  });
  it('gives "the company" bought years ago to the company whose sale the article just told', () => {
    expect(
      deals(
        'Bunge (NYSE: BG) is in advanced talks to acquire Agrovale Alimentos, a soybean crusher, from private equity firm Serra Azul Capital, two people said.\n\nSerra Azul bought control of the company from its founding family in 2019.',
      ),
    ).toEqual([
      'acquisition BG:buyer+Agrovale Alimentos:target+Serra Azul Capital:seller rumored',
      'acquisition Serra Azul Capital:buyer+Agrovale Alimentos:target completed',
    ]);
  });
  it('reads "the two companies" as the pair just told, and a venture named in apposition as no partner', () => {
    expect(
      deals(
        'Kestrel Games (NYSE: KSTG) will take a 20% stake in Marlow Interactive (NASDAQ: MRLW) for $400 million.\n\nThe two companies also plan to set up a joint venture, Marlow Kestrel Studios, that will make console games.',
      ),
    ).toEqual([
      'investment KSTG:investor+MRLW:investee $400 million announced',
      'partnership KSTG:partner+MRLW:partner announced',
    ]);
  });
  it('gives a round told after "The startup had raised" to the startup, not to the listed buyer', () => {
    const lead =
      'Cisco (NASDAQ: CSCO) agreed to buy Lumatrace, a network-monitoring startup, for $2.4 billion.\n\nLumatrace chief executive Hana Okafor said her team had not been looking for a buyer.\n\n';
    expect(
      deals(
        `${lead}The startup had raised about $230 million. Its largest round, a $180 million Series C, was led by Halcyon Peak Ventures, with participation from Nvidia (NVDA).`,
      ),
    ).toEqual([
      'acquisition CSCO:buyer+Lumatrace:target $2.4 billion announced',
      'investment Halcyon Peak Ventures:investor+Lumatrace:investee+NVDA:investor $180 million completed',
    ]);
    // With no private firm named before it, the description still falls back to the story's company.
    expect(
      deals(
        'Cisco (NASDAQ: CSCO) said on Monday that its results beat forecasts.\n\nThe startup unit raised $5 million in a seed round led by Halcyon Peak Ventures.',
      ),
    ).toEqual(['investment Halcyon Peak Ventures:investor+CSCO:investee $5 million completed']);
  });
  it('names a startup that raised money even with a relative clause before the verb', () => {
    expect(
      deals(
        'Quarrystone AI, which builds software agents for insurance claims, raised a $250 million Series C led by Andreessen Horowitz, with Nvidia (NASDAQ: NVDA) participating.',
      ),
    ).toEqual([
      'investment Andreessen Horowitz:investor+Quarrystone AI:investee+NVDA:investor $250 million completed',
    ]);
  });
  it('gives "the sale of its unit" inside another noun phrase to the sentence subject, not the firm named last', () => {
    expect(
      deals(
        "Investors will ask about Halvard Group's (NYSE: HLVG) supply agreement with Corvid Sensing Inc., which was expanded in March, and the status of the sale of its lighting unit to Tamsin Capital for $300 million.",
      ),
    ).toContain('divestiture HLVG:seller+Tamsin Capital:buyer $300 million announced');
  });
  it('gives backers who "also put in money" their own stakes in the round just told, with its status', () => {
    expect(
      deals(
        "Halvard Group (NYSE: HLVG) will invest $400 million in Dunmore Optics, a lens startup, the companies said. The investment is part of a $600 million round led by Halvard that is expected to close in January. Existing backers Tamsin Ventures and Japan's Orchard Capital also put in money.",
      ),
    ).toEqual([
      'investment HLVG:investor+Dunmore Optics:investee $400 million announced',
      'investment Tamsin Ventures:investor+Dunmore Optics:investee announced',
      'investment Orchard Capital:investor+Dunmore Optics:investee announced',
    ]);
    expect(
      deals(
        'Halvard Group (NYSE: HLVG) posted record sales. Tamsin Ventures also participated in the round.',
      ),
    ).toEqual([]);
  });
});

describe('"we" in a company blog or a fund letter', () => {
  const blog = (text: string, source: string | null) =>
    extractArticle(
      {
        title: 'Our next chapter',
        text,
        url: null,
        source,
        publishedAt: '2026-11-10',
        guid: null,
        origin: 'test',
      },
      { directory: builtinDirectory() },
    ).extraction.deals.map(dealLine);
  const text =
    'Our next chapter\n\nToday we are proud to share that Corvel Labs has agreed to be acquired by Halvern Foods (NYSE: HLVF). We raised $28 million from Tamsin Ventures along the way, and we are grateful.';
  it('is the company the source names', () => {
    expect(blog(text, 'Corvel Labs Blog')).toContain(
      'investment Tamsin Ventures:investor+Corvel Labs:investee $28 million completed',
    );
  });
  it('is no one when the source names no company', () => {
    expect(blog(text, null).some((l) => l.includes('Corvel Labs:investee'))).toBe(false);
  });
});
