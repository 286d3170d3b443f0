// One sync of a calendar source (.ics or CalDAV). What a calendar object holds replaces what was
// captured from it: a moved occurrence moves its interaction, a deleted one takes it away, and a
// `complete` batch (a whole .ics) removes every object it no longer lists. Only occurrences that
// ended are conversations; later ones wait (capture_pending_events) until they have ended.
import type { CapturedEvent } from '../../domain/capture/capture-types';
import type { SourceRecord } from '../../store/sources/source-repository';
import { type AppContext, inTransaction } from '../context';
import { capturePeople, officeDayCheck } from './capture-people';
import { conversationsFromMeetings } from './domain';
import { countAfresh, instant, Recorder, type SyncTally } from './recorder';
import { caldavConfig, icsConfig, networkOf } from './source-input';

/** How far ahead occurrences are read, so an upcoming meeting is known when it ends. */
const AHEAD_MS = 60 * 86_400_000;

export async function syncCalendar(
  ctx: AppContext,
  source: SourceRecord,
  tally: SyncTally,
): Promise<string | null> {
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const window = { from: source.windowFrom, to: new Date(now.getTime() + AHEAD_MS).toISOString() };
  const options = { keepSubjects: source.keepSubjects };
  const batch =
    source.kind === 'ics'
      ? await ctx.capture.ics.sync(
          icsConfig(ctx, source),
          source.cursor,
          window,
          networkOf(ctx),
          options,
        )
      : await ctx.capture.caldav.sync(
          caldavConfig(ctx, source),
          source.cursor,
          window,
          networkOf(ctx),
          options,
        );
  const people = await capturePeople(ctx, source);
  await inTransaction(ctx, async (repos) => {
    countAfresh(tally);
    const owner = source.ownerId;
    const objects = batch.unchanged ? [] : batch.objects;
    const changed = new Set(objects.map((o) => o.key));
    const removed = new Set(batch.unchanged ? [] : batch.removed);
    if (batch.complete && !batch.unchanged) {
      const known = [
        ...(await repos.captured.objectKeys(owner, source.id)),
        ...(await repos.noticed.objectKeys(owner, source.id)),
        ...(await repos.captureState.seenObjectKeys(owner, source.id)),
        ...(await repos.captureState.pendingObjectKeys(source.id)),
      ];
      for (const key of known) if (!changed.has(key)) removed.add(key);
    }
    const replaced = [...changed, ...removed];
    const replacedSet = new Set(replaced);
    // Occurrences waiting for their end, whose object did not change: their time has come.
    const waited = (await repos.captureState.takeEnded(source.id, nowIso)).filter(
      (e) => !replacedSet.has(e.objectKey),
    );
    const occurrences: CapturedEvent[] = objects.flatMap((o) =>
      o.occurrences.map((e) => ({
        ...e,
        objectKey: o.key,
        start: instant(e.start),
        end: instant(e.end),
      })),
    );
    tally.seen = occurrences.length + waited.length;
    const ended = occurrences.filter((e) => e.end <= nowIso);
    const upcoming = occurrences.filter(
      (e) => e.end > nowIso && e.status !== 'cancelled' && !e.allDay,
    );
    await repos.captureState.replacePending(owner, source.id, replaced, upcoming);

    const found = conversationsFromMeetings([...ended, ...waited], {
      myEmails: people.myEmails,
      personByEmail: people.personByEmail,
      largeMeetingSize: source.largeMeetingSize,
      countLargeMeetings: source.countLargeMeetings,
      isOfficeDay: officeDayCheck(people),
      ignoredPersonIds: people.ignoredPersonIds,
    });
    const recorder = new Recorder(repos, source, nowIso, tally);
    await recorder.load(
      found.conversations.map((c) => c.externalId),
      replaced,
    );
    await recorder.removeMissing(replaced, new Set(found.conversations.map((c) => c.externalId)));
    for (const conversation of found.conversations) await recorder.put(conversation);
    await repos.correspondents.record(owner, found.unknown, nowIso);
    await recorder.finish();
  });
  return batch.unchanged ? source.cursor : batch.cursor;
}
