// The pure capture functions the app calls, in one place so the stand-ins are swapped for the
// real ones (cap-calendar's meetings.ts, cap-mail's mail.ts) by editing these two lines.

export { readMail, replyDueAt } from '../../domain/capture/mail.standin';
export { conversationsFromMeetings } from '../../domain/capture/meetings.standin';
