/**
 * Pages written by ratings and holdings aggregators: funds' quarterly position changes are no deals,
 * ratings come in lower case inside quotes, an analyst's "report on Monday" is no earnings date, and a
 * ticker that ends a sentence does not run into the next sentence's firm.
 */
import { describe, expect, it } from 'vitest';
import { actionRow, dealLine, extract } from './helpers.js';

const page = (body: string) =>
  extract(`Halvard Group Inc. (NYSE:HLVG) shares fell on Wednesday.\n\n${body}`, '2026-11-12', 'Fund filing')
    .extraction;

describe('holdings and ratings pages', () => {
  it.each([
    'Brightline Advisors LLC trimmed its stake in Halvard Group by 12.4% during the third quarter.',
    'Vanguard Group Inc. raised its position in Halvard Group by 3.1% in the second quarter.',
    'Norrland Capital Management bought a new stake in Halvard Group during the first quarter worth about $2,450,000.',
    'The fund owned 41,220 shares of the company’s stock, according to its filing with the Securities and Exchange Commission.',
  ])('no deal in a portfolio trade: %s', (body) => {
    expect(page(body).deals.map(dealLine)).toEqual([]);
  });

  it('still reads a strategic stake', () => {
    expect(
      page('Tamsin Capital took a 9% stake in Halvard Group for $400 million.').deals.map(dealLine),
    ).toEqual(['investment Tamsin Capital:investor+HLVG:investee $400 million completed']);
  });

  it.each([
    [
      'Wells Fargo downgraded Halvard Group from an "overweight" rating to an "equal weight" rating in a research note on Tuesday.',
      ['Wells Fargo', 'HLVG', 'downgrade', 'Equal Weight', 'Overweight', null, null],
    ],
    [
      'Zacks Research raised Halvard Group to a "strong-buy" rating in a report on Thursday.',
      ['Zacks Research', 'HLVG', 'upgrade', 'Strong Buy', null, null, null],
    ],
    [
      'Barclays reissued an "underweight" rating and set a $40.00 price target on shares of Halvard Group in a report on Wednesday.',
      ['Barclays', 'HLVG', 'reiterate', 'Underweight', null, 40, null],
    ],
  ])('reads a quoted lower-case rating: %s', (body, row) => {
    const x = page(body);
    expect(x.analystActions.map(actionRow)).toEqual([row]);
    expect(x.events).toEqual([]);
  });

  it('keeps a sentence-ending ticker apart from the next firm', () => {
    const names = page(
      'Other funds also changed their stakes in HLVG. Vanguard Group Inc. raised its position in Halvard Group by 3.1%.',
    ).companies.map((c) => c.name);
    expect(names).toContain('Vanguard Group Inc.');
    expect(names).not.toContain('HLVG');
  });
});

describe('look-alikes in wraps and wires', () => {
  it('takes no analyst action from a company named before "Downgrade" in a headline or from "to upgrade" systems', () => {
    const x = extract(
      'Stocks edge higher.\n\nEtsy Buyout Talk and a Nike Downgrade Drive the Action.\n\nBoeing (BA) rose 2.2% after the Air Force awarded it a $2.9 billion contract to upgrade the systems on its tanker fleet.',
      '2026-11-10',
      'Market wrap',
    ).extraction;
    expect(x.analystActions).toEqual([]);
  });
  it.each([
    ['Workday (NASDAQ: WDAY) has ended talks to buy Sable HR, a payroll software company.', 'terminated'],
    [
      'Halvard Group (NYSE: HLVG) said talks to buy Dunmore Optics (NASDAQ: DNMO) had collapsed.',
      'terminated',
    ],
    ['Dunmore Optics (NASDAQ: DNMO) also has an integration agreement with Microsoft.', 'completed'],
  ])('reads how a deal stands: %s', (text, status) => {
    const deals = extract(`Markets today.\n\n${text}`, '2026-11-10', 'News').extraction.deals;
    expect(deals.map((d) => d.status)).toEqual([status]);
  });
  it('reads a U.K. department as a contract customer', () => {
    const deals = extract(
      'Markets today.\n\nIBM (NYSE: IBM) won a seven-year contract from the U.K. Department for Work and Pensions worth £900 million.',
      '2026-11-30',
      'Tech deals',
    ).extraction.deals.map(dealLine);
    expect(deals).toEqual([
      'contract IBM:supplier+U.K. Department for Work and Pensions:customer £900 million completed',
    ]);
  });
});

describe('names that are no firm', () => {
  it('keeps a headline’s "Here’s What It Means" and a person described as "a principal at" a firm out of the companies', () => {
    const x = extract(
      'Abbott Bags Diagnostics Maker Veridia for $3.6 Billion. Here’s What It Means for Investors\n\n“Power is the product,” said Omar Haddad, a principal at consultancy Lattice Energy Advisors.',
      '2026-10-06',
      'Abbott bags Veridia',
    ).extraction;
    const names = x.companies.map((c) => c.name);
    expect(names).not.toContain('Here');
    expect(names).not.toContain('Omar Haddad');
    expect(names).toContain('Lattice Energy Advisors');
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Omar Haddad']);
  });
  it('drops "Hong Kong-listed" from a firm’s name and reads no customer past a comma', () => {
    const x = extract(
      'Markets today.\n\nMerck (NYSE: MRK) licensed a drug from Hong Kong-listed Hanrui Biologics for $200 million.\n\nIBM (NYSE: IBM) bags a welfare contract, Workday (NASDAQ: WDAY) talks fizzle.',
      '2026-10-06',
      'Deals',
    ).extraction;
    expect(x.companies.map((c) => c.name)).toContain('Hanrui Biologics');
    expect(x.deals.map(dealLine).filter((d) => d.startsWith('contract'))).toEqual([]);
  });
});
