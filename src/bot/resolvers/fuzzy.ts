/** Small string-distance helpers for "did you mean …?" suggestions. */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped for speed. */
export function editDistance(a: string, b: string, cap = 8): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > cap) return cap + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Lower-case, strip punctuation and corporate suffixes: "Lumen Technologies, Inc." → "lumen technologies". */
export function normalizeName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[.,'’()]/g, '')
    .replace(/\b(inc|corp|corporation|co|ltd|plc|llc|sa|ag|nv|holdings?|group|the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Candidate<T> {
  item: T;
  /** Strings the user might type for this item (ticker, name, aliases). */
  keys: string[];
}

/**
 * Ranks candidates for a partial or misspelt query: exact, then prefix, then word prefix, then edit
 * distance within a tolerance that grows with the query's length. Returns at most `limit` items.
 */
export function rankCandidates<T>(query: string, candidates: Candidate<T>[], limit: number): T[] {
  const q = normalizeName(query);
  if (!q) return candidates.slice(0, limit).map((c) => c.item);
  const tolerance = q.length <= 3 ? 1 : q.length <= 6 ? 2 : 3;
  const scored: Array<{ item: T; score: number; key: string }> = [];
  for (const c of candidates) {
    let best = Infinity;
    let bestKey = '';
    for (const raw of c.keys) {
      const key = normalizeName(raw);
      if (!key) continue;
      let score: number;
      if (key === q) score = 0;
      else if (key.startsWith(q)) score = 1 + (key.length - q.length) / 100;
      else if (key.split(' ').some((w) => w.startsWith(q))) score = 2 + key.length / 1000;
      else {
        const d = editDistance(q, key.slice(0, q.length + tolerance), tolerance);
        const whole = editDistance(q, key, tolerance);
        const dist = Math.min(d + 0.5, whole);
        score = dist <= tolerance ? 3 + dist : Infinity;
      }
      if (score < best) {
        best = score;
        bestKey = key;
      }
    }
    if (best < Infinity) scored.push({ item: c.item, score: best, key: bestKey });
  }
  scored.sort((a, b) => a.score - b.score || a.key.localeCompare(b.key));
  return scored.slice(0, limit).map((s) => s.item);
}
