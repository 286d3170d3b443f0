// One sync of a mailbox: new headers since the cursor become the day's conversations per person,
// replies owed (a thread that waits for the user's answer) and their answers. A reply owed shows
// on Today as an item of kind `reply` once the source's delay, counted in the user's working
// hours, has passed; the user's answer in Sent closes it by itself.
import type { OpenReplyThread } from '../../domain/capture/capture-types';
import type { ThreadRecord } from '../../store/capture/capture-state-repository';
import type { Repositories } from '../../store/repositories';
import type { SourceRecord } from '../../store/sources/source-repository';
import { type AppContext, inTransaction } from '../context';
import { type CapturePeople, capturePeople } from './capture-people';
import { readMail, replyDueAt } from './domain';
import { countAfresh, instant, Recorder, type SyncTally } from './recorder';
import { imapConfig, networkOf } from './source-input';

/** Mail older than this that still waits is history, not a reply owed today. */
const OWED_AT_MOST_MS = 30 * 86_400_000;

export async function syncMail(
  ctx: AppContext,
  source: SourceRecord,
  tally: SyncTally,
): Promise<string | null> {
  const batch = await ctx.capture.imap.sync(
    imapConfig(ctx, source),
    source.cursor,
    source.windowFrom,
    networkOf(ctx),
    { keepSubjects: source.keepSubjects },
  );
  const people = await capturePeople(ctx, source);
  const nowIso = ctx.clock.now().toISOString();
  const threads = await ctx.repos.captureState.listThreads(source.ownerId, source.id);
  const reading = readMail(batch.messages, {
    myEmails: people.myEmails,
    personByEmail: people.personByEmail,
    ignoredPersonIds: people.ignoredPersonIds,
    openThreads: threads.map(openThreadOf),
    timeZone: people.timeZone,
    keepSubjects: source.keepSubjects,
  });
  tally.seen = batch.messages.length;
  await inTransaction(ctx, async (repos) => {
    countAfresh(tally);
    const recorder = new Recorder(repos, source, nowIso, tally);
    await recorder.load(reading.conversations.map((c) => c.externalId));
    for (const conversation of reading.conversations) await recorder.put(conversation);
    await keepThreads(repos, source, people, threads, reading.repliesOwed, nowIso);
    for (const answer of reading.answered) {
      tally.repliesClosed += await closeThread(
        repos,
        source,
        answer.threadKey,
        instant(answer.at),
        nowIso,
      );
    }
    tally.repliesOwed += await showDueReplies(repos, source, nowIso);
    await repos.correspondents.record(source.ownerId, reading.unknown, nowIso);
    await recorder.finish();
  });
  return batch.cursor;
}

/** Shows replies whose delay has passed, on any mail sync (no new mail needed). */
export async function showDueReplies(
  repos: Repositories,
  source: SourceRecord,
  nowIso: string,
): Promise<number> {
  let shown = 0;
  for (const thread of await repos.captureState.listThreads(source.ownerId, source.id)) {
    if (thread.itemId || thread.dueAt > nowIso) continue;
    const itemId = await repos.personItems.create(
      source.ownerId,
      thread.personId,
      'reply',
      {
        text: thread.subject ?? 'Their e-mail waits for your answer',
        kind: null,
        direction: null,
        date: thread.since,
      },
      null,
      nowIso,
      { sourceId: source.id, externalId: thread.threadKey },
    );
    await repos.captureState.putThread(source.ownerId, source.id, { ...thread, itemId });
    shown += 1;
  }
  return shown;
}

async function keepThreads(
  repos: Repositories,
  source: SourceRecord,
  people: CapturePeople,
  known: ThreadRecord[],
  owed: OpenReplyThread[],
  nowIso: string,
) {
  const byKey = new Map(known.map((t) => [`${t.threadKey}\n${t.personId}`, t]));
  const oldest = new Date(Date.parse(nowIso) - OWED_AT_MOST_MS).toISOString();
  for (const found of owed) {
    const thread = { ...found, since: instant(found.since) };
    const before = byKey.get(`${thread.threadKey}\n${thread.personId}`);
    if (!before && thread.since < oldest) continue;
    const dueAt =
      before && before.since === thread.since
        ? before.dueAt
        : replyDueAt(thread.since, source.replyDelayHours, people.workingHours, people.timeZone);
    await repos.captureState.putThread(source.ownerId, source.id, {
      threadKey: thread.threadKey,
      personId: thread.personId,
      messageIds: thread.messageIds,
      since: thread.since,
      subject: source.keepSubjects ? thread.subject : null,
      dueAt,
      itemId: before?.itemId ?? null,
    });
  }
}

/** The user answered: the thread is done, and its reply owed closes (when it showed). */
async function closeThread(
  repos: Repositories,
  source: SourceRecord,
  threadKey: string,
  at: string,
  nowIso: string,
): Promise<number> {
  let closed = 0;
  for (const thread of await repos.captureState.listThreads(source.ownerId, source.id)) {
    if (thread.threadKey !== threadKey) continue;
    if (thread.itemId) {
      const item = await repos.personItems.findById(source.ownerId, thread.itemId);
      if (item && !item.doneAt) {
        await repos.personItems.update(source.ownerId, thread.itemId, { doneAt: at }, nowIso);
        closed += 1;
      }
    }
    await repos.captureState.deleteThread(source.id, thread.threadKey, thread.personId);
  }
  return closed;
}

function openThreadOf(thread: ThreadRecord): OpenReplyThread {
  return {
    threadKey: thread.threadKey,
    personId: thread.personId,
    messageIds: thread.messageIds,
    since: thread.since,
    subject: thread.subject,
  };
}
