// The pure capture functions the app calls, in one place (cap-calendar's meetings.ts and
// cap-mail's mail.ts).

export { readMail, replyDueAt } from '../../domain/capture/mail';
export { conversationsFromMeetings } from '../../domain/capture/meetings';
