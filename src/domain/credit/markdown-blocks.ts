// Block structure of the Markdown subset: ATX and setext headings, paragraphs, bullet and
// numbered lists (one level; deeper items are flattened), pipe tables and rules. Anything
// else is paragraph text, so nothing the user types is ever lost or passed through as HTML.

/** A block of the Markdown subset; inline text is parsed later. */
export type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; start: number; items: string[] }
  | { type: 'table'; header: string[]; rows: string[][] }
  | { type: 'rule' };

const ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const BULLET = /^ *([-*+])[ \t]+(.*)$/;
const ORDERED = /^ *(\d{1,9})[.)][ \t]+(.*)$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const TABLE_DELIMITER = /^\|?(?: *:?-+:? *\|)* *:?-+:? *\|?$/;
const BLANK = /^[ \t]*$/;

/** Splits Markdown into blocks. */
export function parseBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (BLANK.test(line)) {
      i += 1;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      const text = headingText(line.slice(atx[0].length));
      if (text) blocks.push({ type: 'heading', level: atx[1]!.length, text });
      i += 1;
    } else if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i += 1;
    } else if (listItem(line)) {
      i = readList(lines, i, blocks);
    } else if (isTableStart(lines, i)) {
      i = readTable(lines, i, blocks);
    } else {
      i = readParagraph(lines, i, blocks);
    }
  }
  return blocks;
}

// Heading text without its optional closing "#"s (kept when escaped or glued to a word).
function headingText(rest: string): string {
  const text = rest.trim();
  let start = text.length;
  while (start > 0 && text[start - 1] === '#') start -= 1;
  if (start === text.length) return text;
  if (start === 0) return '';
  return /[ \t]/.test(text[start - 1]!) ? text.slice(0, start).trim() : text;
}

function listItem(line: string): { ordered: boolean; number: number; text: string } | null {
  if (RULE.test(line)) return null;
  const bullet = BULLET.exec(line);
  if (bullet) return { ordered: false, number: 1, text: bullet[2]! };
  const ordered = ORDERED.exec(line);
  return ordered ? { ordered: true, number: Number(ordered[1]), text: ordered[2]! } : null;
}

// Starts a new block inside a paragraph or list item (numbered lists only from 1, like CommonMark).
function interrupts(line: string): boolean {
  if (ATX.test(line) || RULE.test(line)) return true;
  const item = listItem(line);
  return item !== null && (!item.ordered || item.number === 1);
}

function readList(lines: string[], from: number, blocks: Block[]): number {
  const first = listItem(lines[from]!)!;
  const items = [first.text.trim()];
  let i = from + 1;
  while (i < lines.length) {
    const line = lines[i]!;
    const item = listItem(line);
    if (item && item.ordered === first.ordered) {
      items.push(item.text.trim());
    } else if (BLANK.test(line)) {
      const next = lines.slice(i).find((rest) => !BLANK.test(rest));
      const nextItem = next === undefined ? null : listItem(next);
      if (!nextItem || nextItem.ordered !== first.ordered) break;
    } else if (item || interrupts(line)) {
      break;
    } else {
      items[items.length - 1] += `\n${line.trim()}`;
    }
    i += 1;
  }
  blocks.push({ type: 'list', ordered: first.ordered, start: first.number, items });
  return i;
}

function readParagraph(lines: string[], from: number, blocks: Block[]): number {
  const collected = [lines[from]!.trimStart()];
  let i = from + 1;
  while (i < lines.length && !BLANK.test(lines[i]!)) {
    const line = lines[i]!;
    const setext = SETEXT.exec(line);
    if (setext) {
      const level = setext[1]!.startsWith('=') ? 1 : 2;
      blocks.push({ type: 'heading', level, text: collected.join(' ') });
      return i + 1;
    }
    if (interrupts(line) || isTableStart(lines, i)) break;
    // Keep two trailing spaces: they mark a hard line break.
    collected.push(line.replace(/^ +/, ''));
    i += 1;
  }
  blocks.push({ type: 'paragraph', text: collected.join('\n').trimEnd() });
  return i;
}

function isTableStart(lines: string[], i: number): boolean {
  const header = lines[i]!;
  const delimiter = lines[i + 1];
  if (delimiter === undefined || !header.includes('|') || !delimiter.includes('|')) return false;
  return (
    TABLE_DELIMITER.test(delimiter.trim()) && splitRow(header).length === splitRow(delimiter).length
  );
}

function readTable(lines: string[], from: number, blocks: Block[]): number {
  const header = splitRow(lines[from]!);
  const rows: string[][] = [];
  let i = from + 2;
  while (i < lines.length && !BLANK.test(lines[i]!) && lines[i]!.includes('|')) {
    const cells = splitRow(lines[i]!);
    rows.push(header.map((_, column) => cells[column] ?? ''));
    i += 1;
  }
  blocks.push({ type: 'table', header, rows });
  return i;
}

// Cells split on pipes that are not backslash-escaped; the outer pipes are optional.
function splitRow(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && text[i + 1] === '|') {
      cell += '\\|';
      i += 1;
    } else if (char === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += char;
    }
  }
  cells.push(cell.trim());
  return cells;
}
