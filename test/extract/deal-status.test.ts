/**
 * How a deal stands as one sentence tells it (statusOf), and the rule that a contract a buyer reserved,
 * ordered or renewed is a done deal, read through a whole extraction.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/extract/facts/deals/status.js';
import { dealLine, extract } from './helpers.js';

describe('statusOf', () => {
  it.each([
    [
      'Roper finished its $1.9 billion acquisition of Cadenza Health, four months after signing.',
      'completed',
    ],
    ['Ford licenses the technology from CATL under an agreement signed in 2023.', 'completed'],
    ['Tesla announced a supply agreement with CATL in 2024.', 'completed'],
    ['Airbnb fell 2.4% after a report that it had held talks to buy Hotelier Co.', 'rumored'],
    ['Airbnb has held early talks to buy Hotelier Co.', 'rumored'],
    ['Acme signed an agreement to buy Hotelier Co. for $300 million.', 'announced'],
    ["Ferrovia's solver runs on Nvidia's platform under a 2025 integration agreement.", 'completed'],
    ['Volkswagen committed up to $5.8 billion to Rivian in 2024.', 'completed'],
    ['Acme will sign the agreement in 2027, it said.', 'announced'],
    // A condition is not a closing; negotiating is talks.
    ['The deal, if completed, would be the largest in its history.', 'announced'],
    ['Acme will owe Beta $260 million if it ends the deal to accept a superior proposal.', 'announced'],
    // Money a startup "locked up" or "landed" in a round is in hand.
    ['Fernhollow locked up a $150 million Series B led by Kleiner Perkins.', 'completed'],
    ['Fernhollow landed $150 million in Series B funding led by Kleiner Perkins.', 'completed'],
    ['Acme is negotiating to buy Hotelier Co.', 'rumored'],
    // Ways a deal ends.
    ['Acme let its offer for Hotelier Co. lapse.', 'terminated'],
    ['Acme ended its agreement to buy Hotelier Co. after regulators objected.', 'terminated'],
    ['Acme returned the rights to the drug to Hotelier Co., ending their collaboration.', 'terminated'],
    ['Acme decided not to proceed with the purchase.', 'terminated'],
    ['The quarter ended with Acme agreeing to buy Hotelier Co.', 'announced'],
    [
      "The FTC issued a second request for information on Acme's $2.1 billion purchase of Hotelier Co.",
      'pending',
    ],
  ])('%s → %s', (sentence, status) => {
    expect(statusOf(sentence).status).toBe(status);
  });
});

describe('contracts a buyer reserved, ordered or renewed', () => {
  it('reads them as done deals', () => {
    const x = extract(
      'Markets today.\n\nDuke Energy (NYSE: DUK) has reserved 11 gas turbines from GE Vernova (NYSE: GEV) for delivery in 2029.',
    ).extraction;
    expect(x.deals.map(dealLine)).toEqual(['contract DUK:customer+GEV:supplier completed']);
  });
});

describe('a commodity bought from a named seller', () => {
  it('is a supply contract, not a purchase of the seller', () => {
    const x = extract(
      "Markets today.\n\nAlphabet (NASDAQ: GOOGL) signed a 25-year agreement last year to buy power from NextEra Energy's (NYSE: NEE) plant in Iowa.",
    ).extraction;
    expect(x.deals.map(dealLine)).toEqual(['contract NEE:supplier+GOOGL:customer completed']);
  });
});

describe('amounts and investors in a wire sentence', () => {
  it.each([
    [
      'Harlow Foods (NYSE: HLW) said it would acquire Dunmore Optics (NASDAQ: DNMO) in an all-cash deal valued at $2 billion.',
      ['acquisition HLW:buyer+DNMO:target $2 billion announced'],
    ],
    [
      'Harlow Foods (NYSE: HLW) ended the quarter with $3 billion in cash and agreed to buy Dunmore Optics (NASDAQ: DNMO).',
      ['acquisition HLW:buyer+DNMO:target announced'],
    ],
    [
      'Harlow Foods (NYSE: HLW) announced a $500 million investment from Dunmore Optics (NASDAQ: DNMO).',
      ['investment DNMO:investor+HLW:investee $500 million announced'],
    ],
    ['Harlow Foods (NYSE: HLW) secured a $300 million loan from Dunmore Optics (NASDAQ: DNMO).', []],
  ])('%s', (sentence, expected) => {
    expect(extract(`Markets today.\n\n${sentence}`).extraction.deals.map(dealLine)).toEqual(expected);
  });
});

describe('how a takeover stands', () => {
  const H = 'Harlow Foods (NYSE: HLW)';
  const D = 'Dunmore Optics (NASDAQ: DNMO)';
  it.each([
    [
      `Harlow Foods' (NYSE: HLW) takeover of ${D} won EU approval, clearing the way for the deal to close next week.`,
      'pending',
    ],
    [`${H} is still waiting for Chinese approval of its purchase of ${D}.`, 'pending'],
    [`${D} rejected Harlow Foods' (NYSE: HLW) $2 billion takeover offer.`, 'terminated'],
    [`Harlow Foods' (NYSE: HLW) bid for ${D} was rejected by the target's board.`, 'terminated'],
    [`${D} shareholders will vote on the sale to ${H} on Dec. 12.`, 'announced'],
  ])('%s → %s', (sentence, status) => {
    const deals = extract(`Markets today.\n\n${sentence}`).extraction.deals;
    expect(
      deals.map((d) => [d.type, d.parties.map((p) => `${p.ticker}:${p.role}`).join('+'), d.status]),
    ).toEqual([['acquisition', 'HLW:buyer+DNMO:target', status]]);
  });
});

describe('contracts and distribution deals as trade press tells them', () => {
  const H = 'Harlow Foods (NYSE: HLW)';
  const D = 'Dunmore Optics (NASDAQ: DNMO)';
  it.each([
    [`${H} has been named a preferred supplier to ${D}.`, ['contract HLW:supplier+DNMO:customer completed']],
    [
      `${H} became the exclusive distributor of Dunmore Optics' (NASDAQ: DNMO) products in Europe.`,
      ['partnership HLW:partner+DNMO:partner announced'],
    ],
    [
      `${H} renewed its contract with ${D} for five more years.`,
      ['contract HLW:supplier+DNMO:customer completed'],
    ],
    [`${H} lost a $300 million contract with ${D} to a rival.`, []],
  ])('%s', (sentence, expected) => {
    expect(extract(`Markets today.\n\n${sentence}`).extraction.deals.map(dealLine)).toEqual(expected);
  });
});

describe('the date of a deal', () => {
  const dated = (sentence: string) =>
    extract(`Markets today.\n\n${sentence}`, '2026-11-12').extraction.deals.map((d) => d.date);

  it('is the day the sentence gives it', () => {
    expect(
      dated('Cisco (NASDAQ: CSCO) completed its acquisition of Splunk (NASDAQ: SPLK) on Nov. 3.'),
    ).toEqual(['2026-11-03']);
  });

  it('is not the day of the telling when the deal is put in an earlier year', () => {
    expect(
      dated('Cisco (NASDAQ: CSCO) said on Wednesday it had acquired Splunk (NASDAQ: SPLK) in 2019.'),
    ).toEqual([null]);
    expect(
      dated(
        'Cisco (NASDAQ: CSCO) said on Wednesday that its 2024 purchase of Splunk (NASDAQ: SPLK) paid off.',
      ),
    ).toEqual([null]);
  });

  it('keeps a full date inside that earlier year', () => {
    expect(
      dated('Cisco (NASDAQ: CSCO) closed its acquisition of Splunk (NASDAQ: SPLK) on March 18, 2024.'),
    ).toEqual(['2024-03-18']);
  });
});

describe('a deal put in an earlier year, with no status word', () => {
  const statuses = (sentence: string) =>
    extract(`Markets today.\n\n${sentence}`, '2026-11-12').extraction.deals.map((d) => d.status);

  it('is done', () => {
    expect(
      statuses(
        'UBS Group (NYSE: UBS)’s emergency takeover of Credit Suisse (NYSE: CS) in 2023 was arranged over a weekend.',
      ),
    ).toEqual(['completed']);
  });

  it('is not, when the year belongs to another deal in a relative clause, or the deal is under way', () => {
    const sale = extract(
      'Markets today.\n\nMedtronic (NYSE: MDT) is offloading Sonavia, which it bought in 2024, to Audenta Holdings for $310 million.',
      '2026-11-12',
    ).extraction.deals.find((d) => d.type === 'divestiture');
    expect(sale?.status).toBe('announced');
  });

  it('is over when the bid "failed"', () => {
    expect(
      statuses(
        'BBVA (NYSE: BBVA)’s hostile bid for Banco Sabadell failed last year after too few shareholders tendered.',
      ),
    ).toEqual(['terminated']);
  });
});

describe('a status told of another deal in the same sentence', () => {
  const lines = (text: string) => extract(`Markets today.\n\n${text}`).extraction.deals.map(dealLine);
  it.each([
    // A time clause with its own subject tells of another event.
    [
      'Halvern Foods agreed to buy Trestle Bakeries after its largest rival completed a bigger purchase.',
      'acquisition Halvern Foods:buyer+Trestle Bakeries:target announced',
    ],
    [
      'Halvern Foods agreed to buy Trestle Bakeries. The purchase comes a year after its biggest rival completed a deal that reshaped the bakery trade.',
      'acquisition Halvern Foods:buyer+Trestle Bakeries:target announced',
    ],
    // "a reseller agreement" in a clause naming fewer than two of the firms is their older tie, not this takeover.
    [
      "Halvern Foods agreed to buy Trestle Bakeries. Halvern and Trestle know each other well: the two companies have sold each other's goods since 2022 under a reseller agreement.",
      'acquisition Halvern Foods:buyer+Trestle Bakeries:target announced',
    ],
    [
      'Halvern Foods agreed to buy Trestle Bakeries. Halvern has stocked Trestle loaves in its stores since 2023 under a distribution agreement.',
      'acquisition Halvern Foods:buyer+Trestle Bakeries:target announced',
    ],
  ])('%s', (text, expected) => {
    expect(lines(text)).toContain(expected);
  });

  it('still lets the deal itself close, in its own words or by a time clause that holds it', () => {
    expect(
      lines(
        'Halvern Foods agreed to buy Trestle Bakeries in June. Halvern Foods and Trestle Bakeries closed a deal on Monday, the companies said.',
      ),
    ).toEqual(['acquisition Halvern Foods:buyer+Trestle Bakeries:target completed']);
    expect(
      lines(
        'Halvern Foods agreed to buy Trestle Bakeries. The purchase closed on Monday after the regulator cleared it.',
      ),
    ).toEqual(['acquisition Halvern Foods:buyer+Trestle Bakeries:target completed']);
  });

  it('reads a timetable as an announced deal, even when approvals are pending', () => {
    expect(
      lines(
        'Halvern Foods agreed to buy Trestle Bakeries for $900 million. Halvern said it expects the transaction to close in the first half of 2027, pending antitrust reviews.',
      ),
    ).toEqual(['acquisition Halvern Foods:buyer+Trestle Bakeries:target $900 million announced']);
  });
});

describe('a deal a regulator sued to block or reviews in depth', () => {
  const lines = (text: string) => extract(`Markets today.\n\n${text}`).extraction.deals.map(dealLine);
  it.each([
    'The Justice Department sued on Tuesday to stop Halvern Foods from buying Trestle Bakeries.',
    "The European Commission opened an in-depth investigation into Halvern Foods' planned purchase of Trestle Bakeries.",
  ])('%s → pending', (sentence) => {
    expect(lines(sentence)).toEqual(['acquisition Halvern Foods:buyer+Trestle Bakeries:target pending']);
  });
});

describe('a step towards closing, told after the deal', () => {
  const lines = (text: string) => extract(`Markets today.\n\n${text}`).extraction.deals.map(dealLine);
  const agreed = 'Halvern Foods agreed in June to buy Trestle Bakeries.';
  it.each([
    'The waiting period under the Hart-Scott-Rodino Act was terminated early on Monday.',
    'The antitrust waiting period expired on Oct. 3.',
    "Trestle's shareholders approved the merger on Tuesday.",
    'The European Commission signed off on the deal last week.',
    'On Monday a Halvern subsidiary commenced a tender offer for all of Trestle.',
  ])('%s → pending', (step) => {
    expect(lines(`${agreed} ${step}`)).toEqual([
      'acquisition Halvern Foods:buyer+Trestle Bakeries:target pending',
    ]);
  });

  it('is not the boards approving the deal they signed, and a closed deal stays closed', () => {
    expect(lines(`${agreed} The boards of both companies unanimously approved the deal.`)).toEqual([
      'acquisition Halvern Foods:buyer+Trestle Bakeries:target announced',
    ]);
    expect(
      lines(
        'Halvern Foods completed its purchase of Trestle Bakeries on Monday. Trestle shareholders had approved the deal in May.',
      ),
    ).toEqual(['acquisition Halvern Foods:buyer+Trestle Bakeries:target completed']);
  });

  it('reads "collected every approval it needs" as pending', () => {
    expect(
      lines(
        'Halvern Foods has collected every approval it needs to absorb Trestle Bakeries and plans to complete the acquisition on Dec. 1.',
      ),
    ).toEqual(['acquisition Halvern Foods:buyer+Trestle Bakeries:target pending']);
  });
});

describe('a generic deal word speaks of the firms its own clause names', () => {
  const lines = (text: string) => extract(`Markets today.\n\n${text}`).extraction.deals.map(dealLine);
  it('keeps an agreement in place apart from a takeover told in the next clause', () => {
    const found = lines(
      "Halvern Foods (NYSE: HLVF) agreed in September to buy Trestle Bakeries (NASDAQ: TRBK). Trestle's flour supply agreement with Dunmore Mills (NYSE: DNMM) runs through 2030, and Halvern has agreed to honor it.",
    );
    expect(found).toContain('acquisition HLVF:buyer+TRBK:target announced');
    expect(found.some((l) => l.startsWith('acquisition') && l.endsWith('completed'))).toBe(false);
  });

  it('reads a past purchase by the year in its own clause', () => {
    expect(
      lines(
        'Halvern Foods agreed to buy Trestle Bakeries. Its purchase of Dunmore Mills for $300 million in 2024 was its largest until now, and the Trestle deal will double its size.',
      ),
    ).toContain('acquisition Halvern Foods:buyer+Dunmore Mills:target $300 million completed');
  });

  it('reads a past purchase told in a clause set off by commas by that clause, not the plan around it', () => {
    const found = lines(
      'Tessaly Corp (NYSE: TSLY) will keep Arden Labs, which it bought in 2020. Norbrook Industries (NYSE: NBK) plans to fold Lintel Controls, a business it purchased for $1,095 million in 2023, into its sensors arm.',
    );
    expect(found).toContain('acquisition TSLY:buyer+Arden Labs:target completed');
    expect(found).toContain('acquisition NBK:buyer+Lintel Controls:target $1,095 million completed');
  });
});
