/**
 * Whether one capitalised word is a firm's name: a word that opens a sentence ("Brightwell has
 * acquired…") is a name only when the text writes it again inside a sentence (oneWordName), or acts as a
 * buyer once and reads like a name rather than a plural, an adverb or a surname (loneNameDoingDeal,
 * plainOneWordName, namedAsPerson); a short form of a longer known name ("Quest" for Quest Diagnostics)
 * is that company's (longerKnownName).
 */
import type { CompanyDirectory, DirectoryEntry } from './directory.js';
import { NAME_START, NATIONALITY_ONLY, WORD } from './firm-names.js';

/** The text names `word` somewhere other than at `at`, as a whole word. */
export function namedAgain(text: string, word: string, at: number): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1))
    if (i !== at && !/[\w\u00C0-\u024F]/.test((text[i - 1] ?? ' ') + (text[i + word.length] ?? ' ')))
      return true;
  return false;
}

/**
 * "Brightwell has acquired Tiller Labs": one capitalised word opening a sentence is a name only when the
 * text also writes it capitalised inside a sentence ("shares of Brightwell"), on its own rather than
 * as part of a longer name, and never as a person's surname.
 */
export function oneWordName(text: string, word: string, at: number): boolean {
  if (word.length < 3 || /^[A-Z]+$/.test(word) || NATIONALITY_ONLY.test(word)) return false;
  if (namedAsPerson(text, word)) return false;
  let inside = false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (i === at || /[\w\u00C0-\u024F]/.test(text[i + word.length] ?? ' ')) continue;
    const before = text.slice(Math.max(0, i - 40), i);
    // "Bill Ackman", "Investment Management": the last word of a longer name, a surname most often.
    if (/(?<![.!?]["”’]?)[^\S\n]+[A-Z][\w'’-]*[^\S\n]+$/.test(before) && !/(?:^|\n)\S+[^\S\n]+$/.test(before))
      return false;
    if (/[a-z\d,;:)][^\S\n]+$/.test(before)) inside = true;
  }
  return inside;
}

/**
 * A verb only a buyer (or a firm merging) has: "acquired", "agreed to buy", "paid $1.25 billion for",
 * "completed its purchase", "merged with".
 */
const BUYER_VERB = new RegExp(
  String.raw`^[^\S\n]+(?:(?:has|had|also|then|quietly|previously|recently)[^\S\n]+)?(?:acquired|bought|purchased|merged[^\S\n]+with|snapped[^\S\n]+up|agreed[^\S\n]+to[^\S\n]+(?:buy|acquire|purchase)|paid[^\S\n]+(?:about[^\S\n]+|roughly[^\S\n]+|some[^\S\n]+)?(?:[$€£¥]|US\$)|completed[^\S\n]+its[^\S\n]+(?:[\w$€£.,-]+[^\S\n]+){0,2}?(?:acquisition|purchase|takeover))\b`,
);
/** Sentence openers that take a buyer's verb without naming a firm: "Others bought", "Together acquired". */
const LONE_OPENERS = new Set(
  'both|each|either|neither|many|most|some|several|others|other|together|meanwhile|instead|later|earlier|then|also|still|last|next|management|nobody|everyone|someone|anyone|government|officials|buyers|insiders'.split(
    '|',
  ),
);
/** A capitalised word that reads as a name rather than people in the plural, an adverb or a quantifier. */
export const plainOneWordName = (word: string): boolean =>
  word.length >= 4 &&
  /^[A-Z][a-z]/.test(word) &&
  !/(?:ly|ers|ors|ists|ants|ents|ives|ians|ees|ings)$/.test(word) &&
  !LONE_OPENERS.has(word.toLowerCase());

/**
 * "Zoomlion acquired Italy's CIFA in 2008": a one-word firm named once, opening a sentence as a buyer.
 * Words that open sentences as buyers without being names ("Investors bought", "Separately acquired")
 * are people in the plural, adverbs and quantifiers; a surname is ruled out when the text names a person.
 */
export function loneNameDoingDeal(text: string, word: string, at: number): boolean {
  return (
    plainOneWordName(word) &&
    !namedAgain(text, word, at) &&
    !namedAsPerson(text, word) &&
    BUYER_VERB.test(text.slice(at + word.length, at + word.length + 70))
  );
}

/** The directory entry of a longer name the text writes starting with `word`: "Quest" → Quest Diagnostics. */
export function longerKnownName(
  text: string,
  word: string,
  directory: CompanyDirectory,
): DirectoryEntry | null {
  const after = new RegExp(String.raw`${NAME_START}${word}((?:[^\S\n]+${WORD}){1,3})`, 'g');
  for (const m of text.matchAll(after)) {
    const words = m[1]!.trim().split(/\s+/);
    for (let k = words.length; k >= 1; k--) {
      const hit = directory.byAlias(`${word} ${words.slice(0, k).join(' ')}`);
      if (hit && !hit.ambiguous && hit.entry.kind !== 'media') return hit.entry;
    }
  }
  return null;
}

/** "…," Musk said', "Musk, who…", "Mr. Musk": the text names `surname` as a person somewhere. */
export function namedAsPerson(text: string, surname: string): boolean {
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    const before = text.slice(Math.max(0, at - 5), at);
    const after = text.slice(at + surname.length, at + surname.length + 8);
    // "…," Kiriyama said', "…in 2019, Pellow said at the time.": a surname attributing what was said.
    // "Separately, Nexon said on Thursday that it had agreed…" is a firm's statement.
    const said = text.slice(at + surname.length, at + surname.length + 40);
    if (
      /\b(?:Mr|Ms|Mrs|Dr)\.\s$/.test(before) ||
      /^,\s+who\b/.test(after) ||
      (/["”’]\s$/.test(before) && /^\s+(?:said|says|told|added)\b/.test(said)) ||
      (/[a-z\d],\s$/.test(before) && /^\s+(?:said|says|told|added)\b[^.!?]{0,25}[.!?]/.test(said))
    )
      return true;
  }
  return false;
}
