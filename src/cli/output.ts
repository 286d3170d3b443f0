// How the CLI prints: JSON for scripts (--json), short aligned text for people. Everything the
// CLI prints goes through these functions, because much of it is other people's text (a
// colleague's name, an imported note): control characters in it could drive the terminal
// (retitle it, write the clipboard with OSC 52, hide or rewrite lines), so they are made
// visible here, once, for every verb.

/** C0 controls but tab and newline, DEL, and the C1 controls (U+0080–U+009F; U+009B is CSI). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const C1 = /[\u0080-\u009f]/g;

/** Text safe for a terminal: each control character becomes a visible U+FFFD; lines stay. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '\ufffd');
}

/** One table cell or one-line field: also no line breaks or tabs. */
export function terminalSafeCell(text: string): string {
  return terminalSafe(text).replace(/[\n\t]/g, ' ');
}

export function printJson(value: unknown) {
  // JSON.stringify escapes C0 (ESC leaves as the six characters \u001b), not C1: do those too,
  // keeping the document valid and its values unchanged.
  const text = JSON.stringify(value, null, 2).replace(
    C1,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  process.stdout.write(`${text}\n`);
}

export function printLine(text = '') {
  process.stdout.write(`${terminalSafe(text)}\n`);
}

/** Writes text as it is (a rendered document), made safe for a terminal. */
export function printText(text: string) {
  process.stdout.write(terminalSafe(text));
}

/** A note or an error for the person at the terminal (stderr, so stdout stays pipeable). */
export function printNote(text: string) {
  process.stderr.write(`${terminalSafe(text)}\n`);
}

/** Prints rows as aligned columns under a header. */
export function printTable(headers: string[], rawRows: string[][]) {
  const rows = rawRows.map((row) => row.map((cell) => terminalSafeCell(cell ?? '')));
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  printLine(line(headers));
  for (const row of rows) printLine(line(row));
}

/** An instant as a person reads it, in their own zone: "2026-11-23 09:05". */
export function formatInstant(iso: string | null, timeZone: string): string {
  if (!iso) return '—';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
