/**
 * Company directory files a user can import (`dealdesk ingest --directory FILE`): the SEC's
 * company_tickers.json and company_tickers_exchange.json, and Nasdaq Trader's nasdaqlisted.txt,
 * otherlisted.txt and nasdaqtraded.txt. The format is recognised from the content, not the file name.
 */
import type { CompanyRecord } from '../domain/records.js';
import type { Store } from '../store/types.js';
import { readTextFile } from './readers/file.js';

export type DirectoryFormat =
  'sec-tickers' | 'sec-tickers-exchange' | 'nasdaq-listed' | 'nasdaq-other' | 'nasdaq-traded';

export interface ParsedDirectory {
  format: DirectoryFormat;
  companies: CompanyRecord[];
  /** Rows left out: test issues, ETFs, warrants/units/preferreds, rows without a symbol or name. */
  skipped: number;
}

export class DirectoryFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DirectoryFormatError';
  }
}

const UNRECOGNISED =
  'unrecognised directory file: expected SEC company_tickers.json, company_tickers_exchange.json, or Nasdaq Trader nasdaqlisted.txt / otherlisted.txt / nasdaqtraded.txt';

const TICKER = /^[A-Z0-9][A-Z0-9.\-^/]{0,11}$/;

/** SEC exchange names and Nasdaq Trader exchange codes, as the rest of Dealdesk writes them. */
const EXCHANGE_NAMES: Record<string, string> = {
  nasdaq: 'NASDAQ',
  nyse: 'NYSE',
  'nyse american': 'NYSE American',
  'nyse arca': 'NYSE Arca',
  nysemkt: 'NYSE American',
  otc: 'OTC',
  cboe: 'Cboe',
  bats: 'Cboe',
};
const OTHERLISTED_EXCHANGES: Record<string, string> = {
  A: 'NYSE American',
  N: 'NYSE',
  P: 'NYSE Arca',
  Z: 'Cboe',
  V: 'IEX',
};

const normExchange = (e: unknown): string | null =>
  typeof e === 'string' && e.trim() ? (EXCHANGE_NAMES[e.trim().toLowerCase()] ?? e.trim()) : null;

function record(ticker: unknown, name: unknown, exchange: string | null, cik: unknown): CompanyRecord | null {
  const t = typeof ticker === 'string' ? ticker.trim().toUpperCase() : '';
  const n = typeof name === 'string' ? name.replace(/\s+/g, ' ').trim() : '';
  if (!t || !n || !TICKER.test(t)) return null;
  const cikNum =
    typeof cik === 'number' ? cik : typeof cik === 'string' && /^\d+$/.test(cik) ? Number(cik) : null;
  return {
    ticker: t,
    name: n,
    exchange,
    aliases: [],
    cik: Number.isInteger(cikNum) ? cikNum : null,
    origin: 'import',
  };
}

/** Security descriptions that are not a company's common equity. */
const NOT_COMMON =
  /\b(warrants?|rights?|units?|preferred|depositary shares? representing|notes? due|debentures?|senior notes|subordinated|trust preferred|\d+(\.\d+)?\s?%)\b/i;
/** "Apple Inc. - Common Stock" → "Apple Inc.". */
function companyFromSecurity(security: string): string {
  return security
    .replace(/\s+-\s+.*$/, '')
    .replace(
      /\s+(Class [A-Z] )?(Common Stock|Common Shares|Ordinary Shares|Common Units|American Depositary Shares|Subordinate Voting Shares|Shares of Beneficial Interest)\b.*$/i,
      '',
    )
    .replace(/[,\s]+$/, '')
    .trim();
}

