// Mail no person typed to the user: newsletters, notifications, bounces, vacation replies. Such
// mail is neither a conversation nor a reply owed, and its senders are never suggested as people.
import type { CapturedMail } from './capture-types.js';

// Local parts that announce nobody reads the answer ("noreply", "calendar-noreply",
// "do_not_reply", "no.reply") and the mail system's own senders.
const NO_REPLY = /(?:^|[._+-])(?:no[._-]?reply|do[._-]?not[._-]?reply)(?:$|[._+-])/i;
const SYSTEM_SENDERS = new Set(['mailer-daemon', 'postmaster']);
const BULK_PRECEDENCE = new Set(['bulk', 'list', 'junk']);

/** An address nobody answers: no-reply, noreply, do-not-reply, mailer-daemon, postmaster. */
export function isNoReplyAddress(email: string): boolean {
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  return NO_REPLY.test(local) || SYSTEM_SENDERS.has(local);
}

/**
 * Whether a message was sent by a machine or to a list: a List-Id, Auto-Submitted other than
 * "no" (RFC 3834), Precedence bulk/list/junk, or a no-reply sender.
 */
export function isAutomatedMail(mail: CapturedMail): boolean {
  if (mail.listId?.trim()) return true;
  const auto = mail.autoSubmitted?.trim().toLowerCase();
  if (auto && auto !== 'no') return true;
  const precedence = mail.precedence?.trim().toLowerCase();
  if (precedence && BULK_PRECEDENCE.has(precedence)) return true;
  return mail.from !== null && isNoReplyAddress(mail.from.email);
}
