// Which calendar occurrences were conversations with people the user keeps, and how they went.
// Pure: the app hands in occurrences that already ended, the user's addresses and the people index.
import type { CapturedEvent, FoundConversation, UnknownCorrespondent } from './capture-types';

export interface MeetingContext {
  /** The user's own addresses, lower-cased. */
  myEmails: ReadonlySet<string>;
  /** Lower-cased e-mail -> person id, for people the user keeps (archived ones are not in it). */
  personByEmail: ReadonlyMap<string, string>;
  /** More attendees than this make a large meeting: seen, not a one-to-one conversation. */
  largeMeetingSize: number;
  /** The user wants large meetings counted as conversations anyway. */
  countLargeMeetings: boolean;
  /** The instant falls on a day the user works at the office. */
  isOfficeDay: (isoInstant: string) => boolean;
  /** "Never from this person": neither captured nor suggested. */
  ignoredPersonIds: ReadonlySet<string>;
}

export interface MeetingsFound {
  conversations: FoundConversation[];
  unknown: UnknownCorrespondent[];
}

export function conversationsFromMeetings(
  occurrences: CapturedEvent[],
  ctx: MeetingContext,
): MeetingsFound {
  const conversations: FoundConversation[] = [];
  const unknown: UnknownCorrespondent[] = [];
  for (const occurrence of occurrences) {
    if (occurrence.status === 'cancelled' || occurrence.allDay) continue;
    if (declinedByMe(occurrence, ctx.myEmails)) continue;

    const everyone = participants(occurrence);
    const large = everyone.size > ctx.largeMeetingSize;
    const personIds: string[] = [];
    for (const [email, name] of everyone) {
      if (ctx.myEmails.has(email)) continue;
      const personId = ctx.personByEmail.get(email);
      if (personId === undefined) {
        // An all-hands would make everybody in the company a suggestion: large meetings do not.
        if (!large) {
          unknown.push({
            email,
            name,
            conversationKey: occurrence.externalId,
            at: occurrence.start,
          });
        }
        continue;
      }
      if (ctx.ignoredPersonIds.has(personId) || personIds.includes(personId)) continue;
      personIds.push(personId);
    }
    if (personIds.length === 0) continue;

    conversations.push({
      externalId: occurrence.externalId,
      objectKey: occurrence.objectKey,
      at: occurrence.start,
      channel: channel(occurrence, ctx),
      initiator: initiator(occurrence.organizer, ctx),
      personIds,
      seenOnly: large && !ctx.countLargeMeetings,
      subject: occurrence.summary,
    });
  }
  return { conversations, unknown };
}

function declinedByMe(occurrence: CapturedEvent, myEmails: ReadonlySet<string>): boolean {
  return occurrence.attendees.some(
    (attendee) => myEmails.has(attendee.email) && attendee.partstat === 'DECLINED',
  );
}

/** Everyone in the meeting (attendees and the organizer), by e-mail, with a name when known. */
function participants(occurrence: CapturedEvent): Map<string, string | null> {
  const everyone = new Map<string, string | null>();
  for (const attendee of occurrence.attendees) {
    const email = attendee.email.toLowerCase();
    if (!everyone.has(email) || everyone.get(email) === null) everyone.set(email, attendee.name);
  }
  const organizer = occurrence.organizer?.toLowerCase();
  if (organizer && !everyone.has(organizer)) everyone.set(organizer, null);
  return everyone;
}

function channel(occurrence: CapturedEvent, ctx: MeetingContext): FoundConversation['channel'] {
  if (occurrence.hasConferenceLink) return 'video';
  if (occurrence.hasPhysicalLocation || ctx.isOfficeDay(occurrence.start)) return 'in-person';
  return 'meeting';
}

function initiator(organizer: string | null, ctx: MeetingContext): FoundConversation['initiator'] {
  if (!organizer) return 'mutual';
  const email = organizer.toLowerCase();
  if (ctx.myEmails.has(email)) return 'me';
  const personId = ctx.personByEmail.get(email);
  if (personId !== undefined && !ctx.ignoredPersonIds.has(personId)) return 'them';
  return 'mutual';
}
