// Test data: captured mail headers with sensible defaults (a fresh mail, no threading headers).
import type { CapturedMail } from './capture-types.js';

let counter = 0;

type MailOverrides = Partial<Omit<CapturedMail, 'from'>> & { from?: string | null };

export function mail(overrides: MailOverrides = {}): CapturedMail {
  counter += 1;
  const { from, ...rest } = overrides;
  const folder = rest.folder ?? 'inbox';
  const base: CapturedMail = {
    externalId: `${folder}:1:${counter}`,
    folder,
    messageId: `m${counter}@example.com`,
    inReplyTo: null,
    references: [],
    date: '2026-03-02T10:00:00Z',
    from: null,
    to: [],
    cc: [],
    subjectKey: null,
    subject: null,
    listId: null,
    autoSubmitted: null,
    precedence: null,
  };
  const result = { ...base, ...rest };
  if (from !== undefined) result.from = from === null ? null : { email: from, name: null };
  return result;
}

export const to = (...emails: string[]) => emails.map((email) => ({ email, name: null }));
