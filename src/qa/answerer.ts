/**
 * The rules-and-retrieval answerer: the default `Answerer`. For a question in a thread it works out
 * the subject (the thread's tickers, switched or narrowed by names in the question), gathers the
 * subject's articles and structured facts, ranks the articles' sentences with a full-text index,
 * keeps only sentences that actually hold the kind of answer asked for, and quotes the best one with
 * its source. Structured facts come first: a sentence that is the evidence of a matching fact is
 * ranked above others. When no sentence supports an answer it says so and offers what it knows.
 */
import type { Answer, AnswerRequest, Answerer } from '../bot/answerer.js';
import { kindFor } from '../bot/cards/deal.js';
import { citationOf, formatMoney, truncate } from '../bot/cards/format.js';
import type { Card, FollowUpSubject } from '../bot/types.js';
import type { Evidence } from '../domain/facts.js';
import type {
  ArticleRecord,
  CompanyRecord,
  DealRecord,
  EventRecord,
  ThreadQuestion,
} from '../domain/records.js';
import type { Store } from '../store/types.js';
import { SubjectCache } from './cache.js';
import { bareSwitchTarget, parseQuestion, type Intent, type ParsedQuestion } from './question.js';
import { SentenceIndex, type SentenceHit } from './sentence-index.js';
import { companiesOf, findCompanies, formsOf, mentions, type NamedEntity } from './subject.js';
import {
  NOT_TOLD_IN_TEXT,
  amountsIn,
  articleDay,
  datesIn,
  resolveWeekday,
  sameAmount,
  hasKind,
  stemSet,
  stems,
  type Sentence,
} from './text.js';

/** One candidate answer sentence with what we know about it. */
export interface Candidate extends Sentence {
  article: ArticleRecord;
  index: number;
  score: number;
  /** Holds an answer (kind, content words, names, intent vocabulary all present). */
  supports: boolean;
  /** Says the thing asked was not disclosed. */
  notTold: boolean;
  factKind: string | null;
  /** The previous sentence, when this one only makes sense with it. */
  before: string;
}

/** What the engine retrieved for a question: used by the answer and by the optional LLM. */
export interface Retrieval {
  question: ParsedQuestion;
  subject: string[];
  entities: NamedEntity[];
  candidates: Candidate[];
  articles: ArticleRecord[];
  deals: DealRecord[];
  /** The deal a question that names no party is about (see focusDeal). */
  focus: DealRecord | undefined;
  /** The deal a money question is about, when one is singled out (see moneyOf). */
  asked?: DealRecord;
}

export interface QaAnswererOptions {
  index?: SentenceIndex;
  /** Articles read per subject ticker (newest first). */
  articlesPerTicker?: number;
}

