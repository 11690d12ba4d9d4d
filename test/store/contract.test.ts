/**
 * One contract, every backend: what the repositories promise (ordering, ranges, idempotent saves,
 * fact replacement, indexes, atomic claims, schema versions) holds the same on memory, SQLite,
 * Redis and Postgres.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLogSink } from '../../src/log.js';
import { InvalidRecordError, rawKv, SchemaVersionError } from '../../src/store/index.js';
import { ensureSchema, SCHEMA_VERSION_KEY, CURRENT_SCHEMA_VERSION } from '../../src/store/migrations.js';
import type { Kv } from '../../src/store/kv.js';
import type { Store } from '../../src/store/types.js';
import { removeTempFiles, StoreScope, TEST_BACKENDS, uniqueNamespace } from './backends.js';
import {
  analystAction,
  article,
  company,
  deal,
  delivery,
  event,
  noFacts,
  quote,
  risk,
  stockMove,
  subscription,
} from './builders.js';

afterAll(removeTempFiles);

const ids = (records: Array<{ id: string }>) => records.map((r) => r.id);

for (const backend of TEST_BACKENDS) {
  const suite = backend.url ? describe : describe.skip;
  if (!backend.url)
    console.log(
      `store contract on ${backend.name}: skipped (set ${backend.name === 'redis' ? 'REDIS_URL' : 'DATABASE_URL'} to run it)`,
    );

  suite(`store contract on ${backend.name}`, () => {
    let scope: StoreScope;
    let store: Store;
    beforeEach(async () => {
      scope = new StoreScope(backend);
      store = await scope.store();
    });
    afterEach(async () => scope.dispose());

    it('reports its backend and answers ping', async () => {
      expect(store.backend).toBe(backend.name);
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('changes its content version on every content write, and only then', async () => {
      const seen = [await store.contentVersion()];
      const changed = async () => {
        const v = await store.contentVersion();
        expect(seen).not.toContain(v);
        seen.push(v);
      };
      await store.saveArticle(article('v1', '2026-03-02', { tickers: ['LUMN'] }), noFacts());
      await changed();
      await store.deals.put(deal('dv', '2026-03-02', [{ name: 'Lumen Technologies', ticker: 'LUMN' }]));
      await changed();
      await store.companies.upsert(company('VVV', 'Version Co'));
      await changed();
      await store.deleteArticle('v1');
      await changed();
      await store.setValue('feed-state', { etag: 'x' });
      expect(await store.contentVersion()).toBe(seen.at(-1));
    });

    describe('articles', () => {
      it('saves an article and finds it by id, canonical URL, guid and content hash', async () => {
        const a = article('a1', '2026-03-02', { tickers: ['LUMN'] });
        await store.saveArticle(a, noFacts());
        expect(await store.articles.get('a1')).toEqual(a);
        expect((await store.articles.findByCanonicalUrl(a.canonicalUrl!))?.id).toBe('a1');
        expect((await store.articles.findByGuid('guid-a1'))?.id).toBe('a1');
        expect((await store.articles.findByContentHash('hash-a1'))?.id).toBe('a1');
        expect(await store.articles.findByGuid('nope')).toBeUndefined();
        expect(ids(await store.articles.getMany(['a1', 'missing']))).toEqual(['a1']);
        expect(await store.articles.count()).toBe(1);
      });

      it('lists newest first across months, ties by id, with limit and inclusive date range', async () => {
        const dates: Array<[string, string]> = [
          ['b', '2025-12-30'],
          ['a', '2026-02-01'],
          ['c', '2026-02-01'],
          ['d', '2026-01-15'],
          ['e', '2024-06-01'],
        ];
        for (const [id, date] of dates) await store.saveArticle(article(id, date), noFacts());
        expect(ids(await store.articles.newest())).toEqual(['a', 'c', 'd', 'b', 'e']);
        expect(ids(await store.articles.newest({ limit: 2 }))).toEqual(['a', 'c']);
        expect(ids(await store.articles.newest({ since: '2026-01-15', until: '2026-02-01' }))).toEqual([
          'a',
          'c',
          'd',
        ]);
        expect(ids(await store.articles.newest({ since: '2025-01-01', until: '2026-01-14' }))).toEqual(['b']);
      });

      it('falls back to the ingest date when an article has no published date', async () => {
        await store.saveArticle(article('old', '2026-01-01'), noFacts());
        await store.saveArticle(
          article('undated', null, { ingestedAt: '2026-04-05T10:00:00.000Z' }),
          noFacts(),
        );
        expect(ids(await store.articles.newest())).toEqual(['undated', 'old']);
      });

      it('lists articles by ticker, whatever the case of the query', async () => {
        await store.saveArticle(article('x1', '2026-01-01', { tickers: ['LUMN', 'T'] }), noFacts());
        await store.saveArticle(article('x2', '2026-01-02', { tickers: ['T'] }), noFacts());
        expect(ids(await store.articles.byTicker('lumn'))).toEqual(['x1']);
        expect(ids(await store.articles.byTicker('T'))).toEqual(['x2', 'x1']);
        expect(await store.articles.byTicker('NONE')).toEqual([]);
      });

      it('is idempotent: the same article saved twice changes nothing', async () => {
        const a = article('same', '2026-01-01', { tickers: ['LUMN'] });
        const facts = noFacts({ stockMoves: [stockMove('sm1', 'same', 'LUMN', '2026-01-01')] });
        await store.saveArticle(a, facts);
        await store.saveArticle({ ...a, ingestedAt: '2026-02-02T00:00:00.000Z' }, facts);
        expect(await store.articles.count()).toBe(1);
        expect(ids(await store.articles.byTicker('LUMN'))).toEqual(['same']);
        expect(ids(await store.stockMoves.byTicker('LUMN'))).toEqual(['sm1']);
        expect((await store.articles.get('same'))?.ingestedAt).toBe('2026-01-01T00:00:00.000Z');
        const kv = rawKv(store);
        const writes: string[] = [];
        const setMany = kv.setMany.bind(kv);
        kv.setMany = async (entries) => {
          writes.push(...entries.map(([k]) => k));
          return setMany(entries);
        };
        await store.saveArticle(a, facts);
        expect(writes).toEqual([]);
      });

      it("replaces an updated article's facts and index entries instead of doubling them", async () => {
        const v1 = article('upd', '2026-01-10', { tickers: ['AAA'], contentHash: 'h1' });
        await store.saveArticle(
          v1,
          noFacts({
            stockMoves: [
              stockMove('upd-sm1', 'upd', 'AAA', '2026-01-10'),
              stockMove('upd-sm2', 'upd', 'AAA', '2026-01-10'),
            ],
            quotes: [quote('upd-q1', 'upd', '2026-01-10')],
          }),
        );
        const v2 = { ...v1, tickers: ['BBB'], contentHash: 'h2', publishedAt: '2026-02-10' };
        await store.saveArticle(
          v2,
          noFacts({ stockMoves: [stockMove('upd-sm3', 'upd', 'BBB', '2026-02-10')] }),
        );

        expect(await store.articles.count()).toBe(1);
        expect(await store.stockMoves.byTicker('AAA')).toEqual([]);
        expect(ids(await store.stockMoves.byTicker('BBB'))).toEqual(['upd-sm3']);
        expect(ids(await store.stockMoves.forArticle('upd'))).toEqual(['upd-sm3']);
        expect(await store.quotes.forArticle('upd')).toEqual([]);
        expect(ids(await store.stockMoves.newest())).toEqual(['upd-sm3']);
        expect(await store.articles.byTicker('AAA')).toEqual([]);
        expect(ids(await store.articles.byTicker('BBB'))).toEqual(['upd']);
        expect(await store.articles.findByContentHash('h1')).toBeUndefined();
        expect((await store.articles.findByContentHash('h2'))?.publishedAt).toBe('2026-02-10');
        expect(ids(await store.articles.newest({ until: '2026-01-31' }))).toEqual([]);
        expect(await rawKv(store).getMany(['f:sm:upd-sm1', 'f:sm:upd-sm2', 'f:qu:upd-q1'])).toEqual([
          undefined,
          undefined,
          undefined,
        ]);
      });

      it('deletes an article with its facts and lookups', async () => {
        const a = article('del', '2026-01-01', { tickers: ['LUMN'] });
        await store.saveArticle(
          a,
          noFacts({ events: [event('del-e', 'del', 'LUMN', '2026-01-01', '2026-01-20')] }),
        );
        await store.saveArticle(article('keep', '2026-01-02'), noFacts());
        await store.deleteArticle('del');
        expect(await store.articles.get('del')).toBeUndefined();
        expect(await store.articles.findByGuid('guid-del')).toBeUndefined();
        expect(await store.events.forArticle('del')).toEqual([]);
        expect(await store.events.between('2026-01-01', '2026-12-31')).toEqual([]);
        expect(ids(await store.articles.newest())).toEqual(['keep']);
        expect(await store.articles.count()).toBe(1);
      });

      it('refuses an invalid record with a clear error and stores nothing', async () => {
        const bad = { ...article('bad', '2026-01-01'), publishedAt: '1st of May' };
        await expect(store.saveArticle(bad, noFacts())).rejects.toThrow(InvalidRecordError);
        await expect(store.saveArticle(bad, noFacts())).rejects.toThrow(/publishedAt/);
        const wrongOwner = noFacts({ stockMoves: [stockMove('s', 'other-article', 'X', '2026-01-01')] });
        await expect(store.saveArticle(article('own', '2026-01-01'), wrongOwner)).rejects.toThrow(
          /belongs to article/,
        );
        expect(await store.articles.count()).toBe(0);
        expect(await store.articles.newest()).toEqual([]);
      });

      it('skips a corrupt record in a query instead of failing it', async () => {
        await store.saveArticle(article('good1', '2026-01-01'), noFacts());
        await store.saveArticle(article('broken', '2026-01-02'), noFacts());
        await store.saveArticle(article('good2', '2026-01-03'), noFacts());
        await rawKv(store).set('a:broken', { id: 'broken', title: 42 });
        const logged: string[] = [];
        setLogSink((line) => logged.push(line));
        try {
          expect(ids(await store.articles.newest())).toEqual(['good2', 'good1']);
          expect(await store.articles.get('broken')).toBeUndefined();
        } finally {
          setLogSink((line) => process.stderr.write(`${line}\n`));
        }
        expect(logged.join('\n')).toMatch(/corrupt article at "a:broken": title/);
      });
    });

    it('skips a stored value that is not JSON at all', async () => {
      await store.saveArticle(article('fine', '2026-01-01'), noFacts());
      await store.saveArticle(article('garbled', '2026-01-02'), noFacts());
      const kv = rawKv(store);
      await kv.delete('a:garbled');
      await kv.backend.insertIfAbsent(kv.physical('a:garbled'), '{"value": {oops', undefined);
      const logged: string[] = [];
      setLogSink((line) => logged.push(line));
      try {
        expect(ids(await store.articles.newest())).toEqual(['fine']);
      } finally {
        setLogSink((line) => process.stderr.write(`${line}\n`));
      }
      expect(logged.join('\n')).toMatch(/corrupt article at "a:garbled": not valid JSON/);
    });

    describe('facts', () => {
      beforeEach(async () => {
        await store.saveArticle(
          article('f1', '2026-03-01', { tickers: ['LUMN', 'T'] }),
          noFacts({
            stockMoves: [stockMove('f1-sm', 'f1', 'LUMN', '2026-03-01', -4)],
            analystActions: [analystAction('f1-aa', 'f1', 'LUMN', '2026-03-01')],
            events: [
              event('f1-ev', 'f1', 'LUMN', '2026-03-01', '2026-04-20'),
              event('f1-ev-undated', 'f1', 'LUMN', '2026-03-01', null),
            ],
            quotes: [quote('f1-q', 'f1', '2026-03-01')],
            risks: [risk('f1-r', 'f1', '2026-03-01', ['T'])],
          }),
        );
        await store.saveArticle(
          article('f2', '2026-03-05', { tickers: ['LUMN'] }),
          noFacts({
            stockMoves: [
              stockMove('f2-sm', 'f2', 'LUMN', '2026-03-05', 7),
              stockMove('f2-sm-x', 'f2', 'XYZ', '2026-03-05'),
            ],
            analystActions: [analystAction('f2-aa', 'f2', 'T', '2026-03-05')],
            events: [
              event('f2-ev', 'f2', 'T', '2026-03-05', '2026-04-02'),
              event('f2-ev2', 'f2', 'LUMN', '2026-03-05', '2026-05-01'),
            ],
          }),
        );
      });

      it('lists stock moves and analyst actions by ticker, newest first, with ranges', async () => {
        expect(ids(await store.stockMoves.byTicker('LUMN'))).toEqual(['f2-sm', 'f1-sm']);
        expect(ids(await store.stockMoves.byTicker('LUMN', { since: '2026-03-02' }))).toEqual(['f2-sm']);
        expect(ids(await store.stockMoves.byTicker('LUMN', { limit: 1 }))).toEqual(['f2-sm']);
        expect(ids(await store.stockMoves.newest())).toEqual(['f2-sm', 'f2-sm-x', 'f1-sm']);
        expect(ids(await store.analystActions.byTicker('T'))).toEqual(['f2-aa']);
        expect(ids(await store.analystActions.byTicker('LUMN'))).toEqual(['f1-aa']);
      });

      it("indexes quotes under the article's tickers and risks under their own", async () => {
        expect(ids(await store.quotes.byTicker('T'))).toEqual(['f1-q']);
        expect(ids(await store.risks.byTicker('T'))).toEqual(['f1-r']);
        expect(await store.risks.byTicker('LUMN')).toEqual([]);
        expect(ids(await store.risks.newest())).toEqual(['f1-r']);
      });

      it('returns the facts of one article', async () => {
        expect(ids(await store.events.forArticle('f1')).sort()).toEqual(['f1-ev', 'f1-ev-undated']);
        expect((await store.stockMoves.forArticle('f2')).map((m) => m.changePct).sort()).toEqual([3, 7]);
        expect(await store.stockMoves.forArticle('nope')).toEqual([]);
      });

      it('lists dated events between two days, soonest first, optionally for one ticker', async () => {
        expect(ids(await store.events.between('2026-04-01', '2026-05-31'))).toEqual([
          'f2-ev',
          'f1-ev',
          'f2-ev2',
        ]);
        expect(ids(await store.events.between('2026-04-02', '2026-04-20'))).toEqual(['f2-ev', 'f1-ev']);
        expect(ids(await store.events.between('2026-04-01', '2026-05-31', 'LUMN'))).toEqual([
          'f1-ev',
          'f2-ev2',
        ]);
        expect(ids(await store.events.between('2026-04-01', '2026-05-31', undefined, 1))).toEqual(['f2-ev']);
        expect(await store.events.between('2026-06-01', '2026-06-30')).toEqual([]);
        expect(ids(await store.events.byTicker('LUMN'))).toContain('f1-ev-undated');
      });
    });

    describe('deals', () => {
      const lumen = { name: 'Lumen Technologies', ticker: 'LUMN' };
      const att = { name: 'AT&T', ticker: 'T' };
      const privateCo = { name: 'Fiber Holdings LLC', ticker: null };

      it('stores deals and finds them by party ticker or name, newest first', async () => {
        await store.deals.put(deal('d1', '2026-01-10', [att, lumen]));
        await store.deals.put(deal('d2', '2026-03-01', [lumen, privateCo], { type: 'partnership' }));
        await store.deals.put(deal('d3', '2026-02-01', [att, privateCo]));
        expect((await store.deals.get('d1'))?.parties[1]?.ticker).toBe('LUMN');
        expect(ids(await store.deals.getMany(['d3', 'zz', 'd1']))).toEqual(['d3', 'd1']);
        expect(ids(await store.deals.byParty('LUMN'))).toEqual(['d2', 'd1']);
        expect(ids(await store.deals.byParty('lumn'))).toEqual(['d2', 'd1']);
        expect(ids(await store.deals.byParty('Lumen Technologies'))).toEqual(['d2', 'd1']);
        expect(ids(await store.deals.byParty('Fiber Holdings'))).toEqual(['d2', 'd3']);
        expect(ids(await store.deals.byParty('fiber holdings llc'))).toEqual(['d2', 'd3']);
        expect(ids(await store.deals.byParty('LUMN', { limit: 1 }))).toEqual(['d2']);
        expect(ids(await store.deals.byParty('T', { since: '2026-01-11' }))).toEqual(['d3']);
        expect(ids(await store.deals.newest())).toEqual(['d2', 'd3', 'd1']);
      });

      it('filters by deal type from the index', async () => {
        await store.deals.put(deal('t1', '2026-01-10', [lumen], { type: 'acquisition' }));
        await store.deals.put(deal('t2', '2026-01-11', [lumen], { type: 'divestiture' }));
        await store.deals.put(deal('t3', '2026-01-12', [lumen], { type: 'acquisition' }));
        expect(ids(await store.deals.byParty('LUMN', { type: 'acquisition' }))).toEqual(['t3', 't1']);
        expect(ids(await store.deals.byParty('LUMN', { type: 'divestiture' }))).toEqual(['t2']);
        expect(await store.deals.byParty('LUMN', { type: 'merger' })).toEqual([]);
      });

      it('moves an updated deal in every index and deletes cleanly', async () => {
        await store.deals.put(deal('m1', '2026-01-10', [lumen, privateCo]));
        await store.deals.put(deal('m2', '2026-01-20', [lumen]));
        await store.deals.put(
          deal('m1', '2026-02-10', [att, lumen], { type: 'merger', updatedAt: '2026-02-10T09:00:00.000Z' }),
        );
        expect(ids(await store.deals.byParty('LUMN'))).toEqual(['m1', 'm2']);
        expect(await store.deals.byParty('Fiber Holdings')).toEqual([]);
        expect(await store.deals.byParty('LUMN', { type: 'acquisition' }).then(ids)).toEqual(['m2']);
        expect(ids(await store.deals.byParty('T', { type: 'merger' }))).toEqual(['m1']);
        await store.deals.delete('m1');
        expect(await store.deals.get('m1')).toBeUndefined();
        expect(ids(await store.deals.byParty('LUMN'))).toEqual(['m2']);
        expect(ids(await store.deals.newest())).toEqual(['m2']);
      });

      it('lists deals updated since an instant, most recently updated first', async () => {
        await store.deals.put(deal('u1', '2026-01-01', [lumen], { updatedAt: '2026-05-01T10:00:00.000Z' }));
        await store.deals.put(deal('u2', '2026-01-02', [lumen], { updatedAt: '2026-05-01T12:00:00+02:00' }));
        await store.deals.put(deal('u3', '2026-01-03', [lumen], { updatedAt: '2026-04-30T23:00:00.000Z' }));
        expect(ids(await store.deals.updatedSince('2026-05-01T09:59:00Z'))).toEqual(['u1', 'u2']);
        expect(ids(await store.deals.updatedSince('2026-04-01T00:00:00Z', 2))).toEqual(['u1', 'u2']);
        expect(ids(await store.deals.updatedSince('2026-05-02T00:00:00Z'))).toEqual([]);
      });
    });

    describe('companies', () => {
      it('finds a company by normalised alias, full names before short forms', async () => {
        await store.companies.upsertMany([
          company('LUMN', 'Lumen Technologies, Inc.'),
          company('T', 'AT&T Inc.', { aliases: ['American Telephone and Telegraph'] }),
          company('LUMX', 'Lumen', { origin: 'import' }),
        ]);
        expect((await store.companies.findByAlias('lumen technologies inc.'))?.ticker).toBe('LUMN');
        expect((await store.companies.findByAlias('LUMEN TECHNOLOGIES'))?.ticker).toBe('LUMN');
        expect((await store.companies.findByAlias('Lumen'))?.ticker).toBe('LUMX');
        expect((await store.companies.findByAlias('at&t'))?.ticker).toBe('T');
        expect((await store.companies.findByAlias('AT and T'))?.ticker).toBe('T');
        expect((await store.companies.findByAlias('american telephone & telegraph'))?.ticker).toBe('T');
        expect(await store.companies.findByAlias('Verizon')).toBeUndefined();
      });

      it('maps a short name when nothing else claims it', async () => {
        await store.companies.upsert(company('LUMN', 'Lumen Technologies'));
        expect((await store.companies.findByAlias('Lumen'))?.ticker).toBe('LUMN');
        expect((await store.companies.get('lumn'))?.name).toBe('Lumen Technologies');
      });

      it('merges on upsert: aliases unioned, the more authoritative origin names it', async () => {
        await store.companies.upsert(company('ACME', 'Acme Corp', { origin: 'article', aliases: ['Acme'] }));
        await store.companies.upsert(
          company('ACME', 'ACME CORPORATION', { origin: 'import', aliases: ['Acme Co'] }),
        );
        await store.companies.upsert(
          company('ACME', 'acme thing', { origin: 'article', aliases: ['Roadrunner Foods'] }),
        );
        const acme = await store.companies.get('ACME');
        expect(acme?.name).toBe('ACME CORPORATION');
        expect(acme?.origin).toBe('import');
        expect(acme?.aliases).toEqual(
          expect.arrayContaining(['Acme', 'Acme Co', 'Roadrunner Foods', 'acme thing']),
        );
        expect((await store.companies.findByAlias('roadrunner foods'))?.ticker).toBe('ACME');
      });

      it('lists all companies, and the cached list follows upserts', async () => {
        await store.companies.upsertMany([company('AAA', 'Alpha'), company('BBB', 'Beta')]);
        expect((await store.companies.all()).map((c) => c.ticker).sort()).toEqual(['AAA', 'BBB']);
        await store.companies.upsert(company('CCC', 'Gamma'));
        await store.companies.upsert(company('AAA', 'Alpha Renamed'));
        const all = await store.companies.all();
        expect(all.map((c) => c.ticker).sort()).toEqual(['AAA', 'BBB', 'CCC']);
        expect(all.find((c) => c.ticker === 'AAA')?.name).toBe('Alpha Renamed');
      });
    });

    describe('channels', () => {
      it('keeps subscriptions by id and channel, and forgets deleted ones', async () => {
        await store.subscriptions.put(subscription('s1', 'slack:T1:C1'));
        await store.subscriptions.put(subscription('s2', 'slack:T1:C1'));
        await store.subscriptions.put(subscription('s3', 'discord:G1:C9'));
        await store.subscriptions.put(subscription('s3', 'discord:G1:C9')); // idempotent
        expect(ids(await store.subscriptions.byChannel('slack:T1:C1')).sort()).toEqual(['s1', 's2']);
        expect(ids(await store.subscriptions.all()).sort()).toEqual(['s1', 's2', 's3']);
        await store.subscriptions.put({ ...subscription('s2', 'discord:G1:C9'), time: '09:30' });
        expect(ids(await store.subscriptions.byChannel('slack:T1:C1'))).toEqual(['s1']);
        expect((await store.subscriptions.get('s2'))?.time).toBe('09:30');
        await store.subscriptions.delete('s1');
        expect(await store.subscriptions.get('s1')).toBeUndefined();
        expect(await store.subscriptions.byChannel('slack:T1:C1')).toEqual([]);
        expect(ids(await store.subscriptions.all()).sort()).toEqual(['s2', 's3']);
      });

      it('keeps watchlists and who watches a ticker', async () => {
        const at = '2026-01-01T00:00:00.000Z';
        await store.watchlists.put({ channelId: 'slack:T1:C1', tickers: ['lumn', 'T'], updatedAt: at });
        await store.watchlists.put({ channelId: 'discord:G1:C2', tickers: ['LUMN'], updatedAt: at });
        expect((await store.watchlists.channelsWatching('LUMN')).sort()).toEqual([
          'discord:G1:C2',
          'slack:T1:C1',
        ]);
        await store.watchlists.put({ channelId: 'slack:T1:C1', tickers: ['T'], updatedAt: at });
        expect(await store.watchlists.channelsWatching('lumn')).toEqual(['discord:G1:C2']);
        expect(await store.watchlists.channelsWatching('T')).toEqual(['slack:T1:C1']);
        expect((await store.watchlists.get('slack:T1:C1'))?.tickers).toEqual(['T']);
        expect((await store.watchlists.all()).length).toBe(2);
      });

      it('keeps thread contexts and small values', async () => {
        const ctx = {
          threadId: 'slack:T1:C1:1700000000.1',
          command: 'deals',
          tickers: ['LUMN'],
          dealIds: ['d1'],
          articleIds: [],
          lastAnswer: null,
          updatedAt: '2026-01-01T00:00:00.000Z',
        };
        await store.threads.put(ctx);
        expect(await store.threads.get(ctx.threadId)).toEqual(ctx);
        expect(await store.threads.get('other')).toBeUndefined();
        await store.setValue('feed:state', { etag: 'x', items: [1, 2] });
        expect(await store.getValue('feed:state')).toEqual({ etag: 'x', items: [1, 2] });
        expect(await store.getValue('nothing')).toBeUndefined();
      });
    });

    describe('deliveries', () => {
      it('claims a key once, reads back what the claim wrote, updates and releases', async () => {
        const rec = delivery('digest:s1:2026-01-01');
        expect(await store.deliveries.claim(rec, 60_000)).toBe(true);
        expect(await store.deliveries.claim(rec, 60_000)).toBe(false);
        expect(await store.deliveries.get(rec.key)).toEqual(rec);
        const sent = {
          ...rec,
          state: 'sent' as const,
          messageRef: 'ts-1',
          finishedAt: '2026-01-01T00:00:05.000Z',
        };
        await store.deliveries.update(sent);
        expect(await store.deliveries.get(rec.key)).toEqual(sent);
        expect(await store.deliveries.claim(rec)).toBe(false);
        await store.deliveries.release(rec.key);
        expect(await store.deliveries.get(rec.key)).toBeUndefined();
        expect(await store.deliveries.claim(rec)).toBe(true);
      });

      it('lets exactly one of 20 concurrent claims win', async () => {
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            store.deliveries.claim(delivery('race', { attempts: i }), 60_000),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        const winner = results.indexOf(true);
        expect((await store.deliveries.get('race'))?.attempts).toBe(winner);
      });

      it('lets exactly one of 20 claims win across two connections to the same store', async () => {
        if (!backend.persistent) return; // a memory store is one process's Map
        const namespace = uniqueNamespace();
        const [one, two] = [await scope.store({ namespace }), await scope.store({ namespace })];
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            (i % 2 ? one : two).deliveries.claim(delivery('race2'), 60_000),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
      });

      it('lets a claim be taken again once its TTL has passed', async () => {
        expect(await store.deliveries.claim(delivery('short'), 40)).toBe(true);
        expect(await store.deliveries.claim(delivery('short'), 40)).toBe(false);
        await new Promise((r) => setTimeout(r, 120));
        expect(await store.deliveries.get('short')).toBeUndefined();
        expect(await store.deliveries.claim(delivery('short', { attempts: 1 }), 40)).toBe(true);
      });
    });

    describe('schema version', () => {
      it('writes the current version into a new store', async () => {
        expect(await rawKv(store).get(SCHEMA_VERSION_KEY)).toBe(CURRENT_SCHEMA_VERSION);
      });

      it('runs registered migrations in order on an older store', async () => {
        const kv = rawKv(store);
        await kv.set(SCHEMA_VERSION_KEY, 1);
        await kv.set('v:greeting', 'hello');
        const ran = await ensureSchema(kv, {
          current: 3,
          migrations: [
            {
              to: 3,
              description: 'shout',
              run: async (k) => k.set('v:greeting', `${await k.get('v:greeting')}!`),
            },
            {
              to: 2,
              description: 'upper',
              run: async (k) => k.set('v:greeting', String(await k.get('v:greeting')).toUpperCase()),
            },
          ],
        });
        expect(ran).toEqual(['upper', 'shout']);
        expect(await store.getValue('greeting')).toBe('HELLO!');
        expect(await kv.get(SCHEMA_VERSION_KEY)).toBe(3);
      });

      it('refuses, at open, a store written by a newer Dealdesk', async () => {
        if (!backend.persistent) {
          await rawKv(store).set(SCHEMA_VERSION_KEY, CURRENT_SCHEMA_VERSION + 1);
          await expect(ensureSchema(rawKv(store))).rejects.toThrow(SchemaVersionError);
          return;
        }
        const namespace = uniqueNamespace();
        const first = await scope.store({ namespace });
        await rawKv(first).set(SCHEMA_VERSION_KEY, CURRENT_SCHEMA_VERSION + 1);
        await expect(scope.store({ namespace })).rejects.toThrow(/written by a newer Dealdesk/);
      });

      it('migrates at open when the store is older', async () => {
        if (!backend.persistent) return;
        const namespace = uniqueNamespace();
        const first = await scope.store({ namespace });
        await first.setValue('n', 1);
        const next = CURRENT_SCHEMA_VERSION + 1;
        const migrations = [
          {
            to: next,
            description: 'bump',
            run: async (k: Kv) => k.set('v:n', 2),
          },
        ];
        const second = await scope.store({ namespace, schema: { current: next, migrations } });
        expect(await second.getValue('n')).toBe(2);
        expect(await rawKv(second).get(SCHEMA_VERSION_KEY)).toBe(next);
      });
    });

    it('keeps every index entry when two processes write the same index at once', async () => {
      if (!backend.persistent) return;
      const namespace = uniqueNamespace();
      const [one, two] = [await scope.store({ namespace }), await scope.store({ namespace })];
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? one : two).saveArticle(article(`p${i}`, '2026-05-01', { tickers: ['LUMN'] }), noFacts()),
        ),
      );
      expect(await one.articles.byTicker('LUMN', { limit: 100 })).toHaveLength(40);
      expect(await two.articles.newest({ limit: 100 })).toHaveLength(40);
    });

    it('keeps namespaces apart on a shared server', async () => {
      if (!backend.persistent) return;
      const other = await scope.store();
      await store.saveArticle(article('mine', '2026-01-01'), noFacts());
      expect(await other.articles.get('mine')).toBeUndefined();
      expect(await other.articles.count()).toBe(0);
    });
  });
}