function parsePipeFile(
  content: string,
  format: 'nasdaq-listed' | 'nasdaq-other' | 'nasdaq-traded',
): ParsedDirectory {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines.shift() ?? '').split('|').map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const iSymbol = format === 'nasdaq-other' ? col('act symbol') : col('symbol');
  const iName = col('security name');
  const iTest = col('test issue');
  const iEtf = col('etf');
  const iExchange = format === 'nasdaq-traded' ? col('listing exchange') : col('exchange');
  if (iSymbol < 0 || iName < 0) throw new DirectoryFormatError(UNRECOGNISED);
  const companies: CompanyRecord[] = [];
  let skipped = 0;
  for (const line of lines) {
    if (!line.trim() || /^File Creation Time/i.test(line)) continue;
    const f = line.split('|');
    const security = f[iName] ?? '';
    if ((iTest >= 0 && f[iTest] === 'Y') || (iEtf >= 0 && f[iEtf] === 'Y') || NOT_COMMON.test(security)) {
      skipped++;
      continue;
    }
    const code = (f[iExchange] ?? '').trim();
    const exchange =
      format === 'nasdaq-listed' || (format === 'nasdaq-traded' && code === 'Q')
        ? 'NASDAQ'
        : (OTHERLISTED_EXCHANGES[code] ?? null);
    const r = record(f[iSymbol], companyFromSecurity(security), exchange, null);
    if (r) companies.push(r);
    else skipped++;
  }
  return { format, companies, skipped };
}

function parseSecJson(data: unknown): ParsedDirectory {
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const o = data as Record<string, unknown>;
    if (Array.isArray(o.fields) && Array.isArray(o.data)) {
      const fields = (o.fields as unknown[]).map((f) => String(f).toLowerCase());
      const [iCik, iName, iTicker, iExchange] = ['cik', 'name', 'ticker', 'exchange'].map((k) =>
        fields.indexOf(k),
      );
      if (iName! < 0 || iTicker! < 0) throw new DirectoryFormatError(UNRECOGNISED);
      const companies: CompanyRecord[] = [];
      let skipped = 0;
      for (const row of o.data as unknown[]) {
        if (!Array.isArray(row)) {
          skipped++;
          continue;
        }
        const r = record(
          row[iTicker!],
          row[iName!],
          iExchange! >= 0 ? normExchange(row[iExchange!]) : null,
          row[iCik!],
        );
        if (r) companies.push(r);
        else skipped++;
      }
      return { format: 'sec-tickers-exchange', companies, skipped };
    }
    const rows = Object.values(o);
    if (rows.length && rows.every((r) => r && typeof r === 'object' && 'ticker' in (r as object))) {
      const companies: CompanyRecord[] = [];
      let skipped = 0;
      for (const row of rows as Record<string, unknown>[]) {
        const r = record(row.ticker, row.title, null, row.cik_str);
        if (r) companies.push(r);
        else skipped++;
      }
      return { format: 'sec-tickers', companies, skipped };
    }
  }
  throw new DirectoryFormatError(UNRECOGNISED);
}

/** Pure: recognises the format from the content and returns the companies it lists. */
export function parseDirectoryFile(content: string): ParsedDirectory {
  const head = content.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(head);
    } catch (err) {
      throw new DirectoryFormatError(`not valid JSON (${(err as Error).message})`);
    }
    return parseSecJson(data);
  }
  const firstLine = head.split(/\r?\n/, 1)[0]?.toLowerCase() ?? '';
  if (firstLine.startsWith('symbol|security name')) return parsePipeFile(head, 'nasdaq-listed');
  if (firstLine.startsWith('act symbol|security name')) return parsePipeFile(head, 'nasdaq-other');
  if (firstLine.startsWith('nasdaq traded|symbol|security name')) return parsePipeFile(head, 'nasdaq-traded');
  throw new DirectoryFormatError(UNRECOGNISED);
}

export interface DirectoryImportResult {
  format: DirectoryFormat;
  imported: number;
  skipped: number;
}

/** Reads a directory file and merges its companies into the store's directory. */
export async function importDirectoryFile(path: string, store: Store): Promise<DirectoryImportResult> {
  const content = await readTextFile(path, 64 * 1024 * 1024);
  const parsed = parseDirectoryFile(content);
  const BATCH = 1000;
  for (let i = 0; i < parsed.companies.length; i += BATCH)
    await store.companies.upsertMany(parsed.companies.slice(i, i + BATCH));
  return { format: parsed.format, imported: parsed.companies.length, skipped: parsed.skipped };
}
