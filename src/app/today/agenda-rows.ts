// Turning the rows Today reads into the domain's input, in one canonical order (people by id,
// items newest first then by id, a person's dates by id), so a source patched after a write and
// one read cold are the same value, whatever order the database returned the rows in.
import {
  type About,
  type AgendaPerson,
  type CadenceDefaults,
  type CareerEventKind,
  effectiveCadence,
  type ImportantDateType,
  type Initiator,
  type PersonKind,
} from '../../domain/index';
import type { AgendaRow, PersonDateRecord } from '../../store/people/person-repository';
import type { PersonItemRecord } from '../../store/person-items/person-item-repository';
import type { AgendaSource } from './agenda-source';

export const byId = (a: { id: string }, b: { id: string }) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export const newestItemFirst = (a: PersonItemRecord, b: PersonItemRecord) =>
  a.createdAt > b.createdAt ? -1 : a.createdAt < b.createdAt ? 1 : byId(a, b);

export function toAgendaPerson(
  row: AgendaRow,
  dates: PersonDateRecord[],
  defaults: CadenceDefaults,
): AgendaPerson {
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
    dates: [...dates].sort(byId).map((d) => ({ ...d, type: d.type as ImportantDateType })),
    lastInteraction: row.last && {
      at: row.last.at,
      note: row.last.note,
      about: row.last.about as About,
      initiator: row.last.initiator as Initiator,
    },
    interactionCount: row.interactionCount,
  };
}

/** Open replies, promises and career events, split the way the domain takes them. */
export function itemLists(
  items: PersonItemRecord[],
): Pick<AgendaSource, 'owedReplies' | 'promises' | 'careerEvents'> {
  const lists: Pick<AgendaSource, 'owedReplies' | 'promises' | 'careerEvents'> = {
    owedReplies: [],
    promises: [],
    careerEvents: [],
  };
  for (const item of items) {
    const base = {
      id: item.id,
      personId: item.personId,
      personName: item.personName,
      text: item.text,
    };
    if (item.type === 'reply')
      lists.owedReplies.push({ ...base, since: item.date ?? item.createdAt });
    if (item.type === 'promise' && item.date) lists.promises.push({ ...base, due: item.date });
    if (item.type === 'event') {
      lists.careerEvents.push({
        ...base,
        kind: item.kind as CareerEventKind,
        text: item.text || null,
        on: item.date,
        congratulated: false,
      });
    }
  }
  return lists;
}
