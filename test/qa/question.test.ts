import { describe, expect, it } from 'vitest';
import { bareSwitchTarget, namesIn, parseQuestion } from '../../src/qa/question.js';
import { checkAgainstEvidence } from '../../src/qa/evidence-check.js';
import { datesIn, hasKind, numbersIn, splitSentences, stem } from '../../src/qa/text.js';
import { findCompanies, mentions } from '../../src/qa/subject.js';
import type { CompanyRecord } from '../../src/domain/records.js';

const company = (ticker: string, name: string, aliases: string[] = []): CompanyRecord => ({
  ticker,
  name,
  aliases,
  exchange: 'NYSE',
  cik: null,
  origin: 'builtin',
});

describe('question understanding', () => {
  it.each([
    ['How much is Acme paying for Widgetco?', 'value', 'money'],
    ['Were financial terms disclosed?', 'terms', 'any'],
    ['Has the deal closed yet?', 'status', 'any'],
    ['When is the merger expected to close?', 'timing', 'date'],
    ['How did the shares react?', 'stock', 'percent'],
    ["What's the price target?", 'analyst', 'money'],
    ['What did Jefferies do?', 'analyst', 'rating'],
    ['When does Acme report earnings?', 'earnings', 'date'],
    ['What is the EPS consensus?', 'earnings', 'money'],
    ['What time is the call?', 'earnings', 'time'],
    ['What did the CEO say?', 'quote', 'quote'],
    ['Who is the chief executive of Acme?', 'person', 'person'],
    ['What are the risks?', 'risks', 'any'],
    ['Where is this from?', 'source', 'any'],
    ['more', 'more', 'any'],
  ])('%s → %s / %s', (q, intent, kind) => {
    const p = parseQuestion(q);
    expect(p.intent).toBe(intent);
    expect(p.kind).toBe(kind);
  });

  it('keeps the words an answer must support, and drops the ones the intent implies', () => {
    const p = parseQuestion('How many employees does Acme have?');
    expect(p.critical.map((g) => g[0])).toEqual([stem('employees')]);
    expect(p.names).toEqual(['Acme']);
    expect(parseQuestion('What dividend does Acme pay?').critical.map((g) => g[0])).toContain('dividend');
  });

  it('finds names and roles, not question words', () => {
    expect(namesIn('What did Kate Johnson say about Morgan Stanley?')).toEqual([
      'Kate Johnson',
      'Morgan Stanley',
    ]);
    expect(namesIn("What was Barclays' previous price target?")).toEqual(['Barclays']);
    expect(parseQuestion('What did the CFO say?').role).toBe('cfo');
    expect(namesIn('What is the EPS consensus?')).toEqual([]);
  });

  it('recognises a bare change of subject, not a full question that starts with "and"', () => {
    expect(bareSwitchTarget('what about AT&T?')).toBe('AT&T');
    expect(bareSwitchTarget('and PLTR?')).toBe('PLTR');
    expect(bareSwitchTarget('How about Google')).toBe('Google');
    expect(bareSwitchTarget('And what did the Helix CEO say?')).toBeNull();
    expect(bareSwitchTarget('How much is it?')).toBeNull();
  });

  it('names a company only with a capital ("price target" is not Target)', () => {
    const all = [company('TGT', 'Target Corp.', ['Target']), company('T', 'AT&T Inc.', ['AT&T'])];
    expect(findCompanies("What's the price target?", all)).toEqual([]);
    expect(findCompanies('When does Target report?', all).map((c) => c.ticker)).toEqual(['TGT']);
    expect(findCompanies('what about AT&T?', all).map((c) => c.ticker)).toEqual(['T']);
    expect(findCompanies('and T?', all).map((c) => c.ticker)).toEqual(['T']);
    expect(mentions('raised its price target to $50', ['Target'])).toBe(false);
  });
});

describe('text', () => {
  it('splits sentences without breaking at abbreviations, keeping offsets', () => {
    const text =
      'Acme Corp. will report on Oct. 30, analysts said. Bulls (e.g. Foo Bank) cheered.\nA new line.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      'Acme Corp. will report on Oct. 30, analysts said.',
      'Bulls (e.g. Foo Bank) cheered.',
      'A new line.',
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('stems the same way on both sides', () => {
    expect(stem('earnings')).toBe(stem('earning'));
    expect(stem('closed')).toBe(stem('closing'));
    expect(stem('companies')).toBe('company');
  });

  it('tells answer kinds apart', () => {
    expect(hasKind('The deal is worth $1.2 billion.', 'money')).toBe(true);
    expect(hasKind('Shares rose 4% to $12.10.', 'percent')).toBe(true);
    expect(hasKind('It will close in the first quarter of 2027.', 'date')).toBe(true);
    expect(hasKind('The call starts at 4:30 p.m. Eastern.', 'time')).toBe(true);
    expect(hasKind('No date was given.', 'date')).toBe(false);
    // The period a question names is not an answer to "when".
    expect(datesIn('It gave third-quarter guidance.', ['third-quarter'])).toEqual([]);
  });

  it('normalises numbers for comparison', () => {
    expect(numbersIn('$7.50 target, 1,200 staff, -0.20 EPS')).toEqual(['7.5', '1200', '0.2']);
  });
});

describe('evidence check', () => {
  const evidence = ['Acme agreed to buy Widgetco for $1.2 billion, Acme CEO Dana Ruiz said on Oct. 3.'];

  it('accepts an answer whose numbers and names are all in the evidence', () => {
    expect(
      checkAgainstEvidence('Acme is paying $1.2 billion for Widgetco, according to Dana Ruiz.', evidence),
    ).toEqual({
      ok: true,
      unsupported: [],
    });
  });

  it('rejects a number or a name the evidence does not hold', () => {
    const r = checkAgainstEvidence(
      'Acme is paying $1.5 billion, or about 12 times sales, says Goldman.',
      evidence,
    );
    expect(r.ok).toBe(false);
    expect(r.unsupported).toEqual(expect.arrayContaining(['1.5', '12', 'Goldman']));
  });
});
