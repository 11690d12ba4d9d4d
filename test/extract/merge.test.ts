import { describe, expect, it } from 'vitest';
import type { DealFact } from '../../src/domain/facts.js';
import { DealRecordSchema } from '../../src/domain/records.js';
import { mergeDeal, removeSource } from '../../src/extract/merge.js';

const fact = (over: Partial<DealFact> = {}): DealFact => ({
  type: 'acquisition',
  parties: [
    { name: 'Rowan Labs', ticker: 'RWLB', role: 'buyer' },
    { name: 'Pipit Health', ticker: null, role: 'target' },
  ],
  asset: null,
  value: { amount: 900e6, currency: 'USD', qualifier: null, text: '$900 million' },
  status: 'announced',
  date: null,
  confidence: 0.8,
  evidence: { text: 'Rowan Labs will buy Pipit Health.', start: 0, end: 33 },
  ...over,
});
const NOW = '2026-03-10T12:00:00Z';

describe('mergeDeal', () => {
  it('keeps two purchases of one company by different buyers apart, even from one article', () => {
    const clorox = fact({
      parties: [
        { name: 'Clorox', ticker: 'CLX', role: 'buyer' },
        { name: 'Greenwell Botanics', ticker: null, role: 'target' },
        { name: 'Brookline Harbor Partners', ticker: null, role: 'seller' },
      ],
      value: { amount: 480e6, currency: 'USD', qualifier: null, text: '$480 million' },
    });
    const brookline = fact({
      parties: [
        { name: 'Brookline Harbor Partners', ticker: null, role: 'buyer' },
        { name: 'Greenwell Botanics', ticker: null, role: 'target' },
      ],
      value: null,
      status: 'completed',
    });
    const a = mergeDeal([], clorox, { articleId: 'a1', sortDate: '2026-12-03' }, NOW);
    const b = mergeDeal([a], brookline, { articleId: 'a1', sortDate: '2026-12-03' }, NOW);
    expect(b.id).not.toBe(a.id);
    expect(a.value?.amount).toBe(480e6);
    expect(a.status).toBe('announced');
  });
  it('starts a record with one source and a stable id', () => {
    const a = mergeDeal([], fact(), { articleId: 'a1', sortDate: '2026-03-01' }, NOW);
    const b = mergeDeal([], fact(), { articleId: 'a1', sortDate: '2026-03-01' }, NOW);
    expect(DealRecordSchema.parse(a)).toBeTruthy();
    expect(a.id).toBe(b.id);
    expect(a.sources).toHaveLength(1);
  });
  it("keeps each report's own date for the deal, and reads records stored before reports had one", () => {
    let d = mergeDeal([], fact(), { articleId: 'a1', sortDate: '2026-03-01' }, NOW);
    d = mergeDeal(
      [d],
      fact({ status: 'completed', date: '2026-05-18' }),
      { articleId: 'a2', sortDate: '2026-05-20' },
      NOW,
    );
    expect(d.sources.map((s) => s.date)).toEqual([null, '2026-05-18']);
    const stored = JSON.parse(JSON.stringify(d)) as { sources: Record<string, unknown>[] };
    for (const s of stored.sources) delete s.date;
    expect(DealRecordSchema.parse(stored).sources.map((s) => s.date)).toEqual([undefined, undefined]);
  });
  it('merges a later report of the same deal, moving the status forward only', () => {
    let d = mergeDeal([], fact(), { articleId: 'a1', sortDate: '2026-03-01' }, NOW);
    d = mergeDeal([d], fact({ status: 'completed' }), { articleId: 'a2', sortDate: '2026-05-20' }, NOW);
    expect(d.status).toBe('completed');
    expect(d.sources.map((s) => s.articleId)).toEqual(['a1', 'a2']);
    d = mergeDeal([d], fact({ status: 'rumored' }), { articleId: 'a3', sortDate: '2026-05-21' }, NOW);
    expect(d.status).toBe('completed');
    expect(d.sortDate).toBe('2026-05-21');
  });
  it('treats a divestiture of the same parties as the same transaction, and matches names loosely', () => {
    const a = mergeDeal([], fact(), { articleId: 'a1', sortDate: '2026-03-01' }, NOW);
    const sale = fact({
      type: 'divestiture',
      parties: [
        { name: 'Pipit Health Inc.', ticker: null, role: 'seller' },
        { name: 'Rowan', ticker: 'RWLB', role: 'buyer' },
      ],
    });
    expect(mergeDeal([a], sale, { articleId: 'a2', sortDate: '2026-03-02' }, NOW).id).toBe(a.id);
  });
  it('flags a conflicting value instead of choosing silently', () => {
    let d = mergeDeal([], fact(), { articleId: 'a1', sortDate: '2026-03-01' }, NOW);
    d = mergeDeal(
      [d],
      fact({ value: { amount: 950e6, currency: 'USD', qualifier: 'about', text: 'about $950 million' } }),
      { articleId: 'a2', sortDate: '2026-03-02' },
      NOW,
    );
    expect(d.value?.amount).toBe(950e6); // newest wins a tie
    expect(d.conflictingValues.map((v) => v.amount)).toEqual([900e6]);
  });
  it('keeps deals apart outside the time window, across types, or with far-apart values', () => {
    const a = mergeDeal([], fact(), { articleId: 'a1', sortDate: '2026-03-01' }, NOW);
    expect(mergeDeal([a], fact(), { articleId: 'a2', sortDate: '2026-12-01' }, NOW).id).not.toBe(a.id);
    expect(
      mergeDeal([a], fact({ type: 'partnership' }), { articleId: 'a2', sortDate: '2026-03-02' }, NOW).id,
    ).not.toBe(a.id);
    const big = fact({ value: { amount: 9e9, currency: 'USD', qualifier: null, text: '$9 billion' } });
    expect(mergeDeal([a], big, { articleId: 'a2', sortDate: '2026-03-02' }, NOW).id).not.toBe(a.id);
  });
  it('joins a completion reported many months after the announcement when the value agrees', () => {
    const a = mergeDeal([], fact(), { articleId: 'a1', sortDate: '2025-05-21' }, NOW);
    const closed = mergeDeal(
      [a],
      fact({ status: 'completed' }),
      { articleId: 'a2', sortDate: '2026-02-02' },
      NOW,
    );
    expect(closed.id).toBe(a.id);
    expect(closed.status).toBe('completed');
    // Another stage without a stated value, or a repeat of the same stage, stays apart that far out.
    const noValue = fact({ status: 'completed', value: null });
    expect(mergeDeal([a], noValue, { articleId: 'a3', sortDate: '2026-02-02' }, NOW).id).not.toBe(a.id);
    expect(mergeDeal([a], fact(), { articleId: 'a4', sortDate: '2026-02-02' }, NOW).id).not.toBe(a.id);
    // Beyond the longer window, even a completion with the same value is another deal.
    const late = fact({ status: 'completed' });
    expect(mergeDeal([a], late, { articleId: 'a5', sortDate: '2027-03-01' }, NOW).id).not.toBe(a.id);
  });
  it('re-ingesting an article replaces its source; removing it recomputes or deletes', () => {
    let d = mergeDeal([], fact(), { articleId: 'a1', sortDate: '2026-03-01' }, NOW);
    d = mergeDeal([d], fact({ status: 'completed' }), { articleId: 'a2', sortDate: '2026-04-01' }, NOW);
    d = mergeDeal([d], fact({ status: 'completed' }), { articleId: 'a2', sortDate: '2026-04-01' }, NOW);
    expect(d.sources).toHaveLength(2);
    const back = removeSource(d, 'a2')!;
    expect(back.status).toBe('announced');
    expect(back.sources.map((s) => s.articleId)).toEqual(['a1']);
    expect(removeSource(back, 'a1')).toBeNull();
  });
  it('drops a party that only a withdrawn report named, and keeps those another report names', () => {
    let d = mergeDeal([], fact(), { articleId: 'a1', sortDate: '2026-03-01' }, NOW);
    const withSeller = fact({
      parties: [...fact().parties, { name: 'Harrow Capital', ticker: null, role: 'seller' }],
    });
    d = mergeDeal([d], withSeller, { articleId: 'a2', sortDate: '2026-03-02' }, NOW);
    expect(d.parties.map((p) => p.name)).toContain('Harrow Capital');
    const rest = removeSource(DealRecordSchema.parse(d), 'a2')!;
    expect(rest.parties.map((p) => p.name)).toEqual(['Rowan Labs', 'Pipit Health']);
  });
  it('forgets the asset and date that only a withdrawn report gave', () => {
    const first = fact({ asset: 'infusion pump unit', date: '2026-03-01' });
    let d = mergeDeal([], first, { articleId: 'a1', sortDate: '2026-03-01' }, NOW);
    d = mergeDeal([d], fact({ status: 'completed' }), { articleId: 'a2', sortDate: '2026-03-20' }, NOW);
    d = DealRecordSchema.parse(d); // as read back from the store
    expect(d).toMatchObject({ asset: 'infusion pump unit', date: '2026-03-01' });
    const rest = removeSource(d, 'a1')!;
    expect(rest).toMatchObject({ asset: null, date: null, status: 'completed' });
    // What another remaining report also says stays.
    d = mergeDeal(
      [d],
      fact({ asset: 'infusion pump unit' }),
      { articleId: 'a3', sortDate: '2026-03-21' },
      NOW,
    );
    expect(removeSource(d, 'a1')).toMatchObject({ asset: 'infusion pump unit', date: null });
  });
});
