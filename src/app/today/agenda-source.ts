// What Today reads from the database, ready for the domain, kept per user while the user's data
// version (bumped by database triggers on any change to people, dates, items or welcome items)
// and cadence preferences stay the same. Today is read far more often than it changes, and the ranking
// depends on the clock, so only its input is kept: the agenda is still computed on every call.
import {
  type About,
  type AgendaCareerEvent,
  type AgendaPerson,
  type AgendaPromise,
  type CadenceDefaults,
  type CareerEventKind,
  effectiveCadence,
  type ImportantDateType,
  type Initiator,
  type OwedReply,
  type PersonKind,
} from '../../domain/index';
import type { Repositories } from '../../store/repositories';
import type { WelcomeItemRecord } from '../../store/team/welcome-item-repository';
import { welcomesSince } from './welcome-window';

export interface AgendaSource {
  people: AgendaPerson[];
  owedReplies: OwedReply[];
  promises: AgendaPromise[];
  careerEvents: AgendaCareerEvent[];
  /** Open welcome items young enough to show when read (Today filters them again by age). */
  welcomes: WelcomeItemRecord[];
}

const MAX_USERS = 200;

export class AgendaSourceCache {
  private readonly entries = new Map<string, { key: string; source: AgendaSource }>();

  async read(
    repos: Repositories,
    userId: string,
    defaults: CadenceDefaults,
    now: Date,
  ): Promise<AgendaSource> {
    // The version is read before the rows: a write in between makes the next call reload.
    const version = await repos.users.dataVersion(userId);
    const key = `${version}:${JSON.stringify(defaults)}`;
    const cached = this.entries.get(userId);
    this.entries.delete(userId);
    if (cached?.key === key) {
      this.entries.set(userId, cached);
      return cached.source;
    }
    const source = await load(repos, userId, defaults, now);
    if (version !== undefined) {
      this.entries.set(userId, { key, source });
      if (this.entries.size > MAX_USERS) this.entries.delete(this.entries.keys().next().value!);
    }
    return source;
  }
}

async function load(
  repos: Repositories,
  userId: string,
  defaults: CadenceDefaults,
  now: Date,
): Promise<AgendaSource> {
  const [rows, dates, items, welcomes] = await Promise.all([
    repos.people.listForAgenda(userId),
    repos.people.datesOf(userId, null),
    repos.personItems.list(userId, { open: true, types: ['reply', 'promise', 'event'] }),
    repos.welcomeItems.listOpen(userId, welcomesSince(now).toISOString()),
  ]);
  const people: AgendaPerson[] = rows.map((row) => {
    const kind = row.kind as PersonKind;
    return {
      id: row.id,
      name: row.name,
      kind,
      key: row.key,
      timeZone: row.timeZone,
      cadenceDays: effectiveCadence({ kind, key: row.key, cadenceDays: row.cadenceDays }, defaults),
      createdAt: row.createdAt,
      newSince: row.newSince,
      lastTalkedEstimate: row.lastTalkedEstimate,
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

  const source: AgendaSource = {
    people,
    owedReplies: [],
    promises: [],
    careerEvents: [],
    welcomes,
  };
  for (const item of items) {
    const base = {
      id: item.id,
      personId: item.personId,
      personName: item.personName,
      text: item.text,
    };
    if (item.type === 'reply')
      source.owedReplies.push({ ...base, since: item.date ?? item.createdAt });
    if (item.type === 'promise' && item.date) source.promises.push({ ...base, due: item.date });
    if (item.type === 'event') {
      source.careerEvents.push({
        ...base,
        kind: item.kind as CareerEventKind,
        text: item.text || null,
        on: item.date,
        congratulated: false,
      });
    }
  }
  return source;
}
