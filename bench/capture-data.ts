// Generated data for the capture benchmark: 1,000 people, a mailbox of 20,000 messages over two
// years (threads with the user, the user's answers in Sent, one in ten a newsletter), and a
// calendar of 3,000 events (500 weekly or fortnightly, with exceptions). Seeded, so every run
// measures the same data. Bodies carry a marker that must never reach a database.
import {
  chmodSync,
  chownSync,
  mkdirSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export const ME = 'me@example.com';
export const PEOPLE = 1_000;
export const MESSAGES = 20_000;
export const EVENTS = 3_000;
export const RECURRING = 500;
export const BODY_MARKER = 'BENCH-BODY-MARKER';
const DAY = 24 * 3600 * 1000;

/** mulberry32: a small, seeded generator. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ann', 'Bo', 'Chidi', 'Dana', 'Élodie', 'Farid', 'Greta', 'Haruto', 'Ines', 'Jörg'];
const LAST = ['Lee', 'Chen', 'Okafor', 'Müller', 'García', 'Nakamura', 'Żukowska', 'Smith'];

export interface BenchPerson {
  name: string;
  email: string;
}

export function people(): BenchPerson[] {
  return Array.from({ length: PEOPLE }, (_, i) => ({
    name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i}`,
    email: `person${i}@corp${i % 20}.example`,
  }));
}

interface Mail {
  folder: 'inbox' | 'sent';
  at: number;
  text: string;
}

const address = (p: BenchPerson) => `"${p.name}" <${p.email}>`;

function message(headers: [string, string][], body: string): string {
  return `${headers.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}\r\n`;
}

/**
 * `count` messages between `from` and `to` (epoch ms): threads of one to five messages between
 * the user and a person (sometimes with a colleague in Cc), and newsletters. `tag` keeps
 * Message-IDs of a later batch apart from the first.
 */
export function mailbox(count: number, from: number, to: number, seed: number, tag = 'm'): Mail[] {
  const rand = random(seed);
  const everyone = people();
  const mails: Mail[] = [];
  let thread = 0;
  while (mails.length < count) {
    thread += 1;
    const start = from + rand() * (to - from);
    if (rand() < 0.1) {
      const list = Math.floor(rand() * 30);
      mails.push({
        folder: 'inbox',
        at: start,
        text: message(
          [
            ['From', `"Newsletter ${list}" <no-reply@list${list}.example>`],
            ['To', ME],
            ['Subject', `Weekly digest ${thread}`],
            ['Date', new Date(start).toUTCString()],
            ['Message-ID', `<${tag}.n${thread}@list${list}.example>`],
            ['List-Id', `<list${list}.example>`],
            ['Precedence', 'bulk'],
          ],
          `${BODY_MARKER} newsletter ${thread}`,
        ),
      });
      continue;
    }
    const person = everyone[Math.floor(rand() ** 2 * PEOPLE)]!;
    const colleague = rand() < 0.2 ? everyone[Math.floor(rand() * PEOPLE)] : undefined;
    const length = 1 + Math.floor(rand() * 5);
    const ids: string[] = [];
    let at = start;
    let mine = rand() < 0.3;
    for (let k = 0; k < length && mails.length < count; k += 1) {
      const id = `${tag}.t${thread}.${k}@bench.example`;
      const headers: [string, string][] = [
        ['From', mine ? `"Me Myself" <${ME}>` : address(person)],
        ['To', mine ? address(person) : `"Me Myself" <${ME}>`],
      ];
      if (colleague) headers.push(['Cc', address(colleague)]);
      headers.push(
        ['Subject', `${k ? 'Re: ' : ''}Project ${thread % 300} plans`],
        ['Date', new Date(at).toUTCString()],
        ['Message-ID', `<${id}>`],
      );
      if (ids.length) {
        headers.push(
          ['In-Reply-To', `<${ids.at(-1)}>`],
          ['References', ids.map((i) => `<${i}>`).join(' ')],
        );
      }
      mails.push({
        folder: mine ? 'sent' : 'inbox',
        at,
        text: message(headers, `${BODY_MARKER} Hello ${person.name}, about thread ${thread}.`),
      });
      ids.push(id);
      at += (0.5 + rand() * 30) * 3600 * 1000;
      mine = !mine;
    }
  }
  return mails;
}

/**
 * Writes messages straight into a Maildir (INBOX in `cur`, Sent in `.Sent/cur`), as delivered
 * and read; file times are the messages' dates. Owned by `owner` (Dovecot's mail user).
 */
export function writeMaildir(
  maildir: string,
  mails: Mail[],
  owner: { uid: number; gid: number },
  fresh = false,
) {
  const folders = { inbox: maildir, sent: join(maildir, '.Sent') };
  for (const folder of Object.values(folders)) {
    for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(folder, sub), { recursive: true });
  }
  writeFileSync(join(folders.sent, 'maildirfolder'), '');
  mails.forEach((mail, i) => {
    const bytes = Buffer.byteLength(mail.text);
    const seconds = Math.floor(mail.at / 1000);
    const name = `${seconds}.M${i}P${process.pid}.bench,S=${bytes}`;
    // New mail lands in new/ (unseen); what was read sits in cur/ with the Seen flag.
    const file = fresh
      ? join(folders[mail.folder], 'new', name)
      : join(folders[mail.folder], 'cur', `${name}:2,S`);
    writeFileSync(file, mail.text);
    utimesSync(file, seconds, seconds);
  });
  chownTree(join(maildir, '..'), owner);
}

