// A user with something in every kind of record, made through the API as they would make it:
// people with dates and personal details, conversations with one and with several people,
// replies, promises, favors and events (one done), accomplishments with the people who helped,
// a flexibility entry, work suggestions from commits (one accepted, one dismissed), a status
// update draft, a proposal, trips, routines and preferences.
import type { Session, TestApi } from '../support/api';
import { succeedAs } from '../support/call-as';

export interface Seeded {
  people: Record<'ann' | 'bo' | 'cy', string>;
  interactions: string[];
  items: string[];
}

export async function seedEverything(api: TestApi, session: Session): Promise<Seeded> {
  const call = succeedAs(api, session);
  await call('PATCH', '/api/me/preferences', {
    cadenceDefaults: { coworker: 10, friend: null },
    interests: ['climbing', 'sourdough'],
  });
  const ann = await call('POST', '/api/people', {
    name: 'Ann Lee',
    kind: 'coworker',
    key: true,
    team: 'Platform',
    company: 'Northwind',
    title: 'Staff Engineer',
    email: 'ann@example.com',
    phone: '+1 555 0100',
    city: 'Lisbon',
    country: 'Portugal',
    office: 'Lisbon Alfama hub',
    timeZone: 'Europe/Lisbon',
    tags: ['mentor', 'platform'],
    facts: ['dog: Pixel', 'training for a half-marathon'],
    links: ['https://ann.example'],
    notes: 'Prefers async.\nLoves "quotes", commas, and; semicolons.',
    cadenceDays: 7,
    birthday: '1988-03-14',
    dates: [{ type: 'work-anniversary', month: 9, day: 1, year: 2019 }],
    officeDays: ['tue', 'thu'],
  });
  const bo = await call('POST', '/api/people', {
    name: 'Bo Chen',
    kind: 'friend',
    birthday: '07-09',
    facts: ['two kids'],
    dates: [{ type: 'custom', label: 'Anniversary', month: 6, day: 20 }],
  });
  const cy = await call('POST', '/api/people', { name: 'Cy Díaz', kind: 'manager' });
  await call('PATCH', `/api/people/${cy.person.id}`, { paused: true, snoozedUntil: '2030-01-01' });
  const people = { ann: ann.person.id, bo: bo.person.id, cy: cy.person.id };

  const talk1 = await call('POST', '/api/interactions', {
    personIds: [people.ann, people.bo],
    channel: 'video',
    initiator: 'them',
    about: 'personal',
    note: 'Half-marathon training, Bo’s kids',
    at: '2026-10-01T09:30:00Z',
  });
  const talk2 = await call('POST', '/api/interactions', {
    personIds: [people.ann],
    channel: 'chat',
    note: 'Planning the migration',
    at: '2026-10-05T14:00:00Z',
  });
  const talk3 = await call('POST', '/api/interactions', {
    personIds: [people.cy],
    channel: 'call',
    about: 'work',
  });
  const reply = await call('POST', '/api/replies', { personId: people.ann, text: 'The RFC' });
  const promise = await call('POST', '/api/promises', {
    personId: people.bo,
    text: 'Send the photos',
    due: '2026-12-01',
  });
  const favor = await call('POST', '/api/favors', {
    personId: people.ann,
    direction: 'got',
    kind: 'referral',
    text: 'Introduced me to the data team',
    on: '2026-09-15',
  });
  const event = await call('POST', '/api/events', {
    personId: people.cy,
    kind: 'promotion',
    congratulated: true,
  });
  await call('POST', `/api/items/${reply.item.id}/done`);

  await call('POST', '/api/accomplishments', {
    title: 'Shipped the importer',
    date: '2026-10-10',
    detail: 'vCard and CSV',
    project: 'Rapport',
    impact: 'Everyone can bring their people in',
    links: ['https://example.com/pr/1'],
    tags: ['launch'],
    helpedBy: [people.ann],
    tell: [people.cy],
  });
  await call('POST', '/api/flex', {
    text: 'Came in on Friday for the offsite',
    date: '2026-10-09',
    personId: people.cy,
  });
  await call('POST', '/api/updates', { from: '2026-10-05', to: '2026-10-11' });
  await call('PUT', '/api/proposal', {
    role: 'Staff engineer',
    roleFit: 'Deep work',
    deliverables: [{ what: 'Importer', measure: 'Shipped' }],
  });
  await call('POST', '/api/trips', {
    city: 'Berlin',
    zone: 'Europe/Berlin',
    from: '2026-12-01',
    to: '2026-12-04',
    personId: people.ann,
  });
  await call('POST', '/api/trips', {
    city: 'Tokyo',
    zone: 'Asia/Tokyo',
    from: '2027-01-10',
    to: '2027-01-20',
  });
  const visit = await call('POST', '/api/routines', {
    kind: 'visit',
    title: 'Office with Ann and Cy',
    rule: 'every second Tuesday',
    personIds: [people.ann, people.cy],
  });
  await call('POST', `/api/routines/${visit.routine.id}/skip`, {});
  // Suggestions from commits, stored as a git sync stores them (the sync itself needs a
  // repository: test/capture); one accepted into an accomplishment, one dismissed.
  for (const [date, title] of [
    ['2026-10-20', 'Speed up Today'],
    ['2026-10-21', 'Try a thing'],
  ] as const) {
    await api.ctx.repos.workSuggestions.insert(
      session.userId,
      {
        key: `${date}:rapport`,
        repository: 'rapport',
        date,
        commits: [
          { sha: date.replaceAll('-', '').padEnd(40, 'a'), at: `${date}T10:00:00Z`, title },
        ],
        text: `rapport: ${title}`,
      },
      new Date().toISOString(),
    );
  }
  const [tried, sped] = (await call('GET', '/api/work-suggestions')).suggestions;
  await call('POST', `/api/work-suggestions/${sped!.id}/accept`, { text: 'Made Today fast' });
  await call('POST', `/api/work-suggestions/${tried!.id}/dismiss`);
  return {
    people,
    interactions: [talk1.interaction.id, talk2.interaction.id, talk3.interaction.id],
    items: [reply.item.id, promise.item.id, favor.item.id, event.item.id],
  };
}
