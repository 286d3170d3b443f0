// vCard 2.1, 3.0 and 4.0 as address books export them, read with ical.js one property at a
// time: a property ical.js refuses costs a warning, not the card. Knows the clients' habits:
// Apple's itemN groups with X-ABLabel (labels, X-ABDATE, X-ABRELATEDNAMES), Apple's year 1604
// for birthdays without a year, Google's system group "myContacts", Evolution's and Outlook's
// X- properties for anniversaries and spouses.
import ICAL from 'ical.js';
import {
  addUnique,
  type ContactCandidate,
  ContactFileError,
  type ContactIssue,
  emptyCandidate,
  type LabeledAddress,
  type LabeledValue,
  type ParsedContacts,
  PROGRESS_EVERY,
  type ReadSteps,
  readToEnd,
  tidyText,
  webLink,
} from './contact-candidate';
import { parseContactDate } from './contact-dates';
import { ESCAPED_BACKSLASH, type PreparedCard, prepareCard, splitCards } from './vcard-lines';

const VCARD3 = ICAL.design.getDesignSet('vcard3');
const VCARD4 = ICAL.design.getDesignSet('vcard');

type Params = Record<string, string | string[] | undefined>;
interface Prop {
  line: number;
  name: string;
  params: Params;
  type: string;
  values: unknown[];
  /** typesOf's answer, kept: labels, ranks and phone penalties each ask for it. */
  types?: string[];
}

/** Reads every card of a vCard file; broken cards are reported with their line and skipped. */
export function readVCards(text: string): ParsedContacts {
  return readToEnd(readVCardSteps(text));
}

/** The same, pausing every few hundred cards to say how far it got. */
export function* readVCardSteps(text: string): ReadSteps {
  const { cards, errors } = splitCards(text);
  if (cards.length === 0 && !/BEGIN:VCARD/i.test(text)) {
    throw new ContactFileError('This is not a vCard file: no BEGIN:VCARD found');
  }
  const contacts: ContactCandidate[] = [];
  for (const [i, raw] of cards.entries()) {
    if (i > 0 && i % PROGRESS_EVERY === 0) yield { done: i, total: cards.length };
    const prepared = prepareCard(raw);
    const result = 'reason' in prepared ? prepared : readCard(prepared);
    if ('reason' in result) errors.push(result);
    else contacts.push(result);
  }
  errors.sort((a, b) => a.line - b.line);
  return { format: 'vcard', source: 'vcard', contacts, errors };
}

