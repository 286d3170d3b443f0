// Which thread a message belongs to, and which open threads a message from the user answers.
// Threads are named by their root Message-ID (References[0], else In-Reply-To, else the
// message's own id); a message without any id falls back to its normalized subject
// (`subject:${subjectKey}`). A thread also answers to the `subject:` alias of its messages, so
// a reply from a client that drops threading headers still closes it (see `answers`).
import type { CapturedMail, OpenReplyThread } from './capture-types.js';

const SUBJECT = 'subject:';

/** The ids a message names: its own, In-Reply-To and References (lower-case, no brackets). */
export function idsOf(mail: CapturedMail): string[] {
  const ids = [...mail.references, mail.inReplyTo, mail.messageId];
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}

/** The thread key a message starts or joins when no known thread claims it; null when the
 * message has neither ids nor a subject to thread by. */
export function rootKeyOf(mail: CapturedMail): string | null {
  const root = mail.references[0] ?? mail.inReplyTo ?? mail.messageId;
  if (root) return root;
  return mail.subjectKey ? `${SUBJECT}${mail.subjectKey}` : null;
}

/** A message that carries no In-Reply-To and no References (a new mail, or a reply from a
 * client that does not thread). */
export function hasNoThreadingHeaders(mail: CapturedMail): boolean {
  return !mail.inReplyTo && mail.references.length === 0;
}

export function subjectAlias(mail: CapturedMail): string | null {
  return mail.subjectKey ? `${SUBJECT}${mail.subjectKey}` : null;
}

/**
 * Keeps the user's open threads while messages are read in date order. Each message id points
 * to the thread that holds it, so a reply that names only its parent (In-Reply-To without
 * References) still finds the thread started several messages earlier.
 */
export class ThreadBook {
  readonly open = new Map<string, OpenReplyThread>();
  private readonly byId = new Map<string, string>();

  constructor(openThreads: readonly OpenReplyThread[]) {
    for (const thread of openThreads) {
      const copy = { ...thread, messageIds: [...thread.messageIds] };
      this.open.set(copy.threadKey, copy);
      this.remember(copy.threadKey, [copy.threadKey, ...copy.messageIds]);
    }
  }

  /** The key of the thread a message belongs to: a known thread holding one of its ids, or a
   * new root. */
  keyOf(mail: CapturedMail): string | null {
    for (const id of idsOf(mail)) {
      const known = this.byId.get(id);
      if (known) return known;
    }
    const root = rootKeyOf(mail);
    return (root && this.byId.get(root)) || root;
  }

  /** Records that a message belongs to a thread, so later replies naming it find the thread. */
  remember(threadKey: string, ids: readonly string[]): void {
    for (const id of ids) if (!this.byId.has(id)) this.byId.set(id, threadKey);
  }

  /**
   * The open threads a message from the user answers: those holding an id it refers to (its
   * In-Reply-To or References), and, for a message without threading headers, those of a
   * recipient that share its normalized subject.
   */
  answers(mail: CapturedMail, recipientIds: ReadonlySet<string>): OpenReplyThread[] {
    const referred = new Set([...mail.references, mail.inReplyTo].filter(Boolean));
    const alias = hasNoThreadingHeaders(mail) ? subjectAlias(mail) : null;
    return [...this.open.values()].filter(
      (thread) =>
        thread.messageIds.some((id) => referred.has(id)) ||
        (alias !== null &&
          recipientIds.has(thread.personId) &&
          (thread.threadKey === alias || thread.messageIds.includes(alias))),
    );
  }
}
