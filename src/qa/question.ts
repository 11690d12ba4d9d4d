/**
 * Question understanding: what kind of fact is asked for, what kind of answer would hold it, which
 * words must be supported by the answering sentence, and which names the question mentions.
 * Pure: no store access (names are resolved to tickers in subject.ts).
 */
import { stem, words, type AnswerKind } from './text.js';
import { brokerHits } from '../extract/facts/brokers.js';

export type Intent =
  | 'more'
  | 'source'
  | 'value'
  | 'terms'
  | 'status'
  | 'timing'
  | 'parties'
  | 'stock'
  | 'analyst'
  | 'earnings'
  | 'quote'
  | 'person'
  | 'risks'
  | 'switch'
  | 'general';

export interface ParsedQuestion {
  text: string;
  intent: Intent;
  /** What a supporting sentence must contain. */
  kind: AnswerKind;
  /** Stems every supporting sentence should contain (at least `need` of them, synonyms count). */
  critical: string[][];
  need: number;
  /** Stems that help ranking (question words plus the intent's vocabulary). */
  boost: string[];
  /** Capitalised names in the question ("Caldera", "Kate Johnson", "Morgan Stanley"). */
  names: string[];
  /** A role the question asks about ("ceo", "cfo", "analyst"), for quotes and people. */
  role: string | null;
  /** Phrases like "third-quarter" that the question itself uses: not an answer to "when". */
  ownDates: string[];
  /** "What is the name of…": a proper name is the answer. */
  wantsName: boolean;
}

const RULES: Array<[Intent, RegExp]> = [
  ['more', /^(?:more|tell me more|anything else|what else|go on|next|continue)\W*$/i],
  [
    'source',
    /\b(?:source|sources|where (?:is|was|did|does) (?:this|that|it|you)|where.*(?:read|from)|which (?:article|site|outlet)|link)\b/i,
  ],
  ['quote', /\b(?:say|said|says|comment(?:ed)?|quote[sd]?|told|tell)\b/i],
  [
    'analyst',
    /\b(?:analysts?|ratings?|upgrade[sd]?|downgrade[sd]?|price targets?|targets?|initiat\w*|brokers?|bulls?|bears?|coverage)\b/i,
  ],
  [
    'earnings',
    /\b(?:earnings|report(?:s|ing)?|results|eps|consensus|estimates?|expecting|expect(?:ed)? (?:revenue|loss|profit)|call|guidance|investor day)\b/i,
  ],
  ['risks', /\b(?:risks?|risky|downsides?|concerns?|worr(?:y|ies)|threats?|could go wrong|challenges?)\b/i],
  [
    'stock',
    /\b(?:stock|shares?|jump\w*|ris(?:e|en)|rose|fell|fall|drop\w*|gain\w*|react\w*|trad(?:e|ed|ing)|rall\w*|move[sd]?|year[- ]to[- ]date|ytd|expensive|valuation|multiple|cheap|after hours|premarket|done (?:this|since))\b/i,
  ],
  ['terms', /\b(?:terms|disclosed|undisclosed)\b/i],
  ['timing', /\b(?:when|close|closing|timeline|expected to close|how long until)\b/i],
  [
    'status',
    /\b(?:status|closed|completed?|pending|approv\w*|confirm\w*|done|called off|terminated|happened|still on|vote)\b/i,
  ],
  [
    'value',
    /\b(?:how much|value|valued|worth|paying|pay|paid|cost|how big|size|price|per share|a share|stake|upfront|fee|exchange ratio|ratio|offer|offered)\b/i,
  ],
  // "Who is buying the unit?" asks for a party, not a person.
  [
    'parties',
    /\b(?:who|whom)\b.*\b(?:buy\w*|bought|acquir\w*|sell\w*|sold|partner\w*|invest\w*|bid\w*|merg\w*|supplie[sd]|supply\w*)\b/i,
  ],
  ['person', /\b(?:who|whom)\b/i],
  ['parties', /\b(?:buyer|seller|partner|counterpart\w*|bidder|bid|advis\w*|supplying|supplier|customer)\b/i],
];

