/** IANA time zones, typed loosely: "Europe/Paris", "europe/paris", "Paris", "UTC", "ET". */
import { rankCandidates } from './fuzzy.js';
import { fail, ok, orList, type Resolution } from './result.js';

const ABBREVIATIONS: Record<string, string> = {
  utc: 'UTC',
  gmt: 'UTC',
  z: 'UTC',
  et: 'America/New_York',
  est: 'America/New_York',
  edt: 'America/New_York',
  ct: 'America/Chicago',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  mt: 'America/Denver',
  mst: 'America/Denver',
  pt: 'America/Los_Angeles',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  bst: 'Europe/London',
  cet: 'Europe/Paris',
  cest: 'Europe/Paris',
  jst: 'Asia/Tokyo',
  ist: 'Asia/Kolkata',
};

let zones: string[] | null = null;
/** Every IANA zone this runtime knows, plus UTC. */
export function allTimeZones(): string[] {
  if (!zones) {
    const list = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.(
      'timeZone',
    );
    zones = [...new Set(['UTC', ...(list ?? [])])];
  }
  return zones;
}

const isValid = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const city = (tz: string): string => (tz.split('/').pop() ?? tz).replace(/_/g, ' ');

export function suggestTimeZones(partial: string, limit = 25): string[] {
  return rankCandidates(
    partial.replace(/_/g, ' '),
    allTimeZones().map((tz) => ({ item: tz, keys: [tz.replace(/_/g, ' '), city(tz)] })),
    limit,
  );
}

export function resolveTimeZone(raw: string): Resolution<string> {
  const text = raw.trim();
  if (!text) return fail('Give a time zone such as Europe/Paris or America/New_York.');
  const abbr = ABBREVIATIONS[text.toLowerCase()];
  if (abbr) return ok(abbr);
  const lower = text.toLowerCase().replace(/ /g, '_');
  const exact = allTimeZones().find((tz) => tz.toLowerCase() === lower);
  if (exact) return ok(exact);
  const byCity = allTimeZones().filter((tz) => city(tz).toLowerCase() === text.toLowerCase());
  if (byCity.length === 1) return ok(byCity[0]!);
  if (isValid(text)) return ok(text); // legacy names the list leaves out (e.g. "US/Eastern")
  const suggestions = suggestTimeZones(text, 3);
  return fail(
    `"${text}" isn't a time zone I know.${suggestions.length ? ` Did you mean ${orList(suggestions)}?` : ' Use an IANA name such as Europe/Paris.'}`,
    suggestions,
  );
}