function readCard(card: PreparedCard): ContactCandidate | ContactIssue {
  const design = card.version === '4.0' ? VCARD4 : VCARD3;
  const candidate = emptyCandidate(card.line);
  const props: Prop[] = [];
  for (const { line, text } of card.lines) {
    try {
      const [name, params, type, ...values] = ICAL.parse.property(text, design) as [
        string,
        Params,
        string,
        ...unknown[],
      ];
      props.push({ line, name, params, type, values });
    } catch (error) {
      const name = text.split(/[;:]/)[0]!.toUpperCase();
      candidate.warnings.push(`line ${line}: ${name} could not be read (${messageOf(error)})`);
    }
  }
  const kind = props.find((p) => p.name === 'kind' || p.name === 'x-addressbookserver-kind');
  if (kind && textOf(kind).toLowerCase() === 'group') {
    return { line: card.line, reason: 'a contact group, not a person' };
  }
  const labels = groupLabels(props);
  const emails: Ranked[] = [];
  const phones: Ranked[] = [];
  const addresses: (LabeledAddress & { rank: number })[] = [];
  let fullName: string | null = null;
  let structuredName: string | null = null;
  let role: string | null = null;

  for (const prop of props) {
    const label = labelOf(prop, labels);
    switch (prop.name) {
      case 'fn':
        fullName ??= tidyText(textOf(prop));
        break;
      case 'uid':
        candidate.uid ??= tidyText(textOf(prop));
        break;
      case 'n':
        structuredName ??= nameFromParts(partsOf(prop));
        break;
      case 'nickname':
        for (const nick of listOf(prop)) candidate.noteLines.push(`Nickname: ${nick}`);
        break;
      case 'email': {
        const value = tidyText(textOf(prop));
        if (value) emails.push({ value, label, rank: rankOf(prop) });
        break;
      }
      case 'tel': {
        const value = tidyText(textOf(prop).replace(/^tel:/i, '').split(';')[0]);
        if (value) phones.push({ value, label, rank: rankOf(prop) + phonePenalty(prop, label) });
        break;
      }
      case 'org': {
        const [company, team] = partsOf(prop);
        candidate.company ??= tidyText(company);
        candidate.team ??= tidyText(team);
        break;
      }
      case 'title':
        candidate.title ??= tidyText(textOf(prop));
        break;
      case 'role':
        role ??= tidyText(textOf(prop));
        break;
      case 'adr': {
        // post office box; extended address; street; locality; region; postal code; country
        const parts = partsOf(prop).map((p) => tidyText(p));
        const street = tidyText([parts[0], parts[1], parts[2]].filter(Boolean).join('\n'));
        const address = {
          street,
          city: parts[3] ?? null,
          region: parts[4] ?? null,
          postcode: parts[5] ?? null,
          country: parts[6] ?? null,
        };
        if (Object.values(address).some(Boolean)) {
          addresses.push({ ...address, label, rank: rankOf(prop) });
        }
        break;
      }
      case 'tz':
        candidate.timeZone ??= tidyText(textOf(prop));
        break;
      case 'bday':
        readBirthday(candidate, prop);
        break;
      case 'anniversary':
      case 'x-anniversary':
      case 'x-evolution-anniversary':
      case 'x-ms-anniversary':
        addDate(candidate, prop, 'Anniversary');
        break;
      case 'x-abdate':
        addDate(candidate, prop, label ?? 'Date');
        break;
      case 'categories':
        for (const tag of listOf(prop)) if (!isSystemGroup(tag)) addUnique(candidate.tags, tag);
        break;
      case 'note': {
        const note = tidyText(textOf(prop));
        if (note) candidate.notes = candidate.notes ? `${candidate.notes}\n\n${note}` : note;
        break;
      }
      case 'url':
      case 'x-socialprofile': {
        const link = webLink(textOf(prop));
        if (link) addUnique(candidate.links, link);
        break;
      }
      case 'x-rapport-fact':
        addUnique(candidate.facts, textOf(prop));
        break;
      case 'x-android-custom':
        readAndroidCustom(candidate, String(prop.values[0] ?? ''));
        break;
      default:
        readRelation(candidate, prop, label);
    }
  }

  candidate.title ??= role;
  candidate.emails = preferredFirst(emails, (v) => v.value);
  candidate.phones = preferredFirst(phones, (v) => v.value);
  candidate.addresses = preferredFirst(addresses, (a) =>
    [a.street, a.city, a.region, a.postcode, a.country].join('\u0000'),
  );
  const address = candidate.addresses.find((a) => a.city || a.country);
  candidate.city = address?.city ?? null;
  candidate.country = address?.country ?? null;
  candidate.name =
    fullName ?? structuredName ?? candidate.company ?? candidate.emails[0]?.value ?? '';
  if (!candidate.name) return { line: card.line, reason: 'the card has no name (FN or N)' };
  return candidate;
}

// Spouses, children, managers: the personal facts Rapport starts conversations from.
const RELATION_PROPERTIES: Record<string, string | null> = {
  related: null,
  'x-abrelatednames': null,
  'x-evolution-spouse': 'spouse',
  'x-spouse': 'spouse',
  'x-ms-spouse': 'spouse',
  'x-evolution-manager': 'manager',
  'x-manager': 'manager',
  'x-ms-manager': 'manager',
  'x-evolution-assistant': 'assistant',
  'x-assistant': 'assistant',
  'x-ms-assistant': 'assistant',
};

