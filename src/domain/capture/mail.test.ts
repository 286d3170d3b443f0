import { describe, expect, it } from 'vitest';
import type { OpenReplyThread } from './capture-types.js';
import { mail, to } from './mail.factory.js';
import { type ReadMailContext, readMail } from './mail.js';

const ME = 'me@example.com';
const ALICE = 'alice@example.org';
const BOB = 'bob@example.org';

function context(overrides: Partial<ReadMailContext> = {}): ReadMailContext {
  return {
    myEmails: new Set([ME, 'me@work.example']),
    personByEmail: new Map([
      [ALICE, 'p-alice'],
      [BOB, 'p-bob'],
      ['carol@example.org', 'p-carol'],
    ]),
    ignoredPersonIds: new Set(),
    openThreads: [],
    timeZone: 'Europe/London',
    keepSubjects: false,
    ...overrides,
  };
}

describe('readMail conversations', () => {
  it('makes one email conversation per person and day, directed by who wrote first', () => {
    const result = readMail(
      [
        mail({ from: ALICE, to: to(ME), date: '2026-03-02T11:00:00Z' }),
        mail({ folder: 'sent', from: ME, to: to(ALICE), date: '2026-03-02T09:00:00Z' }),
        mail({ from: ALICE, to: to(ME), date: '2026-03-03T08:00:00Z' }),
      ],
      context(),
    );
    expect(result.conversations).toEqual([
      {
        externalId: 'mail:p-alice:2026-03-02',
        objectKey: null,
        at: '2026-03-02T09:00:00Z',
        channel: 'email',
        initiator: 'me',
        personIds: ['p-alice'],
        seenOnly: false,
        subject: null,
      },
      expect.objectContaining({
        externalId: 'mail:p-alice:2026-03-03',
        initiator: 'them',
        at: '2026-03-03T08:00:00Z',
      }),
    ]);
  });

  it("counts the day on the user's clock, not UTC", () => {
    const result = readMail(
      [
        mail({ from: ALICE, to: to(ME), date: '2026-03-02T23:30:00Z' }),
        mail({ from: ALICE, to: to(ME), date: '2026-03-03T04:00:00Z' }),
      ],
      context({ timeZone: 'America/New_York' }),
    );
    // 18:30 and 23:00 in New York: the same evening, one conversation.
    expect(result.conversations.map((c) => c.externalId)).toEqual(['mail:p-alice:2026-03-02']);
  });

  it('gives a conversation to each kept person on a mail from the user, Cc included', () => {
    const result = readMail(
      [
        mail({
          folder: 'sent',
          from: ME,
          to: to(ALICE, 'stranger@example.net'),
          cc: to(BOB, ME),
        }),
      ],
      context(),
    );
    expect(result.conversations.map((c) => [c.externalId, c.initiator])).toEqual([
      ['mail:p-alice:2026-03-02', 'me'],
      ['mail:p-bob:2026-03-02', 'me'],
    ]);
    expect(result.unknown).toEqual([
      expect.objectContaining({ email: 'stranger@example.net', at: '2026-03-02T10:00:00Z' }),
    ]);
  });

  it('counts only the sender of mail to the user, not the other recipients', () => {
    const result = readMail([mail({ from: ALICE, to: to(ME, BOB) })], context());
    expect(result.conversations.map((c) => c.personIds)).toEqual([['p-alice']]);
  });

  it('recognizes the user by address in INBOX (a copy to self) and matches addresses in any case', () => {
    const result = readMail(
      [mail({ folder: 'inbox', from: 'Me@Work.Example', to: to('ALICE@example.org') })],
      context(),
    );
    expect(result.conversations).toEqual([
      expect.objectContaining({ initiator: 'me', personIds: ['p-alice'] }),
    ]);
    expect(result.repliesOwed).toEqual([]);
  });

  it('keeps the subject only when the user turned subjects on', () => {
    const message = mail({ from: ALICE, to: to(ME), subject: 'Lunch', subjectKey: 'k1' });
    expect(readMail([message], context()).conversations[0]?.subject).toBeNull();
    expect(readMail([message], context({ keepSubjects: true })).conversations[0]?.subject).toBe(
      'Lunch',
    );
  });

  it('skips people the user said "never" for, without calling them unknown', () => {
    const result = readMail(
      [mail({ from: ALICE, to: to(ME) }), mail({ folder: 'sent', from: ME, to: to(ALICE, BOB) })],
      context({ ignoredPersonIds: new Set(['p-alice']) }),
    );
    expect(result.conversations.map((c) => c.personIds)).toEqual([['p-bob']]);
    expect(result.repliesOwed).toEqual([]);
    expect(result.unknown).toEqual([]);
  });
});

