// One entry point for a contacts file: picks vCard or CSV (by the name, else by the content)
// and reads it. Also what a client does before sending a file: decoding its bytes and
// dropping embedded photos, which Rapport would drop anyway.
import {
  type ContactFormat,
  type ParsedContacts,
  type ReadSteps,
  readToEnd,
} from './contact-candidate';
import type { MappableField } from './csv-layouts';
import { readCsvSteps } from './csv-reader';
import { readVCardSteps } from './vcard-reader';
import { decodeWindows1252 } from './windows-1252';

export interface ReadOptions {
  format?: ContactFormat | 'auto';
  filename?: string;
  mapping?: Partial<Record<MappableField, string>>;
}

export function readContacts(text: string, options: ReadOptions = {}): ParsedContacts {
  return readToEnd(readContactSteps(text, options));
}

/** Reads a file in steps (see ReadSteps); throws ContactFileError when nothing can be read. */
export function readContactSteps(text: string, options: ReadOptions = {}): ReadSteps {
  const format = detectFormat(text, options);
  return format === 'vcard'
    ? readVCardSteps(text)
    : readCsvSteps(text, { mapping: options.mapping });
}

export function detectFormat(text: string, options: ReadOptions = {}): ContactFormat {
  if (options.format && options.format !== 'auto') return options.format;
  const extension = options.filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (extension === 'vcf' || extension === 'vcard') return 'vcard';
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  const first = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 20)
    .toUpperCase();
  return first.startsWith('BEGIN:VCARD') ? 'vcard' : 'csv';
}

/**
 * A file's text from its bytes: UTF-8 (with or without a BOM), UTF-16 with a BOM (Outlook can
 * write it), and otherwise Windows-1252, which older Outlook and vCard 2.1 exports use.
 */
export function decodeContactBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

const MEDIA_LINE = /^(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]/i;

/**
 * Blanks the lines of embedded photos, logos, sounds and keys in a vCard (an Apple export is
 * mostly photos), keeping every line break so that line numbers in errors stay right.
 */
export function stripEmbeddedMedia(text: string): string {
  if (!/(?:^|\n)(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]/im.test(text)) return text;
  const lines = text.split(/(\r\n|\n|\r)/);
  let inMedia = false;
  for (let i = 0; i < lines.length; i += 2) {
    const line = lines[i]!;
    if (MEDIA_LINE.test(line)) {
      inMedia = true;
      lines[i] = '';
    } else if (inMedia && (/^[ \t]/.test(line) || /^[A-Za-z0-9+/=]+$/.test(line))) {
      lines[i] = '';
    } else {
      inMedia = false;
    }
  }
  return lines.join('');
}
