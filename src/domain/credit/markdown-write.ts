// Writing Markdown from user text: everything the user typed is escaped so that it renders
// literally (a title "**urgent**" shows its asterisks), and links are written only when safe.

import { isSafeUrl } from './markdown-parse.js';

/** User text as inline Markdown on one line: whitespace collapsed, syntax characters escaped. */
export function mdText(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  let out = '';
  for (let i = 0; i < clean.length; i++) {
    const char = clean[i]!;
    if (/[\\`*[\]|<~&]/.test(char)) out += `\\${char}`;
    else if (char === '_' && !(isWordChar(clean[i - 1]) && isWordChar(clean[i + 1]))) out += '\\_';
    else out += char;
  }
  // A leading marker could start a block ("- --" is a rule) and a trailing "#" closes a heading.
  // So could a number with "." or ")" ("1)" after "- " would start a list inside the item).
  return out
    .replace(/^[-+#=>]/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/(?<!\\)#+$/, '\\$&');
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

// Blank lines separate paragraphs; lines starting "- ", "* " or "• " become bullets.
/** Multi-line user text (a proposal answer) as Markdown blocks, otherwise literal. */
export function mdTextBlock(text: string): string {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(paragraph.join('\n'));
    if (list.length) blocks.push(list.join('\n'));
    paragraph = [];
    list = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const bullet = /^[-*•]\s+(.*)$/.exec(line);
    if (!line) flush();
    else if (bullet) {
      if (paragraph.length) flush();
      list.push(`- ${mdText(bullet[1]!)}`);
    } else {
      if (list.length) flush();
      paragraph.push(escapeLineStart(mdText(line)));
    }
  }
  flush();
  return blocks.join('\n\n');
}

// A line that would start a block (heading, list, rule, setext underline) gets its marker escaped.
function escapeLineStart(line: string): string {
  const numbered = /^(\d{1,9})([.)])(\s|$)/.exec(line);
  if (numbered) return `${numbered[1]}\\${line.slice(numbered[1]!.length)}`;
  return /^[#>+\-=]/.test(line) ? `\\${line}` : line;
}

/** A link to `url` with a short readable label, or the URL as plain text when it is not http(s)/mailto. */
export function mdLink(url: string): string {
  const trimmed = url.trim();
  if (!isSafeUrl(trimmed)) return mdText(trimmed);
  const bare = trimmed.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
  const label = bare.length > 60 ? `${bare.slice(0, 59)}…` : bare;
  const href = trimmed.replace(
    /[()<>\\ ]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `[${mdText(label)}](${href})`;
}

/** "Ann Lee", "Ann Lee and Bo Chen", "Ann Lee, Bo Chen and Cy Dee". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Text ending in sentence punctuation. */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
