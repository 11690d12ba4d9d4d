/**
 * Lines and pipe-table cells of a cleaned article, with offsets into its text. Tables reach the
 * extractor as Markdown pipe rows (HTML tables are written that way by the reader), and rating or
 * deal tables are read by their columns, not as prose.
 */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/** Every line of `text`, with its offsets. */
export function linesOf(text: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const l of text.split('\n')) {
    out.push({ text: l, start: at, end: at + l.length });
    at += l.length + 1;
  }
  return out;
}

/** The cells of a pipe row, trimmed, with offsets; the empty edges of "| a | b |" are dropped. */
export function cellsOf(line: Piece): Piece[] {
  const cells: Piece[] = [];
  let from = 0;
  for (const part of line.text.split('|')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    cells.push({ text, start: line.start + from + lead, end: line.start + from + lead + text.length });
    from += part.length + 1;
  }
  if (cells[0]?.text === '') cells.shift();
  if (cells[cells.length - 1]?.text === '') cells.pop();
  return cells;
}

/** A Markdown separator row: "|---|:---:|". */
export const isSeparatorRow = (cells: Piece[]): boolean => cells.every((c) => /^:?-{2,}:?$/.test(c.text));

export interface Table {
  /** Header cell texts. */
  head: string[];
  /** The header line's index in `linesOf(text)`. */
  headLine: number;
  /** Body rows with as many cells as the header (separator rows left out). */
  rows: Array<{ line: Piece; cells: Piece[] }>;
}

/** Pipe tables of at least `minColumns` columns: a header line and the rows right under it. */
export function tablesIn(lines: Piece[], minColumns = 3): Table[] {
  const out: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.text.includes('|')) continue;
    const head = cellsOf(lines[i]!).map((c) => c.text);
    if (head.length < minColumns) continue;
    const rows: Table['rows'] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j]!.text.includes('|'); j++) {
      const cells = cellsOf(lines[j]!);
      if (isSeparatorRow(cells)) continue;
      if (cells.length !== head.length) break;
      rows.push({ line: lines[j]!, cells });
    }
    out.push({ head, headLine: i, rows });
    i = j - 1;
  }
  return out;
}
