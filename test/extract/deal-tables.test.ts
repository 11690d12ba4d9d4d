/**
 * Deals laid out as tables (src/extract/facts/deal-tables.ts), in Markdown and in HTML pages (whose
 * data tables the HTML reader writes as pipe rows). Invented companies, our own wording.
 */
import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../../src/ingest/readers/html.js';
import { builtinDirectory, extractArticle } from '../../src/extract/index.js';
import { dealLine, extract } from './helpers.js';

const show = (deals: ReturnType<typeof extract>['extraction']['deals']) => deals.map(dealLine);

const markdown = [
  'Startups raised more than $300 million this week.',
  '',
  '| Company | Round | Amount | Lead | Other investors |',
  '|---|---|---|---|---|',
  '| Brisklane | Series B | $120 million | Tamsin Ventures | Nvidia, Lux Capital |',
  '| Corvid Ledger | Seed | €8 million | Halvard Capital | — |',
  '| Quarrydale | Series A | $15 million | — | — |',
  '',
  'Brisklane makes drone batteries; Tamsin Ventures led its Series B round.',
].join('\n');

describe('deal tables', () => {
  it('reads each funding row as an investment: lead and other investors, investee, amount', () => {
    const x = extract(markdown, '2026-10-02', 'Venture wrap').extraction;
    expect(show(x.deals)).toEqual([
      'investment Tamsin Ventures:investor+NVDA:investor+Lux Capital:investor+Brisklane:investee $120 million completed',
      'investment Halvard Capital:investor+Corvid Ledger:investee €8 million completed',
    ]);
    // A row without any investor is no deal; firms named only in the table are companies.
    expect(x.companies.map((c) => c.name)).toEqual(expect.arrayContaining(['Brisklane', 'Lux Capital']));
    expect(x.companies.map((c) => c.name)).not.toContain('Quarrydale');
  });

  it('reads a takeover table by its buyer, target and seller columns', () => {
    const text = [
      'Deals announced this week:',
      '',
      '| Buyer | Target | Seller | Value |',
      '|---|---|---|---|',
      '| Pellworth Instruments | Dunmore Optics | Tamsin Capital | $1.4 billion |',
      '| Halvard Group | Fenmore Labs | — | undisclosed |',
    ].join('\n');
    expect(show(extract(text, '2026-10-02', 'Deals this week').extraction.deals)).toEqual([
      'acquisition Pellworth Instruments:buyer+Dunmore Optics:target+Tamsin Capital:seller $1.4 billion announced',
      'acquisition Halvard Group:buyer+Fenmore Labs:target announced',
    ]);
  });

  it("reads a takeover table of deals awaiting approval as pending, or as the row's status cell says", () => {
    const text = [
      'Selected bank deals awaiting approval',
      '',
      '| Buyer | Target | Value | Status |',
      '|---|---|---|---|',
      '| Pellworth Bancorp | Dunmore Savings | $148 million | Awaiting FDIC approval |',
      '| Halvard Bancshares | Fenmore Trust | $61 million | Terminated in October |',
    ].join('\n');
    expect(show(extract(text, '2026-10-02', 'Bank deals').extraction.deals)).toEqual([
      'acquisition Pellworth Bancorp:buyer+Dunmore Savings:target $148 million pending',
      'acquisition Halvard Bancshares:buyer+Fenmore Trust:target $61 million terminated',
    ]);
  });

  it('reads a licence table as partnerships valued at their total, in place when signed before this month', () => {
    const text = [
      'Drug makers keep licensing molecules from smaller biotechs.',
      '',
      '| Licensee | Licensor | Asset | Upfront | Total | Announced |',
      '|---|---|---|---|---|---|',
      '| Halvern Pharma | Quillon Bio | QB-12 | $120m | $1.4bn | Nov 2026 |',
      '| Ostrava Therapeutics | Pennick Labs | PL-7 | $80m | $900m | Mar 2025 |',
    ].join('\n');
    expect(show(extract(text, '2026-11-20').extraction.deals)).toEqual([
      'partnership Halvern Pharma:partner+Quillon Bio:partner $1.4bn announced',
      'partnership Ostrava Therapeutics:partner+Pennick Labs:partner $900m completed',
    ]);
  });

  it('leaves tables that hold no deals alone (a ratings table, an earnings calendar)', () => {
    const text = [
      'Earnings this week:',
      '',
      '| Company | Date | Quarter | EPS estimate |',
      '|---|---|---|---|',
      '| Brisklane | Oct. 6 | Q3 | $0.41 |',
    ].join('\n');
    expect(extract(text, '2026-10-02', 'Calendar').extraction.deals).toEqual([]);
  });

  it('reads the same table inside an HTML page', () => {
    const html = `<html><head><title>Venture wrap</title></head><body><article><h1>Venture wrap</h1>
      <p>Startups raised more than $300 million this week, and here is what closed in each round.</p>
      <table><tr><th>Company</th><th>Round</th><th>Amount</th><th>Lead</th></tr>
      <tr><td>Brisklane</td><td>Series B</td><td>$120 million</td><td>Tamsin Ventures</td></tr>
      <tr><td>Corvid Ledger</td><td>Seed</td><td>$8 million</td><td>Halvard Capital</td></tr></table>
      <p>Brisklane makes drone batteries. Corvid Ledger automates payroll for small firms.</p></article></body></html>`;
    const raw = parseHtmlArticle(html, 'test');
    expect(raw.text).toContain(
      '| Brisklane | Series B | $120 million | Tamsin Ventures |\n| Corvid Ledger |',
    );
    const x = extractArticle(raw, { directory: builtinDirectory() }).extraction;
    expect(show(x.deals)).toEqual([
      'investment Tamsin Ventures:investor+Brisklane:investee $120 million completed',
      'investment Halvard Capital:investor+Corvid Ledger:investee $8 million completed',
    ]);
  });
});
