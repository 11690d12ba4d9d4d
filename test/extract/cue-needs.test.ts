import { describe, expect, it } from 'vitest';
import { syntheticArticleTexts } from '../../bench/synthetic/articles.js';
import { ANY_CUE, CUES, cuesFor } from '../../src/extract/facts/deals/cues.js';
import { splitSentences } from '../../src/extract/sentences.js';

// Phrases from the cue table's own comments and the deal tests, so every cue meets at least one.
const PHRASES = [
  'Halvern has made several acquisitions in baking, including Trestle Bakeries in 2023.',
  'Pipestone Valley Medical signed a letter of intent to join Avera Health.',
  'Ozark Valley Health and Cedarline Health signed a definitive agreement to merge.',
  'Halvard paid $40 million for a 12% stake in Dunmore.',
  'Pellworth is now the owner of Danbury Optics.',
  'Halvard Shipping grew after its fleet purchase from Brenmark Maritime in 2022.',
  'The boards agreed terms on a recommended cash offer by Pellworth Group plc for Danbury Optics plc.',
  'Danbury Optics plc said it had received a possible offer from Pellworth Group plc.',
  'Kessler Motors has contracted Ostwind Marine Systems to build its new plant.',
  'Ostwind Marine Systems will provide maintenance services to Kessler Motors under a seven-year agreement.',
  "Shareholders of Mirefield approved Corlan's takeover offer.",
  "Orlo Capital took part in Veltra Bio's latest funding round.",
  'Ossory Foods named Harlow Metals its preferred supplier.',
  'a hedge fund that owns 6.2% of Acme Corp',
  'Sequoia is the largest shareholder in Lumora.',
  'Acme will buy $500 million of newly issued Beta shares.',
  'a $400 million Series C financing led by Accel',
  'Lumora is backed by Sequoia Capital and Greylock Partners.',
  'Corran Labs is raising $300 million from a group of investors that includes Halden Capital.',
  'Brakewater Paper named Tollgate Pulp as the stalking-horse bidder for its two mills.',
  "Under the agreement, Tessaly Pharma will distribute Orrin Bio's allergy drugs.",
  'Tessaly Pharma will pay Orrin Bio up to $400 million in milestones under a licence.',
  'Quill Optics has drawn takeover interest from Vexa Systems, and Castellan is among the suitors for Bram.',
  'X raised $40 million in a Tamsin Ventures-led round.',
  'Acme received a $50 million strategic investment from Beta.',
  'Acme agreed to pay $1 billion for Beta.',
  'Acme signed an agreement to supply Beta with chips.',
  'Acme signed a $90 million agreement with the Navy to store records.',
  'The Navy has selected Acme for the program.',
  'DreamWorks Animation, which it bought in 2016, makes films.',
  'Crunchyroll, the anime streaming service Sony bought from AT&T in 2021, grew.',
  'owned by buyout firm Tamarack, which bought it in 2021',
  'Acme will supply Beta with lenses under a $200 million contract.',
  'Micron already supplies memory chips to Nvidia.',
  'Its customers include Dow, which buys its valves under a supply agreement.',
  'Acme signed a three-year supply agreement with Nucor.',
  'Investors want news of the chip agreement Broadcom signed with OpenAI in 2025.',
  'Galecrest Ventures bought 20% of Bellhaven Games in 2022.',
  'Stonepeak bought a 40pc interest in Harbourline Ports.',
  'Fireside Ventures, which led Vanaja Naturals’ Series A round in 2021, sold its shares.',
  'Acme signed a seven-year agreement under which Beta Billing will take over its collections.',
  'The utility reserved four gas turbines from Beta Energy under a slot-reservation agreement.',
  'The Department of Energy cancelled a contract for Beta’s storage pilot.',
  'About 400MW of its output is already sold to Beta under power purchase agreements.',
  'Merck licensed a cancer drug from Hengrui.',
  'Acme licensed commercial rights in Japan to Ono.',
  "the company's proposed sale to Altamira",
  'Acme rejected an approach from Bramwell Partners worth about £1.9 billion.',
  'eBay had approached the marketplace about a possible takeover.',
  'Mondelez made an unsolicited approach to Hershey last year.',
  "TransDigm's cash offer of 575 pence a share, made on Tuesday, values Larchmont at 4.3 billion pounds.",
  'The company supplies CNH Industrial, the maker of farm equipment, under a long-term supply agreement.',
  'It sells Tezspire with AstraZeneca under a collaboration that dates back a decade.',
  'TotalEnergies agreed to farm into the block, taking a 40 percent interest from operator Walvis Atlantic.',
  'Acme took treadmill maker Beta private for $1.2 billion.',
  'Acme and Beta called off their £2 billion takeover.',
  'Oakhurst Energy is exploring a sale of its Permian Basin assets.',
  'Acme and Beta terminated the licensing alliance they formed in 2023.',
  'Acme has held preliminary talks with Beta about buying its plants.',
  'Acme is among the investors in Beta.',
  'Existing investor Beta will keep its 15% holding.',
  'Danaher also studied a bid but walked away.',
  'Marlowe Equity looked at Acme earlier this year but walked away.',
  'Verona Pharma shareholders will receive $107 per ADS in cash under the deal with Merck.',
  'Ashgrove built it from scratch, starting with four plants it bought from Dominion Energy in 2019.',
  'Nvidia led Anthropic’s $1 billion round last year.',
  'Finvero (Milan) — acquired by Nexi, €610m, June',
  'Berkshire Hathaway has owned BNSF since 2010.',
  'Acme was bought by Beta.',
  'Acme agreed to a $1.2 billion takeover by Beta.',
  'A takeover of Acme by Beta closed.',
  'Acme accepted a sweetened $1.2 billion offer from Beta.',
  'Acme will snap up Beta.',
  'Acme agreed to merge into Beta.',
  'Acme agreed to merge with Beta.',
  'Acme sold its unit to Beta.',
  'Acme invested $5 million in Beta.',
  'cloud provider Beta placed an order worth $700 million',
  'Acme won a $50 million contract from the Army.',
  'Acme teamed up with Beta to develop chips.',
  'Acme is collaborating with Beta.',
  'Acme poured $2 billion into Beta.',
  'Acme formed a partnership with Beta.',
  'The deal is expected to close soon.',
  'Oasis holds a stake of about 3% in Panasonic.',
  'Pinecrest closed a $60 million Series B, with Harlow Foods leading the round.',
  'Pinecrest said it had secured $60 million from Harlow and Tamsin Ventures.',
  'Bellhop Bio landed a $40 million seed extension from ARCH Venture Partners.',
  'Harlow is paying $410 million for Pinecrest.',
  'GM has signed up LG Energy Solution to supply battery cells.',
  'Gilead has secured worldwide rights to HLC-407 from Halcyon.',
  'Constellation is sounding out buyers for its retail unit.',
  "Calder's largest shareholder is Deerfield Management.",
  'Harlow has backed Pinecrest Dairy since 2022.',
  'Pinecrest counts Harlow among its investors.',
  'Brightblock has been owned since 2021 by L Catterton.',
  'Pinecrest agreed to sell itself to Harlow.',
  'Pinecrest will become a unit of Harlow.',
  'Acme and Beta agreed to combine.',
  'Acme will hand control of its unit to Beta.',
  'Acme has reserved 11 turbines from Beta.',
  'Acme is working with Beta to develop chips.',
  'Volkswagen committed up to $5.8 billion to Rivian.',
  'Its 2023 pickup of Kestrel Twin gave it a foothold.',
  "Walmart decided to end a similar arrangement with Alphabet's drone unit.",
  'Threadline was approached last year by Adobe.',
  'Existing backers Khosla Ventures and Sumitomo also put in money.',
  'Cadence and Wabtec have signed a three-year agreement under which Wabtec will market its analytics.',
  'DoorDash and Ulta Beauty struck a same-day delivery tie-up.',
  'NextEra is adding Ashcroft Solar to its stable in a $720 million deal.',
  'Bain Capital is exploring a sale of Fernhill Dental Partners.',
  "Cisco is still digesting its Splunk purchase, and HP's Juniper takeover closed.",
  'Harbor Lane Robotics raised $40 million. Kleiner Perkins led, joined by Sequoia Capital. Accel led the round.',
  "Dunmore rejected Harlow Foods' $2 billion takeover offer.",
  'Dunmore shareholders will vote on the sale to Harlow Foods.',
  'Harlow has been named a preferred supplier to Dunmore.',
  "Harlow became the exclusive distributor of Dunmore's products in Europe.",
  'Tamsin Capital bought 1.2 million Dunmore Optics shares last week.',
  'Dunmore will receive $150 million upfront from Harlow and up to $2 billion in milestones.',
  'Tamsin Capital is backing Trestle Bakeries with $50 million in new funding.',
  'Sanwa Kogyo will make Tachibana Seiki a wholly owned subsidiary.',
  'Halvern is a long-time distribution partner of Kroger.',
  'Tokyo Gas and Venture Global signed a 20-year offtake agreement.',
  'Northzone, which led the company’s Series B, kept its seat.',
  'Harlow Foods bid $3.1 billion for Pinecrest Brands.',
  'Dunmore has struggled with the Pinecrest business that it bought in 2022.',
  'Harlow Foods walked away from its pursuit of Pinecrest Brands last year.',
  "Harlow Foods will buy $75 million of Pinecrest Brands' common stock.",
  'Harlow Foods was invited to bid but stayed out.',
  'Its last notable purchase was Pinecrest Brands, which it bought in 2021.',
  'Tamsin Capital bought into Pinecrest Brands in 2019.',
  'Harlow Foods already buys wheat from Pinecrest Brands under a five-year contract.',
  'Harlow Foods uses Pinecrest Brands software under a multiyear agreement.',
  'Harlow Foods launched a $40 million placing anchored by Pinecrest Brands.',
  'A $10 million subscription by Pinecrest Brands completes the raise.',
  'Harlow Foods spent $400 million on Pinecrest Brands in a deal that closed in May.',
  'Harlow Foods has held early talks with Pinecrest Brands about a sale of its bakery unit.',
  'Harlow Foods is handing three of its bakeries and its bread business to Pinecrest Brands.',
  'Harlow Foods had run the numbers on a bid for Pinecrest Brands but walked away.',
  'Harlow Foods signed an agreement to take 40 megawatts from Pinecrest Brands.',
  'Harlow Foods and Pinecrest Brands are combining.',
  'Harlow Foods signed a similar agreement with Pinecrest Brands.',
  'Harlow Foods already provides packaging for Pinecrest Brands under an agreement signed in 2024.',
  'Harlow Foods inked a pact with Pinecrest Brands to market its breads in Europe.',
  'The buyer of Pinecrest Brands is Harlow Foods.',
  'Harlow Foods outbid Tamsin Capital for Pinecrest Brands.',
  'Tamsin Capital wrote a $20 million check to Pinecrest Brands.',
  "Pinecrest Brands' new owner, Harlow Foods, kept the bakeries.",
];

describe('deal cues: the words a cue needs', () => {
  it('are held by every sentence its pattern matches', () => {
    const sentences = [...PHRASES];
    for (const a of syntheticArticleTexts(400, 3))
      sentences.push(...splitSentences(a.text).map((s) => s.text));
    const met = new Set<number>();
    for (const s of sentences) {
      const tried = new Set(cuesFor(s.toLowerCase()));
      CUES.forEach((cue, i) => {
        cue.re.lastIndex = 0;
        const matches = cue.re.test(s);
        cue.re.lastIndex = 0;
        if (!matches) return;
        met.add(i);
        expect(ANY_CUE.test(s), `first look on "${s}"`).toBe(true);
        expect(tried.has(cue), `cue ${i} (${cue.re.source.slice(0, 40)}…) on "${s}"`).toBe(true);
      });
    }
    expect(met.size).toBe(CUES.length);
  });

  it('let through exactly the cues whose words the sentence holds', () => {
    const s = 'acme agreed to pay $40 million for a 12% stake in dunmore, which it bought.';
    const expected = CUES.filter((c) => !c.needs || c.needs.some((w) => s.includes(w)));
    expect(cuesFor(s)).toEqual(expected);
  });
});
