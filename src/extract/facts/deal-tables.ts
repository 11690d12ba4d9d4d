/**
 * Deals laid out as a table, read by their columns: funding-round tables ("Company | Round | Amount |
 * Lead | Other investors"), deal lists ("Buyer | Target | Seller | Value") and licence lists ("Licensee |
 * Licensor | Upfront | Total"). A row needs a company
 * and a counterparty; its status comes from the words around the table ("raised", "closed" make the
 * rounds completed). Rows that repeat a deal the prose already gave are left to the prose.
 */
import type { DealFact, Party } from '../../domain/facts.js';
import type { ArticleContext } from '../context.js';
import { partyKey } from '../merge.js';
import { findMoney } from '../money.js';
import { linesOf, tablesIn, type Piece, type Table } from '../tables.js';
import { statusOf } from './deals/status.js';

type Role = NonNullable<Party['role']>;

const COMPANY_HEAD = /^(?:company|startup|start-up|investee|issuer|name|business|target)$/i;
const BUYER_HEAD = /^(?:buyer|acquirer|acquiring company|bidder)$/i;
const SELLER_HEAD = /^(?:seller|vendor|owner)$/i;
const LICENSEE_HEAD = /^(?:licensee|licensing company)$/i;
const LICENSOR_HEAD = /^(?:licensor|originator)$/i;
const LEAD_HEAD = /^(?:lead|leads|lead investors?|led by)$/i;
const INVESTORS_HEAD = /^(?:(?:other |co-?)?investors|participants|backers|investors? \(.*\))$/i;
const AMOUNT_HEAD = /^(?:amount|size|raised|value|deal value|price|round size|amount raised)(?:\s*\(.*\))?$/i;
/** A licence's headline value, milestones included, before its upfront payment. */
const TOTAL_HEAD = /^(?:total|total value|headline value|potential value|deal value)(?:\s*\(.*\))?$/i;
const DATE_HEAD = /^(?:announced|date|signed|year)$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const UPFRONT_HEAD = /^(?:upfront|up-front|upfront payment)(?:\s*\(.*\))?$/i;
const TYPE_HEAD = /^(?:type|deal type|kind)$/i;
/** An empty cell: "—", "-", "n/a", "undisclosed". */
const EMPTY = /^(?:[—–-]+|n\/?a|none|undisclosed|not disclosed)?$/i;
const COMPLETED_WORDS = /\b(?:raised|closed|completed|landed|secured|finali[sz]ed)\b/i;
const TABLE_CONFIDENCE = 0.85;

interface Named {
  name: string;
  ticker: string | null;
}

