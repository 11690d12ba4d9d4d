/**
 * A stand-in extraction engine for pipeline tests: it reads facts from marker lines so each test
 * states exactly which facts an article holds, and the pipeline's own behaviour (dedupe, replace,
 * merge bookkeeping, failures) is what gets checked.
 *   DEAL <buyer> buys <target> for $<n>m [completed]
 *   MOVE <TICKER> <+/-pct>%
 *   ANCHOR <Name words> (<EXCHANGE>: <TICKER>)
 *   MENTION <Name words>            → a company only if the directory knows the name
 *   EXPLODE                         → extraction throws
 */
import { createHash } from 'node:crypto';
import type { Company, DealFact, Evidence, Extraction, StockMoveFact } from '../../src/domain/facts.js';
import type { DealRecord } from '../../src/domain/records.js';
import { createDirectory } from '../../src/extract/companies/directory.js';
import type { ExtractEngine } from '../../src/ingest/engine.js';

function linesWithOffsets(text: string): { line: string; start: number }[] {
  const out: { line: string; start: number }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    out.push({ line, start: pos });
    pos += line.length + 1;
  }
  return out;
}

export const stubEngine: ExtractEngine & { mentionsSeen: string[] } = {
  mentionsSeen: [],
  createDirectory: (records) => createDirectory(records, { builtin: false }),
  extractArticle(raw, { directory, articleId }) {
    if (raw.text.includes('EXPLODE')) throw new Error('extractor choked on this article');
    const deals: DealFact[] = [];
    const stockMoves: StockMoveFact[] = [];
    const companies: Company[] = [];
    for (const { line, start } of linesWithOffsets(raw.text)) {
      const evidence: Evidence = { text: line, start, end: start + line.length };
      let m = /^DEAL (\w+) buys (\w+) for \$(\d+)m( completed)?/.exec(line);
      if (m)
        deals.push({
          type: 'acquisition',
          parties: [
            { name: m[1]!, ticker: m[1]!.toUpperCase(), role: 'buyer' },
            { name: m[2]!, ticker: m[2]!.toUpperCase(), role: 'target' },
          ],
          asset: null,
          value: { amount: Number(m[3]) * 1e6, currency: 'USD', qualifier: null, text: `$${m[3]}m` },
          status: m[4] ? 'completed' : 'announced',
          date: null,
          confidence: 0.9,
          evidence,
        });
      m = /^MOVE (\w+) ([+-]\d+(?:\.\d+)?)%/.exec(line);
      if (m)
        stockMoves.push({
          ticker: m[1]!,
          company: m[1]!,
          changePct: Number(m[2]),
          price: null,
          window: 'day',
          date: null,
          evidence,
        });
      m = /^ANCHOR (.+?) \((\w+): (\w+)\)/.exec(line);
      if (m) companies.push({ name: m[1]!, ticker: m[3]!, exchange: m[2]! });
      m = /^MENTION (.+)$/.exec(line);
      if (m) {
        const hit = directory.byAlias(m[1]!.trim());
        if (hit?.entry.ticker) {
          stubEngine.mentionsSeen.push(hit.entry.ticker);
          companies.push({ name: m[1]!.trim(), ticker: hit.entry.ticker, exchange: hit.entry.exchange });
        }
      }
    }
    const extraction: Extraction = {
      article: {
        id: articleId,
        title: raw.title,
        url: raw.url,
        source: raw.source,
        publishedAt: raw.publishedAt,
        tickers: [...new Set(stockMoves.map((s) => s.ticker!))],
        impactScore: null,
      },
      companies,
      deals,
      stockMoves,
      analystActions: [],
      events: [],
      quotes: [],
      risks: [],
    };
    return { extraction, cleanedText: raw.text };
  },
  mergeDeal(candidates, fact, source, now) {
    const key = fact.parties
      .map((p) => p.ticker)
      .sort()
      .join('+');
    const match = candidates.find(
      (d) =>
        d.type === fact.type &&
        d.parties
          .map((p) => p.ticker)
          .sort()
          .join('+') === key,
    );
    if (match) {
      const sources = [...match.sources.filter((s) => s.articleId !== source.articleId), source];
      return { ...match, sources, status: fact.status, updatedAt: now.toISOString() };
    }
    const deal: DealRecord = {
      id: `d_${createHash('sha256').update(`${key}|${source.articleId}`).digest('hex').slice(0, 12)}`,
      type: fact.type,
      parties: fact.parties,
      asset: fact.asset,
      value: fact.value,
      conflictingValues: [],
      status: fact.status,
      date: fact.date,
      confidence: fact.confidence,
      sources: [source],
      sortDate: source.sortDate,
      firstSeenAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    return deal;
  },
  removeSource(deal, articleId) {
    const sources = deal.sources.filter((s) => s.articleId !== articleId);
    return sources.length ? { ...deal, sources } : null;
  },
};
