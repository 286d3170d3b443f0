// Renders calendar events as an iCalendar feed that Google, Apple and Outlook subscribe to.
// ical-generator escapes text, folds lines at 75 octets and writes DTSTAMP; timed events are
// written in UTC, which every client shows correctly across DST.
import ical from 'ical-generator';
import type { CalendarEvent } from '../../app/calendar/calendar-events';

export function renderIcs(name: string, events: CalendarEvent[], stamp: Date): string {
  const calendar = ical({
    name,
    prodId: { company: 'Rapport', product: 'Rapport', language: 'EN' },
    ttl: 60 * 60,
  });
  for (const event of events) {
    if ('allDay' in event) {
      calendar.createEvent({
        id: event.uid,
        start: event.allDay.start,
        ...(event.allDay.end && { end: event.allDay.end }),
        allDay: true,
        summary: event.summary,
        description: event.description,
        stamp,
      });
    } else {
      calendar.createEvent({
        id: event.uid,
        start: new Date(event.timed.start),
        end: new Date(event.timed.end),
        summary: event.summary,
        description: event.description,
        stamp,
      });
    }
  }
  return calendar.toString();
}
