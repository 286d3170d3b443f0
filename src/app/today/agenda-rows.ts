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

type ItemLists = Pick<AgendaSource, 'owedReplies' | 'promises' | 'careerEvents'>;
type ListEntry =
  | { list: 'owedReplies'; entry: ItemLists['owedReplies'][number] }
  | { list: 'promises'; entry: ItemLists['promises'][number] }
  | { list: 'careerEvents'; entry: ItemLists['careerEvents'][number] }
  | null;

/**
 * Each record's entry, made once: a source patched after a write keeps the records of everyone
 * else (agenda-source), so their entries are kept too instead of being built again for every
 * open item of the account.
 */
const entries = new WeakMap<PersonItemRecord, ListEntry>();

/** Open replies, promises and career events, split the way the domain takes them. */
export function itemLists(items: PersonItemRecord[]): ItemLists {
  const lists: ItemLists = { owedReplies: [], promises: [], careerEvents: [] };
  for (const item of items) {
    let made = entries.get(item);
    if (made === undefined) {
      made = listEntry(item);
      entries.set(item, made);
    }
    if (made?.list === 'owedReplies') lists.owedReplies.push(made.entry);
    else if (made?.list === 'promises') lists.promises.push(made.entry);
    else if (made?.list === 'careerEvents') lists.careerEvents.push(made.entry);
  }
  return lists;
}

function listEntry(item: PersonItemRecord): ListEntry {
  const base = {
    id: item.id,
    personId: item.personId,
    personName: item.personName,
    text: item.text,
  };
  if (item.type === 'reply') {
    return { list: 'owedReplies', entry: { ...base, since: item.date ?? item.createdAt } };
  }
  if (item.type === 'promise' && item.date) {
    return { list: 'promises', entry: { ...base, due: item.date } };
  }
  if (item.type === 'event') {
    return {
      list: 'careerEvents',
      entry: {
        ...base,
        kind: item.kind as CareerEventKind,
        text: item.text || null,
        on: item.date,
        congratulated: false,
      },
    };
  }
  return null;
}
