// The plain-text part of a rendered Markdown mail: what a reader of text/plain should see, at 72
// columns. Headings underlined ("=" and "-"), "- " and "1. " bullets with nested lists indented,
// "> " quotes, code kept verbatim and indented, links as "label <url>", and tables as aligned
// columns when they fit, else one record per row with every header kept.

import type { Token } from './markdown-parse.js';

const WIDTH = 72;

interface Block {
  token: Token;
  children: Block[];
}

/** Plain text of a parsed Markdown document, ending in a newline. */
export function markdownText(tokens: Token[]): string {
  const text = blocksText(tree(tokens), WIDTH, '\n\n');
  return `${text}\n`;
}

// The flat token stream as a tree of blocks (opening tokens hold what lies before their close).
function tree(tokens: Token[]): Block[] {
  const root: Block[] = [];
  const stack: Block[][] = [root];
  for (const token of tokens) {
    const siblings = stack[stack.length - 1]!;
    if (token.nesting === 1) {
      const block = { token, children: [] };
      siblings.push(block);
      stack.push(block.children);
    } else if (token.nesting === -1) {
      stack.pop();
    } else {
      siblings.push({ token, children: [] });
    }
  }
  return root;
}

function blocksText(blocks: Block[], width: number, separator: string): string {
  return blocks
    .map((block) => blockText(block, width))
    .filter((text) => text !== '')
    .join(separator);
}

function blockText({ token, children }: Block, width: number): string {
  switch (token.type) {
    case 'heading_open': {
      const title = inlineText(children[0]?.token).replace(/\s+/g, ' ').trim();
      if (token.tag > 'h2') return title;
      return `${title}\n${(token.tag === 'h1' ? '=' : '-').repeat(Math.min([...title].length, width))}`;
    }
    case 'paragraph_open':
      return wrap(inlineText(children[0]?.token), width);
    case 'bullet_list_open':
    case 'ordered_list_open':
      return listText(token, children, width);
    case 'blockquote_open':
      return prefixLines(blocksText(children, width - 2, '\n\n'), '> ', '> ');
    case 'fence':
    case 'code_block':
      return prefixLines(token.content.replace(/\n$/, ''), '    ', '    ');
    case 'table_open':
      return tableText(children, width);
    case 'hr':
      return '-'.repeat(width);
    default:
      return blocksText(children, width, '\n\n');
  }
}

function listText(list: Token, items: Block[], width: number): string {
  const start = Number(list.attrGet('start') ?? 1);
  // markdown-it hides the paragraphs of a tight list (no blank lines between items).
  const tight = items.every((item) =>
    item.children.every((child) => child.token.type !== 'paragraph_open' || child.token.hidden),
  );
  return items
    .map((item, index) => {
      const marker = list.type === 'ordered_list_open' ? `${start + index}. ` : '- ';
      const body = blocksText(item.children, width - marker.length, tight ? '\n' : '\n\n');
      return prefixLines(body, marker, ' '.repeat(marker.length));
    })
    .join(tight ? '\n' : '\n\n');
}

function tableText(sections: Block[], width: number): string {
  const rows = sections.flatMap((section) =>
    section.children.map((row) => row.children.map((cell) => inlineText(cell.children[0]?.token))),
  );
  const [header = [], ...body] = rows.map((cells) =>
    cells.map((cell) => cell.replace(/\s+/g, ' ').trim()),
  );
  const widths = header.map((_, column) =>
    Math.max(...[header, ...body].map((cells) => [...(cells[column] ?? '')].length)),
  );
  const total = widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
  if (total <= width) {
    const line = (cells: string[]) =>
      cells
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd();
    return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join(
      '\n',
    );
  }
  return body
    .map((cells) => {
      const fields = cells
        .map((cell, column) => (cell && header[column] ? `${header[column]}: ${cell}` : cell))
        .filter(Boolean);
      return prefixLines(fields.map((field) => wrap(field, width - 2)).join('\n'), '- ', '  ');
    })
    .join('\n');
}

function inlineText(inline: Token | undefined): string {
  return inlinesText(inline?.children ?? []);
}

// Links nest no deeper than one level in Markdown, so the first close ends the label.
function inlinesText(tokens: Token[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'link_open') {
      out += tokenText(token);
      continue;
    }
    let close = i + 1;
    while (close < tokens.length && tokens[close]!.type !== 'link_close') close++;
    out += linkText(
      inlinesText(tokens.slice(i + 1, close)).trim(),
      String(token.attrGet('href') ?? ''),
    );
    i = close;
  }
  return out;
}

function tokenText(token: Token): string {
  switch (token.type) {
    case 'text':
    case 'code_inline':
      return token.content;
    case 'softbreak':
      return ' ';
    case 'hardbreak':
      return '\n';
    case 's_open':
    case 's_close':
      return '~~';
    case 'image': {
      const alt = token.children?.map((child) => child.content).join('') ?? '';
      return linkText(alt, String(token.attrGet('src') ?? ''));
    }
    default:
      return '';
  }
}

// "label <url>", or just "<url>" when the label only repeats the address.
function linkText(label: string, href: string): string {
  const bare = href.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
  const plainLabel = label.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
  return !label || plainLabel === bare ? `<${href}>` : `${label} <${href}>`;
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => `${index === 0 ? first : rest}${line}`.trimEnd())
    .join('\n');
}

// Wraps at `width` on spaces; hard breaks stay; words longer than a line are not cut.
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  for (const segment of text.split('\n')) {
    let line = '';
    for (const word of segment.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(line);
  }
  return lines.join('\n');
}
