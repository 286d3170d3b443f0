// PLACEHOLDER (being built on branch cap-calendar): the CalDAV client (tsdav).
import type { CalDavConfig, CalendarClient } from '../../app/ports/capture';

export const caldavCalendarClient: CalendarClient<CalDavConfig> = {
  test: async () => {
    throw new Error('CalDAV is not available yet');
  },
  sync: async () => {
    throw new Error('CalDAV is not available yet');
  },
};
