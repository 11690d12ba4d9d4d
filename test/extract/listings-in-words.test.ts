/**
 * Session 14, from the studied half of the journal set (test/fixtures/journal, odd files), each rule
 * checked on sentences of our own: a listing told after a description that opens its sentence, a listing
 * told in words ("trades under the code 6758"), one-word firms that make statements, and subscriber
 * labels in a page's article header.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const facts = (text: string) => extract(`Markets\n\n${text}`, '2026-11-20').extraction;
const companies = (text: string) =>
  facts(text).companies.map((c) => `${c.name}${c.ticker ? `:${c.ticker}` : ''}`);

describe('a listing told after a description that opens its sentence', () => {
  it('goes to the firm the sentence before opens with, not to the one it names last', () => {
    const list = companies(
      'Fennick agreed to buy Ortolan Films for £300 million on Monday. The Leeds-based group (LSE: FNK) is paying with cash and debt, and the deal lifts the debt of Fennick to twice earnings.',
    );
    expect(list).toContain('Fennick:FNK');
    expect(list).toContain('Ortolan Films');
  });

  it('reads a listing told by a relative clause in words', () => {
    const list = companies(
      'Separately, Corvena agreed to buy Tallis Dairy from its founders. The Cork-based company, which is listed on Euronext Dublin under the ticker CVN, did not give a price. The business will report to Corvena’s dairy division.',
    );
    expect(list).toContain('Corvena:CVN');
    expect(list).toContain('Tallis Dairy');
  });

  it('reads "where it trades under the code" as the listing of the company the sentence points back to', () => {
    const list = companies(
      'Sakuradai has agreed to acquire Pinebrook Interactive for $200 million. The Osaka publisher told the exchange, where it trades under the code 4512, that the deal would close in March.',
    );
    expect(list).toContain('Sakuradai:4512');
    expect(list).toContain('Pinebrook Interactive');
  });

  it('still gives a description after the verb to the firm named last', () => {
    const list = companies(
      'Rockwell Automation (NYSE: ROK) said on Monday it is buying Tessmer Drive Systems. Rockwell is buying the Cleveland company (NASDAQ: TSDS) for cash.',
    );
    expect(list).toContain('Tessmer Drive Systems:TSDS');
  });
});

describe('one-word firms that make statements', () => {
  it('reads a firm that "said on Thursday" as a firm, not a person', () => {
    const f = facts(
      'Corvena agreed to sell its snacks arm to Tallis Foods, and the sale leaves Corvena with two divisions. Corvena said on Thursday that the proceeds would cut its debt.',
    );
    expect(f.companies.map((c) => c.name)).toContain('Corvena');
  });

  it('still reads a surname that attributes a quote as a person', () => {
    const f = facts(
      'Corvena agreed to buy Tallis Dairy on Monday. "It is a good fit," Okonkwo said. The deal was backed by Okonkwo and the board.',
    );
    expect(f.companies.map((c) => c.name)).not.toContain('Okonkwo');
  });
});

describe('article header labels', () => {
  it('drops a subscriber label row from the text', () => {
    const { cleanedText } = extract(
      'Markets\n\nSubscriber Only | Listen | 4 min | Gift this article | Save\n\nCorvena agreed to buy Tallis Dairy.',
      '2026-11-20',
    );
    expect(cleanedText).not.toContain('Subscriber Only');
    expect(cleanedText).toContain('Corvena agreed to buy Tallis Dairy.');
  });
});

describe('home-market codes (session 15, observer set and probes of our own)', () => {
  it('reads a bare Tokyo or Hong Kong code after a name, over the US symbol the directory knows', () => {
    const list = companies(
      'Terumo (4543) will pay ¥3,150 a share for Hakone Medical. Tencent (0700) was little changed.',
    );
    expect(list).toContain('Terumo:4543');
    expect(list).toContain('Tencent:0700');
  });

  it('does not take a year in brackets for a code', () => {
    const list = companies('Halvard Group (2024) and Orrin Tools (1998) were both founded by engineers.');
    expect(list.some((c) => /:(2024|1998)$/.test(c))).toBe(false);
  });

  it('reads "trades on the exchange’s Standard market under the code 7748"', () => {
    const list = companies(
      'Hakone Medical, which trades on the exchange’s Standard market under the code 7748, agreed to the offer.',
    );
    expect(list).toContain('Hakone Medical:7748');
  });

  it('gives a fuller name the directory knows only unlisted to the listing an anchor gives it', () => {
    const list = companies(
      'Alimentation Couche-Tard Inc. is buying gas stations again. Couche-Tard (TSX: ATD) said it would sell 45 sites.',
    );
    expect(list).toEqual(['Alimentation Couche-Tard Inc.:ATD']);
  });
});

describe('listings in words told by a participle or by "whose shares trade" (session 16, examiner set)', () => {
  it('reads "The Bergen-based company, listed on Oslo Børs under the ticker LSG"', () => {
    const list = companies(
      'Hovland Seafood Group has agreed to buy Sulafjord Fisk for NOK 2 billion. The Bergen-based company, listed on Oslo Børs under the ticker HOVL, announced the deal after the close.',
    );
    expect(list).toContain('Hovland Seafood Group:HOVL');
    expect(list).toContain('Sulafjord Fisk');
  });

  it('reads "The refiner, whose shares trade on the Athens Exchange under the code KSTR"', () => {
    const list = companies(
      'Kastri Energy is paying €310 million for Evrotas Wind. The refiner, whose shares trade on the Athens Exchange under the code KSTR, announced the agreement on Wednesday.',
    );
    expect(list).toContain('Kastri Energy:KSTR');
  });
});
