// Inline syntax of the Markdown subset: **bold**, *italic*, `code`, [links](url), <autolinks>,
// bare http(s) URLs, backslash escapes and hard breaks. Unmatched markers stay literal text.

/** A piece of inline content. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i;
const EMAIL_AUTOLINK = /^<([^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,})>/;
const BARE_URL = /^https?:\/\/[^\s<>]+/i;
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

// A link label longer than this is not looked for: it keeps unmatched "[" from costing O(n²).
const MAX_LABEL = 1000;

// What one parse has learnt: failed searches are remembered, so that many unmatched markers
// cost linear time rather than a rescan of the rest of the text each.
interface Scan {
  source: string;
  /** Backtick run length → position after which no run of that length exists. */
  noTicksAfter: Map<number, number>;
  /** Delimiter char and width → position after which no closer exists. */
  noCloserAfter: Map<string, number>;
}

/** Parses inline Markdown; inside a link label, links and bare URLs are not recognised. */
export function parseInline(source: string, inLink = false): Inline[] {
  const scan: Scan = { source, noTicksAfter: new Map(), noCloserAfter: new Map() };
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  const push = (node: Inline) => {
    flush();
    out.push(node);
  };
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (char === '\\' && i + 1 < source.length) {
      const next = source[i + 1]!;
      if (next === '\n') {
        push({ type: 'break' });
        i += 2;
        continue;
      }
      if (PUNCTUATION.test(next)) {
        text += next;
        i += 2;
        continue;
      }
    }
    if (char === '\n') {
      const hard = / {2,}$/.test(text);
      text = text.replace(/ +$/, '');
      if (hard) push({ type: 'break' });
      else text += ' ';
      i += 1;
      continue;
    }
    if (char === '`') {
      const run = runLength(source, i, '`');
      const close = findBacktickRun(scan, i + run, run);
      if (close >= 0) {
        let code = source.slice(i + run, close).replace(/\n/g, ' ');
        if (/^ .*[^ ].* $/.test(code)) code = code.slice(1, -1);
        push({ type: 'code', text: code });
        i = close + run;
      } else {
        text += source.slice(i, i + run);
        i += run;
      }
      continue;
    }
    if (char === '<' && !inLink) {
      const rest = source.slice(i);
      const auto = AUTOLINK.exec(rest);
      const email = auto ? null : EMAIL_AUTOLINK.exec(rest);
      const href = auto ? auto[1]! : email ? `mailto:${email[1]}` : null;
      const label = auto ? auto[1]! : email ? email[1]! : '';
      if (href && isSafeUrl(href)) {
        push({ type: 'link', href, children: [{ type: 'text', text: label }] });
        i += (auto ?? email)![0].length;
        continue;
      }
    }
    if (char === '[' && !inLink) {
      const link = parseLink(scan, i);
      if (link) {
        const children = parseInline(link.label, true);
        if (isSafeUrl(link.href)) push({ type: 'link', href: link.href, children });
        else {
          flush();
          out.push(...children);
        }
        i = link.end;
        continue;
      }
    }
    if ((char === 'h' || char === 'H') && !inLink && (i === 0 || /[\s(<]/.test(source[i - 1]!))) {
      const url = bareUrl(source.slice(i));
      if (url) {
        push({ type: 'link', href: url.href, children: [{ type: 'text', text: url.href }] });
        i += url.length;
        continue;
      }
    }
    if (char === '*' || char === '_') {
      const emphasis = parseEmphasis(scan, i, inLink);
      if (emphasis) {
        push(emphasis.node);
        i = emphasis.end;
        continue;
      }
      const run = runLength(source, i, char);
      text += source.slice(i, i + run);
      i += run;
      continue;
    }
    text += char;
    i += 1;
  }
  flush();
  return out;
}

function runLength(source: string, from: number, char: string): number {
  let end = from;
  while (source[end] === char) end += 1;
  return end - from;
}

function findBacktickRun(scan: Scan, from: number, length: number): number {
  const { source } = scan;
  if (from >= (scan.noTicksAfter.get(length) ?? Number.POSITIVE_INFINITY)) return -1;
  for (let i = source.indexOf('`', from); i >= 0; i = source.indexOf('`', i)) {
    const run = runLength(source, i, '`');
    if (run === length) return i;
    i += run;
  }
  scan.noTicksAfter.set(length, Math.min(from, scan.noTicksAfter.get(length) ?? from));
  return -1;
}

