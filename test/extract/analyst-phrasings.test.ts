/**
 * One analyst action told in many wordings, each with the action it must give: a table, so a new
 * wording is one line. Invented company, real research firms; "Markets today." comes first so the
 * sentence is body text, not the headline.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const actions = (sentence: string) =>
  extract(`Markets today.\n\n${sentence}`, '2026-09-14', 'Analyst calls').extraction.analystActions.map(
    (a) =>
      `${a.firm} ${a.action} ${a.ticker}${a.rating ? ` ${a.rating}` : ''}${a.priorRating ? ` from ${a.priorRating}` : ''}${a.priceTarget !== null ? ` $${a.priceTarget}` : ''}${a.priorPriceTarget !== null ? ` from $${a.priorPriceTarget}` : ''}`,
  );

const H = 'Halvard Group (NYSE: HLVG)';

const WORDINGS: Array<[string, string]> = [
  [
    `Goldman Sachs upgraded ${H} to Buy from Neutral and raised its price target to $90 from $70.`,
    'Goldman Sachs upgrade HLVG Buy from Neutral $90 from $70',
  ],
  [
    `${H} was downgraded to Underweight at Morgan Stanley, which cut its target to $40.`,
    'Morgan Stanley downgrade HLVG Underweight $40',
  ],
  [
    `Analysts at Barclays initiated coverage of ${H} with an Overweight rating and a $95 target.`,
    'Barclays initiate HLVG Overweight $95',
  ],
  [
    `Citi lowered its price objective on ${H} to $55 from $62 but kept a Buy rating.`,
    'Citi target_cut HLVG Buy $55 from $62',
  ],
  [
    `${H} got a rare upgrade from Bernstein, which moved the stock to Outperform from Market Perform.`,
    'Bernstein upgrade HLVG Outperform from Market Perform',
  ],
  [
    `Wells Fargo analyst Jane Doe raised ${H} to Overweight, with a $75 price target.`,
    'Wells Fargo upgrade HLVG Overweight $75',
  ],
  [`Jefferies started ${H} at Buy with a $120 target on Tuesday.`, 'Jefferies initiate HLVG Buy $120'],
  [`${H} shares fell 4% after Evercore ISI cut the stock to In Line.`, 'Evercore ISI downgrade HLVG In Line'],
  [
    `Deutsche Bank trimmed its target for ${H} to $48, reiterating Hold.`,
    'Deutsche Bank target_cut HLVG Hold $48',
  ],
  [`${H}: BofA raises PT to $66 from $60, keeps Buy.`, 'BofA target_raise HLVG Buy $66 from $60'],
  [
    `RBC Capital Markets double-upgraded ${H} to Outperform from Underperform.`,
    'RBC Capital Markets upgrade HLVG Outperform from Underperform',
  ],
  [`Mizuho resumed coverage of ${H} with a Neutral rating.`, 'Mizuho initiate HLVG Neutral'],
  [`${H} earned an upgrade to Buy at HSBC on Monday.`, 'HSBC upgrade HLVG Buy'],
  [
    `KeyBanc Capital Markets lifted ${H} to Overweight and set a $140 target.`,
    'KeyBanc Capital Markets upgrade HLVG Overweight $140',
  ],
  [
    `Halvard Group's (NYSE: HLVG) price target was raised to $75 from $68 at Truist Securities.`,
    'Truist Securities target_raise HLVG $75 from $68',
  ],
  [
    `Stifel analyst Nora Pell upped her price target on ${H} to $52 from $47.`,
    'Stifel target_raise HLVG $52 from $47',
  ],
  [
    `Barclays lifted its target price on ${H} from $52.00 to $58.00.`,
    'Barclays target_raise HLVG $58 from $52',
  ],
  [
    `Oppenheimer cut ${H} to Perform, saying the spending boom is priced in.`,
    'Oppenheimer downgrade HLVG Perform',
  ],
  [
    `Weiss Ratings reissued a "buy" rating on shares of ${H} on Wednesday.`,
    'Weiss Ratings reiterate HLVG Buy',
  ],
  [
    `${H} was downgraded to Neutral from Buy at Monness, Crespi, Hardt.`,
    'Monness, Crespi, Hardt downgrade HLVG Neutral from Buy',
  ],
];

describe('analyst action wordings', () => {
  it.each(WORDINGS)('%s', (sentence, expected) => {
    expect(actions(sentence)).toEqual([expected]);
  });
});

describe('regional research houses the company directory does not know', () => {
  it.each([
    ["Motilal Oswal maintained its 'buy' rating on Halvard with a target price of ₹640.", 'Motilal Oswal'],
    ["Nuvama Institutional Equities upgraded Halvard to 'buy' from 'hold'.", 'Nuvama Institutional Equities'],
    ['Ord Minnett cut Halvard to hold from add.', 'Ord Minnett'],
  ])('%s', (sentence, firm) => {
    const found = extract(`Markets today.\n\n${H} agreed to buy a rival. ${sentence}`).extraction
      .analystActions;
    expect(found.map((a) => [a.firm, a.ticker])).toEqual([[firm, 'HLVG']]);
  });
});
