import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DirectoryFormatError, parseDirectoryFile } from '../../src/ingest/directory-import.js';

const FIX = new URL('../fixtures/ingest/directory/', import.meta.url).pathname;
const read = (f: string) => readFileSync(FIX + f, 'utf8');
const tickers = (f: string) => parseDirectoryFile(read(f)).companies.map((c) => c.ticker);

describe('parseDirectoryFile', () => {
  it('reads SEC company_tickers.json with CIKs', () => {
    const parsed = parseDirectoryFile(read('company_tickers.json'));
    expect(parsed.format).toBe('sec-tickers');
    expect(parsed.companies).toContainEqual({
      ticker: 'LUMN',
      name: 'Lumen Technologies, Inc.',
      exchange: null,
      aliases: [],
      cik: 18926,
      origin: 'import',
    });
    expect(parsed.companies).toHaveLength(3); // the row without a symbol is skipped
    expect(parsed.skipped).toBe(1);
  });

  it('reads SEC company_tickers_exchange.json by its field names', () => {
    const parsed = parseDirectoryFile(read('company_tickers_exchange.json'));
    expect(parsed.format).toBe('sec-tickers-exchange');
    expect(parsed.companies.find((c) => c.ticker === 'PLTR')).toMatchObject({
      name: 'Palantir Technologies Inc.',
      exchange: 'NASDAQ',
      cik: 1321655,
    });
    expect(tickers('company_tickers_exchange.json')).toEqual(['PLTR', 'T', 'TPSC']);
  });

  it('reads Nasdaq Trader files: test issues, ETFs, warrants and preferreds left out, names cleaned', () => {
    const listed = parseDirectoryFile(read('nasdaqlisted.txt'));
    expect(listed.format).toBe('nasdaq-listed');
    expect(listed.companies.map((c) => [c.ticker, c.name, c.exchange])).toEqual([
      ['AAPL', 'Apple Inc.', 'NASDAQ'],
      ['PLTR', 'Palantir Technologies Inc.', 'NASDAQ'],
    ]);
    const other = parseDirectoryFile(read('otherlisted.txt'));
    expect(other.format).toBe('nasdaq-other');
    expect(other.companies.map((c) => [c.ticker, c.name, c.exchange])).toEqual([
      ['LUMN', 'Lumen Technologies, Inc.', 'NYSE'],
      ['T', 'AT&T Inc.', 'NYSE'],
      ['BRK.B', 'Berkshire Hathaway Inc.', 'NYSE'],
    ]);
  });

  it("reads Nasdaq Trader's nasdaqtraded.txt, with each symbol's listing exchange", () => {
    const traded = parseDirectoryFile(
      [
        'Nasdaq Traded|Symbol|Security Name|Listing Exchange|Market Category|ETF|Round Lot Size|Test Issue|Financial Status|CQS Symbol|NASDAQ Symbol|NextShares',
        'Y|AAPL|Apple Inc. - Common Stock|Q|Q|N|100|N|N||AAPL|N',
        'Y|LUMN|Lumen Technologies, Inc. Common Stock|N| |N|100|N||LUMN|LUMN|N',
        'Y|SPY|SPDR S&P 500 ETF Trust|P| |Y|100|N||SPY|SPY|N',
        'Y|ZXZZT|NASDAQ TEST STOCK|Q|G|N|100|Y|N||ZXZZT|N',
        'File Creation Time: 0506202517:02|||||||||||',
        '',
      ].join('\r\n'),
    );
    expect(traded.format).toBe('nasdaq-traded');
    expect(traded.companies.map((c) => [c.ticker, c.name, c.exchange])).toEqual([
      ['AAPL', 'Apple Inc.', 'NASDAQ'],
      ['LUMN', 'Lumen Technologies, Inc.', 'NYSE'],
    ]);
    expect(traded.skipped).toBe(2);
  });

  it('recognises the format from the content, whatever the file is called', () => {
    expect(parseDirectoryFile(read('otherlisted.txt')).format).toBe('nasdaq-other');
    expect(() => parseDirectoryFile('ticker,name\nAAPL,Apple')).toThrow(DirectoryFormatError);
    expect(() => parseDirectoryFile('{"a": 1}')).toThrow(/unrecognised directory file/);
    expect(() => parseDirectoryFile('{broken')).toThrow(/not valid JSON/);
  });
});
