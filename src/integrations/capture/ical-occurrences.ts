// Reads an iCalendar text (an .ics subscription or one CalDAV object) into the occurrences capture
// needs: who, when and how, per occurrence. ical.js parses and expands recurrences (RRULE, RDATE,
// EXDATE, RECURRENCE-ID exceptions). Zones: a TZID that names an IANA zone, or a Windows zone
// (Outlook), is read from the platform's IANA data, with or without a VTIMEZONE in the file (which
// Google and Outlook often omit, and which Outlook writes with this year's rules only); other TZIDs
// use the file's VTIMEZONE through ical.js; times without a zone are in the calendar's zone.
// A series is expanded in its own wall-clock time, then each occurrence is placed in its zone:
// that keeps 10:00 at 10:00 across DST and is fast (see zone-offsets.ts).
// DESCRIPTION is only scanned here for a meeting link and never leaves this file.
import ICAL from 'ical.js';
import type { CalendarWindow } from '../../app/ports/capture';
import type { CapturedEvent } from '../../domain/capture/capture-types';
import { ianaFromWindows } from './windows-zones';
import { fromOffsets, ianaRule, UTC_RULE, type WallMs, type ZoneRule } from './zone-offsets';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Property = InstanceType<typeof ICAL.Property>;

/** The text is not an iCalendar file; the message says so in plain words. */
export class CalendarFormatError extends Error {}

export interface ExpandOptions {
  window: CalendarWindow;
  keepSubjects: boolean;
  /** The calendar object the text is (a CalDAV href); by default each event's UID. */
  objectKey?: string;
}

export interface ParsedCalendar {
  /** X-WR-CALNAME, when the file names itself. */
  name: string | null;
  /** Every VEVENT UID in the file with its occurrences in the window (possibly none). */
  events: { uid: string; occurrences: CapturedEvent[] }[];
}

/** Past a recurrence's window the expansion stops; this also bounds a pathological rule
 * (MINUTELY): 20,000 steps cover a daily series since 1970. */
const MAX_ITERATIONS = 20_000;
/** An exception may move an occurrence into the window from this far outside it. */
const SLACK_MS = 45 * 24 * 3600 * 1000;

const CONFERENCE_LINK =
  /(?:https?:\/\/)?(?:[\w-]+\.)*(?:zoom\.us|zoomgov\.com|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|meet\.jit\.si|gotomeeting\.com|meet\.goto\.com|chime\.aws|bluejeans\.com|facetime\.apple\.com)\b/i;
const ANY_LINK = /\b(?:https?|tel|sip|mailto):\S+|\bwww\.\S+/gi;
/** LOCATION values that name a call, not a place (Outlook writes "Microsoft Teams Meeting"). */
const NOT_A_PLACE =
  /^(?:microsoft teams(?: meeting)?|teams(?: meeting)?|zoom(?: meeting)?|google meet|hangouts?(?: meet)?|webex(?: meeting)?|skype(?: meeting| for business)?|facetime|whereby|jitsi|online|virtual|remote|phone(?: call)?|call|video call|conference call|tbd|tba|n\/a|none|-+)$/i;
/** Properties whose mere presence means the event has a meeting link. */
const CONFERENCE_PROPERTIES = [
  'conference',
  'x-google-conference',
  'x-microsoft-skypeteamsmeetingurl',
  'x-microsoft-onlinemeetingconflink',
];

/** Parses and expands a calendar text; throws CalendarFormatError when it is not one. */
export function readCalendar(text: string, options: ExpandOptions): ParsedCalendar {
  const root = parseRoot(text);
  const zones = new Zones(root);
  const vevents = root.getAllSubcomponents('vevent');
  const byUid = new Map<string, Component[]>();
  for (const vevent of vevents) {
    const uid = stringValue(vevent, 'uid') ?? syntheticUid(vevent);
    const list = byUid.get(uid);
    if (list) list.push(vevent);
    else byUid.set(uid, [vevent]);
  }
  const events = [...byUid].map(([uid, components]) => ({
    uid,
    occurrences: expandEvent(uid, components, options, zones).map((occurrence) => ({
      ...occurrence,
      objectKey: options.objectKey ?? uid,
    })),
  }));
  return { name: stringValue(root, 'x-wr-calname'), events };
}

