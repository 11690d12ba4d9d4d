import { describe, expect, it } from 'vitest';
import { normaliseName, shortName } from '../../src/store/repos/names.js';

describe('company name normalisation', () => {
  it('folds case, punctuation, accents and legal suffixes', () => {
    expect(normaliseName('Lumen Technologies, Inc.')).toBe('lumen technologies');
    expect(normaliseName('JPMorgan Chase & Co.')).toBe('jpmorgan chase');
    expect(normaliseName('AT&T Inc.')).toBe('at and t');
    expect(normaliseName('Nestlé S.A.')).toBe('nestle');
    expect(normaliseName('The Walt Disney Company')).toBe('walt disney');
    expect(normaliseName("McDonald's Corp")).toBe('mcdonalds');
    expect(normaliseName('  ')).toBe('');
  });

  it('keeps a name that is only a suffix-like word', () => {
    expect(normaliseName('The Co')).toBe('co');
  });

  it('gives a short form without one descriptive word, never an empty or one-letter one', () => {
    expect(shortName('Lumen Technologies Inc.')).toBe('lumen');
    expect(shortName('Alphabet Inc.')).toBeNull();
    expect(shortName('Technologies')).toBeNull();
    expect(shortName('X Holdings')).toBeNull();
  });
});
