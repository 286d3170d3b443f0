// The pre-pass before ical.js reads a vCard: splits a file into cards (keeping line numbers),
// unfolds lines, and turns vCard 2.1 into something an RFC 2426/6350 parser accepts:
// quoted-printable values (with soft line breaks) decoded in their CHARSET, bare parameters
// ("TEL;CELL;VOICE:") written as TYPE=…, and embedded photos, logos, sounds and keys dropped
// (Rapport has no photo storage), including 2.1's unindented base64 runs and AGENT cards.
import type { ContactIssue } from './contact-candidate';
import { decodeWindows1252, isWindows1252 } from './windows-1252';

/** One unfolded property line, with the file line it started on. */
export interface CardLine {
  line: number;
  text: string;
}

export interface RawCard {
  /** Line of BEGIN:VCARD. */
  line: number;
  lines: CardLine[];
}

export interface PreparedCard {
  line: number;
  version: string | null;
  /** Lines ical.js can read, VERSION first. */
  lines: CardLine[];
}

const BINARY_PROPERTIES = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);
const NAME_PATTERN = /^(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+$/;

/** Splits a file into cards; text outside any card and unterminated cards are reported. */
export function splitCards(text: string): { cards: RawCard[]; errors: ContactIssue[] } {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const cards: RawCard[] = [];
  const errors: ContactIssue[] = [];
  let current: RawCard | null = null;
  let depth = 0;
  let strayFrom: number | null = null;

  physical.forEach((raw, index) => {
    const line = index + 1;
    const upper = raw.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      strayFrom = null;
      if (current && isAgentValue(current)) {
        depth += 1; // vCard 2.1 AGENT: a whole card inside this one, dropped.
        return;
      }
      if (current) errors.push({ line: current.line, reason: 'the card has no END:VCARD' });
      current = { line, lines: [] };
      depth = 1;
      return;
    }
    if (upper === 'END:VCARD') {
      if (current && depth > 1) depth -= 1;
      else if (current) {
        cards.push(current);
        current = null;
        depth = 0;
      } else errors.push({ line, reason: 'END:VCARD without BEGIN:VCARD' });
      return;
    }
    if (current) {
      if (depth === 1) current.lines.push({ line, text: raw });
      return;
    }
    if (upper !== '' && strayFrom === null) {
      strayFrom = line;
      errors.push({ line, reason: 'text outside any BEGIN:VCARD … END:VCARD' });
    }
  });
  if (current)
    errors.push({ line: (current as RawCard).line, reason: 'the card has no END:VCARD' });
  return { cards, errors };
}

function isAgentValue(card: RawCard): boolean {
  const last = card.lines.findLast((l) => l.text.trim() !== '');
  return (
    last !== undefined && /^(?:[\w-]+\.)?AGENT[;:]/i.test(last.text) && /:\s*$/.test(last.text)
  );
}

/**
 * Unfolds and normalises one card's lines. Returns an error reason for a card whose lines are
 * not properties at all (no colon); anything ical.js may still refuse is its own concern.
 */
export function prepareCard(card: RawCard): PreparedCard | { line: number; reason: string } {
  const versionLine = card.lines.find((l) => /^\s*VERSION\s*:/i.test(l.text));
  const version = versionLine ? versionLine.text.split(':')[1]!.trim() : null;
  const legacy = version === '2.1' || version === '2.0';
  const logical = unfold(card.lines, legacy);

  const out: CardLine[] = [];
  let inBinary = false;
  for (const { line, text } of logical) {
    if (text.trim() === '') continue;
    const colon = valueColon(text);
    if (colon === -1) {
      // 2.1 writers may leave base64 lines unindented after PHOTO; they belong to it.
      if (inBinary) continue;
      return { line, reason: `not a vCard property: ${preview(text)}` };
    }
    const [nameWithGroup = '', ...params] = splitParameters(text.slice(0, colon));
    const fullName = nameWithGroup.trim();
    if (!NAME_PATTERN.test(fullName)) {
      if (inBinary) continue;
      return { line, reason: `not a vCard property name: ${preview(text)}` };
    }
    const name = fullName.split('.').pop()!.toUpperCase();
    inBinary = BINARY_PROPERTIES.has(name);
    if (inBinary || name === 'AGENT' || name === 'VERSION') continue;
    const normalized = normalizeProperty(fullName, params, text.slice(colon + 1));
    if (normalized !== null) out.push({ line, text: normalized });
  }
  // ical.js picks the vCard 4 rules only when VERSION:4.0 comes first.
  if (version) out.unshift({ line: versionLine!.line, text: `VERSION:${version}` });
  return { line: card.line, version, lines: out };
}

/**
 * Joins folded lines (a leading space or tab continues the line before: RFC 6350 removes one
 * whitespace character, vCard 2.1 keeps it) and quoted-printable soft line breaks (a value
 * ending in "=" continues on the next line, whatever it starts with).
 */
