// The Today agenda: everything the domain needs, read in three queries, ranked by the domain.
import { z } from 'zod';
import {
  type About,
  type Agenda,
  type AgendaCareerEvent,
  type AgendaPerson,
  type AgendaPromise,
  buildAgenda,
  type CareerEventKind,
  effectiveCadence,
  type ImportantDateType,
  type Initiator,
  type OwedReply,
  type PersonKind,
} from '../../domain/index';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { getPreferences } from '../people/preferences';
import { parseInput } from '../validation';

export const todayInput = z.object({
  days: z.coerce.number().int().min(1, 'days is at least 1').max(60, 'days is at most 60').default(7),
});

export async function today(ctx: AppContext, userId: string, raw: unknown): Promise<Agenda> {
  const { days } = parseInput(todayInput, raw);
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  const [rows, dates, items, preferences] = await Promise.all([
    ctx.repos.people.listForAgenda(userId),
    ctx.repos.people.datesOf(userId, null),
    ctx.repos.personItems.list(userId, { open: true, types: ['reply', 'promise', 'event'] }),
    getPreferences(ctx, userId),
  ]);

  const people: AgendaPerson[] = rows.map((row) => {
    const kind = row.kind as PersonKind;
    return {
      id: row.id,
      name: row.name,
      kind,
      key: row.key,
      timeZone: row.timeZone,
      cadenceDays: effectiveCadence({ kind, key: row.key, cadenceDays: row.cadenceDays }, preferences.cadenceDefaults),
      createdAt: row.createdAt,
      snoozedUntil: row.snoozedUntil,
      paused: row.paused,
      facts: row.facts,
      interests: row.tags,
      dates: (dates.get(row.id) ?? []).map((d) => ({ ...d, type: d.type as ImportantDateType })),
      lastInteraction: row.last && {
        at: row.last.at,
        note: row.last.note,
        about: row.last.about as About,
        initiator: row.last.initiator as Initiator,
      },
      interactionCount: row.interactionCount,
    };
  });

  const owedReplies: OwedReply[] = [];
  const promises: AgendaPromise[] = [];
  const careerEvents: AgendaCareerEvent[] = [];
  for (const item of items) {
    const base = { id: item.id, personId: item.personId, personName: item.personName, text: item.text };
    if (item.type === 'reply') owedReplies.push({ ...base, since: item.date ?? item.createdAt });
    if (item.type === 'promise' && item.date) promises.push({ ...base, due: item.date });
    if (item.type === 'event') {
      careerEvents.push({ ...base, kind: item.kind as CareerEventKind, text: item.text || null, on: item.date, congratulated: false });
    }
  }

  return buildAgenda({
    now: ctx.clock.now().toISOString(),
    userZone: user.timeZone,
    horizonDays: days,
    people,
    owedReplies,
    promises,
    careerEvents,
    userInterests: preferences.interests,
  });
}
