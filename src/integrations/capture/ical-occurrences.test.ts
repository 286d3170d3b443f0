// Shapes the fixtures in test/fixtures/ics do not cover: mixed zones between a series and its
// EXDATE/RECURRENCE-ID, prefixed and unknown TZIDs, runaway rules, events without a UID.
import { describe, expect, it } from 'vitest';
import { CalendarFormatError, readCalendar, zoneName } from './ical-occurrences';
import { ianaFromWindows, WINDOWS_TO_IANA } from './windows-zones';

const window = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
const read = (body: string, keepSubjects = false) =>
  readCalendar(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${body.trim()}\r\nEND:VCALENDAR\r\n`, {
    window,
    keepSubjects,
  });

describe('readCalendar', () => {
  it('matches a UTC EXDATE and a UTC RECURRENCE-ID to a series written in Berlin time', () => {
    // No VTIMEZONE at all, as some Google and CalDAV exports do.
    const { events } = read(`
BEGIN:VEVENT
UID:mixed
DTSTART;TZID=Europe/Berlin:20261019T090000
DTEND;TZID=Europe/Berlin:20261019T093000
RRULE:FREQ=WEEKLY;COUNT=3
EXDATE:20261026T080000Z
END:VEVENT
BEGIN:VEVENT
UID:mixed
RECURRENCE-ID:20261102T080000Z
DTSTART;TZID=Europe/Berlin:20261103T110000
DTEND;TZID=Europe/Berlin:20261103T113000
END:VEVENT`);
    expect(events[0]?.occurrences.map((o) => [o.externalId, o.start, o.end])).toEqual([
      ['mixed@2026-10-19T07:00:00.000Z', '2026-10-19T07:00:00.000Z', '2026-10-19T07:30:00.000Z'],
      // 26 October (after the switch to winter time, 09:00 = 08:00 UTC) is excluded.
      ['mixed@2026-11-02T08:00:00.000Z', '2026-11-03T10:00:00.000Z', '2026-11-03T10:30:00.000Z'],
    ]);
  });

  it('reads path-prefixed and Windows zone names, and unknown ones in the calendar zone', () => {
    expect(zoneName('/mozilla.org/20070129_1/Europe/Berlin')).toBe('Europe/Berlin');
    expect(zoneName('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(zoneName('Nowhere Standard Time')).toBeNull();
    const { events } = read(`
X-WR-TIMEZONE:Asia/Tokyo
BEGIN:VEVENT
UID:odd
DTSTART;TZID=Nowhere Standard Time:20260601T090000
DURATION:PT1H
END:VEVENT`);
    expect(events[0]?.occurrences[0]?.start).toBe('2026-06-01T00:00:00.000Z');
  });

  it('reads a zone only the file defines (Outlook\'s "Customized Time Zone") from its VTIMEZONE', () => {
    const { events } = read(`
BEGIN:VTIMEZONE
TZID:Customized Time Zone
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:custom
DTSTART;TZID=Customized Time Zone:20261022T140000
DTEND;TZID=Customized Time Zone:20261022T143000
RRULE:FREQ=WEEKLY;COUNT=2
END:VEVENT`);
    expect(events[0]?.occurrences.map((o) => o.start)).toEqual([
      '2026-10-22T12:00:00.000Z',
      '2026-10-29T13:00:00.000Z',
    ]);
  });

  it('stops a runaway rule instead of running for ever', () => {
    const { events } = read(`
BEGIN:VEVENT
UID:minutely
DTSTART:20200101T000000Z
RRULE:FREQ=MINUTELY
END:VEVENT`);
    expect(events[0]?.occurrences.length).toBeLessThanOrEqual(20_000);
  });

  it('gives an event without UID a stable key and keeps subjects only when asked', () => {
    const body = `
BEGIN:VEVENT
DTSTART:20260601T090000Z
SUMMARY:Lunch
END:VEVENT`;
    const first = read(body);
    expect(first.events[0]?.uid).toBe(read(body).events[0]?.uid);
    expect(first.events[0]?.occurrences[0]?.summary).toBeNull();
    expect(read(body, true).events[0]?.occurrences[0]?.summary).toBe('Lunch');
  });

  it('refuses what is not a calendar, in words', () => {
    expect(() => readCalendar('<html></html>', { window, keepSubjects: false })).toThrow(
      CalendarFormatError,
    );
    expect(() =>
      readCalendar('BEGIN:VCALENDAR\r\nthis is: broken\r\n', { window, keepSubjects: false }),
    ).toThrow(/could not be read|not an iCalendar/);
  });
});

describe('Windows zone names', () => {
  it('map to zones this platform knows, whatever their case', () => {
    for (const [windows, iana] of Object.entries(WINDOWS_TO_IANA)) {
      expect(ianaFromWindows(windows.toUpperCase())).toBe(iana);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: iana })).not.toThrow();
    }
  });
});