function unfold(lines: CardLine[], legacy: boolean): CardLine[] {
  const logical: CardLine[] = [];
  for (const { line, text } of lines) {
    const last = logical[logical.length - 1];
    if (last?.text.endsWith('=') && isQuotedPrintable(last.text)) {
      last.text = last.text.slice(0, -1) + text;
    } else if (last && /^[ \t]/.test(text)) {
      last.text += legacy ? text : text.slice(1);
    } else {
      logical.push({ line, text });
    }
  }
  return logical;
}

function isQuotedPrintable(text: string): boolean {
  const colon = valueColon(text);
  return (
    colon !== -1 && /(^|;)\s*(ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(;|$)/i.test(text.slice(0, colon))
  );
}

/** Index of the colon that ends the name and parameters (not one inside a quoted value). */
function valueColon(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) return i;
  }
  return -1;
}

function splitParameters(head: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < head.length; i++) {
    const char = head[i];
    if (char === '"') quoted = !quoted;
    else if (char === ';' && !quoted) {
      parts.push(head.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(head.slice(start));
  return parts;
}

function normalizeProperty(name: string, params: string[], value: string): string | null {
  let quotedPrintable = false;
  let base64 = false;
  let charset: string | null = null;
  const kept: string[] = [];
  for (const raw of params) {
    const param = raw.trim();
    if (param === '') continue;
    const eq = param.indexOf('=');
    if (eq === -1) {
      // vCard 2.1 writes bare types: TEL;CELL;VOICE and EMAIL;INTERNET;PREF.
      if (/^quoted-printable$/i.test(param)) quotedPrintable = true;
      else if (/^(base64|b)$/i.test(param)) base64 = true;
      else if (!/^(7bit|8bit)$/i.test(param) && /^[\w-]+$/.test(param)) kept.push(`TYPE=${param}`);
      continue;
    }
    const key = param.slice(0, eq).trim().toUpperCase();
    const paramValue = param.slice(eq + 1).trim();
    if (!/^[\w-]+$/.test(key)) continue;
    if (key === 'ENCODING') {
      if (/quoted-printable/i.test(paramValue)) quotedPrintable = true;
      else if (/^"?(base64|b)"?$/i.test(paramValue)) base64 = true;
      continue;
    }
    if (key === 'CHARSET') {
      charset = paramValue.replace(/^"|"$/g, '');
      continue;
    }
    kept.push(`${key}=${paramValue}`);
  }
  // Base64 in a text property is an exotic writer's choice; such a value is not text we use.
  if (base64) return null;
  const text = quotedPrintable ? escapeNewlines(decodeQuotedPrintable(value, charset)) : value;
  const property = name.split('.').pop()!.toUpperCase();
  return `${name}${kept.map((p) => `;${p}`).join('')}:${undoLooseEscapes(text, STRUCTURED.has(property))}`;
}

// Properties whose value is split at ";" (ical.js undoes "\;" in them itself).
const STRUCTURED = new Set(['N', 'ADR', 'ORG', 'GENDER', 'CLIENTPIDMAP']);

/**
 * Escapes ical.js gets wrong or leaves, undone before it reads the line, one escape pair at a
 * time: "\\;" (RFC 6350 escapes it; ical.js leaves it in single text values), "\\:" (not an
 * escape, but Google writes it in URLs), and "\\\\", which becomes ESCAPED_BACKSLASH because
 * ical.js takes the ";" or "," after an escaped backslash for an escaped one and would not split
 * "a\\\\;b" there. The reader turns ESCAPED_BACKSLASH back into "\\".
 */
function undoLooseEscapes(value: string, structured: boolean): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\(.)/g, (pair, char: string) => {
    if (char === '\\') return ESCAPED_BACKSLASH;
    return char === ':' || (char === ';' && !structured) ? char : pair;
  });
}

/** A private-use character standing for an escaped backslash while ical.js reads a line. */
export const ESCAPED_BACKSLASH = '\uE000';

/**
 * Decodes =XX escapes into bytes, then the bytes in the given charset; without one, UTF-8 if the
 * bytes are UTF-8 and Windows-1252 otherwise (what Outlook means when it names none).
 */
export function decodeQuotedPrintable(value: string, charset: string | null): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (char.charCodeAt(0) < 128) {
      bytes.push(char.charCodeAt(0));
    } else {
      bytes.push(...encoder.encode(char));
    }
  }
  const decoded = new Uint8Array(bytes);
  if (charset && isWindows1252(charset)) return decodeWindows1252(decoded);
  if (charset) {
    try {
      return new TextDecoder(charset).decode(decoded);
    } catch {
      // An unknown charset label: guess below.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(decoded);
  } catch {
    return decodeWindows1252(decoded);
  }
}

const escapeNewlines = (text: string) => text.replace(/\r\n|\r|\n/g, '\\n');

const preview = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
