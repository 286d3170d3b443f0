// A source as GET /api/sources returns it: what the web app and the CLI word for the user.
import type { Source } from '../../src/http/sources/source-schemas';

/** A calendar source that has never synced; `over` sets what a test is about. */
export function sourceJson(over: Partial<Source> = {}): Source {
  return {
    id: 'src1',
    kind: 'caldav',
    name: 'Work calendar',
    mode: 'review',
    paused: false,
    keepSubjects: false,
    largeMeetingSize: 8,
    countLargeMeetings: false,
    reachBackMonths: 12,
    intervalMinutes: 15,
    replyDelayHours: 24,
    settings: { url: 'https://dav.example.com/cal/', user: 'me' },
    lastSyncAt: null,
    lastSuccessAt: null,
    lastError: null,
    failingSince: null,
    seen: 0,
    captured: 0,
    createdAt: '2026-03-01T10:00:00Z',
    ...over,
  };
}