export function tableDeals(ctx: ArticleContext, prose: DealFact[]): DealFact[] {
  const lines = linesOf(ctx.text);
  const out: DealFact[] = [];
  for (const table of tablesIn(lines)) {
    const col = (re: RegExp): number => table.head.findIndex((h) => re.test(h));
    const cols = {
      company: col(COMPANY_HEAD),
      buyer: col(BUYER_HEAD),
      seller: col(SELLER_HEAD),
      lead: col(LEAD_HEAD),
      investors: col(INVESTORS_HEAD),
      amount: col(AMOUNT_HEAD),
      type: col(TYPE_HEAD),
      licensee: col(LICENSEE_HEAD),
      licensor: col(LICENSOR_HEAD),
      total: col(TOTAL_HEAD),
      upfront: col(UPFRONT_HEAD),
      date: col(DATE_HEAD),
    };
    const rounds = cols.company >= 0 && (cols.lead >= 0 || cols.investors >= 0);
    const takeovers = cols.buyer >= 0 && cols.company >= 0;
    // "Licensee | Licensor | Asset | Upfront | Total": each row a licence, a partnership of the two.
    const licences = cols.licensee >= 0 && cols.licensor >= 0;
    if (licences) {
      out.push(...licenceRows(ctx, table, cols, statusAround(lines, table), prose));
      continue;
    }
    if (!rounds && !takeovers) continue;
    const status = statusAround(lines, table);
    for (const { line, cells } of table.rows) {
      const company = named(ctx, cells[cols.company]!);
      if (!company) continue;
      const value = cols.amount >= 0 ? valueOf(cells[cols.amount]!.text) : null;
      let type: DealFact['type'];
      let parties: Party[];
      if (takeovers) {
        const buyer = named(ctx, cells[cols.buyer]!);
        if (!buyer) continue;
        const seller = cols.seller >= 0 ? named(ctx, cells[cols.seller]!) : null;
        type = typeOf(cols.type >= 0 ? cells[cols.type]!.text : '');
        parties = [
          party(buyer, 'buyer'),
          party(company, 'target'),
          ...(seller ? [party(seller, 'seller')] : []),
        ];
        // "Parker-Hannifin filtration unit" in the target column: a part of that company, which it sells.
        if (!seller && unitOfCompany(ctx, cells[cols.company]!)) {
          type = 'divestiture';
          parties = [party(company, 'seller'), party(buyer, 'buyer')];
        }
      } else {
        const leads = cols.lead >= 0 ? namesIn(ctx, cells[cols.lead]!) : [];
        const others = cols.investors >= 0 ? namesIn(ctx, cells[cols.investors]!) : [];
        const investors = [...leads, ...others];
        if (!investors.length) continue;
        type = 'investment';
        parties = [...investors.map((i) => party(i, 'investor')), party(company, 'investee')];
      }
      // A row's own status cell ("Awaiting FDIC approval", "Terminated") outranks the words above the table.
      const own = statusOf(line.text);
      const fact = rowFact(line, {
        type,
        parties,
        value,
        status: own.explicit && own.status !== 'announced' ? own.status : status,
      });
      if (!prose.some((d) => sameDeal(d, fact))) out.push(fact);
    }
  }
  return out;
}

function licenceRows(
  ctx: ArticleContext,
  table: Table,
  cols: { licensee: number; licensor: number; total: number; upfront: number; amount: number; date: number },
  status: DealFact['status'],
  prose: DealFact[],
): DealFact[] {
  const thisMonth = ctx.published?.slice(0, 7) ?? null;
  const out: DealFact[] = [];
  const valueCol = [cols.total, cols.amount, cols.upfront].find((c) => c >= 0) ?? -1;
  for (const { line, cells } of table.rows) {
    const licensee = named(ctx, cells[cols.licensee]!);
    const licensor = named(ctx, cells[cols.licensor]!);
    if (!licensee || !licensor) continue;
    const fact = rowFact(line, {
      type: 'partnership',
      parties: [party(licensee, 'partner'), party(licensor, 'partner')],
      value: valueCol >= 0 ? valueOf(cells[valueCol]!.text) : null,
      // A licence signed in a month before the article's is in place.
      status:
        cols.date >= 0 && thisMonth && (monthOf(cells[cols.date]!.text) ?? thisMonth) < thisMonth
          ? 'completed'
          : status,
    });
    if (!prose.some((d) => sameDeal(d, fact))) out.push(fact);
  }
  return out;
}

/** "Jul 2026" → "2026-07", "2022" → "2022-01"; null when the cell names no year. */
function monthOf(cell: string): string | null {
  const m = /\b(?:([A-Za-z]{3})[a-z]*\.?\s+)?((?:19|20)\d\d)\b/.exec(cell);
  if (!m) return null;
  // A year alone, or a word that names no month, counts from January.
  const month = m[1] ? MONTHS.indexOf(m[1].toLowerCase()) + 1 || 1 : 1;
  return `${m[2]}-${String(month).padStart(2, '0')}`;
}