const INTENT_CHECK: Partial<Record<Intent, RegExp>> = {
  risks:
    /\b(?:risks?|could|uncertain\w*|pressure\w*|concerns?|challeng\w*|threat\w*|compet\w*|execution|headwinds?|skeptic\w*|warn\w*|tariffs?|costs?|may|might|dilut\w*|debt|depend\w*|lawsuit|regulat\w*|permits?|capital)\b/i,
  analyst:
    /\b(?:analysts?|rating|rated|target|upgrad\w*|downgrad\w*|initiat\w*|reiterat\w*|Buy|Sell|Hold|Overweight|Underweight|Outperform|Underperform|Neutral|Add|Reduce|Equal[- ]weight|valuation|multiples?|skeptic\w*|bulls?|bears?|short)\b/,
  earnings:
    /\b(?:reports?|reporting|results|earnings|due|(?:after|before) the (?:bell|close|open\w*)|Q[1-4]|consensus|estimates?|expect\w*|analysts?|call|per share|EPS|revenue|investor day|loss|profit|quarter)\b/i,
  stock:
    /\b(?:shares?|stock|rose|rise[sn]?|fell|fall[sn]?|jump\w*|gain\w*|climb\w*|surg\w*|slid|slump\w*|drop\w*|trad\w*|clos\w*|rall\w*|valuation|multiples?|forward earnings|×|up|down|higher|lower|year to date)\b/i,
  status:
    /\b(?:complet\w*|closed?|closing|pending|terminat\w*|called off|abandon\w*|approv\w*|talks|familiar|agreed|rumou?r\w*|announc\w*|signed|await\w*|cleared?|sued|lawsuit|declined|confirm\w*|sell|sold|sale|vote)\b/i,
  timing: /\b(?:clos\w*|complet\w*|expect\w*|vote|meeting|report\w*|scheduled|due|by|on|at)\b/i,
  value:
    /\b(?:pay\w*|paid|valu\w*|worth|price\w*|deal|acqui\w*|buy\w*|sell\w*|sale|contract|invest\w*|stake|fee|billion|million|cash|offer\w*|upfront|ratio|bid|receiv\w*|exchange|talks)\b/i,
  terms: /\b(?:terms?|disclos\w*|valu\w*|price\w*|financial)\b|\$/i,
  quote: /["“”]/,
  parties:
    /\b(?:buy\w*|sell\w*|acqui\w*|partner\w*|bid\w*|advis\w*|suppl\w*|customer|agreed|deal|contract|won|award\w*)\b/i,
};

const ROLE_RE: Record<string, RegExp> = {
  ceo: /\b(?:CEO|[Cc]hief [Ee]xecutive)\b/,
  cfo: /\b(?:CFO|[Cc]hief [Ff]inancial)\b/,
  coo: /\b(?:COO|[Cc]hief [Oo]perating)\b/,
  chair: /\b[Cc]hair/,
  analyst: /\b(?:analysts?|[A-Z]\w+ (?:Securities|Capital|Research))\b/,
  founder: /\b[Ff]ounder/,
};

const FACT_KIND_FOR: Partial<Record<Intent, string[]>> = {
  value: ['deal'],
  terms: ['deal'],
  status: ['deal'],
  timing: ['deal', 'event'],
  parties: ['deal'],
  stock: ['move'],
  analyst: ['analyst'],
  earnings: ['event'],
  quote: ['quote'],
  risks: ['risk'],
};

/** Questions whose answer belongs to one company: a sentence about another is not an answer. */
const COMPANY_SPECIFIC: Intent[] = ['earnings', 'stock', 'analyst', 'quote', 'person'];

const DAY_RE =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b/;

/** Money that is a deal amount or a per-share price, not a share price after a move. */
const DEAL_MONEY =
  /(?:[A-Z]{0,2}[$€£¥]\s?\d[\d,.]*\s?(?:billion|million|trillion|bn|mn|mln|bln|[BM])\b)|\b\d[\d,.]*\s?(?:billion|million|trillion)\b|[$€£¥]\s?\d[\d,.]*[\s-]+(?:a|per)[\s-]share|\b(?:USD|EUR|GBP|JPY|CAD)\s?\d/;

/** The thread's last question, as the answerer continues it ("more", "what about X?"). */
interface Memory {
  question: ParsedQuestion;
  stored: ThreadQuestion;
}

/** Rebuilds the last question from the thread context kept in the store. */
function recall(context: FollowUpSubject | null): Memory | undefined {
  const stored = context?.lastQuestion;
  if (!stored) return undefined;
  const to = stored.like !== null ? bareSwitchTarget(stored.asked) : null;
  const base = parseQuestion(stored.like ?? stored.asked);
  return { question: to ? { ...base, text: stored.asked, names: [to] } : base, stored };
}

export function createQaAnswerer(opts: QaAnswererOptions = {}): Answerer & {
  retrieve(req: AnswerRequest): Promise<Retrieval>;
  index: SentenceIndex;
} {
  const index = opts.index ?? new SentenceIndex();
  const perTicker = opts.articlesPerTicker ?? 12;
  // Reads per subject, cached per store and kept in step with ingest (see cache.ts).
  const caches = new WeakMap<Store, SubjectCache>();
  const cacheOf = (store: Store): SubjectCache => {
    let c = caches.get(store);
    if (!c) caches.set(store, (c = new SubjectCache()));
    return c;
  };
  // A ticker's newest article ids, deals and facts, cached; texts are read by id (listings give heads).
  const idsOf = (store: Store, t: string) =>
    cacheOf(store).get(t, 'articleIds', async () =>
      (await store.articles.byTicker(t, { limit: perTicker })).map((a) => a.id),
    );
  const articlesOf = (store: Store, t: string) =>
    cacheOf(store).get(t, 'articles', async () => store.articles.getMany(await idsOf(store, t)));
  const dealsOf = (store: Store, t: string) =>
    cacheOf(store).get(t, 'deals', () => store.deals.byParty(t, { limit: 20 }));
  // Only the fact kinds the question can use are read (a cold subject costs fewer queries).
  const factsOf = (store: Store, t: string, kinds: string[]): Promise<FactList[]> =>
    Promise.all(
      kinds
        .filter((k) => k in FACT_READERS)
        .map(async (kind) => ({
          kind,
          facts: await cacheOf(store).get(t, `facts:${kind}`, () => FACT_READERS[kind]!(store, t)),
        })),
    );

  const eventsOf = (store: Store, t: string) =>
    cacheOf(store).get(t, 'events', () => store.events.byTicker(t, { limit: 20 }));

  /** Reads the subject's articles, deals and facts; ranks the sentences unless `rank` is false. */
  async function retrieve(
    req: AnswerRequest,
    override?: { question: ParsedQuestion },
    { rank = true }: { rank?: boolean } = {},
  ): Promise<Retrieval> {
    const { store, context } = req;
    const prev = override ? undefined : recall(context);
    let q = override?.question ?? parseQuestion(req.question);
    // "what about Google?" asks the previous question about a new name.
    const switchTo = bareSwitchTarget(req.question);
    if (switchTo && !override) {
      const base = prev?.question ?? parseQuestion('what happened?');
      q = { ...base, text: req.question, names: [switchTo] };
    }
    const baseTickers = context?.tickers ?? [];
    const kinds = FACT_KIND_FOR[q.intent] ?? ALL_FACT_KINDS;
    // Unless the question names a company, the subject is the thread's: its reads start now, in the
    // same store round trip as the thread's own deals and articles (cached, so never read twice).
    for (const t of baseTickers.slice(0, 4)) {
      void idsOf(store, t).catch(() => {});
      void dealsOf(store, t).catch(() => {});
      void factsOf(store, t, kinds).catch(() => {});
      if (q.intent === 'earnings') void eventsOf(store, t).catch(() => {});
    }
    // Independent reads go out together: the store sends reads of one turn in a single round trip.
    const [companies, contextDeals, contextArticles] = await Promise.all([
      cacheOf(store).get('*', 'companies', () => companiesOf(store)),
      context?.dealIds.length ? store.deals.getMany(context.dealIds) : [],
      context?.articleIds.length ? store.articles.getMany(context.articleIds.slice(0, 12)) : [],
    ]);
    const byTicker = tickerMapOf(companies);
    const named = findCompanies(q.text, companies);
    // The thread's own articles, or (first question) the subject's newest: where names are looked up.
    const seenArticles =
      contextArticles.length || !named.length
        ? contextArticles
        : (await Promise.all(baseTickers.slice(0, 3).map((t) => articlesOf(store, t)))).flatMap((l) =>
            l.slice(0, 8),
          );
    const inContext = (c: CompanyRecord) =>
      baseTickers.includes(c.ticker) ||
      contextDeals.some((d) => d.parties.some((p) => p.ticker === c.ticker)) ||
      seenArticles.some((a) => a.tickers.includes(c.ticker) || mentions(a.text, formsOf(c.name, c)));
    // A company the thread has not seen switches the subject; one it has seen narrows the question.
    // Brokers named in an analyst question ("What did Citigroup say?") are sources, not subjects.
    const switched = named
      .filter((c) => !inContext(c) && !(q.intent === 'analyst' && baseTickers.length))
      .map((c) => c.ticker);
    // Naming one of the thread's companies narrows the subject to it ("When does Palantir report?").
    const narrowed = named.map((c) => c.ticker).filter((t) => baseTickers.includes(t));
    const subject = switched.length
      ? switched
      : narrowed.length
        ? narrowed
        : baseTickers.length
          ? baseTickers
          : named.map((c) => c.ticker);

    // Names the answer must mention: every name in the question that is not the subject itself.
    const entities: NamedEntity[] = [];
    for (const name of q.names) {
      const company =
        named.find((c) =>
          formsOf(c.name, c).some((f) => f === name || name.includes(f) || f.includes(name)),
        ) ?? findCompanies(name, companies)[0];
      if (company && subject.includes(company.ticker)) continue;
      entities.push({ name, ticker: company?.ticker ?? null, forms: formsOf(name, company) });
    }

    // Articles: the thread's own first (the last answer's source leads), then each ticker's newest.
    const tickersToRead = [
      ...new Set([...subject, ...entities.flatMap((e) => (e.ticker ? [e.ticker] : []))]),
    ];
    const [idLists, dealLists] = await Promise.all([
      Promise.all(tickersToRead.map((t) => idsOf(store, t))),
      Promise.all(tickersToRead.map((t) => dealsOf(store, t))),
    ]);
    // Facts of the subject (and named companies): their evidence sentences rank first.
    const deals = dedupeDeals([...(switched.length ? [] : contextDeals), ...dealLists.flat()]);
    // Deal sources that are not among the newest articles: read with the texts, in the same trip.
    const have = new Set([
      ...idLists.flat(),
      ...(switched.length ? [] : [...contextArticles, ...seenArticles].map((a) => a.id)),
    ]);
    const extraIds = dedupeIds(deals.flatMap((d) => d.sources.map((s) => s.articleId))).filter(
      (id) => !have.has(id),
    );
    const [lists, extra] = await Promise.all([
      Promise.all(tickersToRead.map((t) => articlesOf(store, t))),
      extraIds.length ? store.articles.getMany(extraIds.slice(0, 8)) : [],
    ]);
    let articles = dedupe([
      ...(switched.length ? [] : [...contextArticles, ...seenArticles]),
      ...lists.flat(),
      ...extra,
    ]);
    if (!articles.length && !subject.length)
      articles = await store.articles.getMany((await store.articles.newest({ limit: 100 })).map((a) => a.id));
    const scopeKey = subject.length ? subject.slice().sort().join(',') : 'recent';
    articles = articles.slice(0, 80);
    if (!rank) return { question: q, subject, entities, candidates: [], articles, deals, focus: undefined };
    index.sync(scopeKey, articles);

    const subjectForms = subject.flatMap((t) => {
      const c = byTicker.get(t);
      return c ? formsOf(c.name, c) : [t];
    });
    // Other companies an article is about: a sentence naming only them is not about the subject.
    const otherCache = new Map<string, string[]>();
    const otherFormsOf = (a: ArticleRecord): string[] => {
      let f = otherCache.get(a.id);
      if (!f) {
        f = a.tickers
          .filter((t) => !subject.includes(t))
          .flatMap((t) => {
            const c = byTicker.get(t);
            return c ? formsOf(c.name, c).filter((x) => !subjectForms.includes(x)) : [];
          });
        otherCache.set(a.id, f);
      }
      return f;
    };
    const dealFocus = entities.length ? undefined : focusDeal(q, deals, byIdOf(articles), index);
    const leadDeal = !switched.length && contextDeals.length ? dealFocus : undefined;
    const money = moneyOf(q, deals, entities, subject, leadDeal);
    const factEvidence = await collectFactEvidence(
      deals,
      await Promise.all(tickersToRead.slice(0, 4).map((t) => factsOf(store, t, kinds))),
    );
    const byId = byIdOf(articles);
    const focus = context?.articleIds ?? [];
    const anaphora = /\b(?:that|it|this|that one|the deal|there)\b/i.test(q.text);

    const query = [q.text, ...q.boost, ...entities.flatMap((e) => e.forms)].join(' ');
    const hits: SentenceHit[] = index.search(scopeKey, query, 60);
    // Names the ranking may miss: add every sentence that mentions a required name.
    const seen = new Set(hits.map((h) => `${h.articleId}#${h.index}`));
    const pool: SentenceHit[] = [...hits];
    const addSentence = (a: ArticleRecord, i: number, s: Sentence) => {
      const key = `${a.id}#${i}`;
      if (seen.has(key)) return;
      seen.add(key);
      pool.push({ ...s, articleId: a.id, index: i, score: 0 });
    };
    for (const a of articles) {
      const sentences = index.sentencesOf(a);
      sentences.forEach((s, i) => {
        if (entities.some((e) => mentions(s.text, e.forms)) || factAt(factEvidence, a.id, s) !== null)
          addSentence(a, i, s);
      });
    }
    const maxScore = Math.max(1, ...pool.map((h) => h.score));
    const candidates: Candidate[] = [];
    for (const h of pool) {
      const article = byId.get(h.articleId);
      if (!article) continue;
      const factKind = factAt(factEvidence, article.id, h);
      const lead = leadDeal?.sources.some(
        (src) => src.articleId === article.id && src.evidence.start < h.end && src.evidence.end > h.start,
      );
      const before = h.index > 0 ? (index.sentencesOf(article)[h.index - 1]?.text ?? '') : '';
      const others = otherFormsOf(article);
      candidates.push(
        assess(
          q,
          h,
          before,
          article,
          factKind,
          entities,
          subjectForms,
          subject,
          others,
          maxScore,
          focus,
          anaphora,
          !!lead,
          money,
        ),
      );
    }
    candidates.sort((a, b) => b.score - a.score);
    return {
      question: q,
      subject,
      entities,
      candidates,
      articles,
      deals,
      focus: dealFocus,
      asked: money?.asked,
    };
  }

  async function answer(req: AnswerRequest): Promise<Answer> {
    // Another process's ingest changes the store's content version: what was cached is stale.
    cacheOf(req.store).syncVersion(await req.store.contentVersion());
    const prev = recall(req.context);
    const parsed = parseQuestion(req.question);
    const isMore = parsed.intent === 'more' && !!prev;
    const override = isMore ? { question: prev!.question } : undefined;
    // Structured facts answer "where is this from?" and "when are earnings?": sentences are ranked
    // only when they do not (no event stored, no article), which saves a cold subject's indexing.
    const factsFirst =
      !isMore &&
      !bareSwitchTarget(req.question) &&
      (parsed.intent === 'source' || (parsed.intent === 'earnings' && parsed.kind === 'date'));
    let r = await retrieve(req, override, { rank: !factsFirst });
    // Earnings dates come from the store's events first: they carry the date the article implies
    // ("after the bell Thursday"), resolved against its publication date by the extractor.
    const event =
      !isMore && r.question.intent === 'earnings' && r.question.kind === 'date' && !r.entities.length
        ? await earningsEvent(req.store, r, req.now, (t) => eventsOf(req.store, t))
        : null;
    if (factsFirst && !event && !(r.question.intent === 'source' && r.articles.length))
      r = await retrieve(req, override);
    const shown = new Set(isMore ? prev!.stored.shown : []);
    let supported = r.candidates.filter((c) => c.supports && !shown.has(key(c)));
    if (/\b(?:highest|top|most bullish)\b/i.test(r.question.text))
      supported = byExtremeTarget(supported, 'max');
    if (/\b(?:lowest|most bearish)\b/i.test(r.question.text)) supported = byExtremeTarget(supported, 'min');
    if (['percent', 'money', 'rating'].includes(r.question.kind)) supported = preferPrecise(supported);

    // "what about X?" whose carried-over question finds nothing: say what we know about X.
    if (!supported.length && bareSwitchTarget(req.question) && r.entities.length + r.subject.length) {
      const general = r.candidates.filter(
        (c) =>
          !shown.has(key(c)) &&
          (r.entities.length === 0 || r.entities.some((e) => mentions(c.text, e.forms))) &&
          /\d/.test(c.text),
      );
      supported = general
        .sort((a, b) => (b.factKind ? 1 : 0) - (a.factKind ? 1 : 0) || b.score - a.score)
        .slice(0, 1);
    }

    const lines: string[] = [];
    const cited: ArticleRecord[] = [];
    const threadDeals = isMore ? [] : dealsToPrice(r, req.context);
    const subjectLabel = labelOf(r);
    // Out of any thread and naming no company, "what loss are analysts expecting?" has no subject:
    // the best sentence in the whole store is some company's figure, not the one the user means.
    const noSubject =
      !isMore &&
      !r.subject.length &&
      !r.entities.length &&
      !req.context?.articleIds.length &&
      [...COMPANY_SPECIFIC, 'value', 'terms'].includes(r.question.intent);
    // "What's the source?" with no earlier answer and no subject: the newest article is not it.
    const noSource =
      !isMore &&
      r.question.intent === 'source' &&
      !req.context?.articleIds.length &&
      !r.subject.length &&
      !r.entities.length;
    if (noSource) {
      lines.push(
        `The sources I have don't say what that refers to: there is no earlier answer here to give the source of. Ask about a company or deal first.`,
      );
    } else if (noSubject) {
      supported = [];
      lines.push(
        `The sources I have don't say which company that is about: name it in the question, or start a thread with /company TICKER.`,
      );
    } else if (r.question.intent === 'source' && !isMore) {
      const a = r.articles.find((x) => req.context?.articleIds[0] === x.id) ?? r.articles[0];
      if (a) {
        const where = a.source ?? hostOf(a.url) ?? a.origin;
        lines.push(
          `That comes from ${where}: “${truncate(a.title, 120)}”${a.publishedAt ? ` (${a.publishedAt})` : ''}${a.url ? `, ${a.url}` : ''}.`,
        );
        cited.push(a);
      }
    } else if (event) {
      const who = companyNameOf(event.e.company);
      lines.push(
        `${who} reports${event.e.period ? ` ${event.e.period}` : ''} results on ${formatDay(event.e.date!)}: “${trimSentence(event.e.evidence.text, r.question)}”`,
      );
      cited.push(event.article);
    } else if (threadDeals.length) {
      // A bare "how much?" under a list of deals: every deal's value, from the records themselves.
      const subject = r.subject[0] ?? null;
      lines.push(
        `The deals here: ${threadDeals.map((d) => `${dealName(d, subject)}: ${d.value ? formatMoney(d.value) : 'no terms disclosed'}`).join('; ')}.`,
      );
      for (const d of threadDeals) {
        const source = newestSource(d, r.articles);
        if (source) cited.push(source);
      }
    } else if (
      !isMore &&
      (r.question.intent === 'terms' || (r.question.intent === 'value' && !supported.length)) &&
      undisclosedDeal(r)
    ) {
      const d = undisclosedDeal(r)!;
      const parties = d.parties.map((p) => p.name).join(' and ');
      const source = r.articles.find((x) => d.sources.some((s) => s.articleId === x.id)) ?? r.articles[0];
      const told = r.candidates.find((c) => c.notTold && d.sources.some((s) => s.articleId === c.article.id));
      lines.push(
        told
          ? `Terms were not disclosed, so the sources I have don't say what it is worth: ${quoteOf(told, r.question)}`
          : `The sources I have don't say what the ${d.type} between ${parties} is worth: no financial terms appear in them.`,
      );
      if (told) cited.push(told.article);
      else if (source) cited.push(source);
    } else if (supported.length) {
      const best = supported[0]!;
      // "after the bell Thursday" is an answer users can act on only with the date it stands for.
      const dated = r.question.kind === 'date' ? articleDay(best.article) : null;
      const day = dated ? resolveWeekday(best.text, dated) : null;
      lines.push(
        day && dated
          ? `${formatDay(day)}, going by the article of ${formatDay(dated)}: ${quoteOf(best, r.question)}`
          : quoteOf(best, r.question),
      );
      cited.push(best.article);
      // "how much?" when the sources disagree: say so rather than let one quote settle it.
      const asked = r.question.intent === 'value' ? r.asked : undefined;
      if (asked?.value && asked.conflictingValues.length)
        lines.push(
          `Sources disagree on the value: ${formatMoney(asked.value)} in some, ${asked.conflictingValues.map(formatMoney).join(', ')} in others.`,
        );
      const second = supported[1];
      if (second && r.question.intent === 'risks' && second.text !== best.text && second.text.length < 260) {
        lines.push(quoteOf(second, r.question));
        if (second.article.id !== best.article.id) cited.push(second.article);
      }
    } else {
      const told = r.candidates.find((c) => c.notTold && !shown.has(key(c)));
      if (told && !isMore) {
        lines.push(`The sources I have don't say. What they do say: ${quoteOf(told, r.question)}`);
        cited.push(told.article);
      } else if (isMore) {
        lines.push(
          `That's all the sources I have say about it${subjectLabel ? ` for ${subjectLabel}` : ''}.`,
        );
        cited.push(...r.articles.slice(0, 1));
      } else {
        lines.push(
          `The sources I have don't say${subjectLabel ? ` (I looked in the articles about ${subjectLabel})` : ''}.`,
        );
        const known = knownAbout(r);
        if (known) lines.push(known);
        cited.push(...r.articles.slice(0, 1));
      }
    }

    const text = lines.join(' ');
    const citedIds = cited.map((a) => a.id);
    const base = req.context;
    const updatedContext: FollowUpSubject = {
      command: base?.command ?? 'ask',
      // An answer found across the whole store makes its article's companies the thread's subject.
      tickers: r.subject.length ? r.subject : dedupeIds(cited.flatMap((a) => a.tickers)).slice(0, 3),
      dealIds: dedupeIds([...r.deals.map((d) => d.id)]).slice(0, 20),
      articleIds: dedupeIds([...citedIds, ...(base?.articleIds ?? [])]).slice(0, 50),
      lastAnswer: text,
      // "more" continues this question; "what about X?" repeats the question it carried over.
      lastQuestion: {
        asked: isMore ? prev!.stored.asked : req.question,
        like: isMore
          ? prev!.stored.like
          : bareSwitchTarget(req.question)
            ? (prev?.stored.like ?? prev?.stored.asked ?? 'what happened?')
            : null,
        shown: [...shown, ...supported.slice(0, 1).map(key)],
      },
    };
    const card: Card = {
      title: subjectLabel ? `About ${subjectLabel}` : 'Answer',
      sections: [{ lines: lines.map((l) => [l]) }],
      citations: dedupe(cited).map(citationOf),
      // "more" continues with ranked sentences: offered only when a sentence answered.
      ...(supported.length > 1 && r.question.intent !== 'source' && threadDeals.length < 2
        ? { footer: 'Reply "more" for the next best source.' }
        : {}),
    };
    return { card, updatedContext };
  }

  return { answer, retrieve, index };
}

const QUARTER: Record<string, string> = { first: 'Q1', second: 'Q2', third: 'Q3', fourth: 'Q4' };

/** The subject's next earnings report (or latest, when none is ahead), for the period asked if any. */
async function earningsEvent(
  store: Store,
  r: Retrieval,
  now: Date,
  eventsOf: (ticker: string) => Promise<EventRecord[]>,
): Promise<{ e: EventRecord; article: ArticleRecord } | null> {
  const today = now.toISOString().slice(0, 10);
  const wanted = r.question.ownDates.map((d) => QUARTER[d.toLowerCase().split(/[- ]/)[0]!]).filter(Boolean);
  for (const t of r.subject.slice(0, 2)) {
    const events = (await eventsOf(t)).filter(
      (e) =>
        (e.type === 'earnings' || e.type === 'earnings_call') &&
        e.date !== null &&
        statedDayAgrees(e.evidence.text, e.date) &&
        (!wanted.length || (e.period !== null && wanted.some((q) => e.period!.includes(q!)))),
    );
    const ahead = events.filter((e) => e.date! >= today).sort((a, b) => a.date!.localeCompare(b.date!));
    const pick = ahead[0] ?? events.sort((a, b) => b.date!.localeCompare(a.date!))[0];
    if (!pick) continue;
    const article =
      r.articles.find((a) => a.id === pick.articleId) ?? (await store.articles.get(pick.articleId));
    if (article) return { e: pick, article };
  }
  return null;
}

/**
 * An event whose own sentence names a different day ("results on Aug. 4", event dated July 14) was
 * dated from something else: the sentence is quoted instead, never a date it contradicts.
 */
function statedDayAgrees(evidence: string, iso: string): boolean {
  const [, m, d] = iso.split('-').map(Number) as [number, number, number];
  const stated = [
    ...evidence.matchAll(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b/g),
  ];
  if (!stated.length) return true;
  const names = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  return stated.some((x) => names.indexOf(x[1]!.toLowerCase()) + 1 === m && Number(x[2]) === d);
}

const MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** 2025-11-06 → "Thursday, Nov. 6, 2025" (AP style, as the articles write dates). */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const wd = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${wd}, ${MONTHS[m - 1]} ${d}, ${y}`;
}
const companyNameOf = (name: string) => name.replace(/,? (?:Inc|Corp|Corporation|Co|Ltd|plc)\.?$/i, '');

/**
 * The deal a question naming no party is about: of the thread's deals (first) and the subject's, the
 * one whose source articles use most of the question's own words ("how much of the money goes to
 * debt?" → the sale whose articles discuss debt, not the partnership listed first); with no such
 * words, or no deal using them, the first that was not called off.
 */
function focusDeal(
  q: ParsedQuestion,
  deals: DealRecord[],
  byId: Map<string, ArticleRecord>,
  index: SentenceIndex,
): DealRecord | undefined {
  // A bid dropped or a deal called off is rarely what a question naming no party means.
  let best = deals.find((d) => d.status !== 'terminated') ?? deals[0];
  let bestCovered = 0;
  if (!q.critical.length) return best;
  for (const d of deals) {
    const sources = dedupeIds(d.sources.map((s) => s.articleId)).flatMap((id) => byId.get(id) ?? []);
    const covered = q.critical.filter((group) => sources.some((a) => index.usesAny(a, group))).length;
    if (covered > bestCovered) [best, bestCovered] = [d, covered];
  }
  return best;
}

const byIdOf = (articles: ArticleRecord[]) => new Map(articles.map((a) => [a.id, a]));

/** The value of the deal a money question is about, and other deals' values that are not answers. */
interface DealMoney {
  asked: DealRecord;
  want: number | null;
  others: number[];
}

/**
 * For "how much?"/"what is the X contract worth?": the deal asked about is the one the named company
 * shares with the subject (the thread's deals come first), or with no name the thread's focus deal.
 * Null when no deal is singled out: then figures are judged by the text alone.
 */
function moneyOf(
  q: ParsedQuestion,
  deals: DealRecord[],
  entities: NamedEntity[],
  subject: string[],
  leadDeal: DealRecord | undefined,
): DealMoney | null {
  if (q.intent !== 'value' && q.intent !== 'terms') return null;
  const party = (d: DealRecord, e: NamedEntity) =>
    d.parties.some((p) => (e.ticker && p.ticker === e.ticker) || mentions(p.name, e.forms)) ||
    (d.asset !== null && mentions(d.asset, e.forms));
  const asked = entities.length
    ? deals.find(
        (d) =>
          entities.every((e) => party(d, e)) &&
          (!subject.length || d.parties.some((p) => p.ticker !== null && subject.includes(p.ticker))),
      )
    : leadDeal;
  if (!asked) return null;
  const want = asked.value?.amount ?? null;
  const others = deals
    .filter((d) => d !== asked && d.value !== null)
    .map((d) => d.value!.amount)
    .filter((o) => want === null || !sameAmount(o, want));
  return { asked, want, others };
}

/** The deal the question is about, when the store has it without a value. */
/**
 * A bare "how much?" (no words of its own, no company named) under an answer listing several deals,
 * at least one priced: those deals, in the thread's order. Otherwise none.
 */
function dealsToPrice(r: Retrieval, context: FollowUpSubject | null): DealRecord[] {
  if (r.question.intent !== 'value' || r.question.critical.length || r.entities.length) return [];
  const deals = (context?.dealIds ?? [])
    .map((id) => r.deals.find((d) => d.id === id))
    .filter((d): d is DealRecord => !!d)
    // A bid dropped before it named a price has none to tell.
    .filter((d) => d.value || d.status !== 'terminated')
    .slice(0, 5);
  return deals.length > 1 && deals.some((d) => d.value) ? deals : [];
}

/** "Sale to AT&T", "Partnership with Palantir Technologies", as the thread's subject sees the deal. */
function dealName(d: DealRecord, subject: string | null): string {
  const others = d.parties.filter((p) => !subject || p.ticker !== subject).map((p) => p.name);
  const kind = kindFor(d, subject);
  return `${kind} ${kind === 'Sale' ? 'to' : 'with'} ${others.join(' and ') || 'undisclosed parties'}`;
}

/** The newest stored article that reports the deal. */
function newestSource(d: DealRecord, articles: ArticleRecord[]): ArticleRecord | undefined {
  const ids = new Set(d.sources.map((s) => s.articleId));
  return articles
    .filter((a) => ids.has(a.id))
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))[0];
}

function undisclosedDeal(r: Retrieval): DealRecord | undefined {
  const named = r.entities.length
    ? r.deals.filter((d) =>
        r.entities.some(
          (e) =>
            d.parties.some((p) => (e.ticker && p.ticker === e.ticker) || mentions(p.name, e.forms)) ||
            (d.asset !== null && mentions(d.asset, e.forms)),
        ),
      )
    : r.focus
      ? [r.focus]
      : [];
  return named.find((d) => d.value === null && !named.some((o) => o.value !== null));
}

// ---- scoring ------------------------------------------------------------------------------------

function assess(
  q: ParsedQuestion,
  h: SentenceHit,
  before: string,
  article: ArticleRecord,
  factKind: string | null,
  entities: NamedEntity[],
  subjectForms: string[],
  subjects: string[],
  otherForms: string[],
  maxScore: number,
  focus: string[],
  anaphora: boolean,
  leadDeal = false,
  money: DealMoney | null = null,
): Candidate {
  const text = h.text;
  // A figure of the deal asked about is an answer even where the extractor took it from elsewhere;
  // another deal's figure ("the Informatica price" under the Quillon talks) never is.
  const amounts = money ? amountsIn(text) : [];
  const statesAsked = money?.want != null && amounts.some((x) => sameAmount(x, money.want!));
  const statesOther = !statesAsked && amounts.some((x) => money!.others.some((o) => sameAmount(x, o)));
  if (statesAsked) leadDeal = true;
  if (statesAsked && factKind === null) factKind = 'deal';
  // A sentence may lean on the one before it ("Financial terms were not disclosed.").
  const aboutOther = otherForms.length > 0 && mentions(text, otherForms);
  const leans =
    before !== '' &&
    !aboutOther &&
    text.length < 120 &&
    !NOT_TOLD_IN_TEXT.test(before) &&
    !entities.some((e) => mentions(text, e.forms)) &&
    !mentions(text, subjectForms);
  const scope = leans ? `${before} ${text}` : text;
  const sStems = stemSet(scope);
  const covered = q.critical.filter((group) =>
    group.some((s) => sStems.has(s) || [...sStems].some((x) => x.startsWith(s) && s.length >= 5)),
  ).length;
  const kindOk =
    q.intent === 'value' && q.kind === 'money'
      ? DEAL_MONEY.test(text)
      : q.kind === 'number' && q.critical.length && /\bhow (?:many|long)\b/i.test(q.text)
        ? numberNear(text, q.critical)
        : hasKind(text, q.kind, q.ownDates);
  const namesOk = entities.every(
    (e) => mentions(scope, e.forms) || (mentions(article.title, e.forms) && entities.length === 1 && !q.role),
  );
  const roleOk =
    !q.role ||
    !['quote', 'person'].includes(q.intent) ||
    (ROLE_RE[q.role]?.test(scope) ?? true) ||
    // A quote fact whose sentence names no other role (the speaker's title may be elsewhere).
    (factKind === 'quote' &&
      !Object.entries(ROLE_RE).some(([k, re]) => k !== q.role && k !== 'analyst' && re.test(text)));
  // "the CEO" in a thread about a company is that company's CEO, not a counterparty's.
  const roleOrg = q.role && !entities.length ? roleOrgOf(text) : null;
  const roleElsewhere =
    roleOrg !== null && subjectForms.length > 0 && !mentions(roleOrg, subjectForms) ? -0.9 : 0;
  const check = INTENT_CHECK[q.intent];
  const intentOk =
    !check || check.test(text) || (factKind !== null && (FACT_KIND_FOR[q.intent] ?? []).includes(factKind));
  // A call to discuss a merger is not the earnings report "when are earnings?" asks about.
  const dealNotEarnings =
    q.intent === 'earnings' &&
    /\b(?:transaction|acquisition|merger|takeover)\b/i.test(scope) &&
    !/\b(?:results|earnings|quarter\w*|EPS)\b/i.test(scope);
  const nameOk =
    !q.wantsName || /(?:called|named|known as|dubbed|branded)\s+[“"]?[A-Z]|\b[A-Z]{2,}-?\d{2,}\b/.test(text);
  const notTold = NOT_TOLD_IN_TEXT.test(text) && covered >= q.need && namesOk;
  const supports =
    kindOk &&
    covered >= q.need &&
    namesOk &&
    roleOk &&
    intentOk &&
    nameOk &&
    !onlyOwnDates(q, text) &&
    !statesOther &&
    !dealNotEarnings;

  const factBonus =
    (factKind && (FACT_KIND_FOR[q.intent] ?? []).includes(factKind) ? 0.6 : factKind ? 0.1 : 0) +
    // The deal the thread is about, for questions about a deal that name nothing else ("How much?").
    (leadDeal && !entities.length && ['value', 'terms'].includes(q.intent) ? 0.5 : 0);
  const focusAt = focus.indexOf(article.id);
  const focusBonus = focusAt === 0 ? (anaphora ? 0.8 : 0.3) : focusAt > 0 ? 0.15 : 0;
  const nameBonus =
    entities.filter((e) => mentions(text, e.forms)).length * 0.5 +
    (q.names.length > 1 ? (0.3 * q.names.filter((n) => text.includes(n)).length) / q.names.length : 0);
  const companySpecific = COMPANY_SPECIFIC.includes(q.intent);
  const aboutSubject = subjectForms.length > 0 && mentions(text, subjectForms);
  // An article tagged with the subject is about it; one that only mentions a name in passing is not.
  const articleBonus = subjects.some((t) => article.tickers.includes(t)) ? 0.25 : 0;
  const subjectBonus = aboutSubject ? (companySpecific ? 0.7 : 0.4) : 0;
  // "…when it reports on Oct. 30": a sentence about someone else's "it" is not about the subject.
  const elsewhere =
    companySpecific && subjectForms.length && !aboutSubject && !entities.length
      ? aboutOther
        ? -0.9
        : mentions(before, subjectForms)
          ? 0
          : -0.4
      : 0;
  // A precise figure ("10.7%") beats a rounded one ("about 10%") for the same fact.
  // A day ("Thursday", "Nov. 6") answers "when?" more precisely than "next year".
  const precise =
    (['money', 'percent', 'number', 'rating'].includes(q.kind) && /\d\.\d/.test(text)) ||
    (q.kind === 'date' && DAY_RE.test(text))
      ? 0.2
      : // …and "next year" alone is the vaguest answer to it.
        q.kind === 'date' && datesIn(text, q.ownDates).every((d) => /^(?:this|next) /i.test(d))
        ? -0.2
        : 0;
  const coverage = q.critical.length ? covered / q.critical.length : 0.5;
  const position = 0.05 * Math.max(0, 1 - h.index / 30);
  const length = text.length > 400 ? -0.2 : 0;
  // Headlines are less precise than the article's sentences; legal boilerplate answers nothing but risks.
  const headline = h.index <= 1 && (article.title.includes(text) || text.includes(article.title)) ? -0.6 : 0;
  const boilerplate =
    q.intent !== 'risks' &&
    /forward-looking|subject to (?:certain )?risks|risks and uncertainties/i.test(text)
      ? -0.8
      : 0;
  const score =
    h.score / maxScore +
    coverage * 1.2 +
    (kindOk ? 0.5 : 0) +
    factBonus +
    focusBonus +
    nameBonus +
    subjectBonus +
    articleBonus +
    precise +
    roleElsewhere +
    elsewhere +
    position +
    length +
    headline +
    boilerplate;
  return { ...h, article, score, supports, notTold, factKind, before: leans ? before : '' };
}

/** "CEO of Caldera Robotics", "Caldera's chief executive": the organisation a role belongs to. */
function roleOrgOf(text: string): string | null {
  const m =
    /\b(?:CEO|CFO|COO|[Cc]hief (?:[Ee]xecutive|[Ff]inancial|[Oo]perating)(?: [Oo]fficer)?|[Pp]resident|[Cc]hair\w*)(?:\s+and\s+\w+)?\s+(?:of|at)\s+((?:[A-Z][\w&.'’-]*\s?)+)/.exec(
      text,
    ) ?? /((?:[A-Z][\w&.-]*\s?)+)(?:'s|’s)\s+(?:co-founder and\s+)?(?:CEO|CFO|COO|[Cc]hief)/.exec(text);
  return m ? m[1]!.trim() : null;
}

/** "How many employees": a number within a few words before the thing counted. */
function numberNear(text: string, critical: string[][]): boolean {
  const tokens = text.split(/[\s-]+/);
  return tokens.some((t, i) => {
    if (!/^[~≈]?\d/.test(t)) return false;
    return tokens.slice(i + 1, i + 4).some((w) => {
      const st = stems(w)[0];
      return !!st && critical.some((g) => g.includes(st));
    });
  });
}

// A "when" question answered only by the period the question itself named is not answered.
function onlyOwnDates(q: ParsedQuestion, text: string): boolean {
  return q.kind === 'date' && datesIn(text, q.ownDates).length === 0;
}

type FactEvidence = Map<string, Array<{ start: number; end: number; kind: string }>>;
/** The kind of fact whose evidence overlaps the sentence (evidence may be a clause of it). */
const factAt = (ev: FactEvidence, articleId: string, s: { start: number; end: number }): string | null =>
  ev.get(articleId)?.find((e) => e.start < s.end && e.end > s.start)?.kind ?? null;
const key = (c: { articleId?: string; article?: ArticleRecord; index: number }) =>
  `${c.article?.id ?? c.articleId}#${c.index}`;

/** Evidence sentences of the subject's facts, keyed by article, with their kind. */
function collectFactEvidence(deals: DealRecord[], facts: FactList[][]): FactEvidence {
  const out: FactEvidence = new Map();
  const put = (articleId: string, ev: { start: number; end: number }, kind: string) => {
    const list = out.get(articleId) ?? [];
    list.push({ start: ev.start, end: ev.end, kind });
    out.set(articleId, list);
  };
  for (const d of deals) for (const s of d.sources) put(s.articleId, s.evidence, 'deal');
  for (const { kind, facts: list } of facts.flat()) for (const f of list) put(f.articleId, f.evidence, kind);
  return out;
}

interface FactList {
  kind: string;
  facts: Array<{ articleId: string; evidence: Evidence }>;
}
const ALL_FACT_KINDS = ['move', 'analyst', 'event', 'quote', 'risk'];
/** Store readers of the fact kinds whose evidence can rank a sentence. */
const FACT_READERS: Record<string, (store: Store, t: string) => Promise<FactList['facts']>> = {
  move: (store, t) => store.stockMoves.byTicker(t, { limit: 12 }),
  analyst: (store, t) => store.analystActions.byTicker(t, { limit: 12 }),
  event: (store, t) => store.events.byTicker(t, { limit: 12 }),
  quote: (store, t) => store.quotes.byTicker(t, { limit: 12 }),
  risk: (store, t) => store.risks.byTicker(t, { limit: 12 }),
};

/** Evidence offsets may start mid-sentence: map them to the sentence that contains them. */
// The directory list is reused across questions (companiesOf): index it once, not per question.
const tickerMaps = new WeakMap<CompanyRecord[], Map<string, CompanyRecord>>();
function tickerMapOf(companies: CompanyRecord[]): Map<string, CompanyRecord> {
  let m = tickerMaps.get(companies);
  if (!m) tickerMaps.set(companies, (m = new Map(companies.map((c) => [c.ticker, c]))));
  return m;
}

function dedupe(articles: ArticleRecord[]): ArticleRecord[] {
  const seen = new Set<string>();
  return articles.filter((a) => !seen.has(a.id) && seen.add(a.id));
}
function dedupeDeals(deals: DealRecord[]): DealRecord[] {
  const seen = new Set<string>();
  return deals.filter((d) => !seen.has(d.id) && seen.add(d.id));
}
const dedupeIds = (ids: string[]) => [...new Set(ids)];

/** The same figure reported twice ("about 10%", "10.7%"): the precise report goes first. */
function preferPrecise(cands: Candidate[]): Candidate[] {
  const top = cands[0];
  if (!top) return cands;
  // Only money and percentages: "Q3" and "Nov. 3" are not roundings of "$3.04".
  const figures = (t: string) =>
    [...t.matchAll(/[$€£¥]\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s?%/g)].map((x) =>
      (x[1] ?? x[2])!.replace(/,/g, ''),
    );
  const digits = (f: string) => f.replace(/[^\d]/g, '').replace(/^0+/, '').length;
  const topFigures = figures(top.text);
  for (const other of cands.slice(1, 4)) {
    const refines = figures(other.text).some((f) =>
      topFigures.some((g) => {
        const a = Number(f);
        const b = Number(g);
        return a !== b && b > 0 && Math.abs(a - b) / Math.max(a, b) < 0.08 && digits(f) > digits(g);
      }),
    );
    if (refines) return [other, ...cands.filter((c) => c !== other)];
  }
  return cands;
}

function byExtremeTarget(cands: Candidate[], which: 'max' | 'min'): Candidate[] {
  const valued = cands
    .map((c) => {
      const targets = [
        ...c.text.matchAll(/target[^$.]{0,40}\$\s?(\d[\d,.]*)|\$\s?(\d[\d,.]*)[^.]{0,20}target/gi),
      ].map((m) => Number((m[1] ?? m[2])!.replace(/,/g, '').replace(/\.$/, '')));
      return { c, v: targets.length ? (which === 'max' ? Math.max(...targets) : Math.min(...targets)) : NaN };
    })
    .filter((x) => Number.isFinite(x.v));
  if (!valued.length) return cands;
  valued.sort((a, b) => (which === 'max' ? b.v - a.v : a.v - b.v));
  return [valued[0]!.c, ...cands.filter((c) => c !== valued[0]!.c)];
}

function quoteOf(c: Candidate, q: ParsedQuestion): string {
  const text = c.before && c.before.length + c.text.length < 380 ? `${c.before} ${c.text}` : c.text;
  return `“${trimSentence(text, q)}”`;
}

/** Long sentences are cut to the clauses that hold the answer (never mid-number). */
function trimSentence(text: string, q: ParsedQuestion): string {
  const t = text
    .replace(/\s*(?:\[\d+\]\s*)+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (t.length <= 320) return t;
  const clauses = t.split(/(?<=[;:–—])\s+|\s+(?=\()/);
  const scored = clauses.map((c, i) => {
    const s = new Set(stems(c));
    const hits = q.boost.filter((b) => s.has(b)).length + (hasKind(c, q.kind, q.ownDates) ? 2 : 0);
    return { c, i, hits };
  });
  const best = [...scored].sort((a, b) => b.hits - a.hits)[0]!;
  let out = best.c;
  for (let j = best.i + 1; j < clauses.length && out.length + clauses[j]!.length < 300; j++)
    out += ` ${clauses[j]}`;
  for (let j = best.i - 1; j >= 0 && out.length + clauses[j]!.length < 300; j--) out = `${clauses[j]} ${out}`;
  return out.length < t.length ? `…${out}…`.replace(/^…(?=[A-Z])/, '') : out;
}

function labelOf(r: Retrieval): string {
  return r.subject.join(', ');
}

/** What we do know about the subject, in words (no numbers: those belong to cited answers). */
function knownAbout(r: Retrieval): string | null {
  const deals = r.deals.slice(0, 3).map((d) => {
    const names = d.parties.map((p) => p.name).join(' and ');
    return `${a(d.type)} ${d.type} involving ${names} (${d.status})`;
  });
  if (deals.length)
    return `What I do have: ${deals.join('; ')}. Ask about its value, status, the stock, analysts, earnings or quotes.`;
  if (r.articles.length)
    return `What I do have: “${truncate(r.articles[0]!.title.replace(/[$€£¥]?\d[\d,.]*\s?(?:%|[BMK]\b|billion|million)?/g, '').replace(/\s+/g, ' '), 100)}”.`;
  return null;
}
const a = (w: string) => (/^[aeiou]/.test(w) ? 'an' : 'a');

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export type { CompanyRecord };
