// Splits CSV text into records with the line each starts on, so that one broken row (a stray
// or missing quote) is reported and skipped instead of swallowing the rest of the file. Lines
// are grouped into records by quote parity (a quoted field may span lines), then parsed with
// csv-parse in large batches; a batch that fails is halved until the broken record is found.
import { parse } from 'csv-parse/sync';
import type { ContactIssue } from './contact-candidate';

export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A quoted field longer than this many lines is taken for a quote that was never closed. */
const MAX_RECORD_LINES = 200;

export function physicalLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
}

/** The delimiter the header uses most: comma, semicolon (European Outlook) or tab. */
export function detectDelimiter(header: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  const [best, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return count > 0 ? best : ',';
}

/** Parses one line (the header) into fields, or null when it is not CSV. */
export function parseLine(line: string, delimiter: string): string[] | null {
  const records = parseChunk(line, delimiter);
  return records?.length === 1 ? records[0]! : null;
}

/** Records from `lines[from]` on; `width` is the header's field count. */
export function readRecords(
  lines: string[],
  from: number,
  delimiter: string,
  width: number,
): { records: CsvRecord[]; errors: ContactIssue[] } {
  const records: CsvRecord[] = [];
  const errors: ContactIssue[] = [];
  const quotes = lines.map(countQuotes);
  let pending: Chunk[] = [];

  const flush = () => {
    for (const result of parseChunks(pending, delimiter)) {
      if (!('fields' in result)) errors.push(result);
      else if (tooWide(result.fields, width)) {
        errors.push({
          line: result.line,
          reason: `the row has ${result.fields.length} fields; the header has ${width}`,
        });
      } else records.push(result);
    }
    pending = [];
  };

  // A line with an odd number of quotes, read on its own: in a batch its quote would pair
  // with a quote of another record.
  const suspect = (index: number) => {
    flush();
    pending.push({ line: index + 1, text: lines[index]!, single: true });
    flush();
  };

  let i = from;
  while (i < lines.length) {
    if (lines[i]!.trim() === '') {
      i += 1;
      continue;
    }
    let end = i;
    let parity = quotes[i]! % 2;
    while (parity === 1 && end + 1 < lines.length && end - i < MAX_RECORD_LINES) {
      end += 1;
      parity = (parity + quotes[end]!) % 2;
    }
    if (parity === 1) {
      // The quote never closes: read the line alone (a lone " inside a field, as in 12" pizza,
      // is fine) and carry on with the next one.
      suspect(i);
      i += 1;
      continue;
    }
    const chunk: Chunk = {
      line: i + 1,
      text: lines.slice(i, end + 1).join('\n'),
      single: i === end,
    };
    if (!chunk.single) {
      // A record over several lines must still look like a whole row; otherwise a stray quote
      // on this line paired with one further down, and only this line is suspect.
      const fields = parseChunk(chunk.text, delimiter);
      const row = fields?.length === 1 ? fields[0]! : null;
      if (!row || row.length < width || tooWide(row, width)) {
        suspect(i);
        i += 1;
        continue;
      }
    }
    pending.push(chunk);
    if (pending.length >= 2000) flush();
    i = end + 1;
  }
  flush();
  records.sort((a, b) => a.line - b.line);
  errors.sort((a, b) => a.line - b.line);
  return { records, errors };
}

interface Chunk {
  line: number;
  text: string;
  single: boolean;
}

/** Parses chunks in one call; on a failure, halves the batch until the bad chunk is alone. */
function parseChunks(chunks: Chunk[], delimiter: string): (CsvRecord | ContactIssue)[] {
  if (chunks.length === 0) return [];
  const parsed = parseChunk(chunks.map((c) => c.text).join('\n'), delimiter);
  if (parsed && parsed.length === chunks.length) {
    return chunks.map((chunk, i) => ({ line: chunk.line, fields: parsed[i]! }));
  }
  if (chunks.length === 1) {
    return [{ line: chunks[0]!.line, reason: reasonFor(chunks[0]!.text, delimiter) }];
  }
  const middle = Math.floor(chunks.length / 2);
  return [
    ...parseChunks(chunks.slice(0, middle), delimiter),
    ...parseChunks(chunks.slice(middle), delimiter),
  ];
}

function parseChunk(text: string, delimiter: string): string[][] | null {
  try {
    return parse(text, {
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch {
    return null;
  }
}

function reasonFor(text: string, delimiter: string): string {
  try {
    parse(text, { delimiter, relax_quotes: true, relax_column_count: true });
    return 'the row could not be read';
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'CSV_QUOTE_NOT_CLOSED') return 'a quote opens a field and is never closed';
    if (code === 'CSV_INVALID_CLOSING_QUOTE') return 'a quoted field is followed by stray text';
    return 'the row could not be read';
  }
}

/** More fields than the header has, beyond empty trailing ones. */
export function tooWide(fields: string[], width: number): boolean {
  return fields.length > width && fields.slice(width).some((f) => f.trim() !== '');
}

function countQuotes(line: string): number {
  let count = 0;
  for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) count += 1;
  return count;
}
