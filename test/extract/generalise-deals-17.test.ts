/**
 * Session 20, from deal sentences of our own: a describing noun after a speaker ("Tolland said the
 * chipmaker had bought a stake in the company") stands for a firm told before, not for the speaker.
 */
import { describe, expect, it } from 'vitest';
import { dealLine, extract } from './helpers.js';

const deals = (text: string) => extract(`Deals\n\n${text}`, '2026-11-20').extraction.deals.map(dealLine);

describe('a describing noun after a speaker', () => {
  it('is the firm told before, and "the company" then is the speaker', () => {
    expect(
      deals(
        'Shares of Ferris Semiconductor (NASDAQ: FRSC) rose 4% on Tuesday. Tolland Optics said the chipmaker had bought a 7% stake in the company for $90 million.',
      ),
    ).toEqual(['investment FRSC:investor+Tolland Optics:investee $90 million completed']);
  });

  it('is the speaker itself when the speaker is the only firm it can be', () => {
    expect(
      deals(
        'Ferris Semiconductor (NASDAQ: FRSC) said the chipmaker would acquire Marrow Lens Works for $120 million in cash.',
      ),
    ).toEqual(['acquisition FRSC:buyer+Marrow Lens Works:target $120 million announced']);
  });

  it('leaves "the company" after a speaker to the speaker', () => {
    expect(
      deals(
        'Shares of Ferris Semiconductor (NASDAQ: FRSC) rose 4% on Tuesday. Tolland Optics said the company had bought a 7% stake in Arden Lens for $90 million.',
      ),
    ).toEqual(['investment Tolland Optics:investor+Arden Lens:investee $90 million completed']);
  });
});
