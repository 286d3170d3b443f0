// `/rapport …` from Slack: requests are signed here as Slack signs them; a bad signature or an
// old timestamp is refused; Slack users are matched by a stored id or by e-mail (users.info on a
// stand-in Slack API on 127.0.0.1).

import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackSignature } from '../../src/app/team/slack-signature';
import { slackClient } from '../../src/integrations/slack/slack-client';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { buildTeam, workspacePaths } from './team-support';

const SECRET = 'test-signing-secret-8f2a';

describe.each(dialects())('Slack slash commands on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let server: Server;
  let admin: Session;
  let ann: Session;
  let bo: Session;
  let workspaceId: string;
  const emails = new Map<string, string>();
  const lookups: string[] = [];
  const posted: { auth: unknown; body: { channel: string; text: string } }[] = [];
  const path = workspacePaths(() => workspaceId);

  function command(text: string, user: string, options: { secret?: string; age?: number } = {}) {
    const rawBody = new URLSearchParams({
      token: 'legacy-unused',
      team_id: 'T0TEAM1',
      user_id: user,
      command: '/rapport',
      text,
    }).toString();
    const timestamp = String(Math.floor(Date.now() / 1000) - (options.age ?? 0));
    return api.raw('POST', '/slack/commands', {
      rawBody,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': timestamp,
        'x-slack-signature': slackSignature(options.secret ?? SECRET, timestamp, rawBody),
      },
    });
  }
  const pairingOf = async (session: Session) =>
    (await api.call('GET', path('/profile'), { session })).body.profile.pairing;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    server = createServer((req, res) => {
      if (req.url === '/api/chat.postMessage') {
        let raw = '';
        req.on('data', (chunk) => (raw += chunk));
        req.on('end', () => {
          posted.push({ auth: req.headers.authorization, body: JSON.parse(raw) });
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
        });
        return;
      }
      const user = new URL(req.url ?? '', 'http://x').searchParams.get('user') ?? '';
      lookups.push(`${req.method} ${req.url} ${req.headers.authorization}`);
      const email = emails.get(user);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(email ? { ok: true, user: { profile: { email } } } : { ok: false }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    // The real Slack client, its Web API on this loopback server (as RAPPORT_SLACK_API_URL).
    api = testApi(db, undefined, {
      slack: slackClient({ urlPrefix: null, apiUrl: `http://127.0.0.1:${port}/api` }),
    });
    const team = await buildTeam(api, 2);
    ({ admin, workspaceId } = team);
    [ann, bo] = team.members as [Session, Session];
    emails.set('UANN', ann.email);
    const saved = await api.call('PUT', path('/slack'), {
      session: admin,
      body: {
        botToken: 'xoxb-test-token',
        channel: 'C0COFFEE',
        signingSecret: SECRET,
        teamId: 'T0TEAM1',
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.workspace.slack).toEqual({
      configured: true,
      via: 'bot',
      channel: 'C0COFFEE',
      commands: true,
    });
    expect(JSON.stringify(saved.body)).not.toMatch(/xoxb|signing-secret/);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await db.dispose();
  });

  it('refuses a bad signature, an old timestamp and a missing one with 401, changing nothing', async () => {
    const forged = await command('opt-out', 'UANN', { secret: 'not-the-secret' });
    expect(forged.status).toBe(401);
    const stale = await command('opt-out', 'UANN', { age: 6 * 60 });
    expect(stale.status).toBe(401);
    const unsigned = await api.raw('POST', '/slack/commands', {
      rawBody: 'team_id=T0TEAM1&user_id=UANN&text=opt-out',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(unsigned.status).toBe(401);
    expect((await pairingOf(ann)).optIn).toBe(true);
  });

  it('matches a Slack user by e-mail through the bot token, and remembers the mapping', async () => {
    const out = await command('opt-out', 'UANN');
    expect(out.status).toBe(200);
    expect(out.body).toEqual({
      response_type: 'ephemeral',
      text: 'You are out of coffee rounds in Acme until you opt in again.',
    });
    expect((await pairingOf(ann)).optIn).toBe(false);
    expect(lookups).toEqual(['GET /api/users.info?user=UANN Bearer xoxb-test-token']);
    const back = await command('opt-in', 'UANN');
    expect(back.body.text).toMatch(/You are in the next coffee round/);
    expect((await pairingOf(ann)).optIn).toBe(true);
    expect(lookups).toHaveLength(1);
    const profile = await api.call('GET', path('/profile'), { session: ann });
    expect(profile.body.profile.slackUserId).toBe('UANN');
  });

  it('snoozes until a date, and explains a bad one', async () => {
    const snoozed = await command('snooze 2030-02-01', 'UANN');
    expect(snoozed.body.text).toContain('2030-02-01');
    expect((await pairingOf(ann)).snoozedUntil).toBe('2030-02-01');
    const bad = await command('snooze someday', 'UANN');
    expect(bad.body.text).toMatch(/Use a date/);
    await command('opt-in', 'UANN');
  });

  it('records "met @user" for someone in the latest group', async () => {
    await api.call('PATCH', path('/profile'), { session: bo, body: { slackUserId: 'UBO' } });
    await api.call('PUT', path('/exclusions'), { session: admin, body: { userIds: [] } });
    const formed = await api.call('POST', path('/rounds'), { session: admin, body: {} });
    expect(formed.status, JSON.stringify(formed.body)).toBe(201);
    // With a bot token the round goes to chat.postMessage in the chosen channel.
    expect(formed.body.delivery?.slack).toBe('posted');
    expect(posted).toEqual([
      {
        auth: 'Bearer xoxb-test-token',
        body: {
          channel: 'C0COFFEE',
          text: expect.stringMatching(/^:coffee: New coffee pairings in Acme/),
        },
      },
    ]);
    expect(posted[0]!.body.text).toContain('<@UBO>');
    const latest = (await api.call('GET', path('/rounds/latest'), { session: ann })).body.round!;
    const partner = latest.group!.members.find((m) => m.id !== ann.userId)!;
    const mention = partner.id === bo.userId ? '<@UBO|bo>' : partner.name;
    const met = await command(`met ${mention}`, 'UANN');
    expect(met.body.text).toMatch(/^Noted: you met /);
    const after = (await api.call('GET', path('/rounds/latest'), { session: ann })).body.round!;
    expect(after.feedback).toContainEqual({ with: partner.id, answer: 'met' });
  });

  it('tells an unknown Slack user how to link their account', async () => {
    const unknown = await command('opt-out', 'USTRANGER');
    expect(unknown.status).toBe(200);
    expect(unknown.body.text).toMatch(/does not know your Slack account/);
    const help = await command('dance', 'UANN');
    expect(help.body.text).toMatch(/^Try `\/rapport opt-in`/);
  });
});
