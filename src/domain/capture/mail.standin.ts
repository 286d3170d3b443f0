// STAND-IN until cap-calendar/cap-mail merge: a minimal readMail and replyDueAt following the
// contract's rules, so the app's orchestration can be built and tested. The lead takes cap-mail's
// mail.ts on merge (swap the import in src/app/capture/domain.ts).

import { workingIntervals } from '../availability/intervals';
import { compileSchedule } from '../availability/schedule';
import type { WeeklyHours } from '../availability/types';
import { todayIn } from '../time/time-zone';
import type {
  CapturedMail,
  FoundConversation,
  OpenReplyThread,
  UnknownCorrespondent,
} from './capture-types';

export interface MailContext {
  myEmails: ReadonlySet<string>;
  personByEmail: ReadonlyMap<string, string>;
  ignoredPersonIds: ReadonlySet<string>;
  openThreads: OpenReplyThread[];
  timeZone: string;
  keepSubjects: boolean;
}

export interface MailReading {
  conversations: FoundConversation[];
  repliesOwed: OpenReplyThread[];
  answered: { threadKey: string; at: string }[];
  unknown: UnknownCorrespondent[];
}

function automated(m: CapturedMail): boolean {
  if (m.listId) return true;
  if (m.autoSubmitted && m.autoSubmitted.toLowerCase() !== 'no') return true;
  if (m.precedence && /^(bulk|list|junk)$/i.test(m.precedence.trim())) return true;
  return /(^|[._-])(no-?reply|mailer-daemon)/i.test(m.from?.email ?? '');
}

function threadKeyOf(m: CapturedMail): string {
  const root = m.references[0] ?? m.inReplyTo ?? m.messageId;
  if (root) return root;
  return m.subjectKey ? `subject:${m.subjectKey}` : m.externalId;
}

export function readMail(messages: CapturedMail[], ctx: MailContext): MailReading {
  const days = new Map<string, FoundConversation>();
  const open = new Map<string, OpenReplyThread>(
    ctx.openThreads.map((t) => [`${t.threadKey}\n${t.personId}`, { ...t }]),
  );
  const grown = new Set<string>();
  const answered: { threadKey: string; at: string }[] = [];
  const unknown: UnknownCorrespondent[] = [];
  const sorted = [...messages].sort((a, b) => a.date.localeCompare(b.date));
  const meet = (personId: string, at: string, initiator: 'me' | 'them', subject: string | null) => {
    const externalId = `mail:${personId}:${todayIn(ctx.timeZone, at)}`;
    const day = days.get(externalId);
    if (!day) {
      days.set(externalId, {
        externalId,
        objectKey: null,
        at,
        channel: 'email',
        initiator,
        personIds: [personId],
        seenOnly: false,
        subject: ctx.keepSubjects ? subject : null,
      });
    } else if (at < day.at) Object.assign(day, { at, initiator });
  };
  for (const m of sorted) {
    if (!m.from || automated(m)) continue;
    const key = threadKeyOf(m);
    const refs = new Set([m.inReplyTo, ...m.references].filter((r): r is string => Boolean(r)));
    const fromMe = m.folder === 'sent' || ctx.myEmails.has(m.from.email.toLowerCase());
    if (fromMe) {
      for (const r of [...m.to, ...m.cc]) {
        const email = r.email.toLowerCase();
        if (ctx.myEmails.has(email)) continue;
        const personId = ctx.personByEmail.get(email);
        if (!personId) unknown.push({ email, name: r.name, conversationKey: key, at: m.date });
        else if (!ctx.ignoredPersonIds.has(personId)) meet(personId, m.date, 'me', m.subject);
      }
      for (const [id, thread] of open) {
        const answers =
          thread.threadKey === key ||
          thread.messageIds.some((mid) => refs.has(mid)) ||
          (thread.threadKey.startsWith('subject:') &&
            thread.threadKey === `subject:${m.subjectKey}`);
        if (answers && thread.since <= m.date) {
          open.delete(id);
          grown.delete(id);
          answered.push({ threadKey: thread.threadKey, at: m.date });
        }
      }
      continue;
    }
    const email = m.from.email.toLowerCase();
    const personId = ctx.personByEmail.get(email);
    if (!personId) {
      unknown.push({ email, name: m.from.name, conversationKey: key, at: m.date });
      continue;
    }
    if (ctx.ignoredPersonIds.has(personId)) continue;
    meet(personId, m.date, 'them', m.subject);
    if (!m.to.some((r) => ctx.myEmails.has(r.email.toLowerCase()))) continue;
    const joined = [...open.values()].find(
      (t) =>
        t.personId === personId && (t.threadKey === key || t.messageIds.some((x) => refs.has(x))),
    );
    const thread = joined ?? {
      threadKey: key,
      personId,
      messageIds: [],
      since: m.date,
      subject: ctx.keepSubjects ? m.subject : null,
    };
    if (m.messageId && !thread.messageIds.includes(m.messageId))
      thread.messageIds.push(m.messageId);
    for (const r of refs) if (!thread.messageIds.includes(r)) thread.messageIds.push(r);
    const id = `${thread.threadKey}\n${thread.personId}`;
    open.set(id, thread);
    grown.add(id);
  }
  return {
    conversations: [...days.values()],
    repliesOwed: [...grown].map((id) => open.get(id)!).filter(Boolean),
    answered,
    unknown,
  };
}

/** `since` plus `delayHours` of the user's working time (calendar hours when none is set). */
export function replyDueAt(
  since: string,
  delayHours: number,
  hours: WeeklyHours,
  timeZone: string,
): string {
  const start = Date.parse(since);
  let left = delayHours * 3600_000;
  const schedule = compileSchedule({ zone: timeZone, hours, officeDays: [], trips: [] });
  if (schedule.days.every((d) => d.length === 0)) return new Date(start + left).toISOString();
  for (let from = start; from < start + 400 * 86_400_000; from += 14 * 86_400_000) {
    for (const [a, b] of workingIntervals(schedule, from, from + 14 * 86_400_000)) {
      if (b - a >= left) return new Date(a + left).toISOString();
      left -= b - a;
    }
  }
  return new Date(start + delayHours * 3600_000).toISOString();
}
