// The remote-work proposal, and what getting credit adds to Today, on both databases.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('proposal and check-ins on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  const now = new Date('2026-11-23T10:00:00Z');

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db, { now: () => now });
    me = await api.setupOwner({ name: 'Ann Lee', timeZone: 'UTC' });
  });
  afterEach(() => db.dispose());

  it('writes the proposal from the answers with evidence from the logs', async () => {
    await api.call('POST', '/api/accomplishments', {
      session: me,
      body: {
        title: 'Shipped the billing export',
        impact: 'Cut tickets by 30%',
        date: '2026-11-02',
      },
    });
    await api.call('POST', '/api/flex', {
      session: me,
      body: { text: 'Came in for the offsite', date: '2026-10-20' },
    });
    const saved = await api.call('PUT', '/api/proposal', {
      session: me,
      body: {
        role: 'Senior engineer',
        manager: 'Maya',
        roleFit: 'My work is written and asynchronous.',
        deliverables: [{ what: 'Billing releases', measure: 'Shipped every two weeks' }],
        availability: 'Core hours 10:00–16:00',
        communicationPlan: 'Daily written check-in',
        equipment: 'I have what I need',
        costNote: 'It costs the company nothing.',
        trialDays: 90,
        startDate: '2026-12-01',
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const document = await api.call('GET', '/api/proposal/document', { session: me });
    expect(document.status, JSON.stringify(document.body)).toBe(200);
    expect(document.body.markdown).toContain('Billing releases');
    expect(document.body.markdown).toContain('Shipped the billing export');
    expect(document.body.text).toMatch(/90-day trial/);
    expect(document.body.reviewDate).toBe('2027-03-01');
    expect(document.body.html).not.toContain('**');
    const shorter = await api.call('GET', '/api/proposal/document?trialDays=30', {
      session: me,
    });
    expect(shorter.body.reviewDate).toBe('2026-12-31');
  });

  it('brings a "not now" back on Today when it is time to revisit', async () => {
    await api.call('PUT', '/api/proposal', { session: me, body: { role: 'Engineer' } });
    const needsDate = await api.call('POST', '/api/proposal/decision', {
      session: me,
      body: { decision: 'not-now' },
    });
    expect(needsDate.status).toBe(400);
    await api.call('POST', '/api/proposal/decision', {
      session: me,
      body: { decision: 'not-now', revisitOn: '2027-01-10' },
    });
    const kinds = async (days: number) =>
      (await api.call('GET', `/api/today?days=${days}`, { session: me })).body.items.map(
        (i) => i.kind,
      );
    expect(await kinds(7)).not.toContain('revisit');
    expect(await kinds(60)).toContain('revisit');
  });

  it('opens a due manager check-in with what was done since the last one', async () => {
    const maya = (
      await api.call('POST', '/api/people', {
        session: me,
        body: { name: 'Maya', kind: 'manager' },
      })
    ).body.person;
    await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [maya.id], channel: 'video', at: '2026-11-12T10:00:00Z' },
    });
    await api.call('POST', '/api/accomplishments', {
      session: me,
      body: { title: 'Wrote the Q1 plan', date: '2026-11-05' },
    });
    await api.call('POST', '/api/accomplishments', {
      session: me,
      body: {
        title: 'Shipped the billing export',
        impact: 'Cut tickets by 30%',
        date: '2026-11-18',
      },
    });
    const items = (await api.call('GET', '/api/today', { session: me })).body.items;
    const checkIn = items.find((i) => i.person?.id === maya.id);
    expect(checkIn?.kind).toBe('due');
    expect(checkIn?.starters[0]).toMatch(/^Tell them: .*billing export/i);
    expect(checkIn?.starters[0]).not.toContain('Q1 plan');
  });
});
