// Small pieces shared by the daily-loop verbs: checked vocabularies, repeatable flags, the
// user's zone, and the words used when printing people and items.
import {
  CAREER_EVENT_KINDS,
  type CareerEventKind,
  congratulatedOn,
  pastNews,
} from '../domain/index';
import type { ApiClient } from './api-client';
import type { Person, PersonItem } from './api-types';
import { CliError } from './errors';

/** `value` if it is one of `allowed` (case-insensitively), else a CliError listing them. */
export function requireChoice<T extends string>(
  value: string,
  allowed: readonly T[],
  what: string,
): T {
  const wanted = value.trim().toLowerCase();
  const found = allowed.find((a) => a === wanted);
  if (found) return found;
  throw new CliError(`Unknown ${what} "${value}"; use one of: ${allowed.join(', ')}.`);
}

/** Commander collector for flags that may be given more than once (`--tag a --tag b`). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Text that must not be blank, trimmed. */
export function requireText(text: string | undefined, what: string): string {
  const trimmed = (text ?? '').trim();
  if (!trimmed) throw new CliError(`The ${what} is empty.`);
  return trimmed;
}

/** The signed-in user's IANA zone, in which every date and time is shown. */
export async function userZone(client: ApiClient): Promise<string> {
  const { user } = await client.request<{ user: { timeZone: string } }>('GET', '/api/me');
  return user.timeZone;
}

/** "every 7 days", "every day", "no cadence". */
export function cadenceWords(days: number | null | undefined): string {
  if (days == null) return 'no cadence';
  return days === 1 ? 'every day' : `every ${days} days`;
}

/** "1 person", "3 people" and the like. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Ann Lee", "Ann Lee and Bo Chen", "Ann Lee, Bo Chen and Cy Diaz". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const CHANNEL_PHRASE: Record<string, string> = {
  call: 'a call',
  video: 'a video call',
  chat: 'a chat',
  email: 'an email',
  'in-person': 'an in-person meeting',
  meeting: 'a meeting',
};

/** "a call", "a video call", "an in-person meeting". */
export function channelPhrase(channel: string): string {
  return CHANNEL_PHRASE[channel] ?? `a ${channel}`;
}

/** One line for an item: "reply to Ann Lee: the budget question". */
export function itemSummary(item: PersonItem): string {
  const text = item.text ? `: ${item.text}` : '';
  switch (item.type) {
    case 'reply':
      return `reply to ${item.personName}${text}`;
    case 'promise':
      return `promise to ${item.personName}${item.date ? ` (due ${item.date})` : ''}${text}`;
    case 'favor':
      return item.direction === 'got'
        ? `${item.kind ?? 'favor'} from ${item.personName}${text}`
        : `${item.kind ?? 'favor'} for ${item.personName}${text}`;
    case 'event':
      return `${item.personName}: ${lowerFirst(pastNews(eventKind(item.kind), item.text))}`;
    default:
      return `${item.type} for ${item.personName}${text}`;
  }
}

// Career news is worded by the domain, whatever the user typed ("promoted to …").
function eventKind(kind: string | null): CareerEventKind {
  return (CAREER_EVENT_KINDS as readonly string[]).includes(kind ?? '')
    ? (kind as CareerEventKind)
    : 'other';
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** What marking an item done means, in the past tense. */
export function doneSentence(item: PersonItem): string {
  const text = item.text ? `: ${item.text}` : '';
  switch (item.type) {
    case 'reply':
      return `Replied to ${item.personName}${text}`;
    case 'promise':
      return `Kept your promise to ${item.personName}${text}`;
    case 'favor':
      return `Settled the ${item.kind ?? 'favor'} ${item.direction === 'got' ? 'from' : 'for'} ${item.personName}${text}`;
    case 'event':
      return `Congratulated ${item.personName} on ${congratulatedOn(eventKind(item.kind), item.text)}`;
    default:
      return `Done: ${itemSummary(item)}`;
  }
}

/** A person's cadence and state in a few words: "coworker, every 7 days, paused". */
export function personState(person: Person, today?: string): string {
  const parts: string[] = [person.kind];
  if (person.key) parts.push('key');
  parts.push(cadenceWords(person.cadenceDays));
  if (person.paused) parts.push('paused');
  if (person.snoozedUntil && (!today || person.snoozedUntil > today)) {
    parts.push(`snoozed until ${person.snoozedUntil}`);
  }
  return parts.join(', ');
}
