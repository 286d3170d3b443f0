// A ContactCard written as the vCard Rapport PUTs to the address book. A property whose value is
// unchanged goes back as the card's own text (groups, X-ABLabel, parameters and folding intact);
// a changed or new one is written per RFC 6350 (text escaped, lines folded at 75 octets) in the
// card's version, labels Apple style (itemN.X-ABLabel) when vCard has no TYPE for them. Rapport's
// private knowledge has no field here, so it cannot be written.
import { type CardValue, type ContactCard, escapeText } from '../contacts-sync/index';
import { orgKey } from './contact-card-reader';

const TYPE_LABELS: Record<string, string> = {
  work: 'WORK',
  home: 'HOME',
  mobile: 'CELL',
  cell: 'CELL',
  fax: 'FAX',
  pager: 'PAGER',
  main: 'MAIN',
  iphone: 'IPHONE',
};

export function writeContactCard(card: ContactCard): string {
  const v4 = card.version === '4.0';
  const lines: string[] = ['BEGIN:VCARD', `VERSION:${v4 ? '4.0' : '3.0'}`];
  const usedGroups = new Set(
    [...card.unknown, ...allRaw(card)].flatMap((raw) => {
      const group = /^([A-Za-z0-9-]+)\./.exec(raw)?.[1];
      return group ? [group.toLowerCase()] : [];
    }),
  );
  let nextGroup = 1;
  const newGroup = () => {
    while (usedGroups.has(`item${nextGroup}`)) nextGroup++;
    usedGroups.add(`item${nextGroup}`);
    return `item${nextGroup}`;
  };
  const reuse = (key: keyof ContactCard['raw'], value: string | null) => {
    const raw = card.raw[key];
    return raw && value !== null && raw.value === value ? raw.lines : null;
  };

  lines.push(reuse('uid', card.uid) ?? fold(`UID:${escapeText(card.uid)}`));
  lines.push(reuse('fn', card.name) ?? fold(`FN:${escapeText(card.name)}`));
  lines.push(reuse('n', card.name) ?? fold(`N:${nameParts(card.name).map(escapeText).join(';')}`));
  if (card.organization || card.department) {
    lines.push(
      reuse('org', orgKey(card.organization, card.department)) ??
        fold(
          `ORG:${[card.organization ?? '', card.department ?? '']
            .map(escapeText)
            .join(';')
            .replace(/;$/, '')}`,
        ),
    );
  }
  if (card.title) lines.push(reuse('title', card.title) ?? fold(`TITLE:${escapeText(card.title)}`));
  if (card.birthday)
    lines.push(reuse('birthday', card.birthday) ?? dateLine('BDAY', card.birthday, v4));
  if (card.anniversary) {
    lines.push(
      reuse('anniversary', card.anniversary) ??
        dateLine(v4 ? 'ANNIVERSARY' : 'X-ANNIVERSARY', card.anniversary, v4),
    );
  }
  if (card.timeZone)
    lines.push(reuse('timeZone', card.timeZone) ?? fold(`TZ:${escapeText(card.timeZone)}`));
  if (card.photo) lines.push(card.photo);
  const labelLines: string[] = [];
  const write = (name: string, values: CardValue[], text: (v: string) => string) => {
    for (const value of values) {
      if (value.raw) {
        lines.push(value.raw);
        continue;
      }
      const params: string[] = [];
      let group: string | null = null;
      const label = value.label?.trim() ?? '';
      const type = TYPE_LABELS[label.toLowerCase()];
      if (type) params.push(`TYPE=${v4 ? type.toLowerCase() : type}`);
      else if (label) {
        group = newGroup();
        const builtIn = label.toLowerCase() === 'other' ? '_$!<Other>!$_' : escapeText(label);
        labelLines.push(fold(`${group}.X-ABLabel:${builtIn}`));
      }
      if (name === 'EMAIL' && !v4) params.push('TYPE=INTERNET');
      if (value.preferred) params.push(v4 ? 'PREF=1' : 'TYPE=pref');
      const head = `${group ? `${group}.` : ''}${name}${params.map((p) => `;${p}`).join('')}`;
      lines.push(fold(`${head}:${text(value.value)}`));
    }
  };
  write('EMAIL', card.emails, escapeText);
  write('TEL', card.phones, escapeText);
  // Address values are kept as ADR's parts, already escaped.
  write('ADR', card.addresses, (v) => v);
  const groupsInUse = new Set(
    lines.flatMap((l) => {
      const group = /^([A-Za-z0-9-]+)\./.exec(l)?.[1];
      return group ? [group.toLowerCase()] : [];
    }),
  );
  for (const raw of card.unknown) {
    // An Apple label whose e-mail, phone or address is gone would label nothing.
    const label = /^([A-Za-z0-9-]+)\.X-ABLABEL[;:]/i.exec(raw);
    if (label && !groupsInUse.has(label[1]!.toLowerCase())) continue;
    lines.push(raw);
  }
  lines.push(...labelLines, 'END:VCARD');
  return `${lines.join('\r\n')}\r\n`;
}

function allRaw(card: ContactCard): string[] {
  return [
    ...Object.values(card.raw).map((r) => r.lines),
    ...[...card.emails, ...card.phones, ...card.addresses].flatMap((v) => (v.raw ? [v.raw] : [])),
  ];
}

function dateLine(name: string, date: string, v4: boolean): string {
  // vCard 3.0 has no year-less dates; Apple's convention (year 1604, X-APPLE-OMIT-YEAR) is read
  // by the phones that sync over CardDAV.
  if (date.startsWith('--')) {
    return v4
      ? `${name}:${date.replace(/-/g, '').replace(/^/, '--')}`
      : `${name};X-APPLE-OMIT-YEAR=1604:1604${date.slice(1)}`;
  }
  return `${name}:${v4 ? date.replace(/-/g, '') : date}`;
}

/** N from a single name: the last word as the family name. */
function nameParts(name: string): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return ['', name.trim(), '', '', ''];
  return [words[words.length - 1]!, words.slice(0, -1).join(' '), '', '', ''];
}

/** Folds a line at 75 octets without splitting a UTF-8 character (RFC 6350 §3.2). */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      out.push(current);
      current = '';
      size = 0;
      limit = 74;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}
