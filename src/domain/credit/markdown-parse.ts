// One configured markdown-it (CommonMark + GFM tables and strikethrough) for everything Rapport
// renders from Markdown: status updates, brag documents, proposals. Raw HTML is never passed
// through (html: false turns it into text), and only http(s) and mailto become links.

import MarkdownIt, { type Token } from 'markdown-it';

export type { Token };

const SAFE_URL = /^(?:https?:\/\/[^\s/?#\\]+[^\s]*|mailto:[^\s]+)$/i;

/** Whether `url` may become a link: http(s) with a host, or mailto, and nothing else. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url) && !/["<>`]/.test(url) && withoutControlCharacters(url) === url;
}

/** Text without C0 control characters or DEL (they have no place in a header or a URL). */
export function withoutControlCharacters(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0x20 && code !== 0x7f) out += char;
  }
  return out;
}

const markdown = new MarkdownIt('default', { html: false, linkify: true, typographer: false });
// Bare links only with a scheme ("example.com" in a sentence stays text), and no ftp: or "//".
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
markdown.linkify.add('ftp:', null).add('//', null);
markdown.validateLink = isSafeUrl;

/** The token stream of `source` (block tokens; inline content in each `inline` token's children). */
export function parseMarkdown(source: string): Token[] {
  return markdown.parse(source, {});
}

/** The shared instance, for the HTML renderer's rules. */
export const markdownIt = markdown;
