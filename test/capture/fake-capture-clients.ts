// A FAKE of the capture clients, for the sync orchestration's tests only: it hands the app the
// batches a real client would (whole-calendar .ics batches, incremental CalDAV-like batches, new
// mail since a cursor), in memory. The real-server tests (Dovecot, Radicale, .ics over HTTP) are
// the integration owners' (test/capture/*-real*.test.ts on their branches).

import type { CalendarBatch, CaptureClients } from '../../src/app/ports/capture';
import type { CapturedEvent, CapturedMail } from '../../src/domain/capture/capture-types';

export class FakeCalendar {
  private readonly objects = new Map<string, CapturedEvent[]>();
  private readonly changes: { version: number; key: string }[] = [];
  private version = 0;
  /** The message of the next failures (a wrong password, a server down); null: works. */
  failure: string | null = null;
  /** A fetch that is slow, to let two syncs overlap. */
  delayMs = 0;

  constructor(private readonly style: 'complete' | 'incremental') {}

  put(key: string, occurrences: Omit<CapturedEvent, 'objectKey'>[]) {
    this.objects.set(
      key,
      occurrences.map((o) => ({ ...o, objectKey: key })),
    );
    this.changes.push({ version: ++this.version, key });
  }

  remove(key: string) {
    this.objects.delete(key);
    this.changes.push({ version: ++this.version, key });
  }

  async test() {
    if (this.failure) throw new Error(this.failure);
    return { calendars: ['Work'] };
  }

  async sync(_config: unknown, cursor: string | null): Promise<CalendarBatch> {
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    if (this.failure) throw new Error(this.failure);
    const since = cursor === null ? -1 : Number(cursor);
    const next = String(this.version);
    if (since === this.version) {
      return { objects: [], removed: [], complete: false, unchanged: true, cursor: next };
    }
    if (this.style === 'complete' || since < 0) {
      return {
        objects: [...this.objects].map(([key, occurrences]) => ({ key, occurrences })),
        removed: [],
        complete: this.style === 'complete',
        unchanged: false,
        cursor: next,
      };
    }
    const touched = new Set(this.changes.filter((c) => c.version > since).map((c) => c.key));
    return {
      objects: [...touched]
        .filter((k) => this.objects.has(k))
        .map((key) => ({ key, occurrences: this.objects.get(key)! })),
      removed: [...touched].filter((k) => !this.objects.has(k)),
      complete: false,
      unchanged: false,
      cursor: next,
    };
  }
}

export class FakeMailbox {
  readonly messages: CapturedMail[] = [];
  failure: string | null = null;
  delayMs = 0;

  add(message: Partial<CapturedMail> & Pick<CapturedMail, 'folder' | 'date' | 'from'>) {
    const n = this.messages.length + 1;
    this.messages.push({
      externalId: `${message.folder}:1:${n}`,
      messageId: `m${n}@example.test`,
      inReplyTo: null,
      references: [],
      to: [],
      cc: [],
      subjectKey: null,
      subject: null,
      listId: null,
      autoSubmitted: null,
      precedence: null,
      ...message,
    });
    return this.messages[this.messages.length - 1]!;
  }

  async test() {
    if (this.failure) throw new Error(this.failure);
    return { folders: ['INBOX', 'Sent'] };
  }

  async sync(_config: unknown, cursor: string | null) {
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    if (this.failure) throw new Error(this.failure);
    const from = cursor === null ? 0 : Number(cursor);
    return { messages: this.messages.slice(from), cursor: String(this.messages.length) };
  }
}

export function fakeClients(calendar: FakeCalendar, mailbox: FakeMailbox): CaptureClients {
  return {
    ics: calendar,
    caldav: calendar,
    imap: mailbox,
    git: { commits: async () => [] },
  };
}

/** A past meeting occurrence with sensible defaults. */
export function meeting(
  externalId: string,
  start: string,
  attendees: string[],
  extra: Partial<CapturedEvent> = {},
): Omit<CapturedEvent, 'objectKey'> {
  return {
    externalId,
    start,
    end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
    allDay: false,
    status: 'confirmed',
    organizer: attendees[0] ?? null,
    attendees: attendees.map((email) => ({ email, name: null, partstat: 'ACCEPTED' })),
    hasConferenceLink: true,
    hasPhysicalLocation: false,
    summary: null,
    ...extra,
  };
}
