import { describe, expect, it } from 'vitest';
import { findMoney, parseMoney } from '../../src/extract/money.js';

describe('money', () => {
  it('reads scale words and letters', () => {
    expect(parseMoney('a $3.2 billion takeover')).toMatchObject({
      amount: 3.2e9,
      currency: 'USD',
      qualifier: null,
    });
    expect(parseMoney('sales of $640 million')?.amount).toBe(640e6);
    expect(parseMoney('revenue near $7.1 B last year')?.amount).toBe(7.1e9);
    expect(parseMoney('a $450M round')?.amount).toBe(450e6);
    expect(parseMoney('$1.25bn in notes')?.amount).toBe(1.25e9);
    expect(parseMoney('a $900K grant')?.amount).toBe(900e3);
  });
  it('keeps the qualifier and its text', () => {
    expect(parseMoney('worth more than $75 million')).toMatchObject({
      amount: 75e6,
      qualifier: 'over',
      text: 'more than $75 million',
    });
    expect(parseMoney('roughly $12 billion')?.qualifier).toBe('about');
    expect(parseMoney('as much as $2 billion in milestones')?.qualifier).toBe('up to');
    expect(parseMoney('~$9.40')).toMatchObject({ amount: 9.4, qualifier: 'about' });
  });
  it('knows other currencies', () => {
    expect(parseMoney('for €2.3 billion')).toMatchObject({ amount: 2.3e9, currency: 'EUR' });
    expect(parseMoney('a £410m disposal')).toMatchObject({ amount: 410e6, currency: 'GBP' });
    expect(parseMoney('¥85 billion')?.currency).toBe('JPY');
    expect(parseMoney('C$1.1 billion')?.currency).toBe('CAD');
    expect(parseMoney('about 3 billion euros')).toMatchObject({
      amount: 3e9,
      currency: 'EUR',
      qualifier: 'about',
    });
  });
  it('reads won with a scale, and rupees in crore and lakh', () => {
    expect(parseMoney('for 450 billion won')).toMatchObject({ amount: 450e9, currency: 'KRW' });
    expect(parseMoney('The team won 3 awards')).toBeNull();
    expect(parseMoney('for Rs 1,200 crore')).toMatchObject({ amount: 12e9, currency: 'INR' });
    expect(parseMoney('for Rs. 50 lakh')).toMatchObject({ amount: 5e6, currency: 'INR' });
    expect(parseMoney('for 1,200 crore rupees')).toMatchObject({ amount: 12e9, currency: 'INR' });
    expect(parseMoney('for 2 trillion won')).toMatchObject({ amount: 2e12, currency: 'KRW' });
    expect(parseMoney('over the years 5 deals closed')).toBeNull();
  });
  it('reads a minus sign written as an en dash or hyphen', () => {
    expect(parseMoney('a loss of –$0.35 a share')?.amount).toBe(-0.35);
    expect(parseMoney('EPS of -$1.10')?.amount).toBe(-1.1);
  });
  it('finds every amount with offsets into the text', () => {
    const text = 'Paid $5 million upfront and up to $40 million later.';
    const found = findMoney(text);
    expect(found.map((m) => m.amount)).toEqual([5e6, 40e6]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it('ignores currency codes inside words and bare numbers', () => {
    expect(findMoney('The BUSD 40 token and 300 widgets')).toEqual([]);
  });
  it.each([
    ['for 2.1 billion reais in 2019', 2.1e9, 'BRL'],
    ['a 3.5 billion Swiss francs deal', 3.5e9, 'CHF'],
    ['worth 12 billion Hong Kong dollars', 12e9, 'HKD'],
    ['for 800 million Canadian dollars', 800e6, 'CAD'],
    ['some 40 billion rand', 40e9, 'ZAR'],
  ])('reads a currency written out in words: %s', (text, amount, currency) => {
    expect(findMoney(text).map((m) => [m.amount, m.currency])).toEqual([[amount, currency]]);
  });
  it('reads the rand sign with a scale word, and leaves a bare "R" and a number to model names', () => {
    expect(findMoney('a R1.1 billion contract and a R450m loan').map((m) => [m.amount, m.currency])).toEqual([
      [1.1e9, 'ZAR'],
      [450e6, 'ZAR'],
    ]);
    expect(findMoney('The R44 helicopter and the Rivian R2 launch')).toEqual([]);
    expect(findMoney('for R$45 a share').map((m) => m.currency)).toEqual(['BRL']);
  });
  it('reads the ringgit sign, not "rm" in lower case', () => {
    expect(
      findMoney('closed at RM2.58, after a RM210 million sale').map((m) => [m.amount, m.currency]),
    ).toEqual([
      [2.58, 'MYR'],
      [210e6, 'MYR'],
    ]);
    expect(findMoney('rm 5 files')).toEqual([]);
  });
});

describe('currencies of Turkish, Polish, East African, Bangladeshi and Central European pages', () => {
  const read = (t: string) => findMoney(t).map((m) => `${m.amount} ${m.currency} ${m.text}`);
  it('reads word currencies and their marks before a figure', () => {
    expect(read('a deal worth 6.2 billion liras ($143 million)')).toEqual([
      '6200000000 TRY 6.2 billion liras',
      '143000000 USD $143 million',
    ]);
    expect(read('for Tk 620 crore, a Sh9.8 billion order and KSh 2.5 billion in loans')).toEqual([
      '6200000000 BDT Tk 620 crore',
      '9800000000 KES Sh9.8 billion',
      '2500000000 KES KSh 2.5 billion',
    ]);
    expect(read('about PLN 600 million, CZK 8.5 billion, 1.2 billion forints and ₦45bn')).toEqual([
      '600000000 PLN about PLN 600 million',
      '8500000000 CZK CZK 8.5 billion',
      '1200000000 HUF 1.2 billion forints',
      '45000000000 NGN ₦45bn',
    ]);
  });

  it('reads a code only as written: "try 2 approaches" is no Turkish money', () => {
    expect(read('the banks will try 2 approaches and then sh 5 more')).toEqual([]);
  });
});

describe('a currency word used as an adjective', () => {
  const read = (t: string) => findMoney(t).map((m) => `${m.amount} ${m.currency} ${m.text}`);
  it('reads "a 700 million pound deal" and "a 5 billion-euro takeover"', () => {
    expect(read('in a 700 million pound deal and a 5 billion-euro takeover')).toEqual([
      '700000000 GBP 700 million pound',
      '5000000000 EUR 5 billion-euro',
    ]);
    expect(read('a 2 billion dollar bid')).toEqual(['2000000000 USD 2 billion dollar']);
  });

  it('leaves weights and prices of small things alone', () => {
    expect(read('a 40 pound bag of flour and a 3 dollar coffee')).toEqual([]);
  });
});
