// Reads the headers of the user's mail into conversations, replies owed and replies given.
//
// - Automated mail (lists, auto-replies, bulk, no-reply senders) is ignored entirely.
// - A conversation is the day's mail with one kept person (days on the user's clock): at most
//   one per person per day, `mail:${personId}:${YYYY-MM-DD}`, dated and directed by the first
//   message of that day ('me' when the user wrote first). A message from the user counts for
//   every kept person in To or Cc; a message to the user counts for its sender only.
// - A reply is owed when a kept person writes with one of the user's addresses in To (Cc only
//   is not asking for an answer) and no later message from the user follows in the thread
//   (see mail-threads.ts). One open thread per thread key: a second person writing in a thread
//   that is already waiting adds to it, the first person stays the one waiting.
// - Addresses that match nobody (the sender of mail to the user, the recipients of the user's
//   mail) are reported as unknown correspondents, once per address and thread (never a no-reply
//   address the user answered).
//
// Mail from the user is recognized by its folder (Sent) or by a From among `myEmails`, so mail
// the user sent that also shows in INBOX (a copy to self, Gmail) is still the user's.

import { isoDateFromEpochDay } from '../time/epoch-day.js';
import { epochMsOf } from '../time/instant.js';
import { zoneClockFor } from '../time/zone-clock.js';
import { isAutomatedMail, isNoReplyAddress } from './automated-mail.js';
import type {
  CapturedMail,
  FoundConversation,
  OpenReplyThread,
  UnknownCorrespondent,
} from './capture-types.js';
import { idsOf, subjectAlias, ThreadBook } from './mail-threads.js';

export { replyDueAt } from './reply-due.js';

export interface ReadMailContext {
  /** The user's own addresses, lower-case. */
  myEmails: ReadonlySet<string>;
  /** Lower-case address -> id of the kept person. */
  personByEmail: ReadonlyMap<string, string>;
  /** People the user said "never from this person" for. */
  ignoredPersonIds: ReadonlySet<string>;
  /** Threads waiting for the user's reply from earlier syncs. */
  openThreads: readonly OpenReplyThread[];
  /** The user's zone, for the day a conversation belongs to. */
  timeZone: string;
  keepSubjects: boolean;
}

export interface MailReading {
  conversations: FoundConversation[];
  /** Threads now waiting for the user that are new or changed (grown, or waiting again). */
  repliesOwed: OpenReplyThread[];
  /** Threads that were open before this batch and are now answered by the user. */
  answered: { threadKey: string; at: string }[];
  unknown: UnknownCorrespondent[];
}

type Address = { email: string; name: string | null };

export function readMail(messages: readonly CapturedMail[], ctx: ReadMailContext): MailReading {
  const clock = zoneClockFor(ctx.timeZone);
  const mine = new Set([...ctx.myEmails].map((email) => email.toLowerCase()));
  const keptPerson = (email: string): string | null => {
    const key = email.toLowerCase();
    if (mine.has(key)) return null;
    const id = ctx.personByEmail.get(key);
    return id && !ctx.ignoredPersonIds.has(id) ? id : null;
  };
  const isMine = (mail: CapturedMail) =>
    mail.folder === 'sent' || (mail.from !== null && mine.has(mail.from.email.toLowerCase()));

  const book = new ThreadBook(ctx.openThreads);
  const wasOpen = new Set(ctx.openThreads.map((thread) => thread.threadKey));
  const changed = new Set<string>();
  const answered = new Map<string, string>();
  const conversations = new Map<string, FoundConversation>();
  const unknown = new Map<string, UnknownCorrespondent>();

  const ordered = messages
    .filter((mail) => !isAutomatedMail(mail))
    .sort((a, b) => a.date.localeCompare(b.date) || a.externalId.localeCompare(b.externalId));

  for (const mail of ordered) {
    const threadKey = book.keyOf(mail) ?? `message:${mail.externalId}`;
    book.remember(threadKey, idsOf(mail));
    const fromMe = isMine(mail);
    const others: Address[] = fromMe ? [...mail.to, ...mail.cc] : mail.from ? [mail.from] : [];
    const people = new Set<string>();
    for (const address of others) {
      const email = address.email.toLowerCase();
      if (mine.has(email)) continue;
      const personId = keptPerson(email);
      if (personId) people.add(personId);
      else if (!ctx.personByEmail.has(email) && !isNoReplyAddress(email)) {
        const key = `${email} ${threadKey}`;
        if (!unknown.has(key)) {
          unknown.set(key, {
            email,
            name: address.name,
            conversationKey: threadKey,
            at: mail.date,
          });
        }
      }
    }

    const day = isoDateFromEpochDay(clock.localEpochDay(epochMsOf(mail.date)));
    for (const personId of people) {
      const externalId = `mail:${personId}:${day}`;
      if (conversations.has(externalId)) continue;
      conversations.set(externalId, {
        externalId,
        objectKey: null,
        at: mail.date,
        channel: 'email',
        initiator: fromMe ? 'me' : 'them',
        personIds: [personId],
        seenOnly: false,
        subject: ctx.keepSubjects ? mail.subject : null,
      });
    }

    if (fromMe) {
      for (const thread of book.answers(mail, people)) {
        if (mail.date < thread.since) continue;
        book.open.delete(thread.threadKey);
        changed.delete(thread.threadKey);
        if (wasOpen.has(thread.threadKey)) answered.set(thread.threadKey, mail.date);
      }
      continue;
    }

    const sender = mail.from ? keptPerson(mail.from.email) : null;
    const addressedToMe = mail.to.some((address) => mine.has(address.email.toLowerCase()));
    if (!sender || !addressedToMe || threadKey.startsWith('message:')) continue;
    const ids = [...idsOf(mail), subjectAlias(mail)].filter((id): id is string => id !== null);
    book.remember(threadKey, ids);
    const open = book.open.get(threadKey);
    if (open) {
      open.messageIds = [...new Set([...open.messageIds, ...ids])];
    } else {
      book.open.set(threadKey, {
        threadKey,
        personId: sender,
        messageIds: [...new Set([threadKey, ...ids])],
        since: mail.date,
        subject: ctx.keepSubjects ? mail.subject : null,
      });
      answered.delete(threadKey);
    }
    changed.add(threadKey);
  }

  return {
    conversations: [...conversations.values()],
    repliesOwed: [...changed].map((key) => book.open.get(key)!),
    answered: [...answered].map(([threadKey, at]) => ({ threadKey, at })),
    unknown: [...unknown.values()],
  };
}
