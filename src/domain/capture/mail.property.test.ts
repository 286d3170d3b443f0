// Properties of readMail over random mailboxes: the order messages arrive in changes nothing,
// a person gets at most one conversation a day, and nobody is both kept and unknown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CapturedMail } from './capture-types.js';
import { type ReadMailContext, readMail } from './mail.js';

const PEOPLE = ['alice@x.org', 'bob@x.org'];
const STRANGERS = ['dan@y.org', 'noreply@y.org'];
const ME = 'me@x.org';

const ctx: ReadMailContext = {
  myEmails: new Set([ME]),
  personByEmail: new Map(PEOPLE.map((email, i) => [email, `p${i}`])),
  ignoredPersonIds: new Set(),
  openThreads: [],
  timeZone: 'Asia/Kolkata',
  keepSubjects: false,
};

const address = fc.constantFrom(...PEOPLE, ...STRANGERS).map((email) => ({ email, name: null }));
const id = fc.constantFrom('a@m', 'b@m', 'c@m', 'd@m', 'e@m');

const message = fc
  .record({
    sent: fc.boolean(),
    other: address,
    extra: fc.array(address, { maxLength: 2 }),
    cc: fc.boolean(),
    minutes: fc.integer({ min: 0, max: 4 * 24 * 60 }),
    messageId: fc.option(id, { nil: null }),
    inReplyTo: fc.option(id, { nil: null }),
    subjectKey: fc.option(fc.constantFrom('s1', 's2'), { nil: null }),
  })
  .map(
    (m): Omit<CapturedMail, 'externalId'> => ({
      folder: m.sent ? 'sent' : 'inbox',
      messageId: m.messageId,
      inReplyTo: m.inReplyTo,
      references: m.inReplyTo ? [m.inReplyTo] : [],
      date: new Date(Date.UTC(2026, 2, 2) + m.minutes * 60_000).toISOString(),
      from: m.sent ? { email: ME, name: null } : m.other,
      to: m.sent ? [m.other, ...m.extra] : m.cc ? m.extra : [{ email: ME, name: null }],
      cc: m.cc && !m.sent ? [{ email: ME, name: null }] : [],
      subjectKey: m.subjectKey,
      subject: null,
      listId: null,
      autoSubmitted: null,
      precedence: null,
    }),
  );

const mailbox = fc
  .array(message, { maxLength: 25 })
  .map((list) => list.map((m, i): CapturedMail => ({ ...m, externalId: `${m.folder}:1:${i}` })));

describe('readMail properties', () => {
  it('does not depend on the order messages are given in', () => {
    fc.assert(
      fc.property(mailbox, fc.integer(), (messages, seed) => {
        const shuffled = [...messages].sort(
          (a, b) => ((a.externalId.length * seed) % 7) - ((b.externalId.length * seed) % 7),
        );
        expect(readMail(shuffled.reverse(), ctx)).toEqual(readMail(messages, ctx));
      }),
    );
  });

  it('gives a person at most one conversation a day, and never calls a kept person unknown', () => {
    fc.assert(
      fc.property(mailbox, (messages) => {
        const result = readMail(messages, ctx);
        const ids = result.conversations.map((c) => c.externalId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const c of result.conversations) {
          expect(c.externalId).toBe(`mail:${c.personIds[0]}:${c.externalId.slice(-10)}`);
        }
        for (const u of result.unknown) expect(PEOPLE).not.toContain(u.email);
        expect(result.unknown.map((u) => u.email)).not.toContain('noreply@y.org');
        const keys = result.repliesOwed.map((t) => t.threadKey);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
});
