/**
 * Session 22, from market-wrap sentences of our own: a fall told with a bare "off", and a closing price
 * told before its move.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const moves = (text: string) =>
  extract(`Markets\n\n${text}`, '2026-11-20').extraction.stockMoves.map(
    (m) => `${m.ticker} ${m.changePct} ${m.price ?? '-'}`,
  );

describe('a move told with "off"', () => {
  it('is a fall when "off" stands right before the figure', () => {
    expect(moves('Harlow Metals (NYSE: HLMT) was the worst performer in the S&P 500, off 9.1%.')).toEqual([
      'HLMT -9.1 -',
    ]);
  });
});

describe('a closing price told before its move', () => {
  it('is the price of that move', () => {
    expect(moves('Harlow Metals (NYSE: HLMT) closed at $41.10, down 8.2%.')).toEqual(['HLMT -8.2 41.1']);
  });

  it('is not taken from a target told before', () => {
    expect(moves('Harlow Metals (NYSE: HLMT), which Citi values at $60, fell 8.2% on Tuesday.')).toEqual([
      'HLMT -8.2 -',
    ]);
  });
});
