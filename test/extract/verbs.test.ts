/** The deal-verb lexicon: forms derived from one entry, and the patterns built from them. */
import { describe, expect, it } from 'vitest';
import { activeForms, inflect, passiveForms } from '../../src/extract/verbs.js';

describe('inflect', () => {
  it.each([
    ['acquire', {}, ['acquire', 'acquires', 'acquired', 'acquired', 'acquiring']],
    ['buy', { past: 'bought' }, ['buy', 'buys', 'bought', 'bought', 'buying']],
    [
      'take over',
      { past: 'took', pp: 'taken' },
      ['take over', 'takes over', 'took over', 'taken over', 'taking over'],
    ],
    ['snap up', { double: true }, ['snap up', 'snaps up', 'snapped up', 'snapped up', 'snapping up']],
    ['ally', {}, ['ally', 'allies', 'allied', 'allied', 'allying']],
    ['pour', {}, ['pour', 'pours', 'poured', 'poured', 'pouring']],
  ] as const)('%s', (phrase, irregular, want) => {
    const f = inflect(phrase, irregular);
    expect([f.base, f.s, f.past, f.pp, f.ing]).toEqual(want);
  });
});

describe('activeForms and passiveForms', () => {
  const verbs = [inflect('buy', { past: 'bought' }), inflect('snap up', { double: true })];
  const active = new RegExp(`^(?:${activeForms(verbs)})$`, 'i');
  const passive = new RegExp(`^(?:${passiveForms(verbs)})$`, 'i');
  it.each([
    'to buy',
    'would buy',
    'will snap up',
    'buys',
    'snapped up',
    'has bought',
    'is snapping up',
    'buying',
  ])('reads "%s" as the active verb', (text) => expect(active.test(text)).toBe(true));
  it.each(['buyer', 'bought by', 'snap'])('does not take "%s" for it', (text) =>
    expect(active.test(text)).toBe(false),
  );
  it.each(['was bought by', 'be snapped up by', 'been bought by', 'being quietly bought by'])(
    'reads "%s" as the passive',
    (text) => expect(passive.test(text)).toBe(true),
  );
});
