/**
 * Company-name normalisation for alias lookups. `normaliseName` folds case, accents and punctuation,
 * turns "&" into "and", drops a leading "the" and trailing legal suffixes (Inc., Corp., Co., Ltd.,
 * PLC, LLC, S.A., AG, N.V., …): "Lumen Technologies, Inc." → "lumen technologies".
 * `shortName` also drops one trailing descriptive word (Technologies, Holdings, Group, …) so
 * "Lumen" finds Lumen Technologies; short forms rank below full names when both match.
 */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'plc',
  'llc',
  'lp',
  'llp',
  'sa',
  'ag',
  'nv',
  'se',
  'spa',
  'ab',
  'asa',
  'oyj',
  'bv',
  'gmbh',
  'kgaa',
  'sas',
  'srl',
  'the',
  'and',
]);
const DESCRIPTIVE = new Set([
  'technologies',
  'technology',
  'holdings',
  'holding',
  'group',
  'international',
  'systems',
  'communications',
  'enterprises',
  'industries',
  'labs',
  'software',
  'networks',
  'therapeutics',
  'pharmaceuticals',
  'brands',
  'solutions',
  'platforms',
  'partners',
]);

export function normaliseName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1') // S.A. → sa, N.V. → nv
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** The name without one trailing descriptive word, or null when that would leave nothing useful. */
export function shortName(name: string): string | null {
  const words = normaliseName(name).split(' ');
  if (words.length < 2 || !DESCRIPTIVE.has(words[words.length - 1]!)) return null;
  const short = words.slice(0, -1).join(' ');
  return short.length >= 2 ? short : null;
}
