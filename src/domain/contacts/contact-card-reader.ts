// One address-book card (vCard 3.0 or 4.0, as CardDAV servers and phones write them) read into a
// ContactCard. Every property keeps its own text (folded as it came): the ones Rapport reads are
// written back from it while their value is unchanged, the others go back exactly as they were.
import { type CardValue, type ContactCard, emptyCard } from '../contacts-sync/index';
import { parseContactDate } from './contact-dates';

interface Property {
  group: string | null;
  name: string;
  params: Map<string, string[]>;
  value: string;
  raw: string;
}

/** Reads the first card of a vCard text; throws when there is none. */
export function readContactCard(text: string): ContactCard {
  const props = properties(text);
  const card = emptyCard('');
  card.unknown = [];
  const labels = groupLabels(props);
  let structuredName: string | null = null;
  for (const prop of props) {
    switch (prop.name) {
      case 'VERSION':
        card.version = prop.value.trim();
        break;
      case 'UID':
        card.uid = unescapeText(prop.value).trim();
        card.raw.uid = { value: card.uid, lines: prop.raw };
        break;
      case 'FN':
        if (card.raw.fn) card.unknown.push(prop.raw);
        else {
          card.name = unescapeText(prop.value).trim();
          card.raw.fn = { value: card.name, lines: prop.raw };
        }
        break;
      case 'N':
        if (card.raw.n) card.unknown.push(prop.raw);
        else {
          const [family = '', given = '', additional = ''] = splitStructured(prop.value);
          structuredName = [given, additional, family].filter((p) => p.trim()).join(' ');
          card.raw.n = { value: '', lines: prop.raw };
        }
        break;
      case 'ORG': {
        if (card.raw.org) {
          card.unknown.push(prop.raw);
          break;
        }
        const [company = '', department = ''] = splitStructured(prop.value);
        card.organization = company.trim() || null;
        card.department = department.trim() || null;
        card.raw.org = { value: orgKey(card.organization, card.department), lines: prop.raw };
        break;
      }
      case 'TITLE':
        single(card, 'title', prop, unescapeText(prop.value).trim() || null);
        break;
      case 'TZ':
        single(card, 'timeZone', prop, unescapeText(prop.value).trim() || null);
        break;
      case 'BDAY':
        single(card, 'birthday', prop, dateOf(prop));
        break;
      case 'ANNIVERSARY':
      case 'X-ANNIVERSARY':
        single(card, 'anniversary', prop, dateOf(prop));
        break;
      case 'PHOTO':
        single(card, 'photo', prop, prop.raw);
        break;
      case 'EMAIL':
        card.emails.push(
          multi(
            prop,
            labels,
            unescapeText(prop.value)
              .trim()
              .replace(/^mailto:/i, ''),
          ),
        );
        break;
      case 'TEL':
        card.phones.push(
          multi(prop, labels, unescapeText(prop.value).trim().replace(/^tel:/i, '')),
        );
        break;
      case 'ADR':
        card.addresses.push(multi(prop, labels, prop.value));
        break;
      default:
        card.unknown.push(prop.raw);
    }
  }
  if (!card.name && structuredName) card.name = structuredName;
  if (card.raw.n) card.raw.n.value = card.name;
  for (const list of [card.emails, card.phones, card.addresses]) onePreferred(list);
  return card;
}

/** The key ORG's raw text is reused under: company and department together. */
export function orgKey(company: string | null, department: string | null): string {
  return `${company ?? ''}\u0000${department ?? ''}`;
}

function single(
  card: ContactCard,
  field: 'title' | 'timeZone' | 'birthday' | 'anniversary' | 'photo',
  prop: Property,
  value: string | null,
) {
  if (card.raw[field] || value === null) {
    card.unknown.push(prop.raw);
    return;
  }
  card[field] = value;
  card.raw[field] = { value, lines: prop.raw };
}

const IGNORED_TYPES = new Set(['internet', 'pref', 'voice', 'x400', 'text', 'msg', 'dom', 'intl']);

