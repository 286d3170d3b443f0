// What one user records about people is theirs alone. A second user walks every documented route
// that takes an id, with the first user's ids: each answers 404 (never 403: nothing may reveal
// that the record exists), and the first user's records are unchanged afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('privacy between users on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let owner: Session;
  let other: Session;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
    owner = await api.setupOwner();
    other = await api.addMember(owner);
    const person = await api.call('POST', '/api/people', {
      session: owner,
      body: { name: 'Secret Sam', facts: ['confidential: job hunting'], birthday: '1980-01-02' },
    });
    ids.people = person.body.person.id;
    ids.dates = person.body.person.dates[0]!.id;
    const interaction = await api.call('POST', '/api/interactions', {
      session: owner,
      body: { personIds: [ids.people], channel: 'call', note: 'private matter' },
    });
    ids.interactions = interaction.body.interaction.id;
    const item = await api.call('POST', '/api/promises', {
      session: owner,
      body: { personId: ids.people, text: 'keep it quiet', due: '2026-12-01' },
    });
    ids.items = item.body.item.id;
    ids.tokens = (
      await api.call('POST', '/api/tokens', { session: owner, body: { name: 'mine' } })
    ).body.token.id;
    const accomplishment = await api.call('POST', '/api/accomplishments', {
      session: owner,
      body: { title: 'Secret project shipped', helpedBy: [ids.people] },
    });
    ids.accomplishments = accomplishment.body.accomplishment.id;
    const flex = await api.call('POST', '/api/flex', {
      session: owner,
      body: { text: 'Came in on a home day' },
    });
    ids.flex = flex.body.entry.id;
    ids.blockers = (
      await api.call('POST', '/api/blockers', {
        session: owner,
        body: { text: 'Waiting on the secret budget', personId: ids.people },
      })
    ).body.blocker.id;
    // A suggestion from the owner's commits (git sync is covered in test/capture): stored as a
    // sync stores it.
    await api.ctx.repos.workSuggestions.insert(
      owner.userId,
      {
        key: '2026-11-02:secret-repo',
        repository: 'secret-repo',
        date: '2026-11-02',
        commits: [{ sha: 'a'.repeat(40), at: '2026-11-02T10:00:00Z', title: 'Secret project' }],
        text: 'secret-repo: Secret project',
      },
      new Date().toISOString(),
    );
    ids['work-suggestions'] = (await api.call('GET', '/api/work-suggestions', { session: owner }))
      .body.suggestions[0]!.id;
    ids.updates = (
      await api.call('POST', '/api/updates', { session: owner, body: {} })
    ).body.update.id;
    const trip = await api.call('POST', '/api/trips', {
      session: owner,
      body: { city: 'Lisbon', zone: 'Europe/Lisbon', from: '2026-12-01', to: '2026-12-04' },
    });
    ids.trips = trip.body.trip.id;
    const routine = await api.call('POST', '/api/routines', {
      session: owner,
      body: { kind: 'routine', title: 'Walk the dog', rule: 'weekdays at 12:30' },
    });
    ids.routines = routine.body.routine.id;
    const workspace = await api.call('POST', '/api/workspaces', {
      session: owner,
      body: { name: 'Hidden Guild' },
    });
    ids.workspaces = workspace.body.workspace.id;
    // A third user joins the owner's workspace, which puts a welcome on the owner's Today.
    const invite = await api.call('POST', `/api/workspaces/${ids.workspaces}/invites`, {
      session: owner,
      body: { newcomer: true },
    });
    const third = await api.addMember(owner);
    await api.call('POST', '/api/workspaces/join', {
      session: third,
      body: { token: invite.body.token },
    });
    // /api/me/sessions/{id}: one of the owner's signed-in devices.
    ids.me = (await api.call('GET', '/api/me/sessions', { session: owner })).body.sessions[0]!.id;
    const today = await api.call('GET', '/api/today', { session: owner });
    ids.welcomes = today.body.welcomes[0]!.id;
    // Capture: a source, an item it noticed and an address it suggests (made in the store: no
    // calendar or mailbox needs to be reached for them).
    const at = new Date().toISOString();
    const source = await api.ctx.repos.sources.create(
      owner.userId,
      'ics',
      {
        name: 'Secret calendar',
        mode: 'review',
        paused: false,
        keepSubjects: false,
        largeMeetingSize: 8,
        countLargeMeetings: false,
        reachBackMonths: 12,
        intervalMinutes: 15,
        replyDelayHours: 24,
        settings: { url: 'https://cal.example.com/…' },
      },
      null,
      at,
      at,
    );
    ids.sources = source.id;
    await api.ctx.repos.noticed.insert(
      owner.userId,
      source.id,
      {
        externalId: 'meeting-1',
        objectKey: 'meeting-1',
        at,
        channel: 'video',
        initiator: 'them',
        seenOnly: false,
        subject: null,
        personIds: [ids.people!],
      },
      at,
    );
    ids.noticed = (await api.ctx.repos.noticed.list(owner.userId))[0]!.id;
    await api.ctx.repos.correspondents.record(
      owner.userId,
      ['t1', 't2', 't3'].map((conversationKey) => ({
        email: 'stranger@example.org',
        name: 'Secret Stranger',
        conversationKey,
        at,
      })),
      at,
    );
    ids['capture-suggestions'] = (
      await api.ctx.repos.correspondents.frequent(owner.userId, '2000-01-01', 3)
    )[0]!.id;
    // An address book connection (written directly: connecting one needs a CardDAV server).
    ids['contacts-sync'] = (
      await api.ctx.repos.contactSync.createAccount(
        owner.userId,
        {
          url: 'https://dav.example.com/',
          username: 'sam',
          credentials: 'sealed',
          bookUrl: 'https://dav.example.com/sam/Hidden Guild/',
          bookName: 'Hidden Guild',
          pushNew: false,
        },
        new Date().toISOString(),
      )
    ).id;
    // A phone subscribed to pushes (written directly: subscribing needs a session's push service).
    ids.push = (
      await api.ctx.repos.push.subscribe({
        ownerId: owner.userId,
        endpoint: 'https://push.example.com/send/secret-device',
        keys: { p256dh: 'BPublicKeyOfTheOwnersPhone', auth: 'secret-auth' },
        deviceName: 'Owner’s phone',
        now: new Date().toISOString(),
      })
    ).id;
  });
  afterAll(() => db.dispose());

  // A walk over every route of the document, with made-up bodies: raw calls.
  it('answers 404 on every id route for another user’s records', async () => {
    const doc = (await api.raw('GET', '/api/openapi.json')).body;
    const walked: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths as Record<string, object>)) {
      // Invites and admin routes are the owner's and admins' (403 to others: test/ops/admin).
      if (!path.includes('{id}') || path.startsWith('/api/invites')) continue;
      if (path.startsWith('/api/admin/')) continue;
      const resource = path.split('/')[2]!;
      const id = ids[resource];
      expect(id, `no record made for ${path}`).toBeDefined();
      for (const method of Object.keys(operations)) {
        const verb = method.toUpperCase();
        const response = await api.raw(verb, path.replace('{id}', id!), {
          session: other,
          body: verb === 'GET' || verb === 'DELETE' ? undefined : {},
        });
        expect(response.status, `${verb} ${path} ${JSON.stringify(response.body)}`).toBe(404);
        walked.push(`${verb} ${path}`);
      }
    }
    expect(walked.length).toBeGreaterThanOrEqual(10);
    for (const [path, body] of [
      [`/api/people/${ids.people}`, { name: 'Hijacked' }],
      [`/api/interactions/${ids.interactions}`, { note: 'hijacked' }],
    ] as const) {
      expect((await api.raw('PATCH', path, { session: other, body })).status).toBe(404);
    }
  });

  it('refuses to attach records to another user’s person', async () => {
    const attempts = [
      ['/api/interactions', { personIds: [ids.people], channel: 'call' }],
      ['/api/promises', { personId: ids.people, text: 'x', due: '2026-12-01' }],
      ['/api/replies', { personId: ids.people, text: 'x' }],
      ['/api/favors', { personId: ids.people, direction: 'gave', kind: 'help' }],
      ['/api/events', { personId: ids.people, kind: 'promotion' }],
    ] as const;
    for (const [path, body] of attempts) {
      expect((await api.raw('POST', path, { session: other, body })).status, path).toBe(404);
    }
  });

  it('shows nothing of the first user in the second user’s lists, agenda and search', async () => {
    const reads = [
      '/api/people',
      '/api/people?match=secret',
      '/api/interactions',
      '/api/items',
      '/api/today?days=60',
      '/api/week',
      '/api/search?q=confidential',
      '/api/search?q=private',
      '/api/tokens',
      '/api/accomplishments',
      '/api/flex',
      '/api/blockers',
      '/api/work-suggestions',
      '/api/updates',
      '/api/brag?period=month',
      '/api/trips',
      '/api/routines',
      '/api/now',
      '/api/office/plan',
      '/api/workspaces',
      '/api/sources',
      '/api/noticed',
      '/api/capture-suggestions',
      '/api/contacts-sync',
      '/api/contacts-sync/conflicts',
    ];
    for (const path of reads) {
      const response = await api.raw('GET', path, { session: other });
      expect(response.status, path).toBe(200);
      const text = JSON.stringify(response.body);
      for (const leak of [
        'Secret Sam',
        'private matter',
        'confidential',
        'keep it quiet',
        'Secret project',
        'home day',
        'Lisbon',
        'Walk the dog',
        'Hidden Guild',
        'Secret calendar',
        'Secret Stranger',
        ids.people!,
        '"mine"',
      ]) {
        expect(text, `${path} leaks ${leak}`).not.toContain(leak);
      }
    }
  });

  it('left the first user’s records as they were', async () => {
    const person = await api.call('GET', `/api/people/${ids.people}`, { session: owner });
    expect(person.body.person.name).toBe('Secret Sam');
    expect(person.body.person.dates[0]).toMatchObject({ handledOn: null, handledAs: null });
    const timeline = await api.call('GET', `/api/people/${ids.people}/timeline`, {
      session: owner,
    });
    expect(timeline.body.interactions).toHaveLength(1);
    expect(timeline.body.interactions[0]!.note).toBe('private matter');
    expect(timeline.body.items).toHaveLength(1);
    expect((await api.call('GET', '/api/tokens', { session: owner })).body.tokens).toHaveLength(1);
    const suggestions = await api.call('GET', '/api/work-suggestions', { session: owner });
    expect(suggestions.body.suggestions.map((s: { id: string }) => s.id)).toEqual([
      ids['work-suggestions'],
    ]);
    const books = await api.call('GET', '/api/contacts-sync', { session: owner });
    expect(books.body.accounts).toMatchObject([{ id: ids['contacts-sync'], paused: false }]);
    const today = await api.call('GET', '/api/today', { session: owner });
    expect(today.body.welcomes.map((w: { id: string }) => w.id)).toContain(ids.welcomes);
  });
});
