// How the web app words capture: a source's kind, where it reads, how its last sync went, and a
// noticed conversation. Pure, so the sentences are tested without a browser.
import type { Noticed, Source, SourceKind } from './api/capture-types';
import { formatDateTime } from './time';

export const KIND_LABELS: Record<SourceKind, string> = {
  ics: 'Calendar address',
  caldav: 'CalDAV calendar',
  imap: 'Mailbox (IMAP)',
  git: 'Git repositories',
};

/** Where the source reads, without any secret: "calendar.example.com", "me@imap.example.com". */
export function sourceWhere(source: Source): string {
  const s = source.settings;
  if (source.kind === 'imap') return [s.user, s.host].filter(Boolean).join(' at ');
  if (source.kind === 'git') return (s.paths ?? []).join(', ');
  if (!s.url) return '';
  try {
    const host = new URL(s.url).host;
    return source.kind === 'caldav' && s.user ? `${s.user} at ${host}` : host;
  } catch {
    return '';
  }
}

export function modeWords(mode: Source['mode']): string {
  return mode === 'auto' ? 'Logs conversations directly' : 'Asks you on Today first';
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Last synced 3 Mar 2025, 14:05: saw 120 items. 14 conversations captured so far." */
export function syncWords(source: Source, timeZone: string): string {
  const captured = `${count(source.captured, 'conversation', 'conversations')} captured so far.`;
  if (!source.lastSyncAt) return `Not synced yet. ${captured}`;
  const when = formatDateTime(source.lastSyncAt, timeZone);
  return `Last synced ${when}: saw ${count(source.seen, 'item', 'items')}. ${captured}`;
}

/** The last error in plain words, with since when it fails; null when the last sync worked. */
export function errorWords(source: Source, timeZone: string): string | null {
  if (!source.lastError) return null;
  const since = source.failingSince
    ? ` It has been failing since ${formatDateTime(source.failingSince, timeZone)}.`
    : '';
  const error = source.lastError.replace(/[.\s]+$/, '');
  return `The last sync failed: ${error}.${since}`;
}

const CHANNEL_WORDS: Record<Noticed['channel'], string> = {
  call: 'Call',
  video: 'Video call',
  chat: 'Chat',
  email: 'E-mail',
  'in-person': 'In person',
  meeting: 'Meeting',
};

const INITIATOR_WORDS: Record<Noticed['initiator'], string> = {
  me: 'you reached out',
  them: 'they reached out',
  mutual: 'mutual',
};

/** "Video call with Ann Lee and Bo Chen, they reached out". */
export function noticedTitle(item: Noticed): string {
  const names = item.people.map((p) => p.name);
  const who =
    names.length <= 1
      ? (names[0] ?? 'someone')
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const how = CHANNEL_WORDS[item.channel] ?? item.channel;
  return `${how} with ${who}, ${INITIATOR_WORDS[item.initiator] ?? item.initiator}`;
}

/** "Seen in 4 meetings, last 3 Mar 2025" or null when never. */
export function seenInMeetingsWords(
  seen: { count: number; lastAt: string | null } | undefined,
  format: (iso: string) => string,
): string | null {
  if (!seen || seen.count === 0) return null;
  const last = seen.lastAt ? `, last ${format(seen.lastAt)}` : '';
  return `Seen in ${count(seen.count, 'meeting', 'meetings')}${last}`;
}