function parseRoot(text: string): Component {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (!/^BEGIN:VCALENDAR/i.test(trimmed)) {
    throw new CalendarFormatError(
      trimmed.startsWith('<')
        ? 'This address returned a web page, not a calendar'
        : 'This is not an iCalendar file (it does not start with BEGIN:VCALENDAR)',
    );
  }
  let parsed: unknown;
  try {
    parsed = ICAL.parse(trimmed);
  } catch (error) {
    throw new CalendarFormatError(`The calendar could not be read: ${(error as Error).message}`);
  }
  // Several VCALENDARs in one text (rare, but seen in concatenated exports): read the first.
  const jcal = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed) as [];
  const root = new ICAL.Component(jcal);
  if (root.name !== 'vcalendar') {
    throw new CalendarFormatError('This is not an iCalendar file (no VCALENDAR)');
  }
  return root;
}

function stringValue(component: Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

function syntheticUid(vevent: Component): string {
  const start = vevent.getFirstProperty('dtstart')?.toICALString() ?? '';
  let hash = 0;
  for (const char of start) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return `no-uid-${(hash >>> 0).toString(16)}`;
}

// ---------------------------------------------------------------- zones

/** An IANA zone for a TZID as calendars write it, or null when none can be found. */
export function zoneName(tzid: string | null): string | null {
  if (!tzid) return null;
  let known = ZONE_NAMES.get(tzid);
  if (known === undefined) {
    // Asking Intl costs about as much as reading a small event: each TZID is looked up once.
    if (ZONE_NAMES.size >= 1000) ZONE_NAMES.clear();
    known = lookUpZone(tzid);
    ZONE_NAMES.set(tzid, known);
  }
  return known;
}

const ZONE_NAMES = new Map<string, string | null>();

function lookUpZone(tzid: string): string | null {
  const cleaned = tzid.trim().replace(/^"|"$/g, '');
  const windows = ianaFromWindows(cleaned);
  if (windows) return windows;
  // Some writers prefix the IANA name with a path ("/mozilla.org/20070129_1/Europe/Berlin"):
  // the longest tail that names a zone wins.
  const parts = cleaned.split('/').filter((part) => part !== '');
  for (let start = 0; start < parts.length; start++) {
    const candidate = parts.slice(start).join('/');
    try {
      return new Intl.DateTimeFormat('en', { timeZone: candidate }).resolvedOptions().timeZone;
    } catch {
      // not a zone; try a shorter tail
    }
  }
  return null;
}

/** The rule for each TZID of one file, and for times without one (X-WR-TIMEZONE, else UTC). */
class Zones {
  private readonly rules = new Map<string, ZoneRule>();
  readonly floating: ZoneRule;

  constructor(private readonly root: Component) {
    const calendarZone = zoneName(stringValue(root, 'x-wr-timezone'));
    this.floating = calendarZone ? ianaRule(calendarZone) : UTC_RULE;
  }

  rule(tzid: unknown): ZoneRule {
    if (typeof tzid !== 'string' || tzid === '') return this.floating;
    let rule = this.rules.get(tzid);
    if (!rule) {
      rule = this.resolve(tzid);
      this.rules.set(tzid, rule);
    }
    return rule;
  }

  private resolve(tzid: string): ZoneRule {
    const iana = zoneName(tzid);
    if (iana) return ianaRule(iana);
    // A zone only the file defines ("Customized Time Zone"): ical.js reads its VTIMEZONE.
    const zone = this.root.getTimeZoneByID(tzid);
    if (!zone) return this.floating;
    return fromOffsets((instant) => {
      const local = ICAL.Time.fromJSDate(new Date(instant), true).convertToZone(zone);
      return wallOf(local) - instant;
    });
  }

  /** The instant of a property's time: a date is its UTC midnight, `Z` is UTC, else its zone. */
  instant(time: Time, tzid: unknown): number {
    if (time.isDate) return Date.UTC(time.year, time.month - 1, time.day);
    if (time.zone?.tzid === 'UTC') return wallOf(time);
    return this.rule(tzid).toInstant(wallOf(time));
  }
}

function wallOf(time: Time): WallMs {
  return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
}

/** A floating ical.js time showing a wall-clock value. */
function floatingTime(wall: WallMs): Time {
  const date = new Date(wall);
  return ICAL.Time.fromData(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
      isDate: false,
    },
    ICAL.Timezone.localTimezone,
  );
}

/**
 * Rewrites a property's date-times as floating wall-clock times of the series' zone, so ical.js
 * expands and matches (EXDATE, RECURRENCE-ID) in wall-clock time without zone conversions.
 */
