/**
 * Money amounts in running text: "$5.75 billion", "over $200 million", "$5.75 B", "€4.6 billion",
 * "–$0.20" (en dash minus), "US$1.2bn", "4.6 billion euros", "¥120 billion".
 */
import type { Money } from '../domain/facts.js';

export interface MoneyMatch extends Money {
  start: number;
  end: number;
  /** True when a scale word (million, billion, B, M...) was attached. */
  scaled: boolean;
}

const QUALIFIERS: Array<[RegExp, Money['qualifier']]> = [
  [/^(over|more than|above|at least|in excess of|north of|exceeding|upwards of)$/i, 'over'],
  [
    /^(about|around|roughly|approximately|approx\.|nearly|almost|some|close to|~|an estimated|circa)$/i,
    'about',
  ],
  [/^(up to|as much as|as many as)$/i, 'up to'],
];

const SYMBOLS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  USD: 'USD',
  '€': 'EUR',
  EUR: 'EUR',
  '£': 'GBP',
  GBP: 'GBP',
  '¥': 'JPY',
  JPY: 'JPY',
  C$: 'CAD',
  CAD: 'CAD',
  A$: 'AUD',
  AUD: 'AUD',
  HK$: 'HKD',
  HKD: 'HKD',
  CHF: 'CHF',
  S$: 'SGD',
  SGD: 'SGD',
  R$: 'BRL',
  BRL: 'BRL',
  NZ$: 'NZD',
  NZD: 'NZD',
  NT$: 'TWD',
  TWD: 'TWD',
  MX$: 'MXN',
  MXN: 'MXN',
  '₩': 'KRW',
  KRW: 'KRW',
  ZAR: 'ZAR',
  // South African rand, read only with a scale word ("R1.1 billion", "R450m"): a bare "R44" is as often
  // a model name.
  R: 'ZAR',
  RM: 'MYR',
  MYR: 'MYR',
  '₹': 'INR',
  INR: 'INR',
  Rs: 'INR',
  'Rs.': 'INR',
  SEK: 'SEK',
  NOK: 'NOK',
  DKK: 'DKK',
  CNY: 'CNY',
  RMB: 'CNY',
  PLN: 'PLN',
  TRY: 'TRY',
  '₺': 'TRY',
  EGP: 'EGP',
  'E£': 'EGP',
  KES: 'KES',
  KSh: 'KES',
  // Kenyan shillings as the Nairobi press writes them ("Sh9.8 billion"), only before a figure.
  Sh: 'KES',
  NGN: 'NGN',
  '₦': 'NGN',
  BDT: 'BDT',
  Tk: 'BDT',
  '৳': 'BDT',
  CZK: 'CZK',
  HUF: 'HUF',
  AED: 'AED',
  SAR: 'SAR',
  QAR: 'QAR',
  PEN: 'PEN',
  CLP: 'CLP',
  COP: 'COP',
  IDR: 'IDR',
};
const WORD_CURRENCIES: Record<string, string> = {
  dollars: 'USD',
  // Singular after a scale only ("a 700 million pound deal", "a 5 billion-dollar bid"): see findMoney.
  dollar: 'USD',
  pound: 'GBP',
  euros: 'EUR',
  euro: 'EUR',
  pounds: 'GBP',
  yen: 'JPY',
  francs: 'CHF',
  yuan: 'CNY',
  rupees: 'INR',
  kronor: 'SEK',
  kroner: 'NOK',
  reais: 'BRL',
  pesos: 'MXN',
  rand: 'ZAR',
  zloty: 'PLN',
  zlotys: 'PLN',
  złoty: 'PLN',
  lira: 'TRY',
  liras: 'TRY',
  shillings: 'KES',
  naira: 'NGN',
  taka: 'BDT',
  koruna: 'CZK',
  korunas: 'CZK',
  crowns: 'CZK',
  forint: 'HUF',
  forints: 'HUF',
  dirhams: 'AED',
  riyals: 'SAR',
  soles: 'PEN',
  rupiah: 'IDR',
  ringgit: 'MYR',
  baht: 'THB',
  won: 'KRW',
  'swiss francs': 'CHF',
  'hong kong dollars': 'HKD',
  'canadian dollars': 'CAD',
  'australian dollars': 'AUD',
  'singapore dollars': 'SGD',
  'new zealand dollars': 'NZD',
  'danish kroner': 'DKK',
  'norwegian kroner': 'NOK',
  'swedish kronor': 'SEK',
  'mexican pesos': 'MXN',
  'brazilian reais': 'BRL',
  'egyptian pounds': 'EGP',
  'chilean pesos': 'CLP',
  'colombian pesos': 'COP',
  'czech crowns': 'CZK',
  'turkish lira': 'TRY',
  'kenyan shillings': 'KES',
};
/** The currency words as one alternation, longest first ("Hong Kong dollars" before "dollars"). */
const CURRENCY_WORDS = Object.keys(WORD_CURRENCIES)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, String.raw`\s+`))
  .join('|');