function multi(prop: Property, labels: Map<string, string>, value: string): CardValue {
  const types = (prop.params.get('TYPE') ?? []).map((t) => t.toLowerCase());
  const pref = Number(prop.params.get('PREF')?.[0]);
  const grouped = prop.group ? labels.get(prop.group.toLowerCase()) : undefined;
  const type = types.find((t) => !IGNORED_TYPES.has(t));
  return {
    value,
    label: grouped ?? (type === 'cell' ? 'mobile' : (type ?? null)),
    preferred: types.includes('pref') || (Number.isFinite(pref) && pref === 1),
    raw: prop.raw,
  };
}

function onePreferred(list: CardValue[]) {
  let seen = false;
  for (const value of list) {
    if (value.preferred && seen) value.preferred = false;
    seen ||= value.preferred;
  }
}

function dateOf(prop: Property): string | null {
  const omit = Number(prop.params.get('X-APPLE-OMIT-YEAR')?.[0]);
  const date = parseContactDate(prop.value, { omitYear: Number.isFinite(omit) ? omit : null });
  if (!date) return null;
  const md = `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  return date.year === null ? `--${md}` : `${String(date.year).padStart(4, '0')}-${md}`;
}

/** Apple's labels: itemN.X-ABLabel:_$!<Mobile>!$_ (a built-in) or a custom text. */
function groupLabels(props: Property[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const prop of props) {
    if (prop.name !== 'X-ABLABEL' || !prop.group) continue;
    const text = unescapeText(prop.value).trim();
    const builtIn = /^_\$!<(.+)>!\$_$/.exec(text);
    if (text) labels.set(prop.group.toLowerCase(), builtIn ? builtIn[1]!.toLowerCase() : text);
  }
  return labels;
}

/** The card's properties, unfolded for reading, each with its original text. */
function properties(text: string): Property[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const begin = physical.findIndex((l) => /^BEGIN:VCARD\s*$/i.test(l));
  if (begin === -1) throw new Error('not a vCard: no BEGIN:VCARD');
  const logical: string[][] = [];
  for (const line of physical.slice(begin + 1)) {
    if (/^END:VCARD\s*$/i.test(line)) break;
    if (/^[ \t]/.test(line) && logical.length > 0) logical[logical.length - 1]!.push(line);
    else if (line.trim() !== '') logical.push([line]);
  }
  const props: Property[] = [];
  for (const lines of logical) {
    const unfolded =
      lines[0]! +
      lines
        .slice(1)
        .map((l) => l.slice(1))
        .join('');
    const prop = parseProperty(unfolded, lines.join('\r\n'));
    if (prop) props.push(prop);
  }
  return props;
}

function parseProperty(text: string, raw: string): Property | null {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon === -1) return { group: null, name: `X-UNREADABLE`, params: new Map(), value: '', raw };
  const [head = '', ...paramTexts] = splitOutsideQuotes(text.slice(0, colon), ';');
  const dot = head.lastIndexOf('.');
  const params = new Map<string, string[]>();
  for (const param of paramTexts) {
    const eq = param.indexOf('=');
    const key = eq === -1 ? 'TYPE' : param.slice(0, eq).trim().toUpperCase();
    const values = splitOutsideQuotes(eq === -1 ? param : param.slice(eq + 1), ',').map((v) =>
      v.trim().replace(/^"|"$/g, ''),
    );
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return {
    group: dot === -1 ? null : head.slice(0, dot),
    name: head.slice(dot + 1).toUpperCase(),
    params,
    value: text.slice(colon + 1),
    raw,
  };
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The parts of a structured value (N, ORG), split at unescaped semicolons and unescaped. */
function splitStructured(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '\\' && i + 1 < value.length) current += char + value[++i];
    else if (char === ';') {
      parts.push(unescapeText(current));
      current = '';
    } else current += char;
  }
  parts.push(unescapeText(current));
  return parts;
}

export function unescapeText(text: string): string {
  return text.replace(/\\([\\;,nN:])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
