// What Today shows, as push candidates: the cards of today (never what "can wait"), in Today's
// order, each card's lines in theirs. The ranking is Today's; the domain only decides whether
// now is the moment (domain/nudges).
import type { NudgeCandidate } from '../../domain/nudges/nudge-timing';
import type { UserRecord } from '../../store/users/user-repository';
import type { AppContext } from '../context';
import { preferencesOf } from '../people/preferences';
import { personSchedule } from '../schedules/schedules';
import { today } from '../today/today';

/** People whose days have no working window to share (as for Today's reach-out windows). */
const NO_WINDOW_KINDS = new Set(['pet', 'partner', 'family']);
const DATE_WORDS: Record<string, string> = {
  birthday: 'birthday',
  'work-anniversary': 'work anniversary',
};

export async function nudgeCandidates(
  ctx: AppContext,
  user: UserRecord,
  now: Date,
): Promise<NudgeCandidate[]> {
  const agenda = await today(ctx, user.id, {});
  const cards = agenda.cards.filter((card) => card.person && !card.heldUntil);
  if (cards.length === 0) return [];
  const source = await ctx.agendaSources.read(
    ctx.repos,
    user.id,
    preferencesOf(user.preferences).cadenceDefaults,
    now,
  );
  const people = new Map(
    (await ctx.repos.people.findMany(user.id, [...new Set(cards.map((c) => c.person!.id))])).map(
      (p) => [p.id, p],
    ),
  );
  const trips = await ctx.repos.schedules.listTrips(user.id);
  const replies = new Map(source.owedReplies.map((r) => [r.id, r]));
  const promises = new Map(source.promises.map((p) => [p.id, p]));
  const dates = new Map(source.people.flatMap((p) => p.dates.map((d) => [d.id, d] as const)));

  const candidates: NudgeCandidate[] = [];
  for (const card of cards) {
    const person = people.get(card.person!.id);
    if (!person) continue;
    const base = { cardKey: card.key, personName: person.name };
    const schedule = personSchedule(person, user.timeZone, trips, { holidays: true });
    for (const line of card.lines) {
      if (line.kind === 'due' || line.kind === 'new') {
        const shared = !NO_WINDOW_KINDS.has(person.kind);
        candidates.push({ ...base, kind: 'reachOut', schedule: shared ? schedule : null });
      } else if (line.kind === 'date' && line.refId && dates.has(line.refId)) {
        const date = dates.get(line.refId)!;
        const what =
          date.type === 'custom' ? (date.label ?? 'day') : (DATE_WORDS[date.type] ?? date.type);
        candidates.push({
          ...base,
          kind: 'date',
          what,
          month: date.month,
          day: date.day,
          schedule,
        });
      } else if (line.kind === 'reply' && line.refId && replies.has(line.refId)) {
        candidates.push({ ...base, kind: 'reply', since: replies.get(line.refId)!.since });
      } else if (line.kind === 'promise' && line.refId && promises.has(line.refId)) {
        candidates.push({ ...base, kind: 'promise', due: promises.get(line.refId)!.due });
      }
    }
  }
  return candidates;
}
