// Welcomes for newcomers, birthday and anniversary announcements, and water-cooler prompts.

import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceCelebrations, celebrationsOn } from '../../src/app/team/celebrations';
import { postWeeklyPrompts } from '../../src/app/team/prompts';
import { SLACK_API_URL } from '../../src/config';
import { epochDayFromIsoDate } from '../../src/domain/time/epoch-day';
import { slackClient } from '../../src/integrations/slack/slack-client';
import type { MemberRecord } from '../../src/store/team/member-repository';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { buildTeam, inviteToken, workspacePaths } from './team-support';

const member = (profile: Record<string, unknown>, shared: string[]): MemberRecord => ({
  workspaceId: 'w',
  memberId: 'm1',
  name: 'Ann',
  email: 'ann@example.com',
  timeZone: 'Europe/Berlin',
  workingHours: {},
  role: 'member',
  joinedAt: '2020-01-01T00:00:00Z',
  profile,
  shared,
  pairingOptIn: true,
  pairingSnoozedUntil: null,
  allowAsync: false,
  slackUserId: null,
  newcomerSince: null,
});
const day = (iso: string) => epochDayFromIsoDate(iso)!;

describe('celebrations', () => {
  const ann = member({ birthday: '03-14', workStart: '2021-03-16' }, ['birthday', 'workStart']);

  it('announces a birthday on the day, and only when shared', () => {
    // 2026-03-13 is a Friday: Saturday the 14th is announced then, and not on the Saturday.
    expect(celebrationsOn(ann, day('2026-03-13'))).toEqual([
      { memberId: 'm1', kind: 'birthday', date: '2026-03-14', years: null },
    ]);
    expect(celebrationsOn(ann, day('2026-03-14'))).toEqual([]);
    const quiet = member({ birthday: '03-14' }, []);
    expect(celebrationsOn(quiet, day('2026-03-13'))).toEqual([]);
  });

  it('counts anniversary years and skips the first day itself', () => {
    expect(celebrationsOn(ann, day('2026-03-16'))).toEqual([
      { memberId: 'm1', kind: 'anniversary', date: '2026-03-16', years: 5 },
    ]);
    const fresh = member({ workStart: '2026-03-16' }, ['workStart']);
    expect(celebrationsOn(fresh, day('2026-03-16'))).toEqual([]);
  });

  it('celebrates 29 February on the 28th in common years', () => {
    const leap = member({ birthday: '02-29' }, ['birthday']);
    // Friday 2027-02-26 announces Sunday the 28th.
    expect(celebrationsOn(leap, day('2027-02-26'))).toEqual([
      { memberId: 'm1', kind: 'birthday', date: '2027-02-28', years: null },
    ]);
    // 2030-02-28 is a Thursday.
    expect(celebrationsOn(leap, day('2030-02-28'))).toHaveLength(1);
  });
});

