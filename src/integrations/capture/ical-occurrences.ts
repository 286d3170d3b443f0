// Reads an iCalendar text (an .ics subscription or one CalDAV object) into the occurrences capture
// needs: who, when and how, per occurrence. ical.js parses and expands recurrences (RRULE, RDATE,
// EXDATE, RECURRENCE-ID exceptions); this file supplies what real-world files lack: zones named
// by TZID without a VTIMEZONE (Google often, Outlook with Windows names) get one generated from
// the platform's IANA database, so DST is right and exceptions match their occurrences.
// DESCRIPTION is only scanned here for a meeting link and never leaves this file.
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import type { CalendarWindow } from '../../app/ports/capture';
import type { CapturedEvent } from '../../domain/capture/capture-types';
import { ianaFromWindows } from './windows-zones';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Property = InstanceType<typeof ICAL.Property>;
type Timezone = InstanceType<typeof ICAL.Timezone>;

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

/** Past a recurrence's window the expansion stops; this bounds a pathological rule (MINUTELY). */
const MAX_ITERATIONS = 50_000;
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
  const defaultZone = zoneName(stringValue(root, 'x-wr-timezone')) ?? 'UTC';
  supplyZones(root, options.window);
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
    occurrences: expandEvent(uid, components, options, defaultZone).map((occurrence) => ({
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

function hasObservances(vtimezone: Component): boolean {
  return (
    vtimezone.getAllSubcomponents('standard').length > 0 ||
    vtimezone.getAllSubcomponents('daylight').length > 0
  );
}

/**
 * Gives ical.js a zone for every TZID the file uses: its own VTIMEZONEs, and for TZIDs it does not
 * define, one built from IANA data. Zones are shared between parses (keyed by their definition):
 * hydrating a zone costs more than reading a CalDAV object, and a calendar repeats the same few.
 */
function supplyZones(root: Component, window: CalendarWindow): void {
  const cache = (root as unknown as { _timezoneCache?: Map<string, Timezone> })._timezoneCache;
  const defined = new Set<string>();
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    const tzid = stringValue(vtimezone, 'tzid');
    if (!tzid || !hasObservances(vtimezone)) {
      root.removeSubcomponent(vtimezone);
      continue;
    }
    defined.add(tzid);
    cache?.set(
      tzid,
      sharedZone(vtimezone.toString(), tzid, () => vtimezone),
    );
  }
  const used = new Set<string>();
  for (const vevent of root.getAllSubcomponents('vevent')) {
    for (const property of vevent.getAllProperties()) {
      const tzid = property.getParameter('tzid');
      if (typeof tzid === 'string' && !defined.has(tzid)) used.add(tzid);
    }
  }
  for (const tzid of used) {
    const iana = zoneName(tzid);
    if (!iana) continue; // read as floating, in the calendar's zone (see toInstant)
    const years = `${window.from.slice(0, 4)}-${window.to.slice(0, 4)}`;
    const zone = sharedZone(`generated|${tzid}|${iana}|${years}`, tzid, () => {
      return new ICAL.Component(ICAL.parse(vtimezoneText(tzid, iana, window)) as []);
    });
    if (cache) cache.set(tzid, zone);
    else root.addSubcomponent(zone.component);
  }
}

const SHARED_ZONES = new Map<string, Timezone>();

function sharedZone(key: string, tzid: string, component: () => Component): Timezone {
  let zone = SHARED_ZONES.get(key);
  if (!zone) {
    if (SHARED_ZONES.size >= 500) SHARED_ZONES.clear();
    zone = new ICAL.Timezone({ component: component(), tzid });
    SHARED_ZONES.set(key, zone);
  }
  return zone;
}

const YEAR_MS = 366 * 24 * 3600 * 1000;

/** A VTIMEZONE with one observance per offset change around the window, from IANA data. */
function vtimezoneText(tzid: string, iana: string, window: CalendarWindow): string {
  const from = Temporal.Instant.fromEpochMilliseconds(Date.parse(window.from) - 2 * YEAR_MS);
  const until = Date.parse(window.to) + YEAR_MS;
  let zoned = from.toZonedDateTimeISO(iana);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${tzid.replace(/[\r\n]/g, '')}`];
  const observance = (start: string, offsetFrom: string, offsetTo: string) =>
    lines.push(
      'BEGIN:STANDARD',
      `DTSTART:${start}`,
      `TZOFFSETFROM:${compactOffset(offsetFrom)}`,
      `TZOFFSETTO:${compactOffset(offsetTo)}`,
      'END:STANDARD',
    );
  observance('19700101T000000', zoned.offset, zoned.offset);
  for (let count = 0; count < 200; count++) {
    const next = zoned.getTimeZoneTransition('next');
    if (!next || next.epochMilliseconds > until) break;
    // DTSTART is the wall time of the change in the offset in force before it.
    const before = next.toInstant().toZonedDateTimeISO(zoned.offset);
    observance(compactLocal(before.toPlainDateTime()), zoned.offset, next.offset);
    zoned = next;
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

function compactOffset(offset: string): string {
  // "+02:00" -> "+0200"; a seconds part (historic LMT) is dropped, far outside any window.
  return offset.slice(0, 6).replace(':', '');
}

function compactLocal(time: Temporal.PlainDateTime): string {
  const pad = (value: number, size = 2) => String(value).padStart(size, '0');
  return `${pad(time.year, 4)}${pad(time.month)}${pad(time.day)}T${pad(time.hour)}${pad(time.minute)}${pad(time.second)}`;
}

/** The instant of a time: zoned and UTC times by ical.js; floating ones in the calendar's zone. */
function toInstant(time: Time, defaultZone: string): number {
  if (time.isDate) return Date.UTC(time.year, time.month - 1, time.day);
  if (time.zone?.tzid === 'floating' || !time.zone) {
    return Temporal.PlainDateTime.from({
      year: time.year,
      month: time.month,
      day: time.day,
      hour: time.hour,
      minute: time.minute,
      second: time.second,
    })
      .toZonedDateTime(defaultZone)
      .toInstant().epochMilliseconds;
  }
  return time.toUnixTime() * 1000;
}

// ---------------------------------------------------------------- expansion

function expandEvent(
  uid: string,
  components: Component[],
  options: ExpandOptions,
  defaultZone: string,
): CapturedEvent[] {
  const master = components.find((component) => !component.hasProperty('recurrence-id'));
  const exceptions = components.filter((component) => component.hasProperty('recurrence-id'));
  const from = Date.parse(options.window.from);
  const to = Date.parse(options.window.to);
  const facts = new Map<Component, Facts>();
  const factsOf = (component: Component) => {
    let found = facts.get(component);
    if (!found) {
      found = describe(component, options);
      facts.set(component, found);
    }
    return found;
  };
  const out: CapturedEvent[] = [];
  const emit = (externalId: string, component: Component, startMs: number, endMs: number) => {
    if (startMs < from || startMs >= to) return;
    const { allDayFlag, ...rest } = factsOf(component);
    out.push({
      externalId,
      objectKey: '',
      start: new Date(startMs).toISOString(),
      end: new Date(Math.max(endMs, startMs)).toISOString(),
      ...rest,
      allDay: allDayFlag,
    });
  };
  const span = (start: Time, end: Time | null) => {
    const startMs = toInstant(start, defaultZone);
    const endMs = end ? toInstant(end, defaultZone) : startMs + (start.isDate ? DAY_MS : 0);
    return [startMs, endMs] as const;
  };

  if (!master) {
    // Only some occurrences of a series (an invitation to one instance): each stands alone.
    for (const exception of exceptions) {
      const event = new ICAL.Event(exception);
      const [startMs, endMs] = span(event.startDate, event.endDate);
      emit(`${uid}@${recurrenceKey(event.recurrenceId, defaultZone)}`, exception, startMs, endMs);
    }
    return out;
  }
  const event = new ICAL.Event(master, { exceptions, strictExceptions: false });
  const [masterStart, masterEnd] = span(event.startDate, event.endDate);
  if (!event.isRecurring()) {
    emit(uid, master, masterStart, masterEnd);
    return out;
  }
  const length = masterEnd - masterStart;
  const iterator = event.iterator();
  for (let count = 0; count < MAX_ITERATIONS; count++) {
    const next = iterator.next();
    if (!next) break;
    const at = toInstant(next, defaultZone);
    if (at >= to + SLACK_MS) break;
    if (at < from - SLACK_MS) continue;
    const externalId = `${uid}@${recurrenceKey(next, defaultZone)}`;
    if (exceptions.length === 0) {
      // Without exceptions every occurrence is the master moved in time (the common, fast case).
      emit(externalId, master, at, at + length);
      continue;
    }
    const details = event.getOccurrenceDetails(next);
    const [startMs, endMs] = span(details.startDate, details.endDate);
    emit(externalId, details.item.component, startMs, endMs);
  }
  return out;
}

const DAY_MS = 24 * 3600 * 1000;

/** The recurrence id as an ISO instant (a date for all-day series), stable across syncs. */
function recurrenceKey(time: Time, defaultZone: string): string {
  if (time.isDate) return new Date(toInstant(time, defaultZone)).toISOString().slice(0, 10);
  return new Date(toInstant(time, defaultZone)).toISOString();
}

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
