/**
 * Session 13, from probes of real-news phrasing written in our own words: firms named once by one word
 * ("Quarrin acquired…"), a pair of one-word names calling off their merger, a known but ambiguous name
 * that acts as a firm ("Meta took a stake…", "deal for Hess"), the target told by "it" or by a
 * description after the stock's move, and a one-word seller after "bought … from".
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction.deals.map(dealLine);

describe('a firm named once by one word', () => {
  it('reads a one-word buyer that opens the sentence with a buyer’s verb', () => {
    expect(deals('Quarrin acquired Dellway Tools for $210 million in 2022.')).toEqual([
      'acquisition Quarrin:buyer+Dellway Tools:target $210 million completed',
    ]);
  });

  it('reads "paid $N for X" as a purchase that is done', () => {
    expect(deals('Quarrin paid $75 million for Lintel Labs in March.')).toEqual([
      'acquisition Quarrin:buyer+Lintel Labs:target $75 million completed',
    ]);
  });

  it('leaves a person, people in the plural and adverbs alone', () => {
    expect(deals('Pellow bought Dellway Tools in 2019, Pellow said at the time.')).toEqual([]);
    expect(deals('Investors bought Dellway Tools shares after the report.')).toEqual([]);
    expect(deals('Analysts said the plan was sound. Together acquired the rights last year.')).toEqual([]);
  });

  it('reads two one-word names that called off their own merger', () => {
    expect(
      deals(
        'Vostra and Kelmarin called off their planned merger of equals in 2019 after a shareholder revolt.',
      ),
    ).toEqual(['merger Vostra:-+Kelmarin:- terminated']);
  });

  it('reads a one-word seller after "bought … from"', () => {
    expect(deals('Dorrance Power bought two gas plants from Cleavon in 2020.')).toEqual([
      'acquisition Dorrance Power:buyer+Cleavon:seller completed',
    ]);
  });
});

describe('known names that are also words', () => {
  it('counts "Meta" as the firm when it takes a stake', () => {
    expect(deals('Meta took a 10% stake in Corvell Robotics.')).toEqual([
      'investment META:investor+Corvell Robotics:investee completed',
    ]);
  });

  it('counts "Hess" as the firm when it is what a deal is for', () => {
    expect(deals('Exxon’s $6 billion deal for Hess closed in May.')).toEqual([
      'acquisition XOM:buyer+HES:target $6 billion completed',
    ]);
  });
});

describe('the target told after the stock’s move', () => {
  it('reads "agreed to acquire it" as the company whose shares moved', () => {
    expect(deals('Shares of Hasbro fell 4% after Mattel agreed to acquire it for $6 billion.')).toEqual([
      'acquisition MAT:buyer+HAS:target $6 billion announced',
    ]);
  });

  it('reads a description with a nationality as that company', () => {
    expect(
      deals(
        'Shares of Arm Holdings rose 8% after Nvidia said it would buy the British company for $40 billion.',
      ),
    ).toEqual(['acquisition NVDA:buyer+ARM:target $40 billion announced']);
  });

  it('does not take a broker that opens the sentence for "it"', () => {
    expect(deals('Goldman Sachs analysts cut their forecasts after Mattel agreed to buy it.')).toEqual([]);
  });
});

describe('an offer turned down, talks that ended', () => {
  it('reads talks whose next clause says they ended as terminated', () => {
    expect(
      deals(
        'Rival Uber held talks to buy Kuvaro Markets in the spring, but those discussions ended without an agreement, people said.',
      ),
    ).toEqual(['acquisition UBER:buyer+Kuvaro Markets:target terminated']);
  });

  it('reads an offer "which the board rejected" as terminated', () => {
    expect(
      deals('Quarrin Industries made a $2 billion offer for Dellway Foods, which the board rejected.'),
    ).toEqual(['acquisition Quarrin Industries:buyer+Dellway Foods:target $2 billion terminated']);
  });
});

describe('partners and customers told briefly', () => {
  it('reads "A and B have teamed up" with no "with" as their partnership', () => {
    expect(deals('Corvell Robotics and Lintel Labs have teamed up in a deal worth $40 million.')).toEqual([
      'partnership Corvell Robotics:partner+Lintel Labs:partner $40 million announced',
    ]);
  });

  it('counts an ambiguous known name that selects a supplier as the customer', () => {
    expect(deals('Lumen was selected by Meta to build a private fiber network.')).toEqual([
      'contract META:customer+LUMN:supplier completed',
    ]);
  });
});

describe('more buyers and targets in plain news wording', () => {
  it('counts an ambiguous known buyer that "is set to acquire"', () => {
    expect(deals('Brookfield is set to acquire a 51% stake in Neoen for 6.1 billion euros.')).toEqual([
      'acquisition BN:buyer+Neoen:target 6.1 billion euros announced',
    ]);
  });

  it('reads a one-word target of a takeover followed by its own verb', () => {
    expect(deals('Cisco’s planned takeover of Splunk won EU approval.')).toEqual([
      'acquisition CSCO:buyer+Splunk:target pending',
    ]);
  });
});
