// Coffee rounds end to end: forming (odd counts make a trio), confidential exclusions that are
// honoured and never shown, each member's own view, feedback, e-mail to a real SMTP server, and
// the exact JSON posted to a stand-in Slack webhook.

import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_API_URL } from '../../src/config';
import { smtpMailer } from '../../src/integrations/email/smtp-mailer';
import { slackClient } from '../../src/integrations/slack/slack-client';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { buildTeam, workspacePaths } from './team-support';

interface Posted {
  path: string;
  body: unknown;
}

/** A stand-in for Slack's webhook host on 127.0.0.1 that keeps every JSON body posted to it. */
async function fakeSlack(): Promise<{ server: Server; url: string; posts: Posted[] }> {
  const posts: Posted[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      posts.push({ path: req.url ?? '', body: JSON.parse(raw) });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${port}/`, posts };
}

describe.each(dialects())('coffee rounds on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let smtp: TestSmtp;
  let slack: Awaited<ReturnType<typeof fakeSlack>>;
  let admin: Session;
  let members: Session[];
  let workspaceId: string;
  const everyone = () => [admin, ...members];
  const path = workspacePaths(() => workspaceId);
  const round = (body: BodyOf<'POST', `/api/workspaces/${string}/rounds`> = {}) =>
    api.call('POST', path('/rounds'), { session: admin, body });

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    smtp = await startTestSmtp();
    slack = await fakeSlack();
    api = testApi(db, undefined, {
      mailer: smtpMailer({ url: smtp.url, from: 'Rapport <rapport@test.example>' }),
      slack: slackClient({ urlPrefix: slack.url, apiUrl: SLACK_API_URL }),
    });
    ({ admin, members, workspaceId } = await buildTeam(api, 4));
    await api.call('PATCH', '/api/me', {
      session: members[0]!,
      body: { timeZone: 'America/New_York' },
    });
    // Joining mailed welcomes; these tests count round mail only.
    smtp.messages.length = 0;
  });
  afterAll(async () => {
    await smtp.close();
    await new Promise((resolve) => slack.server.close(resolve));
    await db.dispose();
  });

  it('groups five people as a pair and a trio, nobody left out', async () => {
    const dry = await round({ dryRun: true });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    const sizes = dry.body.round.groups.map((g) => g.members.length).sort();
    expect(sizes).toEqual([2, 3]);
    const ids = dry.body.round.groups.flatMap((g) => g.members.map((m) => m.id)).sort();
    expect(ids).toEqual(
      everyone()
        .map((b) => b.userId)
        .sort(),
    );
    expect(dry.body.round.id).toBeNull();
    expect(dry.body.delivery).toBeNull();
    // A dry run stores and sends nothing.
    expect(
      (await api.call('GET', path('/rounds/latest'), { session: admin })).body.round,
    ).toBeNull();
    expect(smtp.messages).toHaveLength(0);
    expect(slack.posts).toHaveLength(0);
  });

  it('refuses rounds to members who are not admins', async () => {
    expect((await round()).status).not.toBe(403);
    const refused = await api.call('POST', path('/rounds'), { session: members[1]!, body: {} });
    expect(refused.status).toBe(403);
  });

  it('honours a confidential exclusion in every round and shows it to nobody else', async () => {
    const [ann, bo] = members as [Session, Session];
    const saved = await api.call('PUT', path('/exclusions'), {
      session: ann,
      body: { userIds: [bo.userId] },
    });
    expect(saved.body.profile.excluded).toEqual([{ id: bo.userId, name: expect.any(String) }]);
    for (let i = 0; i < 6; i++) {
      const formed = await round();
      expect(formed.status).toBe(201);
      for (const group of formed.body.round.groups) {
        const ids = group.members.map((m) => m.id);
        expect(ids.includes(ann.userId) && ids.includes(bo.userId), 'excluded pair grouped').toBe(
          false,
        );
      }
      const text = JSON.stringify(formed.body);
      expect(text).not.toMatch(/exclu|edges/i);
    }
    for (const session of [admin, bo, ...members.slice(2)]) {
      for (const url of [path(), path('/profile'), path('/directory'), path('/rounds/latest')]) {
        const response = await api.call('GET', url, { session });
        const text = JSON.stringify(response.body);
        expect(text, `${url} shows an exclusion`).not.toMatch(/exclu[a-z]*":\[\{/);
        if (url.endsWith('/profile')) expect(response.body).toHaveProperty('profile.excluded', []);
      }
    }
    // The round kept its audit (with the edges the engine used) where only the database sees it.
    const audits = await db.store.db
      .selectFrom('pairing_rounds')
      .select(['audit', 'seed'])
      .where('kind', '=', 'coffee')
      .execute();
    expect(audits.length).toBeGreaterThan(0);
    for (const row of audits) {
      expect(JSON.parse(row.audit).edges.length).toBeGreaterThan(0);
      expect(row.seed).toMatch(/.{6,}/);
    }
  });

  it('shows each member only their own group, with the slot on their own clock', async () => {
    const ann = members[0]!;
    const latest = await api.call('GET', path('/rounds/latest'), { session: ann });
    expect(latest.status).toBe(200);
    const group = latest.body.round!.group!;
    expect(group.members.map((m) => m.id)).toContain(ann.userId);
    expect(group.reason).toEqual(expect.any(String));
    expect(group.slot!.local).toEqual([
      expect.objectContaining({ id: ann.userId, timeZone: 'America/New_York' }),
    ]);
    // Ids in reasons are turned into names.
    for (const b of everyone()) expect(group.reason).not.toContain(b.userId);
  });

  it('records feedback about one’s own group only, and shows it back', async () => {
    const ann = members[0]!;
    const latest = (await api.call('GET', path('/rounds/latest'), { session: ann })).body.round!;
    const partner = latest.group!.members.find((m) => m.id !== ann.userId)!;
    const url = path(`/rounds/${latest.id}/feedback`);
    const given = await api.call('POST', url, {
      session: ann,
      body: { with: partner.id, answer: 'again' },
    });
    expect(given.status, JSON.stringify(given.body)).toBe(200);
    const stranger = everyone().find((b) => !latest.group!.members.some((m) => m.id === b.userId))!;
    const refused = await api.call('POST', url, {
      session: ann,
      body: { with: stranger.userId, answer: 'met' },
    });
    expect(refused.status).toBe(400);
    const after = (await api.call('GET', path('/rounds/latest'), { session: ann })).body.round!;
    expect(after.feedback).toEqual([{ with: partner.id, answer: 'again' }]);
    const wrongRound = await api.call('POST', path('/rounds/nope/feedback'), {
      session: ann,
      body: { with: partner.id, answer: 'met' },
    });
    expect(wrongRound.status).toBe(404);
  });

  it('leaves out members who opted out or are snoozed', async () => {
    // Ann (who excluded Bo) snoozes and Carol opts out: admin, Bo and Dave make a trio.
    const [ann, , carol] = members as [Session, Session, Session];
    await api.call('PATCH', path('/profile'), {
      session: carol,
      body: { pairing: { optIn: false } },
    });
    await api.call('PATCH', path('/profile'), {
      session: ann,
      body: { pairing: { snoozedUntil: '2999-01-01' } },
    });
    const dry = await round({ dryRun: true });
    for (const b of [carol, ann]) {
      await api.call('PATCH', path('/profile'), {
        session: b,
        body: { pairing: { optIn: true, snoozedUntil: null } },
      });
    }
    const ids = dry.body.round.groups.flatMap((g) => g.members.map((m) => m.id));
    expect(ids).not.toContain(carol.userId);
    expect(ids).not.toContain(ann.userId);
    expect(ids).toHaveLength(3);
  });

  it('e-mails each member their group, the reason and the slot in their own zone', async () => {
    smtp.messages.length = 0;
    const formed = await round();
    expect(formed.body.delivery, JSON.stringify(formed.body)).toMatchObject({
      mailed: 5,
      mailFailures: 0,
    });
    expect(smtp.messages).toHaveLength(5);
    const ann = members[0]!;
    const annMail = smtp.messages.find((m) => m.text?.includes('America/New_York'));
    expect(annMail, 'a mail with the slot on Ann’s clock').toBeDefined();
    const annGroup = formed.body.round.groups.find((g) =>
      g.members.some((m) => m.id === ann.userId),
    )!;
    expect(annMail!.text).toContain(annGroup.reason);
    expect(annMail!.subject).toMatch(/^Coffee in Acme: you are meeting /);
  });

  it('lets a member turn this workspace’s mail off from the mail itself', async () => {
    api.ctx.settings.publicUrl = 'https://rapport.test';
    try {
      smtp.messages.length = 0;
      await round();
      const annMail = smtp.messages.find(
        (m) => m.to && JSON.stringify(m.to).includes(members[0]!.email),
      )!;
      const header = annMail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
      const link = /<https:\/\/rapport\.test(\/mail-off\/[^>]+)>/.exec(header)?.[1];
      expect(link, header).toBeTruthy();
      const off = await api.raw('POST', link!, {
        rawBody: 'List-Unsubscribe=One-Click',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(off.body).toContain('Turned off e-mail from the workspace');

      smtp.messages.length = 0;
      const again = await round();
      expect(again.body.delivery).toMatchObject({ mailed: 4, mailFailures: 0 });
      expect(JSON.stringify(smtp.messages.map((m) => m.to))).not.toContain(members[0]!.email);
      await api.call('PATCH', '/api/me/preferences', {
        session: members[0]!,
        body: { teamMailOff: [] },
      });
    } finally {
      api.ctx.settings.publicUrl = null;
    }
  });

  it('posts the round to the workspace’s Slack webhook as exact JSON', async () => {
    const set = await api.call('PUT', path('/slack'), {
      session: admin,
      body: { webhookUrl: `${slack.url}hook/T1/B2/xyz` },
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.workspace.slack).toEqual({
      configured: true,
      via: 'webhook',
      channel: null,
      commands: false,
    });
    expect(JSON.stringify(set.body)).not.toContain('hook/T1');
    const outside = await api.call('PUT', path('/slack'), {
      session: admin,
      body: { webhookUrl: 'http://169.254.169.254/latest' },
    });
    expect(outside.status).toBe(400);
    slack.posts.length = 0;
    const formed = await round();
    expect(formed.body.delivery?.slack).toBe('posted');
    const lines = formed.body.round.groups.map(
      (g) => `• ${g.members.map((m) => m.name).join(' + ')}`,
    );
    expect(slack.posts).toEqual([
      {
        path: '/hook/T1/B2/xyz',
        body: {
          text: [
            `:coffee: New coffee pairings in Acme (${formed.body.round.date}):`,
            ...lines,
          ].join('\n'),
        },
      },
    ]);
  });
});
