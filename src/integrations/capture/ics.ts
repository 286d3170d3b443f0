// PLACEHOLDER (being built on branch cap-calendar): the iCalendar subscription client.
import type { CalendarClient, IcsCalendarConfig } from '../../app/ports/capture';

export const icsCalendarClient: CalendarClient<IcsCalendarConfig> = {
  test: async () => {
    throw new Error('Calendar subscriptions are not available yet');
  },
  sync: async () => {
    throw new Error('Calendar subscriptions are not available yet');
  },
};
