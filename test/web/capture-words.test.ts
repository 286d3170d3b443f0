// How the web app words sources and noticed conversations (web/src/capture-words.ts): plain
// sentences, times in the user's zone, never a secret.
import { describe, expect, it } from 'vitest';
import type { Noticed } from '../../src/http/sources/source-schemas';
import {
  errorWords,
  modeWords,
  noticedTitle,
  seenInMeetingsWords,
  sourceWhere,
  syncWords,
} from '../../web/src/capture-words';
import { sourceJson } from '../support/source-json';

describe('capture words on the web', () => {
  it('says where a source reads and what it does, without secrets', () => {
    expect(sourceWhere(sourceJson())).toBe('me at dav.example.com');
    expect(
      sourceWhere(sourceJson({ kind: 'ics', settings: { url: 'https://cal.example.com/x.ics' } })),
    ).toBe('cal.example.com');
    expect(
      sourceWhere(sourceJson({ kind: 'imap', settings: { user: 'me@x.org', host: 'imap.x.org' } })),
    ).toBe('me@x.org at imap.x.org');
    expect(modeWords('review')).toBe('Asks you on Today first');
    expect(modeWords('auto')).toBe('Logs conversations directly');
  });

  it('says how the last sync went, in the user’s zone', () => {
    expect(syncWords(sourceJson(), 'UTC')).toBe('Not synced yet. 0 conversations captured so far.');
    const synced = sourceJson({ lastSyncAt: '2026-03-02T23:30:00Z', seen: 1, captured: 1 });
    const words = syncWords(synced, 'Asia/Tokyo');
    expect(words).toMatch(
      /^Last synced .*3.*8:30.*: saw 1 item\. 1 conversation captured so far\.$/,
    );
    expect(errorWords(synced, 'UTC')).toBeNull();
    const failing = errorWords(
      sourceJson({
        lastError: 'IMAP said: authentication failed.',
        failingSince: '2026-03-01T08:00:00Z',
      }),
      'UTC',
    );
    expect(failing).toMatch(
      /^The last sync failed: IMAP said: authentication failed\. It has been failing since .*8:00.*\.$/,
    );
  });

  it('titles a noticed conversation and the meetings a person was seen in', () => {
    const item: Noticed = {
      id: 'n1',
      sourceId: 'src1',
      sourceName: 'Work calendar',
      at: '2026-03-02T15:00:00Z',
      channel: 'in-person',
      initiator: 'me',
      seenOnly: false,
      subject: null,
      people: [
        { id: 'p1', name: 'Ann Lee' },
        { id: 'p2', name: 'Bo Chen' },
        { id: 'p3', name: 'Cy Diaz' },
      ],
    };
    expect(noticedTitle(item)).toBe('In person with Ann Lee, Bo Chen and Cy Diaz, you reached out');
    expect(seenInMeetingsWords({ count: 0, lastAt: null }, String)).toBeNull();
    expect(seenInMeetingsWords(undefined, String)).toBeNull();
    expect(seenInMeetingsWords({ count: 4, lastAt: 'X' }, (iso) => `on ${iso}`)).toBe(
      'Seen in 4 meetings, last on X',
    );
  });
});
