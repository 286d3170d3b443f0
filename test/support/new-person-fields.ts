// A person as the store's bulk insert takes it, with nothing but a name: for store tests that
// write people directly (PeopleBulkRepository.insert), as an import does.
export const newPersonFields = (name: string) => ({
  name,
  kind: 'coworker',
  key: false,
  team: null,
  company: null,
  title: null,
  email: null,
  phone: null,
  city: null,
  country: null,
  timeZone: null,
  workingHours: null,
  tags: [],
  facts: [],
  links: [],
  notes: null,
  cadenceDays: null,
  snoozedUntil: null,
  paused: false,
  officeDays: [],
});