const SCALES: Record<string, number> = {
  trillion: 1e12,
  tn: 1e12,
  t: 1e12,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  bln: 1e9,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  mm: 1e6,
  thousand: 1e3,
  k: 1e3,
  // Indian scales: "Rs 1,200 crore" is 12 billion rupees.
  crore: 1e7,
  lakh: 1e5,
};

const QUAL = String.raw`(?:(over|more than|above|at least|in excess of|north of|exceeding|upwards of|about|around|roughly|approximately|approx\.|nearly|almost|some|close to|an estimated|circa|up to|as much as)\s+|(~)\s*)?`;
const SIGN = String.raw`([-–−—+])?\s?`;
const SYM = String.raw`(US\$|C\$|A\$|HK\$|NZ\$|NT\$|MX\$|R\$|S\$|\$|€|£|¥|₹|₩|(?<![A-Za-z])Rs\.?|(?<![\w$])R(?=\s?\d)|(?<![A-Za-z])RM(?=\s?\d)|(?<![A-Za-z])(?:KSh|Sh|Tk)(?=\s?\d)|E£|₺|₦|৳|MYR|USD|EUR|GBP|JPY|CAD|AUD|HKD|CHF|INR|SEK|NOK|DKK|CNY|RMB|SGD|BRL|NZD|TWD|MXN|KRW|ZAR|PLN|TRY|EGP|KES|NGN|BDT|CZK|HUF|AED|SAR|QAR|PEN|CLP|COP|IDR)\s?`;
const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SCALE = String.raw`(?:\s?(trillion|billion|million|thousand|bn|mn|mln|bln|tn|mm|crore|lakh)\b|\s?([BMKT])\b(?![&.]\w)|([bmk])\b)?`;
// The qualifier is looked up behind a match (QUAL_BEFORE) rather than tried at every position.
const PREFIXED = new RegExp(SIGN + SYM + NUM + SCALE, 'gi');
const QUAL_BEFORE = new RegExp(QUAL.replace(/\)\?$/, ')$'), 'i');
/** A cheap first look: text without a currency mark holds no money. */
const ANY_CURRENCY =
  /[$€£¥₹₩]|USD|EUR|GBP|JPY|CAD|AUD|HKD|CHF|INR|SEK|NOK|DKK|CNY|RMB|SGD|BRL|NZD|TWD|MXN|KRW|ZAR|\bRs\b|\bR\s?\d|\bRM\s?\d|\b(?:KSh|Sh|Tk)\s?\d|E£|₺|₦|৳|MYR|PLN|TRY|EGP|KES|NGN|BDT|CZK|HUF|AED|SAR|QAR|PEN|CLP|COP|IDR|dollars?|euros?|pounds?|yen|francs|yuan|rupees|kron[oe]r|reais|pesos|rand|zloty|złoty|lira|shillings|naira|taka|korun|crowns|forint|dirhams|riyals|soles|rupiah|ringgit|baht|(?:illion|bn|mn)\s+won\b/i;
