/**
 * Session 14, analyst calls from the studied half of the journal set and probes of our own: a research
 * firm named the sentence before and pointed back to by a description ("The Hamburg bank"), a name the
 * broker list does not know that moves its own price target, an analyst's firm before "who cut…", and
 * verbs inside a quotation that are someone's words, not the action.
 */
import { describe, expect, it } from 'vitest';
import { actionRow, extract } from './helpers.js';

const rows = (text: string) =>
  extract(`Ratings\n\n${text}`, '2026-11-20').extraction.analystActions.map(actionRow);

describe('analyst calls told across sentences and clauses', () => {
  it('gives a downgrade by "the Hamburg bank" to the research firm named just before', () => {
    expect(
      rows(
        'Knorr-Bremse (ETR: KBX) agreed to buy Ehrenwald Drives. Berenberg took the opposite view. The Hamburg bank downgraded the stock to Hold from Buy.',
      ),
    ).toEqual([['Berenberg', 'KBX', 'downgrade', 'Hold', 'Buy', null, null]]);
  });

  it('reads a firm the lists do not know when it moves its own price target', () => {
    expect(
      rows('Kestrel CIB raised its price target for Halvard Group (NYSE: HLVG) to $120 from $110.'),
    ).toEqual([['Kestrel CIB', 'HLVG', 'target_raise', null, null, 120, 110]]);
  });

  it('gives the action of "an analyst at X, who cut…" to X, past a verb inside a quotation', () => {
    expect(
      rows(
        '"The odds just got cut in half," said Tobias Verne, an analyst at Pellham Research, who cut his price target on Halvard Group (NYSE: HLVG) to $85 from $98.',
      ),
    ).toEqual([['Pellham Research', 'HLVG', 'target_cut', null, null, 85, 98]]);
  });

  it('does not read a central bank as a research firm', () => {
    expect(
      rows(
        'Halvard Group (NYSE: HLVG) fell. The central bank cut its forecast and lowered rates to 3% from 3.25%.',
      ),
    ).toEqual([]);
  });
});
