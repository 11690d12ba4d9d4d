/**
 * Session 16, from the studied half of the examiner set and probes of our own: local research houses the
 * lists do not know, told with an appositive ("X, a Dhaka-based brokerage, raised its target price"),
 * with letters beyond ASCII ("Haliç Menkul Değerler"), or starting coverage; and a place before "-based"
 * that is no company.
 */
import { describe, expect, it } from 'vitest';
import { actionRow, extract } from './helpers.js';

const rows = (text: string) =>
  extract(`Ratings\n\n${text}`, '2026-11-20').extraction.analystActions.map(actionRow);

describe('research houses the lists do not know', () => {
  it('reads "X, a Dhaka-based brokerage, raised its target price for Y"', () => {
    expect(
      rows(
        'Halvard Group (NYSE: HLVG) rose. Meghna Capital, a Dhaka-based brokerage, raised its target price for Halvard to $265 from $240 and kept its buy rating.',
      ),
    ).toEqual([['Meghna Capital', 'HLVG', 'target_raise', 'Buy', null, 265, 240]]);
  });

  it('reads a Turkish house starting coverage with a rating and a target', () => {
    expect(
      rows(
        'Halvard Group (NYSE: HLVG) rose. Boğaziçi Menkul Değerler started coverage of the stock with a "buy" rating and a target of $158.',
      ),
    ).toEqual([['Boğaziçi Menkul Değerler', 'HLVG', 'initiate', 'Buy', null, 158, null]]);
  });

  it('does not take a place before "-based" for the exchange named after it elsewhere', () => {
    const { extraction } = extract(
      'Ratings\n\nHalvard Group (NYSE: HLVG) filed with the Dhaka Stock Exchange. Meghna Capital, a Dhaka-based brokerage, raised its target price for Halvard to $265.',
      '2026-11-20',
    );
    expect(extraction.analystActions.map(actionRow)).toEqual([
      ['Meghna Capital', 'HLVG', 'target_raise', null, null, 265, null],
    ]);
  });
});

describe('regional research houses the list now knows (session 17)', () => {
  it('reads a New Zealand house that kept its rating, beside one that upgraded', () => {
    expect(
      rows(
        'Fletcher Building (NZX: FBU) rose. Jarden upgraded Fletcher to overweight from neutral. Forsyth Barr kept its neutral rating.',
      ),
    ).toEqual([
      ['Jarden', 'FBU', 'upgrade', 'Overweight', 'Neutral', null, null],
      ['Forsyth Barr', 'FBU', 'reiterate', 'Neutral', null, null, null],
    ]);
  });

  it('keeps reading a Greek and a Turkish house that move their targets, now by name', () => {
    expect(
      rows(
        'Motor Oil Hellas (ATHEX: MOH) rose. Euroxx raised its target price to €31 from €28. Is Yatirim cut its target on Tupras (BIST: TUPRS) to 210 lira.',
      ).map((r) => r.slice(0, 3)),
    ).toEqual([
      ['Euroxx', 'MOH', 'target_raise'],
      ['Is Yatirim', 'TUPRS', 'target_cut'],
    ]);
  });
});