const SUFFIXED = new RegExp(
  QUAL +
    NUM +
    String.raw`\s?(trillion|billion|million|bn|mn|crore|lakh)?(?:\s+|(?<=illion)-)(${CURRENCY_WORDS})\b`,
  'gi',
);

export function findMoney(text: string): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  if (!ANY_CURRENCY.test(text)) return out;
  PREFIXED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PREFIXED.exec(text))) {
    const [rawCore, sign, sym, num, word, capital, lower] = m;
    const core = rawCore.trimStart();
    const coreAt = m.index + rawCore.length - core.length;
    const q = QUAL_BEFORE.exec(text.slice(Math.max(0, coreAt - 24), coreAt));
    const q1 = q?.[1];
    const tilde = q?.[2];
    const all = (q ? q[0] : '') + core;
    const matchStart = coreAt - (q ? q[0].length : 0);
    // Codes and letter marks count as written ("TRY 5 million", not "try 5 times"); "us$" is still US$.
    const written = sym!.trim();
    const currency = SYMBOLS[written] ?? (written.includes('$') ? SYMBOLS[written.toUpperCase()] : undefined);
    if (!currency) continue;
    const scaleWord = (word ?? capital ?? lower ?? '').toLowerCase();
    if (/^r$|^rm$/.test(sym!.trim()) || (sym!.trim() === 'R' && !scaleWord)) continue;
    // A three-letter code must be a word of its own: not the tail of "BUSD" or "EURO".
    const symAt = matchStart + all.indexOf(sym!);
    if (/^[A-Z]{3}/.test(sym!) && /[A-Za-z]/.test(text[symAt - 1] ?? ' ')) continue;
    const scale = scaleWord ? (SCALES[scaleWord] ?? 1) : 1;
    let amount = Number(num!.replace(/,/g, '')) * scale;
    if (sign && sign !== '+') amount = -amount;
    const qualifier = qualifierOf(q1 ?? tilde);
    const start = matchStart + (all.length - all.trimStart().length);
    const end = matchStart + all.trimEnd().length;
    out.push({
      amount: round(amount),
      currency,
      qualifier,
      text: text.slice(start, end),
      start,
      end,
      scaled: !!scaleWord,
    });
  }
  SUFFIXED.lastIndex = 0;
  while ((m = SUFFIXED.exec(text))) {
    const [all, q1, _tilde, num, word, cur] = m;
    if (out.some((o) => o.start <= m!.index && o.end > m!.index)) continue;
    // "450 billion won" is money; "the 3 won" is a verb.
    if (!word && cur!.toLowerCase() === 'won') continue;
    // "a 700 million pound deal" is money; "a 40 pound bag" is a weight.
    if (!word && /^(?:pound|dollar)$/i.test(cur!)) continue;
    const scale = word ? (SCALES[word.toLowerCase()] ?? 1) : 1;
    out.push({
      amount: round(Number(num!.replace(/,/g, '')) * scale),
      currency: WORD_CURRENCIES[cur!.toLowerCase().replace(/\s+/g, ' ')] ?? 'USD',
      qualifier: qualifierOf(q1),
      text: all,
      start: m.index,
      end: m.index + all.length,
      scaled: !!word,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

function qualifierOf(word: string | undefined): Money['qualifier'] {
  if (!word) return null;
  for (const [re, q] of QUALIFIERS) if (re.test(word.trim())) return q;
  return null;
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Parses one money expression, e.g. "$5.75 B" → 5.75e9 USD; null when there is none. */
export function parseMoney(text: string): Money | null {
  const m = findMoney(text)[0];
  if (!m) return null;
  const { amount, currency, qualifier, text: t } = m;
  return { amount, currency, qualifier, text: t };
}