describe('readMail automated mail', () => {
  const automated = [
    { listId: '<news.example.org>' },
    { autoSubmitted: 'auto-replied' },
    { precedence: 'bulk' },
    { precedence: 'List' },
    { precedence: 'junk' },
  ];
  for (const headers of automated) {
    it(`ignores mail with ${JSON.stringify(headers)}`, () => {
      const result = readMail([mail({ from: ALICE, to: to(ME), ...headers })], context());
      expect(result).toEqual({ conversations: [], repliesOwed: [], answered: [], unknown: [] });
    });
  }

  for (const sender of [
    'noreply@shop.example',
    'no-reply@x.example',
    'do_not_reply@bank.example',
    'calendar-noreply@google.com',
    'MAILER-DAEMON@mx.example',
  ]) {
    it(`ignores mail from ${sender}`, () => {
      const result = readMail([mail({ from: sender, to: to(ME) })], context());
      expect(result.unknown).toEqual([]);
      expect(result.conversations).toEqual([]);
    });
  }

  it('reads Auto-Submitted: no as a person writing', () => {
    const result = readMail([mail({ from: ALICE, to: to(ME), autoSubmitted: 'no' })], context());
    expect(result.conversations).toHaveLength(1);
  });

  it("does not let the user's own auto-reply close a thread", () => {
    const asked = mail({ from: ALICE, to: to(ME), messageId: 'q@a' });
    const vacation = mail({
      folder: 'sent',
      from: ME,
      to: to(ALICE),
      inReplyTo: 'q@a',
      references: ['q@a'],
      autoSubmitted: 'auto-replied',
      date: '2026-03-02T10:01:00Z',
    });
    expect(readMail([asked, vacation], context()).repliesOwed).toHaveLength(1);
  });
});

