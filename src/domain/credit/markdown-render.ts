// Renders the Markdown subset to an e-mail-safe HTML fragment (inline styles, no scripts, all
// text escaped) and to plain text (underlined headings, "- " bullets, URLs in angle brackets).

import { escapeHtml } from '../text/html';
import { type Block, parseBlocks } from './markdown-blocks.js';
import { type Inline, parseInline } from './markdown-inline.js';
import type { RenderedMarkdown } from './types.js';

/** Kept for the Markdown rewrite; everything else imports src/domain/text/html. */
export { escapeHtml };

const TEXT_WIDTH = 72;
const LINK = 'color:#1a56db;text-decoration:underline';
const CELL = 'border:1px solid #d0d7de;padding:6px 10px;text-align:left;vertical-align:top';
const STYLE = {
  root: 'font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2328',
  h1: 'font-size:22px;line-height:1.3;margin:0 0 16px',
  h2: 'font-size:18px;line-height:1.3;margin:24px 0 8px',
  h3: 'font-size:16px;line-height:1.3;margin:16px 0 6px',
  p: 'margin:0 0 12px',
  list: 'margin:0 0 12px;padding-left:24px',
  li: 'margin:0 0 4px',
  table: 'border-collapse:collapse;margin:0 0 12px',
  hr: 'border:0;border-top:1px solid #d0d7de;margin:16px 0',
};

/** Renders Markdown (the subset the composers write) to an HTML e-mail fragment and plain text. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const blocks = parseBlocks(markdown);
  return {
    html: `<div style="${STYLE.root}">\n${blocks.map(blockHtml).join('\n')}\n</div>`,
    text: `${blocks.map(blockText).join('\n\n')}\n`,
  };
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(block.level, 3);
      const style = level === 1 ? STYLE.h1 : level === 2 ? STYLE.h2 : STYLE.h3;
      return `<h${level} style="${style}">${inlineHtml(parseInline(block.text))}</h${level}>`;
    }
    case 'paragraph':
      return `<p style="${STYLE.p}">${inlineHtml(parseInline(block.text))}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
      const items = block.items.map(
        (item) => `<li style="${STYLE.li}">${inlineHtml(parseInline(item))}</li>`,
      );
      return `<${tag}${start} style="${STYLE.list}">\n${items.join('\n')}\n</${tag}>`;
    }
    case 'table': {
      const row = (cells: string[], tag: 'th' | 'td') =>
        `<tr>${cells.map((cell) => `<${tag} style="${CELL}">${inlineHtml(parseInline(cell))}</${tag}>`).join('')}</tr>`;
      const body = block.rows.map((cells) => row(cells, 'td')).join('\n');
      return `<table cellpadding="0" cellspacing="0" style="${STYLE.table}">\n<thead>${row(block.header, 'th')}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
    }
    case 'rule':
      return `<hr style="${STYLE.hr}">`;
  }
}

function inlineHtml(nodes: Inline[]): string {
  return nodes.map(nodeHtml).join('');
}

function nodeHtml(node: Inline): string {
  switch (node.type) {
    case 'text':
      return escapeHtml(node.text);
    case 'strong':
      return `<strong>${inlineHtml(node.children)}</strong>`;
    case 'em':
      return `<em>${inlineHtml(node.children)}</em>`;
    case 'code':
      return `<code style="font-family:Menlo,Consolas,monospace;font-size:90%">${escapeHtml(node.text)}</code>`;
    case 'link':
      return `<a href="${escapeHtml(node.href)}" style="${LINK}">${inlineHtml(node.children)}</a>`;
    case 'break':
      return '<br>';
  }
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading': {
      const title = inlineText(parseInline(block.text)).replace(/\s+/g, ' ');
      if (block.level > 2) return title;
      const width = Math.min([...title].length, TEXT_WIDTH);
      return `${title}\n${(block.level === 1 ? '=' : '-').repeat(width)}`;
    }
    case 'paragraph':
      return wrap(inlineText(parseInline(block.text)), '', '');
    case 'list':
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${block.start + index}. ` : '- ';
          return wrap(inlineText(parseInline(item)), marker, ' '.repeat(marker.length));
        })
        .join('\n');
    case 'table':
      return block.rows.map((cells) => wrap(rowText(block.header, cells), '- ', '  ')).join('\n');
    case 'rule':
      return '-'.repeat(TEXT_WIDTH);
  }
}

// A table row as one list line: "first — second" for two columns, else "first — Head: cell; …".
function rowText(header: string[], cells: string[]): string {
  const plain = (markdown: string) => inlineText(parseInline(markdown)).trim();
  const [first = '', ...rest] = cells.map(plain);
  const heads = header.map(plain);
  const others = rest
    .map((cell, index) => {
      if (!cell) return '';
      const head = heads[index + 1];
      return cells.length === 2 || !head ? cell : `${head}: ${cell}`;
    })
    .filter(Boolean);
  return [first, others.join('; ')].filter(Boolean).join(' — ');
}

function inlineText(nodes: Inline[]): string {
  return nodes.map(nodeText).join('');
}

function nodeText(node: Inline): string {
  switch (node.type) {
    case 'text':
    case 'code':
      return node.text;
    case 'strong':
    case 'em':
      return inlineText(node.children);
    case 'link':
      return linkText(inlineText(node.children).trim(), node.href);
    case 'break':
      return '\n';
  }
}

// "label <url>", or just "<url>" when the label only repeats the address.
function linkText(label: string, href: string): string {
  const bare = href.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
  const plainLabel = label.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
  return !label || plainLabel === bare ? `<${href}>` : `${label} <${href}>`;
}

// Wraps at TEXT_WIDTH on spaces; hard breaks stay; words longer than a line are not cut.
function wrap(text: string, firstPrefix: string, restPrefix: string): string {
  const lines: string[] = [];
  let prefix = firstPrefix;
  for (const segment of text.split('\n')) {
    let line = '';
    for (const word of segment.split(/\s+/).filter(Boolean)) {
      if (line && prefix.length + line.length + 1 + word.length > TEXT_WIDTH) {
        lines.push(prefix + line);
        prefix = restPrefix;
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push((prefix + line).trimEnd());
    prefix = restPrefix;
  }
  return lines.join('\n');
}
