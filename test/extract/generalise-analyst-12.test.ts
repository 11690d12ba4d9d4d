/**
 * Session 24, from analyst sentences of our own: a target told by the value a broker puts on the stock,
 * ratings told as a "call" or "stance", kept at a clause's end, given "with" a start of coverage or by
 * "she rates the stock", and the analyst named after "Firm's".
 */
import { describe, expect, it } from 'vitest';
import { actionRow, extract } from './helpers.js';

const facts = (text: string) => extract(`Ratings\n\n${text}`, '2026-11-20').extraction.analystActions;
const rows = (text: string) => facts(text).map(actionRow);

describe('a target told by the value a broker puts on the stock', () => {
  it('reads "now sees X reaching $95, down from $120" as a target cut', () => {
    expect(rows('Jefferies now sees Ossory Foods (NYSE: OSSF) shares reaching $95, down from $120.')).toEqual(
      [['Jefferies', 'OSSF', 'target_cut', null, null, 95, 120]],
    );
  });

  it('reads "now values X at $28 a share, up from $24, while keeping a neutral stance"', () => {
    expect(
      rows(
        'Mizuho now values Ossory Foods (NYSE: OSSF) at $28 a share, up from $24, while keeping a neutral stance.',
      ),
    ).toEqual([['Mizuho', 'OSSF', 'target_raise', 'Neutral', null, 28, 24]]);
  });

  it('does not read a company seeing its own revenue reach a figure as an analyst action', () => {
    expect(
      rows('Ossory Foods (NYSE: OSSF) now sees revenue reaching $95 billion, up from $80 billion.'),
    ).toEqual([]);
  });

  it('does not read a firm that is no broker putting a value on a stock', () => {
    expect(
      rows('Kessler Motors now values Ossory Foods (NYSE: OSSF) at $40 a share, up from $35 in March.'),
    ).toEqual([]);
  });
});

describe('a rating told in other words', () => {
  it('reads "reaffirmed its overweight call" as the Overweight rating', () => {
    expect(
      rows('Piper Sandler reaffirmed its overweight call on Ossory Foods (NYSE: OSSF) and its $190 target.'),
    ).toEqual([['Piper Sandler', 'OSSF', 'reiterate', 'Overweight', null, 190, null]]);
  });

  it('reads "reiterating a buy" at the end of the clause', () => {
    expect(
      rows('Truist lifted its target on Ossory Foods (NYSE: OSSF) to $130 from $120, reiterating a buy.'),
    ).toEqual([['Truist', 'OSSF', 'target_raise', 'Buy', null, 130, 120]]);
  });

  it('does not read "maintained a buy-back" as a Buy rating', () => {
    expect(rows('Goldman Sachs said Ossory Foods (NYSE: OSSF) maintained a buy-back of $2 billion.')).toEqual(
      [],
    );
  });

  it('reads "assumed coverage of X with an outperform"', () => {
    expect(
      rows(
        'Oppenheimer assumed coverage of Ossory Foods (NYSE: OSSF) with an outperform and a price target of $340.',
      ),
    ).toEqual([['Oppenheimer', 'OSSF', 'initiate', 'Outperform', null, 340, null]]);
  });

  it('reads "she rates the stock buy" after a target move', () => {
    expect(
      rows(
        'UBS analyst Jane Roe raised her price target on Ossory Foods (NYSE: OSSF) to $60 from $55; she rates the stock buy.',
      ),
    ).toEqual([['UBS', 'OSSF', 'target_raise', 'Buy', null, 60, 55]]);
  });
});

describe('the analyst named after the firm', () => {
  it('reads "Wedbush\'s Dan Ives lifted his target" with the analyst', () => {
    const [a] = facts("Wedbush's Dan Ives lifted his target on Ossory Foods (NYSE: OSSF) to $60 from $50.");
    expect(a).toMatchObject({ firm: 'Wedbush', analyst: 'Dan Ives', action: 'target_raise' });
  });
});
