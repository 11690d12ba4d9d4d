/**
 * Session 15, analyst calls in phrasings of our own: a rating a firm "now rates" a stock told past its
 * exchange listing, targets moved "to $48 by Y" or "had its target cut … at Y" (told from the company's
 * side), and per-share targets in rand or won.
 */
import { describe, expect, it } from 'vitest';
import { actionRow, extract } from './helpers.js';

const rows = (text: string) =>
  extract(`Ratings\n\n${text}`, '2026-11-20').extraction.analystActions.map(actionRow);

describe('analyst calls told from the company side or in other currencies', () => {
  it('reads "now rates X a hold, down from buy" past the listing as a downgrade', () => {
    expect(
      rows('Deutsche Bank now rates Halvard Group (NYSE: HLVG) a hold, down from buy, with a $40 target.'),
    ).toEqual([['Deutsche Bank', 'HLVG', 'downgrade', 'Hold', 'Buy', 40, null]]);
  });

  it('gives a target "increased to $48.00 by Y" to Y', () => {
    expect(
      rows(
        'Halvard Group (NYSE: HLVG) price target increased to $48.00 by Piper Sandler; rating maintained at overweight.',
      ),
    ).toEqual([['Piper Sandler', 'HLVG', 'target_raise', null, null, 48, null]]);
  });

  it('gives "X had its target raised … at Y" to Y, with targets in won', () => {
    expect(
      rows(
        'Samsung Electronics (KRX: 005930) had its target raised to 95,000 won from 88,000 won at Kiwoom Securities.',
      ),
    ).toEqual([['Kiwoom Securities', '005930', 'target_raise', null, null, 95000, 88000]]);
  });

  it('reads a target in rand, not the amount of a write-down told with a scale', () => {
    expect(
      rows(
        'Nomura cut its target on Naspers (JSE: NPN) to R3,900 after the group took a R12 billion write-down.',
      ),
    ).toEqual([['Nomura', 'NPN', 'target_cut', null, null, 3900, null]]);
  });
});
