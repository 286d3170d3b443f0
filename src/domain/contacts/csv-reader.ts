// Reads a contacts CSV: finds the header (LinkedIn puts a few lines of notes before it),
// recognises the layout or applies a column mapping, and turns each row into a candidate.
import {
  type ContactCandidate,
  ContactFileError,
  type ContactIssue,
  type ContactSource,
  emptyCandidate,
  type ParsedContacts,
  PROGRESS_EVERY,
  type ReadSteps,
  readToEnd,
} from './contact-candidate';
import {
  type Cells,
  detectLayout,
  guessMapping,
  LAYOUTS,
  type Layout,
  type MappableField,
  mappedLayout,
} from './csv-layouts';
import { detectDelimiter, parseLine, physicalLines, readRecords } from './csv-records';

export interface CsvOptions {
  /** Field → column name, as the user confirmed it; replaces layout detection. */
  mapping?: Partial<Record<MappableField, string>>;
}

// LinkedIn's Connections.csv starts with "Notes:" and a paragraph before its header.
const LINKEDIN_HEADER = /^"?First Name"?,"?Last Name"?,.*Connected On/i;

export function readCsvContacts(text: string, options: CsvOptions = {}): ParsedContacts {
  return readToEnd(readCsvSteps(text, options));
}

/** The same, pausing every few hundred rows to say how far it got. */
export function* readCsvSteps(text: string, options: CsvOptions = {}): ReadSteps {
  const lines = physicalLines(text);
  const headerIndex = findHeader(lines);
  if (headerIndex === -1) throw new ContactFileError('The file is empty');
  const delimiter = detectDelimiter(lines[headerIndex]!);
  const header = parseLine(lines[headerIndex]!, delimiter)?.map((h) => h.trim());
  if (!header || header.filter(Boolean).length < 2) {
    throw new ContactFileError(
      `Line ${headerIndex + 1} is not a CSV header: a contacts CSV starts with a line of column names`,
    );
  }
  const columns = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.toLowerCase();
    if (name && !columns.has(key)) columns.set(key, i);
  });

  const { source, layout, mapping } = chooseLayout(header, new Set(columns.keys()), options);
  const { records, errors } = readRecords(lines, headerIndex + 1, delimiter, header.length);
  const contacts: ContactCandidate[] = [];
  for (const [i, record] of records.entries()) {
    if (i > 0 && i % PROGRESS_EVERY === 0) yield { done: i, total: records.length };
    if (record.fields.every((f) => f.trim() === '')) continue;
    const cells: Cells = (column) => {
      const index = columns.get(column);
      const value = index === undefined ? undefined : record.fields[index]?.trim();
      return value ? value : null;
    };
    const candidate = emptyCandidate(record.line);
    layout(cells, candidate);
    if (candidate.name.trim()) contacts.push(candidate);
    else errors.push({ line: record.line, reason: 'the row has no name' });
  }
  errors.sort((a: ContactIssue, b: ContactIssue) => a.line - b.line);
  return { format: 'csv', source, ...(mapping && { mapping }), contacts, errors };
}

function findHeader(lines: string[]): number {
  const linkedIn = lines.slice(0, 30).findIndex((l) => LINKEDIN_HEADER.test(l.trim()));
  if (linkedIn !== -1) return linkedIn;
  return lines.findIndex((l) => l.trim() !== '');
}

function chooseLayout(
  header: string[],
  columns: Set<string>,
  options: CsvOptions,
): { source: ContactSource; layout: Layout; mapping?: Record<string, string> } {
  if (options.mapping && Object.keys(options.mapping).length > 0) {
    const mapping: Partial<Record<MappableField, string>> = {};
    for (const [field, column] of Object.entries(options.mapping) as [MappableField, string][]) {
      const found = header.find((h) => h.toLowerCase() === column.trim().toLowerCase());
      if (!found) {
        throw new ContactFileError(
          `No column "${column}" in the file for ${field}; the columns are: ${listColumns(header)}`,
        );
      }
      mapping[field] = found;
    }
    requireName(mapping, header);
    return { source: 'mapped-csv', layout: mappedLayout(mapping), mapping };
  }
  const known = detectLayout(columns);
  if (known) return { source: known, layout: LAYOUTS[known] };
  const mapping = guessMapping(header);
  requireName(mapping, header);
  return { source: 'guessed-csv', layout: mappedLayout(mapping), mapping };
}

function requireName(mapping: Partial<Record<MappableField, string>>, header: string[]) {
  if (mapping.name || mapping.firstName || mapping.lastName) return;
  throw new ContactFileError(
    `Which column holds the name? Map it, e.g. name=Full Name (or firstName= and lastName=); the columns are: ${listColumns(header)}`,
  );
}

function listColumns(header: string[]): string {
  const named = header.filter(Boolean);
  const shown = named.slice(0, 15).join(', ');
  return named.length > 15 ? `${shown} and ${named.length - 15} more` : shown;
}
