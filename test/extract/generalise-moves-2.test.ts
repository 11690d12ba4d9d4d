/**
 * Session 21, from market-wrap sentences of our own: the window a move is told in, and a move told with
 * the company as the object of the verb.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const moves = (text: string) =>
  extract(`Markets\n\n${text}`, '2026-11-20').extraction.stockMoves.map(
    (m) => `${m.ticker} ${m.changePct} ${m.window}`,
  );

describe('the window of a move', () => {
  it('reads a move "on the news" as the day\'s reaction', () => {
    expect(moves('Castellan Health (NYSE: CSTL) gained 5% on the news.')).toEqual(['CSTL 5 day']);
  });

  it('reads a "monthly decline" as the month\'s move', () => {
    expect(
      moves('Melrose Grid (NYSE: MLRG) shed 2% on Friday, extending its monthly decline to 11%.'),
    ).toEqual(['MLRG -2 day', 'MLRG -11 month']);
  });

  it('gives a move over two sessions no window of its own', () => {
    expect(moves('Arden Labs (NASDAQ: ARDN) rallied 14% in two sessions.')).toEqual(['ARDN 14 other']);
  });
});

describe('a company as the object of the move', () => {
  it('reads "sent X 6% lower" as X falling', () => {
    expect(moves('Investors sent Varga Steel (NASDAQ: VRGA) 6% lower on Thursday.')).toEqual(['VRGA -6 day']);
  });

  it('does not read a figure pushed higher that is no share price', () => {
    expect(moves('Strong demand pushed Varga Steel (NASDAQ: VRGA) margins 2% higher.')).toEqual([]);
  });
});
