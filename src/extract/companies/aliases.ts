/**
 * The shorter names an article may use for a firm it has named in full: "Sierra Crest Financial Corp."
 * is later "Sierra Crest" or "Sierra", "Suzhou Lanqi Biopharma" is "Lanqi". A first word too common to
 * stand alone ("American", "Global") is no alias (GENERIC_FIRST), and the Chinese city or province that
 * opens a name may be left off (CHINESE_PLACES).
 */
import type { Anchor } from './anchors.js';
import { stripLegalSuffix } from './tokens.js';

/** First words too common to name a firm alone: "United" is no short form of "United Rentals". */
const GENERIC_FIRST = new Set([
  'american',
  'united',
  'general',
  'first',
  'national',
  'global',
  'new',
  'royal',
  'bank',
  'digital',
  'international',
  'north',
  'south',
  'east',
  'west',
  'western',
  'eastern',
  'pacific',
  'atlantic',
  'great',
  'big',
  'the',
  'data',
  'advanced',
  'applied',
  'capital',
  'energy',
  'power',
  'blue',
  'green',
  'red',
  'black',
  'white',
  'golden',
  'silver',
  'smart',
  'open',
  'central',
  'premier',
  'standard',
  'public',
  'liberty',
  'summit',
  'alpha',
  'delta',
  'omega',
  'apex',
  'core',
  'prime',
  'union',
  'city',
  'metro',
  'southern',
  'northern',
  'continental',
  'universal',
  'deutsche',
]);

/** Cities and provinces that open Chinese company names ("Jiangsu Hengrui", "Zhejiang Geely"). */
const CHINESE_PLACES = new Set(
  (
    'suzhou|jiangsu|zhejiang|shenzhen|shanghai|beijing|guangzhou|hangzhou|nanjing|wuxi|chengdu|tianjin|' +
    'qingdao|xiamen|hubei|hunan|sichuan|shandong|anhui|fujian|henan|hebei|yunnan|guangdong|chongqing|wuhan|' +
    'changchun|harbin|shenyang|dalian|ningbo|jiangxi|shanxi|shaanxi|liaoning|jilin|guangxi|hainan|zhuhai|' +
    'foshan|dongguan|hefei|changsha|kunming|zhengzhou|jinan|fuzhou|nanchang|shijiazhuang|taiyuan|guiyang'
  ).split('|'),
);

/** "Sierra Crest Financial Corp." → "Sierra Crest Financial", "Sierra Crest", "Sierra". */
export function derivedAliases(a: Anchor): string[] {
  return prefixAliases(a.name).filter((x) => x !== a.name);
}

/**
 * A name's short forms: without its legal form, each shorter run of its opening words, its first
 * word alone when that is distinctive, and its first two words run together.
 */
export function prefixAliases(name: string): string[] {
  const out = new Set<string>();
  const stripped = stripLegalSuffix(name);
  out.add(stripped);
  const words = stripped.split(/\s+/);
  for (let k = words.length - 1; k >= 2; k--) out.add(words.slice(0, k).join(' '));
  if (words.length > 1 && words[0]!.length >= 4 && !GENERIC_FIRST.has(words[0]!.toLowerCase()))
    out.add(words[0]!);
  // "Suzhou Lanqi Biopharma" is "Lanqi" after its first mention: a Chinese name opens with its city or province.
  // "Aboitiz Power Corp." is "AboitizPower" in its own marketing: the first two words run together.
  if (words.length >= 2 && /^[A-Z][a-z]{2,}$/.test(words[0]!) && /^[A-Z][a-z]{2,}$/.test(words[1]!))
    out.add(words[0]! + words[1]!);
  if (words.length > 2 && CHINESE_PLACES.has(words[0]!.toLowerCase()))
    for (const alias of prefixAliases(words.slice(1).join(' '))) out.add(alias);
  return [...out];
}

/** A private firm's name and its short forms: "Nordlys Grid AS" → "Nordlys Grid", "Nordlys". */
export function privateDerived(name: string): string[] {
  return [name, ...prefixAliases(name)];
}