/** A table row's deal, its evidence the row itself. */
function rowFact(line: Piece, deal: Pick<DealFact, 'type' | 'parties' | 'value' | 'status'>): DealFact {
  return {
    ...deal,
    asset: null,
    date: null,
    confidence: TABLE_CONFIDENCE,
    evidence: {
      text: line.text.trim(),
      start: line.start + (line.text.length - line.text.trimStart().length),
      end: line.end,
    },
  };
}

/**
 * The rounds a table lists were raised when the lines just above it (or its header) say so; the deals
 * it lists are pending when those lines say they await approval.
 */
function statusAround(lines: Piece[], table: Table): DealFact['status'] {
  const above = lines.slice(Math.max(0, table.headLine - 3), table.headLine + 1).map((l) => l.text);
  if (COMPLETED_WORDS.test(above.join(' '))) return 'completed';
  const told = statusOf(above.join('. '));
  return told.explicit && told.status === 'pending' ? 'pending' : 'announced';
}

function typeOf(cell: string): DealFact['type'] {
  const c = cell.toLowerCase();
  if (/merger/.test(c)) return 'merger';
  if (/sale|divest|carve/.test(c)) return 'divestiture';
  if (/stake|invest|round/.test(c)) return 'investment';
  return 'acquisition';
}

/** The company a cell names: a mention the article resolved, else the cell's text when it reads as a name. */
function named(ctx: ArticleContext, cell: Piece): Named | null {
  if (EMPTY.test(cell.text)) return null;
  const m = ctx.companies.within(cell.start, cell.end)[0];
  if (m) return { name: m.entity.name, ticker: m.entity.ticker };
  const text = cell.text.replace(/\*\*|__/g, '').trim();
  if (!/^[A-Z][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|&|of|de)){0,5}$/.test(text)) return null;
  const known = ctx.companies.resolve(text);
  return known ? { name: known.name, ticker: known.ticker } : { name: text, ticker: null };
}

/** A unit named after its owner: "Parker-Hannifin filtration unit", "Acme's payments business". */
const UNIT_AFTER_NAME =
  /^\s*(?:['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:unit|business|division|arm|assets|operations|subsidiary|segment)\s*$/i;
function unitOfCompany(ctx: ArticleContext, cell: Piece): boolean {
  const m = ctx.companies.within(cell.start, cell.end)[0];
  return !!m && m.start <= cell.start + 2 && UNIT_AFTER_NAME.test(ctx.text.slice(m.end, cell.end));
}

/** Several companies in one cell: "Nvidia, Cisco and Lux Capital". */
function namesIn(ctx: ArticleContext, cell: Piece): Named[] {
  const out: Named[] = [];
  let at = 0;
  for (const part of cell.text.split(/,\s+|;\s+|\s+and\s+|\s*&\s+(?=[A-Z])/)) {
    const start = cell.text.indexOf(part, at);
    at = start + part.length;
    const found = named(ctx, {
      text: part,
      start: cell.start + start,
      end: cell.start + start + part.length,
    });
    if (found && !out.some((o) => o.name === found.name)) out.push(found);
  }
  return out;
}

function valueOf(cell: string): DealFact['value'] {
  const m = findMoney(cell)[0];
  return m ? { amount: m.amount, currency: m.currency, qualifier: m.qualifier, text: m.text } : null;
}

const party = (n: Named, role: Role): Party => ({ name: n.name, ticker: n.ticker, role });

/** The prose already told this deal: same type and two shared parties, or the same investee and amount. */
function sameDeal(a: DealFact, b: DealFact): boolean {
  if (a.type !== b.type) return false;
  const keys = new Set(a.parties.map(partyKey));
  const shared = b.parties.filter((p) => keys.has(partyKey(p))).length;
  if (shared >= 2) return true;
  const target = (d: DealFact) => d.parties.find((p) => p.role === 'investee' || p.role === 'target');
  const ta = target(a);
  const tb = target(b);
  return (
    !!ta &&
    !!tb &&
    partyKey(ta) === partyKey(tb) &&
    !!a.value &&
    !!b.value &&
    a.value.amount === b.value.amount
  );
}
