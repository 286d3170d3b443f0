import { SectionCard } from '../section-card';
import { SecretLinkField } from './secret-link';

/** The iCalendar feed address, and how to subscribe to it. */
export function CalendarSection() {
  return (
    <SectionCard
      id="calendar"
      title="Calendar"
      intro="Birthdays, office visits, household routines and trips in the calendar you already use. Anyone with the address can read it: keep it to yourself."
    >
      <SecretLinkField
        which="calendar"
        label="Calendar address"
        question="Replace the address? Calendars subscribed to the old one stop updating."
      />
      <details className="how-to">
        <summary>How to subscribe</summary>
        <ul className="how-to-list">
          <li>
            <strong>Google Calendar:</strong> Other calendars, +, From URL, paste the address.
          </li>
          <li>
            <strong>Apple Calendar:</strong> File, New Calendar Subscription, paste the address.
          </li>
          <li>
            <strong>Outlook:</strong> Add calendar, Subscribe from web, paste the address.
          </li>
        </ul>
        <p className="hint">Calendars refresh a subscription every few hours, not instantly.</p>
      </details>
    </SectionCard>
  );
}
