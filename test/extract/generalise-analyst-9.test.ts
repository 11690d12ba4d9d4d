/**
 * Session 20, from analyst sentences of our own: a firm no list knows that gave a company "a vote of
 * confidence" and then moved its target in a relative clause; the company is the one that got it.
 */
import { describe, expect, it } from 'vitest';
import { actionRow, extract } from './helpers.js';

const rows = (text: string) =>
  extract(`Ratings\n\n${text}`, '2026-11-20').extraction.analystActions.map(actionRow);

describe('an unknown firm acting in a relative clause', () => {
  it('acts on the company that got its vote of confidence, not the one told before', () => {
    expect(
      rows(
        'Ferris Semiconductor (NASDAQ: FRSC) was raised to strong buy at Kellerman Research. Halvorsen Group (NYSE: HLVG) got a vote of confidence from Tamsin Securities, which lifted its target to $88 from $75 and kept an outperform rating.',
      ),
    ).toEqual([
      ['Kellerman Research', 'FRSC', 'upgrade', 'Strong Buy', null, null, null],
      ['Tamsin Securities', 'HLVG', 'target_raise', 'Outperform', null, 88, 75],
    ]);
  });
});

describe('analysts at a firm no list knows', () => {
  it('act for their firm, whether or not the directory caught its name', () => {
    const corvena = 'Corvena Group (NYSE: CRVG) rose on Tuesday.';
    expect(
      rows(
        `${corvena} Analysts at Bernhardt & Co raised their price target on Corvena to $68 from $61 and reiterated a buy rating.`,
      ),
    ).toEqual([['Bernhardt & Co', 'CRVG', 'target_raise', 'Buy', null, 68, 61]]);
    expect(
      rows(`${corvena} Analysts at Bernhardt Securities cut their price target on Corvena to $55 from $61.`),
    ).toEqual([['Bernhardt Securities', 'CRVG', 'target_cut', null, null, 55, 61]]);
  });

  it('leave a company that raised a target of its own alone', () => {
    expect(rows('Corvena Group (NYSE: CRVG) raised its target for annual sales to $9 billion.')).toEqual([]);
  });
});

describe('a rating kept in lower case', () => {
  it('reads "but stayed at buy" as the rating, and a bare verb "buy" as none', () => {
    expect(
      rows(
        'Corliss Transport (NYSE: CRLT) fell. Tamsin Securities trimmed its Corliss Transport price objective to $54 from $61 but stayed at buy.',
      ),
    ).toEqual([['Tamsin Securities', 'CRLT', 'target_cut', 'Buy', null, 54, 61]]);
    expect(
      rows(
        'Corliss Transport (NYSE: CRLT) fell. Tamsin Securities trimmed its Corliss Transport price objective to $54 from $61 and told clients to buy the dip.',
      ),
    ).toEqual([['Tamsin Securities', 'CRLT', 'target_cut', null, null, 54, 61]]);
  });
});

describe('a rating told in a clause of its own', () => {
  it('is the rating of the target change before the semicolon', () => {
    const [a] = extract(
      'Notes\n\nMorland Securities cut its price target on Vexa Systems to $42 from $50; it rates the stock equal-weight.',
      '2026-11-20',
    ).extraction.analystActions;
    expect(a).toMatchObject({
      firm: 'Morland Securities',
      action: 'target_cut',
      priceTarget: 42,
      rating: 'Equal-Weight',
    });
  });
});

describe('a rating cut told by a participle or after "with"', () => {
  it('reads "turned cautious on X, cutting it to sell" as a downgrade', () => {
    expect(rows('Citi turned cautious on Ossory Software (NYSE: OSSY), cutting it to sell.')).toEqual([
      ['Citi', 'OSSY', 'downgrade', 'Sell', null, null, null],
    ]);
  });

  it('gives a downgrade told in the passive to the firm named after "with"', () => {
    expect(
      rows(
        'Pivot Diagnostics (NASDAQ: PVDX) was downgraded by two brokers on Tuesday, with Piper Sandler moving to neutral.',
      ),
    ).toEqual([['Piper Sandler', 'PVDX', 'downgrade', 'Neutral', null, null, null]]);
  });
});
