/**
 * Whose move a percent is: not a price target's, not an index's named after the company's own move;
 * and a session's close said as "ended the session X% higher" is a move. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const moves = (text: string) =>
  extract(text, '2026-04-08').extraction.stockMoves.map((m) => `${m.ticker ?? m.company} ${m.changePct}`);

describe('stock moves: whose percent it is', () => {
  it("skips a price target's change", () => {
    expect(
      moves("Nike's average price target has fallen 9% since March, and Nike shares rose 2% on Tuesday."),
    ).toEqual(['NKE 2']);
  });
  it('gives an index its own move after a company move in the same sentence', () => {
    expect(moves('Toyota shares added 1.4%, beating the Nikkei 225, which rose 0.2%.')).toEqual(['TM 1.4']);
  });
  it('reads "ended the session X% higher" as the day\'s move', () => {
    expect(moves('Pinterest ended the session 6.1% higher; Snap lost 1.5%.')).toContain('PINS 6.1');
  });
});