function chownTree(path: string, owner: { uid: number; gid: number }) {
  chownSync(path, owner.uid, owner.gid);
  if (!statSync(path).isDirectory()) return;
  chmodSync(path, 0o700);
  for (const entry of readdirSync(path)) chownTree(join(path, entry), owner);
}

const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

/**
 * `count` VEVENTs between `from` and `to`: the first `recurring` weekly or fortnightly (with an
 * EXDATE and a moved occurrence here and there), then single meetings; 2 to 6 attendees, a
 * video link or a room, some cancelled, some all-day, some large.
 */
export function calendarEvents(
  count: number,
  recurring: number,
  from: number,
  to: number,
  seed: number,
  tag = 'e',
): string[] {
  const rand = random(seed);
  const everyone = people();
  const events: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const uid = `${tag}${i}@bench.example`;
    const start = Math.floor((from + rand() * (to - from)) / (30 * 60 * 1000)) * 30 * 60 * 1000;
    const end = start + (1 + Math.floor(rand() * 4)) * 30 * 60 * 1000;
    const size = rand() < 0.05 ? 12 : 2 + Math.floor(rand() * 5);
    const attendees = Array.from({ length: size }, () => everyone[Math.floor(rand() * PEOPLE)]!);
    const organizer = rand() < 0.4 ? ME : attendees[0]!.email;
    const lines = [
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${stamp(from)}Z`,
      `SUMMARY:Meeting ${i}`,
      `DESCRIPTION:${BODY_MARKER} agenda for ${i}`,
      `ORGANIZER;CN=Organizer:mailto:${organizer}`,
      `ATTENDEE;CN=Me Myself;PARTSTAT=${rand() < 0.05 ? 'DECLINED' : 'ACCEPTED'}:mailto:${ME}`,
      ...attendees.map((p) => `ATTENDEE;CN=${p.name};PARTSTAT=ACCEPTED:mailto:${p.email}`),
      rand() < 0.5 ? `LOCATION:https://meet.google.com/abc-${i}` : `LOCATION:Room ${i % 40}`,
    ];
    if (rand() < 0.04) lines.push('STATUS:CANCELLED');
    if (i >= recurring && rand() < 0.03) {
      const day = stamp(start).slice(0, 8);
      lines.push(`DTSTART;VALUE=DATE:${day}`);
    } else {
      lines.push(`DTSTART:${stamp(start)}Z`, `DTEND:${stamp(end)}Z`);
    }
    if (i < recurring) {
      const weeks = 10 + Math.floor(rand() * 80);
      lines.push(`RRULE:FREQ=WEEKLY;INTERVAL=${rand() < 0.7 ? 1 : 2};COUNT=${weeks}`);
      if (rand() < 0.3) lines.push(`EXDATE:${stamp(start + 14 * DAY)}Z`);
    }
    lines.push('END:VEVENT');
    events.push(lines.join('\r\n'));
    if (i < recurring && rand() < 0.2) {
      // One occurrence moved by an hour.
      events.push(
        [
          'BEGIN:VEVENT',
          `UID:${uid}`,
          `DTSTAMP:${stamp(from)}Z`,
          `RECURRENCE-ID:${stamp(start + 7 * DAY)}Z`,
          `SUMMARY:Meeting ${i} (moved)`,
          `ORGANIZER:mailto:${organizer}`,
          ...attendees.map((p) => `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${p.email}`),
          `DTSTART:${stamp(start + 7 * DAY + 3600_000)}Z`,
          `DTEND:${stamp(end + 7 * DAY + 3600_000)}Z`,
          'END:VEVENT',
        ].join('\r\n'),
      );
    }
  }
  return events;
}

export const icsFile = (events: string[]) =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rapport//Bench//EN\r\nCALSCALE:GREGORIAN\r\n${events.join('\r\n')}\r\nEND:VCALENDAR\r\n`;