function readRelation(candidate: ContactCandidate, prop: Prop, label: string | null) {
  if (!(prop.name in RELATION_PROPERTIES)) return;
  const value = tidyText(textOf(prop));
  // RELATED may point at another card (urn:uuid:…, a URL); only names are facts.
  if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value)) return;
  const relation = RELATION_PROPERTIES[prop.name] ?? label ?? typesOf(prop)[0] ?? 'related';
  addUnique(candidate.facts, `${relation}: ${value}`);
}

// Android keeps nicknames, events and relations as X-ANDROID-CUSTOM:vnd.android.cursor.item/
// <kind>;<value>;<type>;… with the type numbers of ContactsContract.
const ANDROID_EVENTS: Record<string, string> = { '1': 'Anniversary', '2': 'Date' };
const ANDROID_RELATIONS: Record<string, string> = {
  '1': 'assistant',
  '2': 'brother',
  '3': 'child',
  '4': 'partner',
  '5': 'father',
  '6': 'friend',
  '7': 'manager',
  '8': 'mother',
  '9': 'parent',
  '10': 'partner',
  '11': 'referred by',
  '12': 'relative',
  '13': 'sister',
  '14': 'spouse',
};

function readAndroidCustom(candidate: ContactCandidate, raw: string) {
  const [mime = '', value = '', type = '', label = ''] = raw.split(';');
  const text = tidyText(value);
  if (!text) return;
  const kind = mime.replace('vnd.android.cursor.item/', '');
  if (kind === 'nickname') candidate.noteLines.push(`Nickname: ${text}`);
  else if (kind === 'contact_event') {
    const date = parseContactDate(text);
    if (type === '3') candidate.birthday ??= date;
    else if (date)
      candidate.dates.push({ label: tidyText(label) ?? ANDROID_EVENTS[type] ?? 'Date', date });
  } else if (kind === 'relation') {
    addUnique(
      candidate.facts,
      `${tidyText(label) ?? ANDROID_RELATIONS[type] ?? 'related'}: ${text}`,
    );
  }
}

function readBirthday(candidate: ContactCandidate, prop: Prop) {
  if (candidate.birthday) return;
  const omit = Number(firstParam(prop.params['x-apple-omit-year']));
  const text = textOf(prop);
  const date = parseContactDate(text, { omitYear: Number.isFinite(omit) ? omit : null });
  if (date) candidate.birthday = date;
  else if (text.trim()) candidate.warnings.push(`birthday "${text}" is not a date; not kept`);
}

function addDate(candidate: ContactCandidate, prop: Prop, label: string) {
  const omit = Number(firstParam(prop.params['x-apple-omit-year']));
  const text = textOf(prop);
  const date = parseContactDate(text, { omitYear: Number.isFinite(omit) ? omit : null });
  if (!date) {
    if (text.trim()) candidate.warnings.push(`${label.toLowerCase()} "${text}" is not a date`);
    return;
  }
  const key = label.toLowerCase();
  if (!candidate.dates.some((d) => d.label.toLowerCase() === key)) {
    candidate.dates.push({ label, date });
  }
}

interface Ranked extends LabeledValue {
  rank: number;
}

/**
 * The best-ranked value first (the preferred one), the others in the card's order, repeats
 * dropped: a card Rapport wrote reads back in the order it was written.
 */
function preferredFirst<T extends { rank: number }>(
  values: T[],
  key: (value: T) => string,
): Omit<T, 'rank'>[] {
  let best = -1;
  values.forEach((v, i) => {
    if (best === -1 || v.rank < values[best]!.rank) best = i;
  });
  const ordered = best <= 0 ? values : [values[best]!, ...values.filter((_, i) => i !== best)];
  return ordered
    .filter((v, i, all) => all.findIndex((o) => key(o) === key(v)) === i)
    .map(({ rank: _rank, ...rest }) => rest);
}

/** Lower is preferred: vCard 4's PREF=1..100, or TYPE=pref in 2.1/3.0. */
function rankOf(prop: Prop): number {
  const pref = Number(firstParam(prop.params.pref));
  if (Number.isFinite(pref) && pref > 0) return pref;
  return typesOf(prop).includes('pref') ? 1 : 101;
}