describe('readMail replies owed', () => {
  it('owes a reply for direct mail from a kept person, keyed by its Message-ID', () => {
    const result = readMail(
      [mail({ from: ALICE, to: to(ME), messageId: 'a1@x', date: '2026-03-02T10:00:00Z' })],
      context(),
    );
    expect(result.repliesOwed).toEqual([
      {
        threadKey: 'a1@x',
        personId: 'p-alice',
        messageIds: ['a1@x'],
        since: '2026-03-02T10:00:00Z',
        subject: null,
      },
    ]);
  });

  it('owes nothing when the user is only in Cc', () => {
    const result = readMail([mail({ from: ALICE, to: to(BOB), cc: to(ME) })], context());
    expect(result.repliesOwed).toEqual([]);
    expect(result.conversations).toHaveLength(1);
  });

  it('owes nothing to unknown senders, and reports them', () => {
    const result = readMail(
      [mail({ from: 'dan@example.net', to: to(ME), messageId: 'd@x' })],
      context(),
    );
    expect(result.repliesOwed).toEqual([]);
    expect(result.unknown).toEqual([
      { email: 'dan@example.net', name: null, conversationKey: 'd@x', at: '2026-03-02T10:00:00Z' },
    ]);
  });

  it("is closed by the user's later reply in the same batch, and not reported answered", () => {
    const result = readMail(
      [
        mail({ from: ALICE, to: to(ME), messageId: 'a1@x' }),
        mail({
          folder: 'sent',
          from: ME,
          to: to(ALICE),
          inReplyTo: 'a1@x',
          references: ['a1@x'],
          date: '2026-03-02T12:00:00Z',
        }),
      ],
      context(),
    );
    expect(result.repliesOwed).toEqual([]);
    expect(result.answered).toEqual([]);
  });

  it('is not closed by a mail from the user written before it', () => {
    const result = readMail(
      [
        mail({
          folder: 'sent',
          from: ME,
          to: to(ALICE),
          messageId: 'm0@me',
          date: '2026-03-02T08:00:00Z',
        }),
        mail({
          from: ALICE,
          to: to(ME),
          messageId: 'a1@x',
          inReplyTo: 'm0@me',
          references: ['m0@me'],
          date: '2026-03-02T10:00:00Z',
        }),
      ],
      context(),
    );
    // Alice answered the user's mail; the thread is rooted at it and now waits for the user.
    expect(result.repliesOwed).toEqual([
      expect.objectContaining({
        threadKey: 'm0@me',
        personId: 'p-alice',
        messageIds: ['m0@me', 'a1@x'],
      }),
    ]);
  });

  it('closes a thread open from an earlier sync when a Sent reply names any of its messages', () => {
    const open: OpenReplyThread = {
      threadKey: 'root@x',
      personId: 'p-alice',
      messageIds: ['root@x', 'a2@x'],
      since: '2026-03-01T10:00:00Z',
      subject: null,
    };
    const result = readMail(
      [
        mail({
          folder: 'sent',
          from: ME,
          to: to(ALICE),
          inReplyTo: 'a2@x',
          references: ['a2@x'],
          date: '2026-03-02T09:00:00Z',
        }),
      ],
      context({ openThreads: [open] }),
    );
    expect(result.answered).toEqual([{ threadKey: 'root@x', at: '2026-03-02T09:00:00Z' }]);
    expect(result.repliesOwed).toEqual([]);
  });

  it('grows an open thread when the person writes again, keeping when the wait began', () => {
    const open: OpenReplyThread = {
      threadKey: 'root@x',
      personId: 'p-alice',
      messageIds: ['root@x'],
      since: '2026-03-01T10:00:00Z',
      subject: null,
    };
    const result = readMail(
      [mail({ from: ALICE, to: to(ME), messageId: 'a3@x', inReplyTo: 'root@x' })],
      context({ openThreads: [open] }),
    );
    expect(result.repliesOwed).toEqual([
      { ...open, messageIds: ['root@x', 'a3@x'], since: '2026-03-01T10:00:00Z' },
    ]);
  });

  it('finds the thread of a reply that names only its parent (no References)', () => {
    const result = readMail(
      [
        mail({ from: ALICE, to: to(ME), messageId: 'a1@x', date: '2026-03-02T08:00:00Z' }),
        mail({
          folder: 'sent',
          from: ME,
          to: to(ALICE),
          messageId: 'm1@me',
          inReplyTo: 'a1@x',
          references: ['a1@x'],
          date: '2026-03-02T09:00:00Z',
        }),
        mail({
          from: ALICE,
          to: to(ME),
          messageId: 'a2@x',
          inReplyTo: 'm1@me',
          date: '2026-03-02T10:00:00Z',
        }),
      ],
      context(),
    );
    expect(result.repliesOwed).toEqual([
      expect.objectContaining({
        threadKey: 'a1@x',
        since: '2026-03-02T10:00:00Z',
        messageIds: ['a1@x', 'm1@me', 'a2@x'],
      }),
    ]);
  });

  it('threads mail without any Message-ID by its subject, and a headerless reply closes it', () => {
    const asked = mail({ from: ALICE, to: to(ME), messageId: null, subjectKey: 'lunch' });
    const reply = mail({
      folder: 'sent',
      from: ME,
      to: to(ALICE),
      messageId: null,
      subjectKey: 'lunch',
      date: '2026-03-02T11:00:00Z',
    });
    expect(readMail([asked], context()).repliesOwed).toEqual([
      expect.objectContaining({ threadKey: 'subject:lunch', messageIds: ['subject:lunch'] }),
    ]);
    expect(readMail([asked, reply], context()).repliesOwed).toEqual([]);
  });

  it('lets a headerless reply to the same person with the same subject close a threaded mail', () => {
    const open: OpenReplyThread = {
      threadKey: 'a1@x',
      personId: 'p-alice',
      messageIds: ['a1@x', 'subject:lunch'],
      since: '2026-03-01T10:00:00Z',
      subject: null,
    };
    const toBob = mail({ folder: 'sent', from: ME, to: to(BOB), subjectKey: 'lunch' });
    const toAlice = mail({ folder: 'sent', from: ME, to: to(ALICE), subjectKey: 'lunch' });
    expect(readMail([toBob], context({ openThreads: [open] })).answered).toEqual([]);
    expect(readMail([toAlice], context({ openThreads: [open] })).answered).toEqual([
      { threadKey: 'a1@x', at: '2026-03-02T10:00:00Z' },
    ]);
  });

  it('reopens an answered thread when the person writes again, as owed since then', () => {
    const open: OpenReplyThread = {
      threadKey: 'r@x',
      personId: 'p-alice',
      messageIds: ['r@x'],
      since: '2026-03-01T10:00:00Z',
      subject: null,
    };
    const result = readMail(
      [
        mail({
          folder: 'sent',
          from: ME,
          to: to(ALICE),
          messageId: 'm@me',
          references: ['r@x'],
          inReplyTo: 'r@x',
          date: '2026-03-02T09:00:00Z',
        }),
        mail({
          from: ALICE,
          to: to(ME),
          messageId: 'a9@x',
          references: ['r@x', 'm@me'],
          inReplyTo: 'm@me',
          date: '2026-03-02T10:00:00Z',
        }),
      ],
      context({ openThreads: [open] }),
    );
    expect(result.answered).toEqual([]);
    expect(result.repliesOwed).toEqual([
      expect.objectContaining({ threadKey: 'r@x', since: '2026-03-02T10:00:00Z' }),
    ]);
  });

  it('keeps one open thread per thread when a second person writes in it', () => {
    const result = readMail(
      [
        mail({ from: ALICE, to: to(ME, BOB), messageId: 'a1@x' }),
        mail({
          from: BOB,
          to: to(ME, ALICE),
          messageId: 'b1@x',
          inReplyTo: 'a1@x',
          references: ['a1@x'],
          date: '2026-03-02T10:30:00Z',
        }),
      ],
      context(),
    );
    expect(result.repliesOwed).toEqual([
      expect.objectContaining({ threadKey: 'a1@x', personId: 'p-alice' }),
    ]);
    expect(result.conversations.map((c) => c.personIds[0])).toEqual(['p-alice', 'p-bob']);
  });

  it('reports an unknown correspondent once per thread', () => {
    const result = readMail(
      [
        mail({ from: 'dan@example.net', to: to(ME), messageId: 'd1@x' }),
        mail({ from: 'dan@example.net', to: to(ME), messageId: 'd2@x', references: ['d1@x'] }),
        mail({ from: 'Dan@Example.net', to: to(ME), messageId: 'd3@x' }),
      ],
      context(),
    );
    expect(result.unknown.map((u) => [u.email, u.conversationKey])).toEqual([
      ['dan@example.net', 'd1@x'],
      ['dan@example.net', 'd3@x'],
    ]);
  });
});
