// One tick of push nudges: for each user with a device, at most one push, when the domain says
// the moment is right. The push is claimed before it is sent, in one transaction: a slot of the
// user's day (`push:<user>:<day>:<n>`, n ≤ the day's limit) in job_runs and the item in
// push_nudges. Two instances on the same tick, or a slow tick overlapping the next, both want
// slot n: one insert wins, the other rolls back and sends nothing. So each push goes out once
// across a fleet, never more than N a day and never the same item twice a day. A send that fails
// after the claim is not retried: a late nudge is worse than none.
import { workingAt } from '../../domain/availability/index';
import { chooseNudge, minutesLeftAtWork, type Nudge } from '../../domain/nudges/nudge-timing';
import type { UserRecord } from '../../store/users/user-repository';
import { type AppContext, inTransaction } from '../context';
import { preferencesOf } from '../people/preferences';
import { userSchedule } from '../schedules/schedules';
import { nudgeCandidates } from './nudge-candidates';
import { pushToDevices } from './push-devices';

class AlreadyPushed extends Error {}

export async function sendPushNudges(ctx: AppContext, now: Date): Promise<number> {
  let sent = 0;
  for (const ownerId of await ctx.repos.push.ownersWithDevices()) {
    try {
      const user = await ctx.repos.users.findById(ownerId);
      if (user && (await nudgeUser(ctx, user, now))) sent += 1;
    } catch (error) {
      console.error(`push nudge for ${ownerId} failed:`, (error as Error).message);
    }
  }
  return sent;
}

async function nudgeUser(ctx: AppContext, user: UserRecord, now: Date): Promise<boolean> {
  const preferences = preferencesOf(user.preferences).push;
  if (preferences.perDay <= 0) return false;
  const schedule = await userSchedule(ctx, user.id, { holidays: true });
  const instant = now.toISOString();
  // Cheap looks first: Today is only composed while the user is at work and has pushes left.
  if (minutesLeftAtWork(schedule, instant) === null) return false;
  const day = workingAt(schedule, instant).localDate;
  const sentKeys = await ctx.repos.push.nudgedOn(user.id, day);
  if (sentKeys.size >= preferences.perDay) return false;
  const nudge = chooseNudge({
    now: instant,
    user: schedule,
    preferences,
    candidates: await nudgeCandidates(ctx, user, now),
    sentToday: sentKeys.size,
    sentKeys,
  });
  if (!nudge || !(await claim(ctx, user.id, day, sentKeys.size + 1, nudge, now))) return false;
  const devices = await ctx.repos.push.list(user.id);
  const outcome = await pushToDevices(ctx, devices, {
    title: nudge.title,
    body: nudge.body,
    url: nudge.url,
    tag: nudge.tag,
  });
  for (const failure of outcome.failed) console.error(`push to ${user.id} failed: ${failure}`);
  return outcome.sent > 0;
}

async function claim(
  ctx: AppContext,
  userId: string,
  day: string,
  slot: number,
  nudge: Nudge,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  try {
    return await inTransaction(ctx, async (repos) => {
      if (!(await repos.jobRuns.claim(`push:${userId}:${day}:${slot}`, userId, at))) return false;
      const recorded = await repos.push.recordNudge({
        ownerId: userId,
        day,
        cardKey: nudge.cardKey,
        kind: nudge.kind,
        now: at,
      });
      // Pushed meanwhile by another instance: give the slot back with the rollback.
      if (!recorded) throw new AlreadyPushed();
      return true;
    });
  } catch (error) {
    if (error instanceof AlreadyPushed) return false;
    throw error;
  }
}
