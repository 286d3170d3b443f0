// Reads the few header lines fetched from IMAP (BODY.PEEK[HEADER.FIELDS (...)]) into a
// CapturedMail. Real mail is messy: folded lines, RFC 2047 encoded words (split across words,
// in any charset), address groups ("undisclosed-recipients:;"), missing headers, raw UTF-8, and
// dates nobody can read. Whatever cannot be read becomes null or empty, never an exception.
import { createHash } from 'node:crypto';
import addressparser from 'nodemailer/lib/addressparser';
import type { CapturedMail } from '../../domain/capture/capture-types';
import { normalizeSubject } from '../../domain/capture/mail-subject';

/** The only header fields ever requested: who, when, threading, automation signs, subject. */
export const HEADER_FIELDS = [
  'From',
  'To',
  'Cc',
  'Date',
  'Message-ID',
  'In-Reply-To',
  'References',
  'List-Id',
  'Auto-Submitted',
  'Precedence',
  'Subject',
];

const MAX_ADDRESSES = 200;
const MAX_REFERENCES = 50;
const MAX_TEXT = 500;
// A Date more than a day after the server received the message is a wrong clock or spam.
const FUTURE_SLACK_MS = 86_400_000;

type Address = { email: string; name: string | null };

/** Header name (lower-case) -> value, lines unfolded; repeated To/Cc/References are joined. */
export function splitHeaders(raw: Buffer | string): Map<string, string> {
  const text = typeof raw === 'string' ? raw : decodeRawHeaders(raw);
  const headers = new Map<string, string>();
  for (const line of text.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const before = headers.get(name);
    if (before === undefined) headers.set(name, value);
    else if (name === 'to' || name === 'cc') headers.set(name, `${before}, ${value}`);
    else if (name === 'references') headers.set(name, `${before} ${value}`);
  }
  return headers;
}

// Headers should be ASCII; raw UTF-8 is common (RFC 6532), raw Latin-1 from old clients.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeRawHeaders(raw: Buffer): string {
  try {
    return STRICT_UTF8.decode(raw);
  } catch {
    return decodeCp1252(raw);
  }
}

const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

function wordBytes(encoding: string, text: string): Buffer {
  if (encoding.toUpperCase() === 'B') return Buffer.from(text, 'base64');
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const hex = text.slice(i + 1, i + 3);
    if (char === '_') bytes.push(0x20);
    else if (char === '=' && /^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(char.charCodeAt(0) & 0xff);
  }
  return Buffer.from(bytes);
}

// Node's TextDecoder reads "windows-1252" (and latin1, ascii) as ISO-8859-1, so 0x80-0x9F
// (curly quotes, the euro sign, dashes) come out as control characters; mail from Windows and
// Outlook uses those bytes, so the WHATWG mapping of that range is applied here.
const CP1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'iso-8859-1',
  'latin1',
  'us-ascii',
  'ascii',
]);
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeCp1252(bytes: Buffer): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

