/**
 * Which company names an article may teach the directory. Names come from the extractor and now and
 * then carry a neighbour's words ("Friday. Exxon Mobil", "Shareholders of Redwood Bancorp",
 * "Corvid Labs'"); a polluted alias would mislead every later article, so names are trimmed to the
 * company part or refused.
 */

const LEGAL_ABBREVIATION =
  /\b(Inc|Corp|Co|Ltd|Bros|Cos|Hldgs|Intl|Mfg|No|St|Mt|Jr|Sr|U\.S|N\.V|S\.A|L\.P|P\.L\.C)\.$/i;
/** Words that introduce a company rather than belong to its name (only stripped before another name). */
const LEAD_IN =
  /^(?:(?:rival|competitor|peer|shareholders of|stockholders of|investors in|analysts at|shares of|parent|subsidiary)\s+)+(?=[A-Z0-9])/i;

/** The company part of an extracted name, or null when it doesn't look like one. */
export function learnableName(raw: string): string | null {
  let name = raw.replace(/\s+/g, ' ').trim();
  // Keep the text after a sentence break ("Tuesday, Oct. 28. United Parcel Service"), unless the
  // period ends an abbreviation that belongs to a name ("Harbor Co. Holdings").
  const parts = name.split(/(?<=[.!?])\s+(?=[A-Z])/);
  let kept = parts[parts.length - 1]!;
  for (let i = parts.length - 2; i >= 0; i--) {
    if (LEGAL_ABBREVIATION.test(parts[i]!) || /(?:^|[\s.])[A-Z]\.$/.test(parts[i]!))
      kept = `${parts[i]} ${kept}`;
    else break;
  }
  name = kept
    .replace(LEAD_IN, '')
    .replace(/(?:['’]s?)$/u, '')
    .replace(/[,;:]+$/, '')
    .trim();
  if (!/^[A-Z0-9]/.test(name)) return null;
  if (name.length < 2 || name.length > 80) return null;
  if (/[“”"()[\]{}|<>@#$%]/.test(name)) return null;
  const words = name.split(' ');
  if (words.length > 8) return null;
  // "M Co." is what is left of "3M Co." after a bad split: one letter plus a suffix is no name.
  if (/^[A-Z]\.?$/.test(words[0]!) && words.length <= 2 && !/&/.test(name)) return null;
  return name;
}