function floatInto(property: Property, zones: Zones, series: ZoneRule): void {
  const tzid = property.getParameter('tzid');
  const values = property.getValues().map((value) => {
    if (!(value instanceof ICAL.Time) || value.isDate) return value;
    const instant = zones.instant(value, tzid);
    return floatingTime(instant + series.offsetAt(instant));
  });
  property.removeParameter('tzid');
  if (values.length === 1) property.setValue(values[0] as Time);
  else property.setValues(values as Time[]);
}

// ---------------------------------------------------------------- expansion

function expandEvent(
  uid: string,
  components: Component[],
  options: ExpandOptions,
  zones: Zones,
): CapturedEvent[] {
  const master = components.find((component) => !component.hasProperty('recurrence-id'));
  const exceptions = components.filter((component) => component.hasProperty('recurrence-id'));
  const from = Date.parse(options.window.from);
  const to = Date.parse(options.window.to);
  const facts = new Map<Component, Facts>();
  const out: CapturedEvent[] = [];
  const emit = (externalId: string, component: Component, startMs: number, endMs: number) => {
    if (startMs < from || startMs >= to) return;
    let found = facts.get(component);
    if (!found) {
      found = describe(component, options);
      facts.set(component, found);
    }
    const { allDayFlag, ...rest } = found;
    out.push({
      externalId,
      objectKey: '',
      start: new Date(startMs).toISOString(),
      end: new Date(Math.max(endMs, startMs)).toISOString(),
      ...rest,
      allDay: allDayFlag,
    });
  };
  /** Start and end instants of a stand-alone event (or an exception), in its own zones. */
  const span = (event: InstanceType<typeof ICAL.Event>) => {
    const start = event.startDate;
    const startTzid = event.component.getFirstProperty('dtstart')?.getParameter('tzid');
    const endTzid = event.component.getFirstProperty('dtend')?.getParameter('tzid') ?? startTzid;
    const startMs = zones.instant(start, startTzid);
    const end = event.endDate;
    const endMs = end ? zones.instant(end, endTzid) : startMs + (start.isDate ? DAY_MS : 0);
    return [startMs, endMs] as const;
  };

  const dtstart = master?.getFirstProperty('dtstart');
  const recurring =
    master !== undefined && (master.hasProperty('rrule') || master.hasProperty('rdate'));
  if (!master || !dtstart || !recurring) {
    if (master && dtstart) {
      const [startMs, endMs] = span(new ICAL.Event(master));
      emit(uid, master, startMs, endMs);
    } else {
      // Only some occurrences of a series (an invitation to one instance): each stands alone.
      for (const exception of exceptions) {
        const event = new ICAL.Event(exception);
        const recurrence = exception.getFirstProperty('recurrence-id');
        const id = recurrenceKey(
          event.recurrenceId,
          zones.instant(event.recurrenceId, recurrence?.getParameter('tzid')),
        );
        const [startMs, endMs] = span(event);
        emit(`${uid}@${id}`, exception, startMs, endMs);
      }
    }
    return out;
  }

  // The series in its own wall-clock time: DTSTART, DTEND, RDATE, EXDATE and the exceptions'
  // RECURRENCE-ID all become floating times of the zone DTSTART names.
  const start = dtstart.getFirstValue() as Time;
  const series =
    start.isDate || start.zone?.tzid === 'UTC'
      ? UTC_RULE
      : zones.rule(dtstart.getParameter('tzid'));
  if (!start.isDate) {
    for (const name of ['dtstart', 'dtend', 'rdate', 'exdate']) {
      for (const property of master.getAllProperties(name)) floatInto(property, zones, series);
    }
    for (const exception of exceptions) {
      const property = exception.getFirstProperty('recurrence-id');
      if (property) floatInto(property, zones, series);
    }
  }
  const event = new ICAL.Event(master, { exceptions, strictExceptions: false });
  const masterStart = series.toInstant(wallOf(event.startDate));
  const length = series.toInstant(wallOf(event.endDate)) - masterStart;
  const iterator = event.iterator();
  for (let count = 0; count < MAX_ITERATIONS; count++) {
    const next = iterator.next();
    if (!next) break;
    const at = next.isDate ? wallOf(next) : series.toInstant(wallOf(next));
    if (at >= to + SLACK_MS) break;
    if (at < from - SLACK_MS) continue;
    const externalId = `${uid}@${recurrenceKey(next, at)}`;
    const details = exceptions.length > 0 ? event.getOccurrenceDetails(next) : null;
    const exception = details?.item;
    if (!details || !exception || exception.component === master) {
      // Every occurrence that no exception changed is the master moved in time.
      emit(externalId, master, at, at + length);
      continue;
    }
    const ranged = exception.component.getFirstProperty('recurrence-id')?.getParameter('range');
    if (ranged) {
      // RANGE=THISANDFUTURE: ical.js shifts this occurrence by the exception's move.
      const startMs = zones.instant(details.startDate, undefined);
      const endMs = zones.instant(details.endDate, undefined);
      emit(externalId, exception.component, startMs, endMs);
      continue;
    }
    const [startMs, endMs] = span(exception);
    emit(externalId, exception.component, startMs, endMs);
  }
  return out;
}