function decodeBytes(charset: string, bytes: Buffer): string {
  const name = charset.split('*')[0]!.toLowerCase();
  if (CP1252_LABELS.has(name)) return decodeCp1252(bytes);
  try {
    return new TextDecoder(name).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * Decodes RFC 2047 encoded words. Adjacent words (only whitespace between them) are joined
 * before decoding, so a multi-byte character split across two words comes out whole.
 */
export function decodeWords(value: string): string {
  let out = '';
  let last = 0;
  let pending: { charset: string; bytes: Buffer[] } | null = null;
  const flush = () => {
    if (pending) out += decodeBytes(pending.charset, Buffer.concat(pending.bytes));
    pending = null;
  };
  for (const match of value.matchAll(ENCODED_WORD)) {
    const between = value.slice(last, match.index);
    // Whitespace between two encoded words is not part of the text (RFC 2047 section 6.2).
    const adjacent = last > 0 && /^\s*$/.test(between);
    const [, charset, encoding, text] = match as unknown as [string, string, string, string];
    const bytes = wordBytes(encoding, text);
    const open = pending as { charset: string; bytes: Buffer[] } | null;
    if (open && adjacent && open.charset === charset.toLowerCase()) open.bytes.push(bytes);
    else {
      flush();
      if (!adjacent) out += between;
      pending = { charset: charset.toLowerCase(), bytes: [bytes] };
    }
    last = match.index + match[0].length;
  }
  flush();
  return out + value.slice(last);
}

function cleanText(value: string | undefined, max = MAX_TEXT): string | null {
  if (value === undefined) return null;
  const text = decodeWords(value)
    .replace(/\p{Cc}/gu, ' ')
    .trim();
  return text === '' ? null : text.slice(0, max);
}

/** An address list (To, Cc, From) flattened out of groups; entries without an address dropped. */
export function parseAddresses(value: string | undefined): Address[] {
  if (!value) return [];
  let parsed: { name: string; address: string }[];
  try {
    parsed = addressparser(value, { flatten: true });
  } catch {
    return [];
  }
  const seen = new Set<string>();
  const result: Address[] = [];
  for (const entry of parsed) {
    const email = (entry.address ?? '').trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254 || seen.has(email)) continue;
    seen.add(email);
    const name = cleanText(entry.name, 200);
    result.push({ email, name: name?.replace(/^["']|["']$/g, '') || null });
    if (result.length >= MAX_ADDRESSES) break;
  }
  return result;
}

/** Message ids in a header, without angle brackets, lower-case, in order. */
export function parseMessageIds(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = [...value.matchAll(/<([^<>\s]+)>/g)].map((match) => match[1]!);
  const ids = bracketed.length ? bracketed : value.split(/\s+/).filter((id) => id.includes('@'));
  return [...new Set(ids.map((id) => id.toLowerCase().slice(0, 250)))];
}

/** The Date header as an ISO instant, or the server's internal date when it is missing, cannot
 * be read, or is implausibly later than the server received the message. */
export function parseMailDate(value: string | undefined, internalDate: Date | null): string {
  const fallback = internalDate && !Number.isNaN(internalDate.getTime()) ? internalDate : null;
  const text = (value ?? '').replace(/\([^)]*\)/g, ' ').trim();
  const parsed = text ? Date.parse(text) : Number.NaN;
  const plausible =
    Number.isFinite(parsed) &&
    parsed > Date.UTC(1980, 0, 1) &&
    (!fallback || parsed <= fallback.getTime() + FUTURE_SLACK_MS);
  if (plausible) return new Date(parsed).toISOString();
  return (fallback ?? new Date(0)).toISOString();
}

/** A one-way hash of the normalized subject, to thread mail without keeping its text. */
export function subjectKeyOf(subject: string | null): string | null {
  const normalized = normalizeSubject(subject);
  if (normalized === null) return null;
  return createHash('sha256').update(normalized).digest('hex').slice(0, 32);
}

export interface RawMail {
  folder: 'inbox' | 'sent';
  uidValidity: string;
  uid: number;
  headers: Buffer | string | undefined;
  internalDate: Date | string | undefined;
}

/** The CapturedMail of one fetched message; the subject text only when `keepSubjects`. */
export function toCapturedMail(raw: RawMail, keepSubjects: boolean): CapturedMail {
  const headers = splitHeaders(raw.headers ?? '');
  const internal = raw.internalDate === undefined ? null : new Date(raw.internalDate);
  const references = parseMessageIds(headers.get('references'));
  const subject = cleanText(headers.get('subject'));
  return {
    externalId: `${raw.folder}:${raw.uidValidity}:${raw.uid}`,
    folder: raw.folder,
    messageId: parseMessageIds(headers.get('message-id'))[0] ?? null,
    inReplyTo: parseMessageIds(headers.get('in-reply-to'))[0] ?? null,
    // The root (first) and the nearest parents (last) are what threading needs.
    references:
      references.length > MAX_REFERENCES
        ? [references[0]!, ...references.slice(-(MAX_REFERENCES - 1))]
        : references,
    date: parseMailDate(headers.get('date'), internal),
    from: parseAddresses(headers.get('from'))[0] ?? null,
    to: parseAddresses(headers.get('to')),
    cc: parseAddresses(headers.get('cc')),
    subjectKey: subjectKeyOf(subject),
    subject: keepSubjects ? subject : null,
    listId: cleanText(headers.get('list-id'), 200),
    autoSubmitted: cleanText(headers.get('auto-submitted'), 100),
    precedence: cleanText(headers.get('precedence'), 100),
  };
}
