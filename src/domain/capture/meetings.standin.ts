// STAND-IN until cap-calendar/cap-mail merge: a minimal conversationsFromMeetings following the
// contract's rules, so the app's orchestration can be built and tested. The lead takes
// cap-calendar's meetings.ts on merge (swap the import in src/app/capture/domain.ts).
import type { CapturedEvent, FoundConversation, UnknownCorrespondent } from './capture-types';

export interface MeetingContext {
  myEmails: ReadonlySet<string>;
  personByEmail: ReadonlyMap<string, string>;
  largeMeetingSize: number;
  countLargeMeetings: boolean;
  isOfficeDay: (isoInstant: string) => boolean;
  ignoredPersonIds: ReadonlySet<string>;
}

export function conversationsFromMeetings(
  occurrences: CapturedEvent[],
  ctx: MeetingContext,
): { conversations: FoundConversation[]; unknown: UnknownCorrespondent[] } {
  const conversations: FoundConversation[] = [];
  const unknown: UnknownCorrespondent[] = [];
  for (const event of occurrences) {
    if (event.status === 'cancelled' || event.allDay) continue;
    const mine = event.attendees.find((a) => ctx.myEmails.has(a.email.toLowerCase()));
    if (mine?.partstat?.toUpperCase() === 'DECLINED') continue;
    const emails = new Set(event.attendees.map((a) => a.email.toLowerCase()));
    if (event.organizer) emails.add(event.organizer.toLowerCase());
    const personIds = new Set<string>();
    for (const email of emails) {
      if (ctx.myEmails.has(email)) continue;
      const personId = ctx.personByEmail.get(email);
      if (!personId) {
        const name = event.attendees.find((a) => a.email.toLowerCase() === email)?.name ?? null;
        unknown.push({ email, name, conversationKey: event.externalId, at: event.start });
      } else if (!ctx.ignoredPersonIds.has(personId)) personIds.add(personId);
    }
    if (personIds.size === 0) continue;
    const organizer = event.organizer?.toLowerCase() ?? null;
    conversations.push({
      externalId: event.externalId,
      objectKey: event.objectKey,
      at: event.start,
      channel: event.hasConferenceLink
        ? 'video'
        : event.hasPhysicalLocation || ctx.isOfficeDay(event.start)
          ? 'in-person'
          : 'meeting',
      initiator:
        organizer && ctx.myEmails.has(organizer)
          ? 'me'
          : organizer && ctx.personByEmail.has(organizer)
            ? 'them'
            : 'mutual',
      personIds: [...personIds],
      seenOnly: event.attendees.length > ctx.largeMeetingSize && !ctx.countLargeMeetings,
      subject: event.summary,
    });
  }
  return { conversations, unknown };
}
