/**
 * A deal's price told in a sentence of its own after the deal ("The transaction, valued at…"), and a
 * valuing clause right after the deal word ("The offer, which values X at…").
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const lines = (text: string) => extract(`Markets today.\n\n${text}`).extraction.deals.map(dealLine);
const agreed = 'Halvern Foods agreed on Monday to buy Trestle Bakeries.';

describe('a price told after the deal', () => {
  it.each([
    [
      'The transaction, valued at approximately $1.2 billion, is expected to close in the first quarter.',
      'approximately $1.2 billion',
    ],
    ['The all-cash deal is worth about $1.2 billion, including debt.', 'about $1.2 billion'],
    ['The offer values Trestle at $1.2 billion.', '$1.2 billion'],
    ['The offer, which values Trestle at about €1.2 billion, runs until January.', 'about €1.2 billion'],
  ])('%s', (later, value) => {
    expect(lines(`${agreed} ${later}`)).toEqual([
      `acquisition Halvern Foods:buyer+Trestle Bakeries:target ${value} announced`,
    ]);
  });

  it('reads "the acquisition price is" after numbered headings as the price', () => {
    const release = [
      'Halvern Foods (the "Company") resolved today to acquire Trestle Bakeries.',
      '1. Reason for the Acquisition',
      'The Company wants more ovens in the Midwest.',
      '2. Overview of the Acquisition',
      'The acquisition price is ¥18,200 million, including advisory fees.',
    ].join('\n\n');
    expect(lines(release)).toEqual([
      'acquisition Halvern Foods:buyer+Trestle Bakeries:target ¥18,200 million announced',
    ]);
  });

  it('keeps a price the deal already has', () => {
    expect(
      lines(
        'Halvern Foods agreed to buy Trestle Bakeries for $900 million. The deal is valued at $1.1 billion including debt.',
      ),
    ).toEqual(['acquisition Halvern Foods:buyer+Trestle Bakeries:target $900 million announced']);
  });

  it('leaves a price to the firms its own sentence names, or told long after', () => {
    expect(
      lines(`${agreed} The deal follows Pellam Group's purchase of Corvid Foods for $700 million in 2023.`),
    ).toEqual([
      'acquisition Halvern Foods:buyer+Trestle Bakeries:target announced',
      'acquisition Pellam Group:buyer+Corvid Foods:target $700 million completed',
    ]);
    const far = [
      'Trestle makes bread in Ohio.',
      'It employs about 900 people there.',
      'Its founder retired in 2019.',
      'Its ovens run on natural gas.',
      'The transaction is valued at $1.2 billion.',
    ].join(' ');
    expect(lines(`${agreed} ${far}`)).toEqual([
      'acquisition Halvern Foods:buyer+Trestle Bakeries:target announced',
    ]);
  });

  it('reads no price from an offer price or a premium', () => {
    expect(
      lines(
        `${agreed} The offer price of $31 a share is a premium of 40% and Trestle has $1.2 billion of debt.`,
      ),
    ).toEqual(['acquisition Halvern Foods:buyer+Trestle Bakeries:target announced']);
  });
});

describe('the seller told after the takeover', () => {
  it.each([
    ['The seller is Hollin Capital.', ['Hollin Capital']],
    ['Sellers are the financial investor Isarfeld Capital and the founding family.', ['Isarfeld Capital']],
    [
      'The sellers are Hollin Capital and Brisk Ventures, two buyout firms.',
      ['Hollin Capital', 'Brisk Ventures'],
    ],
  ])('%s', (later, sellers) => {
    const [deal] = extract(
      `Markets today.\n\nHalvern Foods agreed on Monday to buy Trestle Bakeries. ${later}`,
    ).extraction.deals;
    expect(deal!.parties.filter((p) => p.role === 'seller').map((p) => p.name)).toEqual(sellers);
  });

  it('adds no seller to a takeover that names one, nor to a deal told long before', () => {
    const named = extract(
      'Markets today.\n\nHalvern Foods agreed to buy Trestle Bakeries from Ostra Partners. The seller is Hollin Capital.',
    ).extraction.deals;
    expect(named.map(dealLine)).toEqual([
      'acquisition Halvern Foods:buyer+Trestle Bakeries:target+Ostra Partners:seller announced',
    ]);
    const far = extract(
      'Markets today.\n\nHalvern Foods agreed to buy Trestle Bakeries. Trestle makes bread in Ohio. It employs about 900 people there. Its founder retired in 2019. Its ovens run on natural gas. The seller is Hollin Capital.',
    ).extraction.deals;
    expect(far.map(dealLine)).toEqual(['acquisition Halvern Foods:buyer+Trestle Bakeries:target announced']);
  });
});

describe('amounts that are not the price, and a price right before its deal word', () => {
  it('reads a termination fee as neither the price nor an end to the deal', () => {
    expect(
      lines(
        `${agreed} Under the merger agreement, Halvern would owe Trestle a $115 million termination fee if the deal is blocked.`,
      ),
    ).toEqual(['acquisition Halvern Foods:buyer+Trestle Bakeries:target announced']);
  });
  it('gives each of two priced purchases the amount written before it', () => {
    expect(
      lines(
        "The biggest deals were Pellam Group's roughly $10.9 billion purchase of Corvid Foods and Ostra Partners' $7.4 billion purchase of Brisk Dairy.",
      ),
    ).toEqual([
      'acquisition Pellam Group:buyer+Corvid Foods:target roughly $10.9 billion announced',
      'acquisition Ostra Partners:buyer+Brisk Dairy:target $7.4 billion announced',
    ]);
  });
});