describe.each(dialects())('welcomes, celebrations and prompts on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let server: Server;
  let admin: Session;
  let members: Session[];
  let workspaceId: string;
  const posts: unknown[] = [];
  const path = workspacePaths(() => workspaceId);

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        posts.push(JSON.parse(raw));
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    api = testApi(db, undefined, {
      slack: slackClient({ urlPrefix: `http://127.0.0.1:${port}/`, apiUrl: SLACK_API_URL }),
    });
    ({ admin, members, workspaceId } = await buildTeam(api, 3));
    await api.call('PUT', path('/slack'), {
      session: admin,
      body: { webhookUrl: `http://127.0.0.1:${port}/hook` },
    });
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await db.dispose();
  });

  it('introduces a newcomer to three colleagues chosen by the engine', async () => {
    const newcomer = await api.addMember(admin, { name: 'Nina New' });
    const token = await inviteToken(api, admin, workspaceId, undefined, true);
    posts.length = 0;
    await api.call('POST', '/api/workspaces/join', { session: newcomer, body: { token } });
    const mine = await api.call('GET', path('/welcomes'), { session: newcomer });
    expect(mine.status).toBe(200);
    expect(mine.body.welcomes).toHaveLength(3);
    const colleagues = mine.body.welcomes.map((w) => w.colleague.id);
    expect(new Set(colleagues).size).toBe(3);
    expect(colleagues).not.toContain(newcomer.userId);
    const colleague = [admin, ...members].find((b) => colleagues.includes(b.userId))!;
    const theirs = await api.call('GET', path('/welcomes'), { session: colleague });
    expect(theirs.body.welcomes[0]?.newcomer).toEqual({ id: newcomer.userId, name: 'Nina New' });
    expect(posts).toHaveLength(1);
    expect(posts[0]).toEqual({
      text: expect.stringMatching(/^:wave: Welcome Nina New to Acme! Say hi: [^,]+, [^,]+, [^,]+$/),
    });
  });

  it('announces a shared birthday once, on the day in the member’s zone', async () => {
    const ann = members[0]!;
    await api.call('PATCH', path('/profile'), {
      session: ann,
      body: { birthday: '03-11', share: ['birthday'] },
    });
    posts.length = 0;
    // 2026-03-11 09:30 in Berlin (UTC+1), a Wednesday; twice, as two instances would.
    const at = new Date('2026-03-11T08:30:00Z');
    await Promise.all([announceCelebrations(api.ctx, at), announceCelebrations(api.ctx, at)]);
    expect(posts).toEqual([
      { text: expect.stringMatching(/^:birthday: Happy birthday, .+! \(03-11\)$/) },
    ]);
    posts.length = 0;
    // Before 09:00 on the member's clock, nothing yet.
    await announceCelebrations(api.ctx, new Date('2027-03-11T07:00:00Z'));
    expect(posts).toEqual([]);
  });

  it('shows one prompt a week, takes answers, and lets admins add prompts', async () => {
    const [ann, bo] = members as [Session, Session];
    const refused = await api.call('POST', path('/prompts'), {
      session: ann,
      body: { text: 'Cats or dogs?' },
    });
    expect(refused.status).toBe(403);
    const added = await api.call('POST', path('/prompts'), {
      session: admin,
      body: { text: 'Cats or dogs?' },
    });
    expect(added.status).toBe(201);
    const listed = await api.call('GET', path('/prompts'), { session: ann });
    expect(listed.body.prompts).toContainEqual({
      key: added.body.prompt.key,
      text: 'Cats or dogs?',
      custom: true,
    });
    const key = listed.body.current.key;
    const answered = await api.call('POST', path('/prompts/answers'), {
      session: ann,
      body: { key, text: 'A fern and two mugs' },
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
    const seen = await api.call('GET', path('/prompts'), { session: bo });
    expect(seen.body.current.answers).toEqual([
      expect.objectContaining({ memberId: ann.userId, text: 'A fern and two mugs' }),
    ]);
    const bad = await api.call('POST', path('/prompts/answers'), {
      session: ann,
      body: { key: 'lib:999', text: 'x' },
    });
    expect(bad.status).toBe(400);
  });

  it('posts the prompt of the week to Slack once, from 10:00 on a working day', async () => {
    const prompts = (await api.call('GET', path('/prompts'), { session: admin })).body.prompts;
    const texts = prompts.map((p) => p.text);
    const posted = () =>
      posts.map((p) => (p as { text: string }).text.match(/water cooler: \*(.+)\* Answer/)?.[1]);
    posts.length = 0;
    // Saturday, and Monday before ten on the workspace's clock: nothing yet.
    await postWeeklyPrompts(api.ctx, new Date('2031-03-08T12:00:00Z'));
    await postWeeklyPrompts(api.ctx, new Date('2031-03-10T05:00:00Z'));
    expect(posts).toEqual([]);
    // Monday noon, twice at once as two instances would, then Tuesday: one post.
    const monday = new Date('2031-03-10T12:00:00Z');
    await Promise.all([postWeeklyPrompts(api.ctx, monday), postWeeklyPrompts(api.ctx, monday)]);
    await postWeeklyPrompts(api.ctx, new Date('2031-03-11T12:00:00Z'));
    expect(posts).toHaveLength(1);
    expect(texts).toContain(posted()[0]);
    // The next week brings the next prompt.
    await postWeeklyPrompts(api.ctx, new Date('2031-03-17T12:00:00Z'));
    expect(posts).toHaveLength(2);
    expect(texts).toContain(posted()[1]);
    expect(posted()[1]).not.toBe(posted()[0]);
  });
});
