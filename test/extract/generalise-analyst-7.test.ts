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
