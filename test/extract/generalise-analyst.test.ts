/**
 * Analyst actions in wordings the rules were not tuned on: rating changes told with any verb, broker
 * lines and dotted lists, research firms the company directory does not know, the company from the
 * paragraph, "the firm" pointing back, and calls that are not analyst actions. Sentences written for
 * these tests, about invented companies.
 */
import { describe, expect, it } from 'vitest';
import { actionRow, extract } from './helpers.js';

const actions = (text: string, title = '') =>
  extract(text, '2026-03-10', title).extraction.analystActions.map(actionRow);

describe('rating changes whatever the verb', () => {
  it('reads "moved … to X from Y" and "took … from Y to X" as upgrades and downgrades', () => {
    expect(
      actions(
        'Truist Securities moved Quarrydale Homes (NYSE: QDHM) to Buy from Hold and lifted its price objective to $61 from $52.',
      ),
    ).toEqual([['Truist Securities', 'QDHM', 'upgrade', 'Buy', 'Hold', 61, 52]]);
    expect(
      actions('Mizuho took Fennick Labs (NASDAQ: FNLB) from Outperform to Neutral, with a $19 target.'),
    ).toEqual([['Mizuho', 'FNLB', 'downgrade', 'Neutral', 'Outperform', 19, null]]);
  });
  it('keeps one action per firm: a rating change or a target move beats a reiteration', () => {
    expect(
      actions(
        'Raymond James reiterated its Strong Buy on Ostrander Bank (NASDAQ: OSTB) and raised its target to $44 from $40.',
      ),
    ).toEqual([['Raymond James', 'OSTB', 'target_raise', 'Strong Buy', null, 44, 40]]);
    expect(
      actions(
        'Stephens cut Brightwater Feeds (NYSE: BWFD) to Equal Weight from Overweight and slashed its price target to $21 from $30.',
      ),
    ).toEqual([['Stephens', 'BWFD', 'downgrade', 'Equal Weight', 'Overweight', 21, 30]]);
  });
});

describe('research firms the directory does not list, and targets in pence', () => {
  it('finds firms by their research names and reads pence targets', () => {
    expect(
      actions(
        'Peel Hunt raised its target price on Marlowe Baking (LSE: MLWB) to 1,450p from 1,300p and kept its Buy recommendation.',
      ),
    ).toEqual([['Peel Hunt', 'MLWB', 'target_raise', 'Buy', null, 1450, 1300]]);
    expect(
      actions(
        'Keefe, Bruyette & Woods reiterated its Market Perform rating on Larchmont Savings (NASDAQ: LMSV) with a $27 price target.',
      ),
    ).toEqual([['Keefe, Bruyette & Woods', 'LMSV', 'reiterate', 'Market Perform', null, 27, null]]);
  });
});

describe('the company from context', () => {
  it('takes the company the paragraph is about, not the story headline', () => {
    const text =
      'Orvane Systems (NASDAQ: ORVS) reports Tuesday.\n\nTellbrook Foods (NYSE: TLBF) reports on Thursday. Shares are up 4% this month, and Piper Sandler lifted its target to $88 from $80 while keeping an Overweight rating.';
    expect(actions(text, 'Orvane Systems and Tellbrook Foods report this week')).toEqual([
      ['Piper Sandler', 'TLBF', 'target_raise', 'Overweight', null, 88, 80],
    ]);
  });
  it('takes the company named before the firm', () => {
    expect(
      actions('Halvard Pharma (NYSE: HLVP) slipped 3% after Berenberg cut its price target to $70 from $82.'),
    ).toEqual([['Berenberg', 'HLVP', 'target_cut', null, null, 70, 82]]);
  });
  it('reads "the firm, which…" as the research firm named just before', () => {
    const text =
      'Jefferies downgraded Corlett Apparel (NYSE: CRLA) to Hold from Buy. Jefferies said store traffic had slowed. The firm, which raised its target on rival Pemberly Sports (NYSE: PMBS) to $33 from $29 in the same note, expects discounts to spread.';
    expect(actions(text)).toEqual([
      ['Jefferies', 'CRLA', 'downgrade', 'Hold', 'Buy', null, null],
      ['Jefferies', 'PMBS', 'target_raise', null, null, 33, 29],
    ]);
  });
});

describe('broker lines', () => {
  it('reads "company — firm: call" lines with arrows', () => {
    const text = [
      'Tollan Motors (NYSE: TLNM) and Evenfield Cosmetics (NASDAQ: EVFC) both drew calls.',
      '',
      '• TLNM — BofA Securities: stays Buy; PT $140 ➜ $128.',
      '• Evenfield Cosmetics (EVFC) — Wells Fargo: Overweight ➜ Equal Weight; PT $60 ➜ $48.',
      '• Evenfield Cosmetics (EVFC) — Argus trims to Hold from Buy, no target.',
    ].join('\n');
    expect(actions(text)).toEqual([
      ['BofA Securities', 'TLNM', 'target_cut', 'Buy', null, 128, 140],
      ['Wells Fargo', 'EVFC', 'downgrade', 'Equal Weight', 'Overweight', 48, 60],
      ['Argus', 'EVFC', 'downgrade', 'Hold', 'Buy', null, null],
    ]);
  });
  it('reads a dotted list of initiations after a lead-in naming the company', () => {
    const text = [
      'Three brokers began covering Sorrel Robotics (NASDAQ: SRRL) after its listing:',
      '',
      '  William Blair ........ Outperform, $31 price target',
      '  Canaccord Genuity .... Hold, $24 price target',
    ].join('\n');
    expect(actions(text)).toEqual([
      ['William Blair', 'SRRL', 'initiate', 'Outperform', null, 31, null],
      ['Canaccord Genuity', 'SRRL', 'initiate', 'Hold', null, 24, null],
    ]);
  });
});

describe('what is not an analyst action', () => {
  it('leaves out a company raising its own target, credit ratings, the consensus and implied upside', () => {
    expect(
      actions(
        'Dunmore Freight (NYSE: DNMF) raised its 2027 margin target and lifted its revenue goal to $4 billion.',
      ),
    ).toEqual([]);
    expect(
      actions("Moody's downgraded Dunmore Freight (NYSE: DNMF) to Ba1, citing higher leverage."),
    ).toEqual([]);
    expect(
      actions(
        'The consensus rating on Dunmore Freight (NYSE: DNMF) remains Buy, and the average price target of $52 implies 18% upside.',
      ),
    ).toEqual([]);
  });
  it('does not take a company named inside a phrase for the firm', () => {
    expect(
      actions(
        'Two banks that ran the IPO of grid developer Kelso Storage (NYSE: KLSO) started coverage on Monday.',
      ).filter((a) => a[0] === 'Kelso Storage'),
    ).toEqual([]);
  });
});
