// Renders Markdown to an e-mail-safe HTML fragment (inline styles, since mail clients drop
// <style>; no raw HTML; every text escaped by markdown-it) and, through markdown-text.ts, to the
// plain-text part. Images become links: a status update must not load remote pixels.

import { markdownIt, parseMarkdown, type Token } from './markdown-parse.js';
import { markdownText } from './markdown-text.js';
import type { RenderedMarkdown } from './types.js';

const CELL = 'border:1px solid #d0d7de;padding:6px 10px;vertical-align:top';
const MONO = 'font-family:Menlo,Consolas,monospace;font-size:90%';
const STYLE: Record<string, string> = {
  root: 'font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2328',
  h1: 'font-size:22px;line-height:1.3;margin:0 0 16px',
  h2: 'font-size:18px;line-height:1.3;margin:24px 0 8px',
  h3: 'font-size:16px;line-height:1.3;margin:16px 0 6px',
  p: 'margin:0 0 12px',
  ul: 'margin:0 0 12px;padding-left:24px',
  ol: 'margin:0 0 12px;padding-left:24px',
  li: 'margin:0 0 4px',
  blockquote: 'margin:0 0 12px;padding:0 0 0 12px;border-left:3px solid #d0d7de;color:#59636e',
  pre: `margin:0 0 12px;padding:8px 12px;background:#f6f8fa;white-space:pre-wrap;${MONO}`,
  code: MONO,
  table: 'border-collapse:collapse;margin:0 0 12px',
  th: `${CELL};text-align:left`,
  td: `${CELL};text-align:left`,
  hr: 'border:0;border-top:1px solid #d0d7de;margin:16px 0',
  a: 'color:#1a56db;text-decoration:underline',
};

const renderer = markdownIt.renderer;
const escapeMarkup = markdownIt.utils.escapeHtml;
renderer.rules.softbreak = () => ' ';
renderer.rules.code_inline = (tokens, idx) =>
  `<code style="${STYLE.code}">${escapeMarkup(tokens[idx]!.content)}</code>`;
renderer.rules.fence = (tokens, idx) =>
  `<pre style="${STYLE.pre}">${escapeMarkup(tokens[idx]!.content.replace(/\n$/, ''))}</pre>\n`;
renderer.rules.code_block = renderer.rules.fence;
// An image is shown as a link to it, labelled with its alt text.
renderer.rules.image = (tokens, idx) => {
  const token = tokens[idx]!;
  const alt = token.children?.map((child) => child.content).join('') || 'image';
  const src = escapeMarkup(String(token.attrGet('src') ?? ''));
  return `<a href="${src}" style="${STYLE.a}">${escapeMarkup(alt)}</a>`;
};

/** Renders Markdown to an HTML e-mail fragment and plain text. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const tokens = parseMarkdown(markdown);
  for (const token of tokens) {
    styleToken(token);
    for (const child of token.children ?? []) styleToken(child);
  }
  const body = renderer.render(tokens, markdownIt.options, {}).trimEnd();
  return { html: `<div style="${STYLE.root}">\n${body}\n</div>`, text: markdownText(tokens) };
}

// Headings deeper than h3 look like h3; every opening tag gets its inline style, kept after any
// alignment markdown-it set on a table cell.
function styleToken(token: Token): void {
  if (token.type === 'heading_open' || token.type === 'heading_close') {
    if (Number(token.tag.slice(1)) > 3) token.tag = 'h3';
  }
  if (token.nesting === -1) return;
  const style = STYLE[token.tag];
  if (!style || token.type === 'code_inline') return;
  const own = token.attrGet('style');
  token.attrSet('style', own ? `${style};${own}` : style);
  if (token.tag === 'table') {
    token.attrSet('cellpadding', '0');
    token.attrSet('cellspacing', '0');
  }
}
