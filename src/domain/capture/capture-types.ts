// What capture reads from a user's calendar and mailbox, reduced to who, when and how. These are
// the only shapes that cross from the integrations into the domain: no body, no description, no
// attachment ever has a field here; a subject exists only for users who turned subjects on.

/** One occurrence of a calendar event (a recurring event yields one per occurrence). */
export interface CapturedEvent {
  /** Stable across syncs: `${uid}` for a single event, `${uid}@${recurrenceId}` per occurrence. */
  externalId: string;
  /** The calendar object this occurrence came from (a CalDAV href, or the UID for an .ics). */
  objectKey: string;
  /** ISO instants (UTC, `Z`). */
  start: string;
  end: string;
  allDay: boolean;
  status: 'confirmed' | 'tentative' | 'cancelled';
  /** Lower-cased e-mail of the organizer, when there is one. */
  organizer: string | null;
  /** Everyone invited, organizer included when listed, e-mails lower-cased. */
  attendees: { email: string; name: string | null; partstat: string | null }[];
  /** A meeting link was found (Zoom, Meet, Teams, Webex… in LOCATION, URL, CONFERENCE or X-props). */
  hasConferenceLink: boolean;
  /** LOCATION names a place that is not a link. */
  hasPhysicalLocation: boolean;
  /** SUMMARY, kept only when the source stores subjects. */
  summary: string | null;
}

/** The headers of one message. Bodies are never fetched. */
export interface CapturedMail {
  /** Stable per mailbox: `${folder}:${uidValidity}:${uid}`. */
  externalId: string;
  folder: 'inbox' | 'sent';
  /** Message-ID without angle brackets, lower-cased; null when missing. */
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** ISO instant from the Date header (or the server's internal date when missing/garbled). */
  date: string;
  from: { email: string; name: string | null } | null;
  to: { email: string; name: string | null }[];
  cc: { email: string; name: string | null }[];
  /** A hash of the normalized subject (no "Re:"/"Fwd:", case and spaces folded), to thread mail
   * that lacks In-Reply-To/References. The text itself cannot be recovered from it. */
  subjectKey: string | null;
  /** The subject text, only when the source keeps subjects (the user turned them on). */
  subject: string | null;
  /** Signs of automated mail: List-Id, Auto-Submitted (not "no"), Precedence bulk/list/junk. */
  listId: string | null;
  autoSubmitted: string | null;
  precedence: string | null;
}

/** A commit found in a local repository (git source): the user's own work, never others'. */
export interface CapturedCommit {
  repository: string;
  sha: string;
  /** ISO instant of the author date. */
  at: string;
  authorEmail: string;
  /** First line of the message. */
  title: string;
}

/** A conversation capture found: it becomes an interaction (auto) or waits in "Rapport noticed"
 * (review). Identified within its source by `externalId`, so a second sync changes nothing. */
export interface FoundConversation {
  /** The occurrence's `externalId` for a meeting; `mail:${personId}:${YYYY-MM-DD}` (user's zone)
   * for the day's mail with one person. */
  externalId: string;
  /** The calendar object it came from (meetings), so a moved or deleted event can be followed. */
  objectKey: string | null;
  /** ISO instant. */
  at: string;
  channel: 'video' | 'in-person' | 'meeting' | 'email';
  initiator: 'me' | 'them' | 'mutual';
  personIds: string[];
  /** A large meeting: "seen in a meeting" on the person, without restarting the cadence. */
  seenOnly: boolean;
  /** Only when the source keeps subjects. */
  subject: string | null;
}

/** An open thread in which a kept person wrote to the user directly and awaits an answer. */
export interface OpenReplyThread {
  /** The thread's root Message-ID, or `subject:${subjectKey}` without threading headers. */
  threadKey: string;
  personId: string;
  /** Every Message-ID known in the thread, so a reply referencing any of them closes it. */
  messageIds: string[];
  /** ISO instant of the person's mail that is waiting. */
  since: string;
  subject: string | null;
}

/** An address seen in the user's mail or meetings that matches nobody they keep. */
export interface UnknownCorrespondent {
  email: string;
  name: string | null;
  /** The thread or meeting it was seen in, to count distinct conversations. */
  conversationKey: string;
  at: string;
}