/** Words in questions that say nothing about the answer. */
const STOP = new Set(
  (
    'a an the of to in on for from by with at as and or but is are was were be been being do does did done ' +
    'what whats what’s which who whom whose when where why how much many long big is it its it’s that this ' +
    'those these there their they them he she his her i me my you your we our us about any some so than ' +
    'then yet still ever else just also will would could should can may might has have had get got go goes ' +
    'going say said says tell told make made take come out up down over into after before since new news ' +
    'deal deals company companies firm business stock shares share one ones again now right really there ' +
    'happen happened add added pay paying paid give gave think know see look like want all whole per'
  ).split(/\s+/),
);

/** Words an intent already implies: not "critical" (the answer kind covers them). */
const INTENT_WORDS: Record<Intent, string[]> = {
  more: [],
  source: ['source', 'read', 'article', 'site', 'link', 'from'],
  value: [
    'value',
    'valu',
    'worth',
    'price',
    'cost',
    'big',
    'size',
    'much',
    'paying',
    'billion',
    'million',
    'amount',
    'total',
    // "how much of the money…": the answer's kind (a sum of money) already says it.
    'money',
    'contract',
    'acquisition',
    'purchase',
    'sale',
    'buy',
    'stake',
  ],
  terms: ['term', 'financial', 'disclos', 'undisclos'],
  status: [
    'status',
    'clos',
    'complet',
    'pend',
    'approv',
    'confirm',
    'done',
    'call',
    'off',
    'terminat',
    'still',
  ],
  timing: ['when', 'clos', 'expect', 'timeline', 'complet', 'finish'],
  parties: ['buyer', 'seller', 'partner', 'bidder', 'bid', 'buy', 'sell'],
  stock: [
    'stock',
    'share',
    'jump',
    'rise',
    'rose',
    'fell',
    'fall',
    'drop',
    'gain',
    'react',
    'trad',
    'move',
    'rally',
    'rall',
    'do',
    'done',
    'price',
    'announc',
    'news',
  ],
  analyst: [
    'analyst',
    'rat',
    'upgrad',
    'downgrad',
    'target',
    'price',
    'initiat',
    'new',
    'old',
    'previous',
    'earlier',
    'prior',
    'highest',
    'lowest',
    'street',
    'wall',
    'do',
    'say',
  ],
  earnings: [
    'earning',
    'report',
    'result',
    'ep',
    'eps',
    'consensu',
    'estimat',
    'expect',
    'call',
    'analyst',
    'revenue',
    'loss',
    'profit',
    'quarter',
    'quarterly',
    'time',
    'investor',
    'day',
    'due',
    'schedul',
    'date',
  ],
  quote: ['say', 'said', 'comment', 'quot', 'tell', 'told'],
  person: ['who'],
  risks: ['risk', 'risky', 'downside', 'concern', 'worry', 'threat', 'wrong', 'challeng'],
  switch: [],
  general: [],
};

/** Synonyms a sentence may use instead of the question's word (by stem). */
const SYNONYMS: Record<string, string[]> = {
  expensiv: ['valuation', 'multipl', 'forward', 'earning', 'pric', 'premium', '×', 'time'],
  bear: ['skeptic', 'bear', 'short', 'sell', 'valuation', 'overvalu', 'underperform'],
  bull: ['bull', 'buy', 'outperform', 'overweight'],
  ceo: ['ceo', 'chief', 'executive'],
  cfo: ['cfo', 'chief', 'financial'],
  advis: ['advis', 'adviser', 'advisor', 'counsel', 'bank'],
  // A deal "closes" in the question and "is completed" in the article.
  clos: ['clos', 'complet', 'finish', 'consummat'],
  complet: ['complet', 'clos', 'finish', 'consummat'],
  upfront: ['upfront', 'front', 'milestone', 'cash', 'clos'],
  debt: ['debt', 'borrow', 'deleverag', 'balance'],
  approval: ['approval', 'approv', 'clear', 'regulator', 'commission', 'antitrust', 'review'],
  miss: ['remain', 'await', 'last', 'still', 'pend', 'outstand'],
  rival: ['rival', 'compet', 'bid', 'offer', 'bidder', 'counter'],
  bid: ['bid', 'compet', 'rival', 'offer', 'bidder', 'beat', 'lost', 'los'],
  els: ['compet', 'rival', 'bid', 'also', 'other', 'beat'],
  run: ['lead', 'chief', 'ceo', 'executive', 'head', 'run'],
  combin: ['combin', 'merg', 'new'],
  recommend: ['recommend', 'advis', 'back', 'support', 'favor'],
  happen: ['sell', 'sale', 'sold', 'agre', 'deal'],
  confirm: ['confirm', 'talk', 'familiar', 'declin', 'person', 'rumor', 'report'],
  stak: ['stake', 'percent', '%', 'own', 'invest'],
  coffe: ['coffe', 'coffee'],
  dollar: ['dollar', '$', 'usd'],
  first: ['first', 'open', 'initial', 'original', 'earlier'],
  offer: ['offer', 'bid', 'talk', 'proposal', 'proposed'],
  year: ['year', 'ytd', 'annual', '12-month'],
  ytd: ['ytd', 'year'],
  week: ['week', 'weekly', 'five'],
  back: ['back', 'invest', 'investor', 'fund', 'rais', 'support', 'led'],
  ratio: ['ratio', 'each', 'receiv', 'every', 'per'],
  exchang: ['exchang', 'receiv', 'each', 'swap', 'convert'],
  sale: ['sale', 'sell', 'sold', 'divest', 'dispos'],
  purchas: ['purchas', 'buy', 'acqui', 'acquisition'],
  drug: ['drug', 'treatment', 'therapy', 'medicine', 'candidate'],
};