// Index just past a code span or escape starting at `i`, or `i + 1`.
function skip(scan: Scan, i: number): number {
  const { source } = scan;
  if (source[i] === '\\') return i + 2;
  if (source[i] === '`') {
    const run = runLength(source, i, '`');
    const close = findBacktickRun(scan, i + run, run);
    return close >= 0 ? close + run : i + run;
  }
  return i + 1;
}

function parseLink(scan: Scan, open: number): { label: string; href: string; end: number } | null {
  const { source } = scan;
  const limit = Math.min(source.length, open + MAX_LABEL);
  let depth = 0;
  let i = open;
  while (i < limit) {
    const char = source[i];
    if (char === '[') depth += 1;
    else if (char === ']') {
      depth -= 1;
      if (depth === 0) break;
    }
    i = skip(scan, i);
  }
  if (depth !== 0 || source[i + 1] !== '(') return null;
  const destination =
    /^\(\s*(?:<([^<>\n]*)>|((?:[^\s()\\]|\\.|\([^\s()]*\))*))(?:\s+"[^"]*")?\s*\)/.exec(
      source.slice(i + 1, i + 1 + MAX_LABEL * 4),
    );
  if (!destination) return null;
  const raw = destination[1] ?? destination[2] ?? '';
  return {
    label: source.slice(open + 1, i),
    href: raw.replace(/\\([!-/:-@[-`{-~])/g, '$1'),
    end: i + 1 + destination[0].length,
  };
}

function bareUrl(rest: string): { href: string; length: number } | null {
  const match = BARE_URL.exec(rest);
  if (!match) return null;
  const raw = match[0];
  // Trailing punctuation belongs to the sentence; a closing parenthesis only when unbalanced.
  let opens = 0;
  let closes = 0;
  for (const char of raw) {
    if (char === '(') opens += 1;
    else if (char === ')') closes += 1;
  }
  let end = raw.length;
  while (end > 0) {
    const char = raw[end - 1]!;
    if (/[.,;:!?'"*_]/.test(char)) end -= 1;
    else if (char === ')' && closes > opens) {
      closes -= 1;
      end -= 1;
    } else break;
  }
  const href = raw.slice(0, end).replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return isSafeUrl(href) ? { href, length: end } : null;
}

function parseEmphasis(
  scan: Scan,
  open: number,
  inLink: boolean,
): { node: Inline; end: number } | null {
  const { source } = scan;
  const char = source[open]!;
  const run = runLength(source, open, char);
  const after = source[open + run];
  if (after === undefined || /\s/.test(after)) return null;
  if (char === '_' && open > 0 && /[\p{L}\p{N}]/u.test(source[open - 1]!)) return null;
  for (const width of run >= 2 ? [2, 1] : [1]) {
    const close = findCloser(scan, open + width, char, width);
    if (close < 0) continue;
    const inner = source.slice(open + width, close);
    if (!inner) continue;
    return {
      node: { type: width === 2 ? 'strong' : 'em', children: parseInline(inner, inLink) },
      end: close + width,
    };
  }
  return null;
}

// A closing delimiter of `width` chars: not after whitespace; for "_", not before a letter.
// Whether a position closes does not depend on the opener, so a failed search is remembered.
function findCloser(scan: Scan, from: number, char: string, width: number): number {
  const { source } = scan;
  const key = `${char}${width}`;
  if (from >= (scan.noCloserAfter.get(key) ?? Number.POSITIVE_INFINITY)) return -1;
  let i = from;
  while (i < source.length) {
    if (source[i] === char) {
      const run = runLength(source, i, char);
      const before = source[i - 1]!;
      const after = source[i + run];
      const closes =
        run >= width &&
        !(width === 1 && run === 2) &&
        i > from &&
        !/\s/.test(before) &&
        !(char === '_' && after !== undefined && /[\p{L}\p{N}]/u.test(after));
      if (closes) return i + run - width;
      i += run;
      continue;
    }
    i = skip(scan, i);
  }
  scan.noCloserAfter.set(key, Math.min(from, scan.noCloserAfter.get(key) ?? from));
  return -1;
}