/** The recurrence id as an ISO instant (a date for all-day series), stable across syncs. */
function recurrenceKey(time: Time, instant: number): string {
  const iso = new Date(instant).toISOString();
  return time.isDate ? iso.slice(0, 10) : iso;
}

const DAY_MS = 24 * 3600 * 1000;

type Facts = Omit<CapturedEvent, 'externalId' | 'objectKey' | 'start' | 'end' | 'allDay'> & {
  allDayFlag: boolean;
};

/** What an event (or one exception of it) says besides its time. */
function describe(component: Component, options: ExpandOptions): Facts {
  const location = stringValue(component, 'location');
  const start = component.getFirstPropertyValue('dtstart') as Time | null;
  return {
    allDayFlag:
      Boolean(start?.isDate) ||
      String(component.getFirstPropertyValue('x-microsoft-cdo-alldayevent') ?? '').toUpperCase() ===
        'TRUE',
    status: status(component),
    organizer: address(component.getFirstProperty('organizer')),
    attendees: attendees(component),
    hasConferenceLink: hasConferenceLink(component),
    hasPhysicalLocation: location !== null && isPlace(location),
    summary: options.keepSubjects ? stringValue(component, 'summary') : null,
  };
}

function status(component: Component): CapturedEvent['status'] {
  const value = (stringValue(component, 'status') ?? '').toUpperCase();
  if (value === 'CANCELLED') return 'cancelled';
  if (value === 'TENTATIVE') return 'tentative';
  return 'confirmed';
}

/** The e-mail of an ORGANIZER/ATTENDEE: its mailto: value, or an EMAIL parameter. */
function address(property: Property | null): string | null {
  if (!property) return null;
  const value = String(property.getFirstValue() ?? '').trim();
  const fromValue = /^mailto:/i.test(value) ? value.replace(/^mailto:/i, '') : null;
  const param = property.getParameter('email');
  const email = (fromValue ?? (typeof param === 'string' ? param : null) ?? '').trim();
  return email.includes('@') ? email.toLowerCase() : null;
}

function attendees(component: Component): CapturedEvent['attendees'] {
  const seen = new Map<string, CapturedEvent['attendees'][number]>();
  for (const property of component.getAllProperties('attendee')) {
    // Rooms and equipment are invited like people but are not anybody to keep in touch with.
    const kind = String(property.getParameter('cutype') ?? '').toUpperCase();
    if (kind === 'ROOM' || kind === 'RESOURCE') continue;
    const email = address(property);
    if (!email || seen.has(email)) continue;
    const name = property.getParameter('cn');
    const partstat = property.getParameter('partstat');
    seen.set(email, {
      email,
      name: typeof name === 'string' && name.trim() !== '' ? name.trim() : null,
      partstat: typeof partstat === 'string' ? partstat.toUpperCase() : null,
    });
  }
  return [...seen.values()];
}

function hasConferenceLink(component: Component): boolean {
  for (const name of CONFERENCE_PROPERTIES) {
    if (component.hasProperty(name)) return true;
  }
  for (const name of ['location', 'url', 'description']) {
    for (const property of component.getAllProperties(name)) {
      if (CONFERENCE_LINK.test(String(property.getFirstValue() ?? ''))) return true;
    }
  }
  return false;
}

function isPlace(location: string): boolean {
  const withoutLinks = location
    .replace(ANY_LINK, ' ')
    .replace(/[;,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return withoutLinks !== '' && !NOT_A_PLACE.test(withoutLinks);
}
