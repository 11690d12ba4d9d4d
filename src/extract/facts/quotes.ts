/**
 * Quotes: quoted speech attributed to a named person, with role and organisation when the text gives
 * them ("Palantir CEO Alex Karp said “…”", "“…,” said Jane Doe, chief executive of Acme",
 * "Wedbush’s Dan Ives calls it an “AI arms dealer”"). Unattributed quotes and scare quotes around a
 * product name are not quotes. Surnames met later ("Karp added") resolve to the full name.
 */
import type { QuoteFact } from '../../domain/facts.js';
import type { Entity } from '../companies/mentions.js';
import { evidenceOf, mentionsIn, type ArticleContext } from '../context.js';

const QUOTED = /[“"]([^“”"]{2,600})[”"]/g;
/**
 * British style quotes in single marks: "'Prices look generous,' said Owen Pryde". An apostrophe inside a
 * word ("Britain's") is followed by a letter, a closing mark is not.
 */
const SINGLE_QUOTED = /(?<=^|[\s(—–:])['‘]([A-Za-z][^\n]{1,600}?[\w.,!?])['’](?=[\s,.;:!?)—–]|$)/g;

/** The sentence with single-mark quotes written as double ones (same length), when it has no double ones. */
function withDoubleQuotes(t: string): string {
  if (/[“"]/.test(t) || !/['‘]/.test(t)) return t;
  SINGLE_QUOTED.lastIndex = 0;
  return t.replace(SINGLE_QUOTED, (_q, inner: string) => `“${inner}”`);
}
const SPEECH =
  /\b(said|says|say|added|adds|explained|explains|noted|notes|stressed|stresses|argued|argues|told|tells|wrote|writes|warned|warns|calls?|called|praised|praises|echoed|echoes|remarked|declared|insisted|observed|commented|continued|hail(?:s|ed)?|described|describes|puts it|put it|according to|stated|states|asked|replied|calling|saying|writing|adding|noting|arguing|warning|telling|cautioned|predicted|predicts|believes|quipped|acknowledged|admitted|emphasi[sz]ed)\b/i;
const ROLE = String.raw`(?:(?:Chairman and |[Cc]o-founder and |Executive |Senior |Vice |Deputy |Co-)?(?:CEO|CFO|COO|CTO|[Pp]resident and (?:CEO|chief executive)|[Pp]resident|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Ff]ounder|Co-founder|co-founder|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Cc]hief [Ff]inancial [Oo]fficer|[Cc]hief [Oo]perating [Oo]fficer|[Cc]hief [Tt]echnology [Oo]fficer|[Cc]hief [A-Za-z]+ [Oo]fficer|[Ff]inance [Cc]hief|[Ff]inance director|chief strategist|analyst|strategist|economist|portfolio manager|fund manager|managing director|head of [a-z ]+|spokesperson|spokeswoman|spokesman|general counsel|director|partner|managing partner|executive vice president|senior vice president|vice president|executive officer|executive director|board member)(?: and (?:CEO|Chairman|President|Founder|chief executive))?)`;
const PERSON = String.raw`(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\.)?(?:\s+(?:van|de|von|der|da|di|le|la))?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`;
// Compiled once: building these per sentence dominated the cost of quote extraction.
const PERSON_G = new RegExp(PERSON, 'gu');
const ROLE_ONLY = new RegExp(ROLE, 'u');
const ROLE_BEFORE = new RegExp(
  String.raw`(?:^|[\s(,;:])${ROLE},?\s+(?:(?:Dr|Mr|Ms|Mrs)\.\s+)?${PERSON}`,
  'gu',
);
const ROLE_AFTER = new RegExp(
  String.raw`${PERSON},\s+(?:the\s+|a\s+|an\s+)?(?:[\w&.'’-]+\s+){0,2}?${ROLE}(?:\s+(?:of|at)\s+)?`,
  'gu',
);
const POSSESSIVE = new RegExp(String.raw`['’]s\s+(?:(?:analyst|strategist|economist)\s+)?${PERSON}`, 'gu');
const SAID_AFTER = new RegExp(
  String.raw`${PERSON}\s+(?:said|says|added|told|wrote|noted|explained|argued|warned|stressed)\b`,
  'gu',
);
const PAIR_WITH_ROLE = new RegExp(
  String.raw`\b((?:[Cc]o-)?(?:[Ff]ounders|CEOs|[Pp]artners|[Aa]nalysts|[Dd]irectors))\s+${PERSON}\s+and\s+${PERSON}`,
  'gu',
);
/** Titles before a speaker's name that are no part of it: "said Sister Anne Marie Kowalczyk". */
const RELIGIOUS_TITLES = ['Sister', 'Brother', 'Father', 'Rev', 'Reverend'];
/** "…," Priyanka Rao-Whitfield, who leads Atlassian's developer platform, told our team. */
const SAID_AFTER_WHO = new RegExp(
  String.raw`${PERSON},\s+(?:who|whose)\s+[^,"“”.;]{1,100},\s+(?:said|says|added|told|wrote|noted)\b`,
  'gu',
);
/** SAID_AFTER_WHO's ", who": a sentence without it skips the pattern (it tries a name at every capital). */
const WHO_CLAUSE = /,\s+who(?:se)?\s/;
const SAID_BEFORE = new RegExp(
  String.raw`\b(?:said|says|added|according to)\s+(?:(?:${RELIGIOUS_TITLES.join('|')})\.?\s+)?${PERSON}`,
  'gu',
);
/** Every speech verb of SAID_AFTER and SAID_BEFORE: a sentence without one cannot match either. */
const SAID_WORD = /said|says|added|told|wrote|noted|explained|argued|warned|stressed|according to/;
/** People are named beside a speech verb, a role or a possessive: other sentences cannot introduce one. */
const MAY_NAME_PERSON =
  /\b(said|says|added|told|wrote|noted|explained|argued|warned|stressed|according to|CEOs?|CFO|COO|CTO|[Pp]resident|[Cc]hair|[Ff]ounders?|[Cc]hief|analysts?|strategist|economist|directors?|partners?|spokes\w+|counsel|officer|head of)\b|['’]s\s+\p{Lu}/u;
const NOT_FIRST = new Set([
  ...RELIGIOUS_TITLES,
  // A role opening the sentence ("Partner Callum Ferraby told…") is no part of the name.
  'Partner',
  'Principal',
  'Analyst',
  'Spokesperson',
  'Spokeswoman',
  'Spokesman',
  'The',
  'This',
  'That',
  'In',
  'On',
  'As',
  'At',
  'For',
  'But',
  'And',
  'One',
  'Wall',
  'Street',
  'Palantir',
  'Lumen',
  'Shares',
  'Investors',
  'Analysts',
  'Bulls',
  'Bears',
  'According',
  'Market',
  'Stock',
  'Stocks',
  'Company',
  'While',
  'After',
  'Before',
  'With',
  'From',
  'Its',
  'Their',
  'His',
  'Her',
  'When',
  'If',
  'New',
  'North',
  'South',
  'United',
  'Fox',
  'Motley',
  'Bloomberg',
  'Reuters',
  'Saxo',
  'Federal',
  'Supreme',
  'European',
  'American',
  'Chief',
  'Vice',
  'Senior',
  'Executive',
  'Managing',
  'General',
  'Deputy',
  'Under',
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
  'Our',
  'We',
  'They',
]);

interface Person {
  name: string;
  role: string | null;
  org: Entity | null;
}

export function extractQuotes(ctx: ArticleContext): QuoteFact[] {
  const people = new Map<string, Person>(); // by surname
  const out: QuoteFact[] = [];
  let lastSpeaker: Person | null = null;
  let lastPerson: Person | null = null;
  let lastPersonAt = -Infinity;
  let lastSpeakerAt = -Infinity;
  ctx.sentences.forEach((s, si) => {
    const t = withDoubleQuotes(s.text);
    // Learn people named in any sentence: "Lumen CEO Kate Johnson", "John Stankey, Chairman and CEO of AT&T".
    for (const p of MAY_NAME_PERSON.test(s.text) ? peopleIn(ctx, s) : []) {
      const surname = p.name.split(/\s+/).pop()!;
      const known = people.get(surname);
      lastPerson = known ?? p;
      lastPersonAt = si;
      if (!known) people.set(surname, p);
      else {
        known.role ??= p.role;
        known.org ??= p.org;
      }
    }
    QUOTED.lastIndex = 0;
    const quotes: Array<{ text: string; start: number; end: number }> = [];
    let m: RegExpExecArray | null;
    while ((m = QUOTED.exec(t))) quotes.push({ text: m[1]!, start: m.index, end: m.index + m[0].length });
    if (!quotes.length) return;
    const outside = maskQuotes(t, quotes);
    if (!SPEECH.test(outside) && !/:\s*[“"]/.test(t) && !/^[“"]/.test(t)) return;

    const speaker =
      speakerOf(ctx, s, outside, people) ??
      (/\b(he|she|they)\s+(said|added|explained|noted|says|wrote|writes|told|argued|continued|adds|recalled|insisted)\b/i.test(
        outside,
      )
        ? // "Moreau was less enthusiastic. '…,' she wrote.": a person just named beats an earlier speaker.
          lastPerson &&
          lastPersonAt >= si - 1 &&
          lastPersonAt > lastSpeakerAt &&
          isSubjectOf(ctx.sentences[lastPersonAt]!.text, lastPerson.name)
          ? lastPerson
          : (lastSpeaker ?? lastPerson)
        : null);
    if (!speaker) return;
    lastSpeaker = speaker;
    lastSpeakerAt = si;
    for (const q of quotes) {
      // A one- or two-word quote with no speech verb nearby is a name or a scare quote.
      if (q.text.trim().split(/\s+/).length < 2 && !SPEECH.test(outside)) continue;
      out.push({
        speaker: speaker.name,
        role: speaker.role,
        organization: speaker.org?.name ?? null,
        text: q.text.trim(),
        evidence: evidenceOf(s),
      });
    }
  });
  return out;
}

/**
 * The person opens the sentence (after at most an organisation or a title, or a title in apposition):
 * the likely "she" of the next one.
 */
function isSubjectOf(sentence: string, name: string): boolean {
  const at = sentence.indexOf(name);
  if (at < 0 || at > 40) return false;
  const before = sentence.slice(0, at).replace(/\b[A-Z]\./g, '');
  // "Its chief executive, Warren Pickett, said…": a title in apposition still opens with the person.
  return (
    !/[.,;:]/.test(before) ||
    /^(?:(?:its|their|the company['’]s|[A-Z][\w&'’-]*['’]s?)\s+)?(?:[a-z-]+\s+){0,3}[a-z-]+,\s*$/i.test(
      before,
    )
  );
}

function maskQuotes(t: string, quotes: Array<{ start: number; end: number }>): string {
  let out = '';
  let last = 0;
  for (const q of quotes) {
    out += t.slice(last, q.start) + ' '.repeat(q.end - q.start);
    last = q.end;
  }
  return out + t.slice(last);
}

function speakerOf(
  ctx: ArticleContext,
  s: { text: string; start: number },
  outside: string,
  people: Map<string, Person>,
): Person | null {
  const candidates: Array<{ p: Person; at: number }> = [];
  const re = PERSON_G;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(outside))) {
    const name = cleanName(m[1]!);
    if (!name) continue;
    const surname = name.split(/\s+/).pop()!;
    const known = people.get(surname);
    if (
      known &&
      known.name.endsWith(name.split(/\s+/).slice(-1)[0]!) &&
      name.split(/\s+/).length >= 2 &&
      known.name !== name &&
      !known.name.includes(name)
    ) {
      // a different person sharing the surname: keep both
    }
    if (known && (known.name === name || known.name.endsWith(` ${surname}`)))
      candidates.push({ p: known, at: m.index });
  }
  // Surnames alone: "Karp added", "Saxo’s Falkencrone puts it".
  for (const [surname, p] of people) {
    const at = wordIndex(outside, surname);
    if (at >= 0 && !candidates.some((c) => c.p === p)) candidates.push({ p, at });
  }
  if (!candidates.length) {
    const named = surnameNamedEarlier(ctx, outside, s.start);
    if (named) people.set(named.name.split(/\s+/).pop()!, named);
    return named;
  }
  // Prefer the candidate nearest a speech verb.
  const verb = SPEECH.exec(outside);
  const at = verb?.index ?? 0;
  candidates.sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at));
  void ctx;
  return candidates[0]!.p;
}

const TITLE_WORD =
  /^(?:Mr|Mrs|Ms|Dr|Prof|Professor|President|Chief|Analyst|Senator|Sen|Rep|Governor|Gov|Judge|Minister|Chairman|Chairwoman|Director|Partner|Founder|Sir|Dame|Lord|Lady)$/;
/** A surname right before or after the speech verb: '"…," Dahlquist said', '"…," said Dahlquist.' */
const SURNAME_SPEAKS =
  /(?:^|["”,])\s*(\p{Lu}[\p{L}'’-]+)\s+(?:said|says|added|told|wrote|noted|explained)\b|\b(?:said|says|added)\s+(\p{Lu}[\p{L}'’-]+)\s*[.,]?\s*$/u;
/**
 * "Rowcrest was founded by Maren Dahlquist, a former engineer… '…,' Dahlquist said": a surname whose full
 * name the article gave earlier without a role, so no pattern learned it as a person.
 */
function surnameNamedEarlier(ctx: ArticleContext, outside: string, before: number): Person | null {
  const m = SURNAME_SPEAKS.exec(outside);
  const surname = m?.[1] ?? m?.[2];
  if (!surname || NOT_FIRST.has(surname) || ctx.companies.resolve(surname)) return null;
  // The last "Given Surname" told before the quote; a title is no given name ("Dr Dahlquist").
  const full = [
    ...ctx.text
      .slice(0, before)
      .matchAll(new RegExp(String.raw`\b(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}\.)?)\s+${surname}\b`, 'gu')),
  ]
    .filter((x) => !TITLE_WORD.test(x[1]!))
    .pop();
  const name = full ? cleanName(`${full[1]} ${surname}`) : null;
  if (!name || NOT_FIRST.has(full![1]!.split(/\s/)[0]!) || ctx.companies.resolve(name)) return null;
  return { name, role: null, org: null };
}

/** People named with a role, an organisation or a speech verb in one sentence. */
// peopleIn's helpers live at module level: under tsx (esbuild keepNames) a function declared inside it
// is renamed with Object.defineProperty on every call (every sentence that may name a person).
/** The company named just before `at` ("Palantir CEO …"). */
function orgBefore(ms: ReturnType<typeof mentionsIn>, at: number): Entity | null {
  const m = [...ms].reverse().find((x) => x.relEnd <= at && at - x.relEnd <= 4);
  return m?.entity ?? null;
}

/** Adds a person once, unless the name is a company of the article. */
function addPerson(
  ctx: ArticleContext,
  out: Person[],
  seen: Set<string>,
  rawName: string,
  role: string | null,
  org: Entity | null,
): void {
  const name = cleanName(rawName);
  if (!name || seen.has(name)) return;
  if (ctx.companies.resolve(name)) return;
  seen.add(name);
  out.push({ name, role: role ? normRole(role) : null, org });
}

function peopleIn(ctx: ArticleContext, s: { text: string; start: number; end: number }): Person[] {
  const t = s.text;
  const ms = mentionsIn(ctx, s as never);
  const out: Person[] = [];
  const seen = new Set<string>();
  let m: RegExpExecArray | null;
  // The role patterns spell out a role and the "said" patterns a speech verb: a sentence with neither
  // skips those patterns (each tries a name at every capital letter).
  const hasRole = ROLE_ONLY.test(t);
  // "[Org] ROLE Name" e.g. "Palantir CEO Alex Karp", "Vantero finance chief Annika Brandt"
  const roleBefore = ROLE_BEFORE;
  roleBefore.lastIndex = 0;
  while (hasRole && (m = roleBefore.exec(t))) {
    // The whole role, capitalised words too ("Chief Executive Laura Mendes").
    const roleText = ROLE_ONLY.exec(m[0].replace(/^[\s(,;:]/, ''))?.[0] ?? null;
    const roleStart = m.index + (m[0].length - m[0].trimStart().length);
    addPerson(ctx, out, seen, m[1]!, roleText, orgBefore(ms, roleStart));
  }
  // "Name, ROLE of/at Org"
  const roleAfter = ROLE_AFTER;
  roleAfter.lastIndex = 0;
  // "Name, ROLE": the comma is needed too.
  while (hasRole && t.includes(',') && (m = roleAfter.exec(t))) {
    const after = t.slice(m.index + m[0].length);
    const role = ROLE_ONLY.exec(m[0].slice(m[1]!.length))?.[0] ?? null;
    const orgM = ms.find((x) => x.rel >= m!.index + m![1]!.length && x.rel <= m!.index + m![0].length + 2);
    const orgPrefix = ms.find((x) => x.rel > m!.index + m![1]!.length && x.relEnd <= m!.index + m![0].length);
    void after;
    addPerson(ctx, out, seen, m[1]!, role, orgM?.entity ?? orgPrefix?.entity ?? null);
  }
  // "Founders Fiona Ashdown and Rupert Neale", "co-CEOs A and B": one role for two people.
  PAIR_WITH_ROLE.lastIndex = 0;
  while (/s\s+\p{Lu}/u.test(t) && (m = PAIR_WITH_ROLE.exec(t))) {
    const role = m[1]!.replace(/s$/, '');
    addPerson(ctx, out, seen, m[2]!, role, null);
    addPerson(ctx, out, seen, m[3]!, role, null);
  }
  // "Org’s Name" e.g. "Wedbush’s Dan Ives"
  const possessive = POSSESSIVE;
  possessive.lastIndex = 0;
  while ((m = possessive.exec(t))) {
    const org = [...ms].reverse().find((x) => x.relEnd <= m!.index + 2 && m!.index - x.relEnd <= 3);
    if (!org) continue;
    const role = /analyst|strategist|economist/.exec(m[0])?.[0] ?? null;
    addPerson(ctx, out, seen, m[1]!, role, org.entity);
  }
  // "Name said" / "said Name"
  if (!SAID_WORD.test(t)) return out;
  const saidAfter = SAID_AFTER;
  saidAfter.lastIndex = 0;
  while ((m = saidAfter.exec(t))) addPerson(ctx, out, seen, m[1]!, null, null);
  SAID_AFTER_WHO.lastIndex = 0;
  const hasWho = WHO_CLAUSE.test(t);
  while (hasWho && (m = SAID_AFTER_WHO.exec(t))) addPerson(ctx, out, seen, m[1]!, null, null);
  const saidBefore = SAID_BEFORE;
  saidBefore.lastIndex = 0;
  while ((m = saidBefore.exec(t))) addPerson(ctx, out, seen, m[1]!, null, null);
  return out;
}

function cleanName(raw: string): string | null {
  const words = raw.trim().split(/\s+/);
  while (words.length && NOT_FIRST.has(words[0]!.replace(/['’]s$/, ''))) words.shift();
  if (words.length < 2) return null;
  const name = words.join(' ').replace(/['’]s$/, '');
  if (
    // A role inside the name ("Orrin Chair Margaret" from "said Orrin Chair Margaret Oduya") is no person.
    /\b(Inc|Corp|Group|Bank|Capital|Technologies|Securities|News|Business|Street|Journal|Research|Officer|Executive|Chief|Financial|Analytics|Robotics|Systems|Holdings|Chair|Chairman|Chairwoman|CEO|CFO|COO|CTO|President|Founder|Director)\b/.test(
      name,
    )
  )
    return null;
  return name;
}

function normRole(role: string): string {
  return role.trim().replace(/\s+/g, ' ');
}

/** Index of a whole word in text, or -1. */
function wordIndex(text: string, word: string): number {
  let from = 0;
  for (;;) {
    const i = text.indexOf(word, from);
    if (i < 0) return -1;
    const before = text[i - 1];
    const after = text[i + word.length];
    if ((!before || !/[\p{L}\d]/u.test(before)) && (!after || !/[\p{L}\d]/u.test(after))) return i;
    from = i + 1;
  }
}
