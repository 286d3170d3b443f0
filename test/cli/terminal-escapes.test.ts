// Other people's text cannot drive the terminal of whoever runs the CLI: a colleague's name full
// of escape sequences (retitle the terminal, write the clipboard with OSC 52), written straight
// into the database as an attacker with its access would, prints as harmless text in
// `rapport team directory` and `rapport today`, in text and in --json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, testApi } from '../support/api';
import { ok, runCli } from '../support/cli';
import { createTestDatabase, type TestDatabase } from '../support/databases';

const EVIL = 'B\u001b]0;PWNED\u0007\u001b]52;c;aGk=\u0007\u009b31m';
/** Any control character a terminal acts on: C0 but newline, DEL, C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('the CLI on a terminal', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  let bo: Session;
  const cli = (...args: string[]) => runCli(args, env);

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const api = testApi(db);
    const owner = await api.setupOwner({ name: 'Olga Owner' });
    bo = await api.addMember(owner, { name: 'Bo Chen' });
    env = { RAPPORT_DATA: db.dataDir, DATABASE_URL: '', RAPPORT_PUBLIC_URL: '' };
    const created = await api.call('POST', '/api/workspaces', {
      session: owner,
      body: { name: 'Acme' },
    });
    const workspaceId = created.body.workspace.id;
    const invite = await api.call('POST', `/api/workspaces/${workspaceId}/invites`, {
      session: owner,
      body: {},
    });
    const joined = await api.call('POST', '/api/workspaces/join', {
      session: bo,
      body: { token: invite.body.token },
    });
    expect(joined.status, JSON.stringify(joined.body)).toBeLessThan(300);
    const cy = await api.call('POST', '/api/people', {
      session: owner,
      body: { name: 'Cy', cadenceDays: 7 },
    });
    await api.call('POST', '/api/interactions', {
      session: owner,
      body: { personIds: [cy.body.person.id], channel: 'call', at: '2026-01-05T10:00:00Z' },
    });
    // Past the API's checks: as if written before them, or by anyone with database access.
    await db.store.db
      .updateTable('users')
      .set({ display_name: EVIL })
      .where('id', '=', bo.userId)
      .execute();
    await db.store.db
      .updateTable('people')
      .set({ name: EVIL })
      .where('id', '=', cy.body.person.id)
      .execute();
  });
  afterAll(() => db.dispose());

  it('shows a colleague’s name without its escape sequences in the directory', async () => {
    const text = ok(await cli('team', 'directory'));
    expect(text).toContain('B');
    expect(text).toContain('PWNED'); // Visible as text, so nothing is hidden either.
    expect(text).not.toMatch(CONTROL);
    const json = ok(await cli('team', 'directory', '--json'));
    expect(json).not.toMatch(CONTROL);
    expect(JSON.parse(json).some((m: { name: string }) => m.name === EVIL)).toBe(true);
  });

  it('shows a person’s name without its escape sequences on Today', async () => {
    const text = ok(await cli('today'));
    expect(text).toContain('PWNED');
    expect(text).not.toMatch(CONTROL);
    const json = ok(await cli('today', '--json'));
    expect(json).not.toMatch(CONTROL);
    expect(json).toContain('PWNED');
  });
});
