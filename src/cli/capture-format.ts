// How the capture verbs word sources, sync reports, noticed conversations and people to add.
// Pure (rows and lines in, strings out) so the words are tested without a server; printing and
// making other people's text terminal-safe stays in output.ts.
import type {
  CaptureSuggestion,
  Noticed,
  Source,
  SyncReport,
} from '../http/sources/source-schemas';
import { listNames, plural } from './daily-helpers';
import { formatInstant } from './output';

/** `source list --json`: the contract's fields, plus how many the last sync saw. */
export function sourceListJson(sources: readonly Source[]) {
  return sources.map((s) => ({
    id: s.id,
    kind: s.kind,
    name: s.name,
    mode: s.mode,
    paused: s.paused,
    lastSyncAt: s.lastSyncAt,
    lastError: s.lastError,
    captured: s.captured,
    seen: s.seen,
    failingSince: s.failingSince,
  }));
}

/** One word or two for the state of a source: what the user should notice first. */
export function sourceState(source: Source): string {
  if (source.paused) return 'paused';
  if (source.lastError) return 'failing';
  if (!source.lastSyncAt) return 'not synced yet';
  return 'ok';
}

export const SOURCE_HEADERS = [
  'ID',
  'NAME',
  'KIND',
  'MODE',
  'STATE',
  'LAST SYNC',
  'SEEN',
  'CAPTURED',
];

export function sourceRows(sources: readonly Source[], timeZone: string): string[][] {
  return sources.map((s) => [
    s.id,
    s.name,
    s.kind,
    s.mode,
    sourceState(s),
    s.lastSyncAt ? formatInstant(s.lastSyncAt, timeZone) : 'never',
    String(s.seen),
    String(s.captured),
  ]);
}

/** Lines under the table for sources whose last sync failed, in the server's plain words. */
export function sourceErrorLines(sources: readonly Source[], timeZone: string): string[] {
  return sources
    .filter((s) => s.lastError)
    .map((s) => {
      const since = s.failingSince
        ? ` (failing since ${formatInstant(s.failingSince, timeZone)})`
        : '';
      return `${s.name}: ${s.lastError}${since}`;
    });
}

/** "Work calendar: saw 120, captured 3 (2 waiting in noticed), 1 reply owed." */
export function syncReportLine(report: SyncReport): string {
  if (report.error) return `${report.name}: failed: ${report.error}`;
  const parts = [`saw ${report.seen}`, `captured ${report.captured}`];
  if (report.noticed > 0) parts.push(`${report.noticed} waiting in \`rapport noticed\``);
  if (report.removed > 0) parts.push(`removed ${report.removed} (moved or deleted)`);
  if (report.repliesOwed > 0)
    parts.push(plural(report.repliesOwed, 'new reply owed', 'new replies owed'));
  if (report.repliesClosed > 0) parts.push(`${report.repliesClosed} answered`);
  return `${report.name}: ${parts.join(', ')}`;
}

/** The last line of a sync: how it went overall, so a script's log says it at a glance. */
export function syncSummary(reports: readonly SyncReport[]): string {
  if (reports.length === 0) return 'No sources to sync. Add one with `rapport source add`.';
  const failed = reports.filter((r) => r.error).length;
  const captured = reports.reduce((n, r) => n + r.captured, 0);
  const head = `Synced ${plural(reports.length, 'source')}: captured ${captured}`;
  return failed > 0 ? `${head}; ${failed} failed` : `${head}.`;
}

const CHANNEL_WORD: Record<Noticed['channel'], string> = {
  call: 'call',
  video: 'video call',
  chat: 'chat',
  email: 'email',
  'in-person': 'in person',
  meeting: 'meeting',
};

const INITIATOR_WORD: Record<Noticed['initiator'], string> = {
  me: 'you started',
  them: 'they started',
  mutual: 'mutual',
};

/** "video call, they started" or "meeting, seen only (large meeting)". */
export function noticedHow(item: Noticed): string {
  const how = `${CHANNEL_WORD[item.channel] ?? item.channel}, ${INITIATOR_WORD[item.initiator] ?? item.initiator}`;
  return item.seenOnly ? `${how}; large meeting: seen only` : how;
}

export const NOTICED_HEADERS = ['ID', 'WHEN', 'WHO', 'HOW', 'FROM'];

export function noticedRows(items: readonly Noticed[], timeZone: string): string[][] {
  return items.map((item) => [
    item.id,
    formatInstant(item.at, timeZone),
    listNames(item.people.map((p) => p.name)),
    item.subject ? `${noticedHow(item)} · ${item.subject}` : noticedHow(item),
    item.sourceName,
  ]);
}

export const SUGGESTION_HEADERS = ['ID', 'NAME', 'E-MAIL', 'CONVERSATIONS', 'LAST SEEN'];

export function suggestionRows(items: readonly CaptureSuggestion[], timeZone: string): string[][] {
  return items.map((s) => [
    s.id,
    s.name ?? '—',
    s.email,
    String(s.conversations),
    formatInstant(s.lastSeenAt, timeZone),
  ]);
}

/** What `source test` found, in words. */
export function testResultLines(found: { calendars?: string[]; folders?: string[] }): string[] {
  const lines = ['Connection works; nothing was saved.'];
  if (found.calendars) {
    lines.push(
      found.calendars.length === 0
        ? 'No calendars found.'
        : `Calendars (choose with --calendar NAME): ${found.calendars.join(', ')}`,
    );
  }
  if (found.folders) lines.push(`Folders: ${found.folders.join(', ') || 'none'}`);
  return lines;
}

/** Which source an ID-or-name names: an exact id, else one name (case-insensitive). */
export function pickSource<T extends { id: string; name: string }>(
  input: string,
  sources: readonly T[],
): T | { problem: string } {
  const wanted = input.trim();
  const byId = sources.find((s) => s.id === wanted);
  if (byId) return byId;
  const named = sources.filter((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (named.length === 1) return named[0]!;
  if (named.length > 1) {
    return {
      problem: `Several sources are called "${wanted}"; use the ID: ${named.map((s) => s.id).join(', ')}`,
    };
  }
  return { problem: `No source "${wanted}". See \`rapport source list\`.` };
}

/** Under `rapport today`: what waits in the noticed inbox and which sources stopped working. */
export function todayCaptureLines(agenda: {
  noticed?: { count: number };
  failingSources?: { name: string; lastError: string | null }[];
}): string[] {
  const lines: string[] = [];
  const count = agenda.noticed?.count ?? 0;
  if (count > 0) {
    lines.push(`Rapport noticed ${plural(count, 'conversation')}: see \`rapport noticed\`.`);
  }
  for (const source of agenda.failingSources ?? []) {
    lines.push(
      `Source ${source.name} stopped working: ${source.lastError ?? 'its syncs fail'} (see \`rapport source list\`).`,
    );
  }
  return lines;
}