/** Mobile numbers reach a person best; fax and pager numbers hardly at all. */
function phonePenalty(prop: Prop, label: string | null): number {
  const types = [...typesOf(prop), label?.toLowerCase() ?? ''];
  if (types.some((t) => t === 'fax' || t === 'pager' || t.includes('fax'))) return 1000;
  if (types.some((t) => t === 'cell' || t === 'mobile' || t === 'iphone')) return -0.5;
  return 0;
}

const IGNORED_TYPES = new Set(['internet', 'pref', 'voice', 'x400', 'text', 'msg', 'dom', 'intl']);

function typesOf(prop: Prop): string[] {
  if (prop.types) return prop.types;
  const raw = prop.params.type;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  // A damaged line can give ical.js a parameter that is not text (a quote left open).
  prop.types = list.flatMap((t) => String(t).split(',')).map((t) => t.trim().toLowerCase());
  return prop.types;
}

function labelOf(prop: Prop, labels: Map<string, string>): string | null {
  const group = firstParam(prop.params.group)?.toLowerCase();
  const grouped = group ? labels.get(group) : undefined;
  if (grouped) return grouped;
  return typesOf(prop).find((t) => t && !IGNORED_TYPES.has(t)) ?? null;
}

/** Apple's labels: itemN.X-ABLabel:_$!<Mobile>!$_ (a built-in) or a custom text. */
function groupLabels(props: Prop[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const prop of props) {
    if (prop.name !== 'x-ablabel') continue;
    const group = firstParam(prop.params.group)?.toLowerCase();
    const text = tidyText(textOf(prop));
    if (!group || !text) continue;
    const builtIn = /^_\$!<(.+)>!\$_$/.exec(text);
    labels.set(
      group,
      builtIn
        ? builtIn[1]!
            .replace(/([a-z]{2,})([A-Z])/g, '$1 $2')
            .toLowerCase()
            .trim()
        : text,
    );
  }
  return labels;
}

function nameFromParts(parts: string[]): string | null {
  const [family, given, additional] = parts.map((p) => tidyText(p));
  return tidyText([given, additional, family].filter(Boolean).join(' '));
}

/** Google adds every contact to "myContacts"; it is not a group the user made. */
const isSystemGroup = (tag: string) => /^\*?\s*my\s*contacts$/i.test(tag.trim());

function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The value as text. ical.js splits some single-text properties (NOTE in vCard 3) at unescaped
 * commas, which vCard 2.1 and careless writers leave; joining with commas restores them.
 */
function textOf(prop: Prop): string {
  return prop.values
    .map((value) =>
      Array.isArray(value) ? value.flat().map(String).join(' ') : String(value ?? ''),
    )
    .map((text) => unescapeLeftovers(prop, text))
    .join(',');
}

/** Every value (CATEGORIES, NICKNAME): multi-values come as extra jCard entries. */
function listOf(prop: Prop): string[] {
  return prop.values
    .flatMap((v) => (Array.isArray(v) ? v.flat() : [v]))
    .map((v) => tidyText(unescapeLeftovers(prop, String(v ?? ''))))
    .filter((v): v is string => v !== null);
}

/** The parts of a structured value (N, ADR, ORG); a 2.1 value may come as a single string. */
function partsOf(prop: Prop): string[] {
  const value = prop.values[0];
  const parts = Array.isArray(value) ? value : [value];
  return parts.map((p) =>
    unescapeLeftovers(prop, Array.isArray(p) ? p.join(' ') : String(p ?? '')),
  );
}

/**
 * ical.js unescapes text values but leaves every escape in X- properties, which it does not
 * know to be text; this finishes the job.
 */
function unescapeLeftovers(prop: Prop, text: string): string {
  const unescaped =
    prop.type === 'unknown'
      ? text.replace(/\\([;,nN:])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
      : text;
  // "\;", "\:" and "\\" were taken care of before ical.js read the line (vcard-lines.ts).
  return unescaped.replaceAll(ESCAPED_BACKSLASH, '\\');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 120) : String(error);
}
