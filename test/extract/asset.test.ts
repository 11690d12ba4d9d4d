import { describe, expect, it } from 'vitest';
import { cleanAsset, partnershipAsset, possessedAsset } from '../../src/extract/facts/asset.js';
import { extract } from './helpers.js';

const deals = (text: string) => extract(text).extraction.deals;

describe('deal asset', () => {
  it("reads the business bought from another company's possessive, and makes that company the seller", () => {
    const [d] = deals(
      "Orrin Cable (NYSE: ORRC) agreed to buy nearly all of Belmont Telecom's (NASDAQ: BLMT) rural broadband business for $1.3 billion.",
    );
    expect(d).toMatchObject({ type: 'acquisition', asset: 'rural broadband business' });
    expect(d!.parties.map((p) => `${p.ticker}:${p.role}`)).toEqual(['ORRC:buyer', 'BLMT:seller']);
  });
  it('reads "the <unit> of X" as the asset, with X selling it', () => {
    const [d] = deals(
      'Vesper Systems (NASDAQ: VSPR) will acquire the payments unit of Dorrance Bank (NYSE: DRBK) for $400 million.',
    );
    expect(d).toMatchObject({ asset: 'payments unit' });
    expect(d!.parties.map((p) => `${p.ticker}:${p.role}`)).toEqual(['VSPR:buyer', 'DRBK:seller']);
  });
  it('keeps a whole-company purchase without an asset', () => {
    const [d] = deals(
      'Vesper Systems (NASDAQ: VSPR) will acquire Dorrance Bank (NYSE: DRBK) for $400 million.',
    );
    expect(d).toMatchObject({ asset: null });
    expect(d!.parties.map((p) => p.role)).toEqual(['buyer', 'target']);
  });
  it('keeps a sold asset whose name starts like an article ("assets", "another unit")', () => {
    const [d] = deals(
      'Belmont Telecom (NASDAQ: BLMT) completed the sale of assets to Orrin Cable (NYSE: ORRC) for $800 million.',
    );
    expect(d).toMatchObject({ type: 'divestiture', asset: 'assets' });
  });
  it('frames "the sale of X\'s unit to Y" as a divestiture by X', () => {
    const [d] = deals(
      "Regulators cleared the sale of Belmont Telecom's (NASDAQ: BLMT) tower portfolio to Orrin Cable (NYSE: ORRC) on Friday.",
    );
    expect(d).toMatchObject({ type: 'divestiture', asset: 'tower portfolio' });
    expect(d!.parties.map((p) => `${p.ticker}:${p.role}`)).toEqual(['BLMT:seller', 'ORRC:buyer']);
  });
  it('reads "agreed to sell" as a divestiture with seller and buyer', () => {
    const [d] = deals(
      'Belmont Telecom (NASDAQ: BLMT) agreed to sell its data-center division to Orrin Cable (NYSE: ORRC) for $2 billion.',
    );
    expect(d).toMatchObject({ type: 'divestiture', asset: 'data-center division', status: 'announced' });
    expect(d!.parties.map((p) => p.role)).toEqual(['seller', 'buyer']);
  });
  it('names what a partnership covers: a named service, or two products paired', () => {
    const [a] = deals(
      'Quill Robotics (NASDAQ: QLRB) will partner with Tamsin Cloud (NYSE: TMSN) on its Harbor Edge service, the companies said.',
    );
    expect(a).toMatchObject({ type: 'partnership', asset: 'Harbor Edge service' });
    const [b] = deals(
      "Quill Robotics (NASDAQ: QLRB) and Tamsin Cloud (NYSE: TMSN) formed an alliance that pairs Quill's Atlas planner software with Tamsin's edge network.",
    );
    expect(b).toMatchObject({ asset: 'Atlas planner software with edge network' });
  });
  it('does not take a place or a time after "on" for what a partnership covers', () => {
    const [d] = deals(
      'Quill Robotics (NASDAQ: QLRB) shares rose after its partnership with Tamsin Cloud (NYSE: TMSN) was announced on the Nasdaq floor.',
    );
    expect(d?.asset ?? null).toBeNull();
    const [e] = deals(
      'Quill Robotics (NASDAQ: QLRB) will partner with Tamsin Cloud (NYSE: TMSN) for the first time.',
    );
    expect(e?.asset ?? null).toBeNull();
  });
  it('takes what two companies will jointly develop as the partnership asset', () => {
    const [d] = deals(
      'Quill Robotics (NASDAQ: QLRB) agreed with Tamsin Cloud (NYSE: TMSN) to jointly develop warehouse robots for grocers, the companies said.',
    );
    expect(d).toMatchObject({ type: 'partnership', asset: 'warehouse robots for grocers' });
  });
  it('leaves the asset empty when the phrase is vague', () => {
    const [d] = deals(
      'Quill Robotics (NASDAQ: QLRB) will partner with Tamsin Cloud (NYSE: TMSN) on the project, the companies said.',
    );
    expect(d).toMatchObject({ type: 'partnership', asset: null });
  });
  it('cleans candidate phrases: short names only, no clauses, no amounts', () => {
    expect(cleanAsset('its consumer lending business')).toBe('consumer lending business');
    expect(cleanAsset('the business that it said would be spun off next year')).toBeNull();
    expect(cleanAsset('a very long list of many different small regional retail stores here')).toBeNull();
    expect(cleanAsset('$3 billion stake')).toBeNull();
    expect(possessedAsset("' (NYSE: X) cloud unit for $1 billion")).toBe('cloud unit');
    expect(possessedAsset(' cloud unit')).toBeNull();
    expect(partnershipAsset("pairs Acme's Nova chips with Beta's data centers.", () => false)).toBeNull();
  });
});
