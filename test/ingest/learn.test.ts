import { describe, expect, it } from 'vitest';
import { learnableName } from '../../src/ingest/learn.js';

describe('learnableName', () => {
  it('keeps real company names as they are', () => {
    for (const name of ['Target Corp.', 'J.P. Morgan', 'AT&T', '3M Co.', 'Harbor Co. Holdings', 'Vantero SE'])
      expect(learnableName(name)).toBe(name);
  });

  it('trims words that leaked in from the sentence around the name', () => {
    expect(learnableName('Friday. Exxon Mobil')).toBe('Exxon Mobil');
    expect(learnableName('Tuesday, Oct. 28. United Parcel Service')).toBe('United Parcel Service');
    expect(learnableName('Shareholders of Redwood Pacific Bancorp')).toBe('Redwood Pacific Bancorp');
    expect(learnableName('Competitor Coherent Corp.')).toBe('Coherent Corp.');
    expect(learnableName("Corvid Labs'")).toBe('Corvid Labs');
  });

  it('refuses what is no name at all', () => {
    for (const junk of ['M Co.', 'the company', '', '"Quoted" Holdings', 'x'.repeat(100)])
      expect(learnableName(junk), junk).toBeNull();
  });
});