const ROLES: Array<[string, RegExp]> = [
  ['ceo', /\b(?:ceo|chief executive)\b/i],
  ['cfo', /\b(?:cfo|chief financial)\b/i],
  ['coo', /\b(?:coo|chief operating)\b/i],
  ['chair', /\b(?:chair(?:man|woman)?)\b/i],
  ['analyst', /\banalysts?\b/i],
  ['founder', /\bfounders?\b/i],
];

/** Capitalised words that are not names. */
const NOT_NAMES = new Set(
  (
    'What Whats When Where Who Whom Why How Which Is Are Was Were Do Does Did Has Have Had Can Could Will ' +
    'Would Should And Or But So The A An It Its This That Any Tell Give Show Please Also Then Still Now ' +
    'CEO CFO COO CTO EPS US U.S. USD AI IPO ETF YTD Q1 Q2 Q3 Q4 I More Next Ok OK Thanks'
  ).split(/\s+/),
);

/** "Kate Johnson", "Morgan Stanley", "Caldera" — runs of capitalised words, minus question words. */
export function namesIn(question: string): string[] {
  const out: string[] = [];
  const re = /(?:[$]?[A-Z0-9][\w&.'’-]*)(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'’-]*)*/g;
  for (const m of question.matchAll(re)) {
    const parts = m[0]
      .replace(/[’']s\b/g, '')
      .replace(/[.?!,]+$/, '')
      .split(/\s+/)
      .filter((w) => !NOT_NAMES.has(w.replace(/[.?!,]+$/, '')) && !/^\d/.test(w));
    while (parts.length && /^(?:of|&)$/.test(parts[0]!)) parts.shift();
    const name = parts.join(' ').replace(/[’']$/, '').trim();
    if (name.length >= 2 && /[A-Za-z]/.test(name)) out.push(name.replace(/^\$/, ''));
  }
  return [...new Set(out)];
}

export function classify(question: string): Intent {
  const q = question.trim();
  // "What did Morgan Stanley say?": a research firm with a verb of opinion, whatever else the words are.
  if (brokerHits(q).length && /\b(?:do|did|say|said|think|rate|rating|target|view)\b/.test(q))
    return 'analyst';
  for (const [intent, re] of RULES) if (re.test(q)) return adjust(intent, q);
  return 'general';
}

// A few orderings the first-match rule gets wrong.
function adjust(intent: Intent, q: string): Intent {
  if (
    intent === 'quote' &&
    /\b(?:what did|what do|what does)\b.*\b(?:analysts?|brokers?|the street|wall street|bears|bulls)\b/i.test(
      q,
    )
  )
    return 'analyst';
  if (intent === 'quote' && brokerHits(q).length) return 'analyst';
  if (intent === 'earnings' && /\bhow (?:did|has).*\b(?:stock|shares?)\b/i.test(q)) return 'stock';
  if (
    intent === 'analyst' &&
    /\b(?:revenue|eps|loss|profit|consensus|estimates?)\b/i.test(q) &&
    !/\btarget\b/i.test(q)
  )
    return 'earnings';
  if (intent === 'analyst' && /\bwhat did\b/i.test(q) && /\b(?:do|say)\b/i.test(q)) return 'analyst';
  if (intent === 'timing' && /\b(?:report|earnings|results|call|investor day)\b/i.test(q)) return 'earnings';
  if (intent === 'timing' && /\b(?:vote|meeting)\b/i.test(q)) return 'timing';
  if (intent === 'value' && /\bstock\b.*\bexpensive\b|\bexpensive\b/i.test(q)) return 'stock';
  if (
    intent === 'stock' &&
    /\b(?:price|paying|pay) per share\b|\bper share price\b|\bprice (?:per|a) share\b/i.test(q)
  )
    return 'value';
  return intent;
}

const KIND: Record<Intent, AnswerKind> = {
  more: 'any',
  source: 'any',
  value: 'money',
  terms: 'any',
  status: 'any',
  timing: 'date',
  parties: 'any',
  stock: 'percent',
  analyst: 'rating',
  earnings: 'any',
  quote: 'quote',
  person: 'person',
  risks: 'any',
  switch: 'any',
  general: 'any',
};

function answerKind(intent: Intent, q: string): AnswerKind {
  if (/\bwhat time\b/i.test(q)) return 'time';
  if (/^\s*when\b/i.test(q) || /\bwhat (?:date|day)\b/i.test(q)) return 'date';
  if (/\bhow many\b|\bhow long\b|\bratio\b/i.test(q)) return 'number';
  if (intent === 'value' && /\bstake\b/i.test(q)) return 'percent';
  if (intent === 'earnings' && /\b(?:consensus|estimate|expect\w*|eps|loss|revenue|profit)\b/i.test(q))
    return 'money';
  if (intent === 'analyst' && /\btarget\b/i.test(q)) return 'money';
  if (intent === 'stock' && /\bexpensive|valuation|multiple\b/i.test(q)) return 'number';
  if (intent === 'value' && /\bper share|a share\b/i.test(q)) return 'money';
  return KIND[intent];
}

export function parseQuestion(question: string): ParsedQuestion {
  const text = question.trim();
  const intent = classify(text);
  const names = namesIn(text);
  const nameStems = new Set(names.flatMap((n) => words(n).map(stem)));
  const generic = new Set(INTENT_WORDS[intent].map(stem));
  const role = ROLES.find(([, re]) => re.test(text))?.[0] ?? null;
  const critical: string[][] = [];
  for (const w of words(text)) {
    if (STOP.has(w)) continue;
    const s = stem(w);
    if (STOP.has(s) || generic.has(s) || nameStems.has(s) || s.length < 3) continue;
    if (role && /^(?:ceo|cfo|coo|chief|executive|financial|chair)$/.test(s)) continue;
    if (critical.some((c) => c[0] === s)) continue;
    critical.push([s, ...(SYNONYMS[s] ?? [])]);
  }
  const ownDates = [...text.matchAll(/\b(?:first|second|third|fourth)[- ]quarter\b/gi)].map((m) => m[0]);
  const boost = [...new Set([...critical.flat(), ...INTENT_WORDS[intent].map(stem)])];
  // Short questions must be fully supported; longer ones need most of their content words.
  const kind = answerKind(intent, text);
  const wantsName = /\bname of\b|\bcalled\b/i.test(text) && intent !== 'status';
  if (wantsName)
    for (let i = critical.length - 1; i >= 0; i--) if (critical[i]![0] === 'name') critical.splice(i, 1);
  // Figures must be fully supported; for people and general questions most words will do.
  const strict = ['money', 'date', 'time', 'number', 'percent'].includes(kind);
  const need =
    critical.length <= 2
      ? strict
        ? critical.length
        : Math.min(1, critical.length)
      : Math.ceil(critical.length * 0.6);
  return {
    text,
    intent,
    kind,
    critical,
    need,
    boost,
    names,
    role,
    ownDates,
    wantsName,
  };
}

/** "what about AT&T?", "and PLTR?", "How about Google" — a bare change of subject; returns the name. */
export function bareSwitchTarget(question: string): string | null {
  const m = /^\s*(?:(?:and|what about|how about|same for|now|ok|okay)[,\s]+)+(.{1,40}?)\s*[?.!]*\s*$/i.exec(
    question,
  );
  if (!m) return null;
  const rest = m[1]!.trim();
  if (/\b(?:what|how|who|when|where|why|did|does|do|is|are|was|were|say|said)\b/i.test(rest)) return null;
  return rest.split(/\s+/).length <= 4 ? rest.replace(/^(?:the|its)\s+/i, '') : null;
}
