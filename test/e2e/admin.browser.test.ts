// The Administration page and Settings' digest line in a real browser against a real
// `rapport serve` with a real SMTP server on loopback: the owner sees what admins never see,
// the accounts (row only), disables a member (whose API token stops at once) and enables them,
// reads the health report; in Settings, "Send me one now" mails the digest and the page says
// when it went out, in the owner's zone. A member is shown the page is not theirs.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/server';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { type BrowserSession, openBrowserSession } from './browser-session';
import { callAsBrowser, hasChromium } from './page-tools';

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
const owner = {
  name: 'Ana Silva',
  email: 'ana@example.com',
  password: 'correct horse battery',
  timeZone: 'Europe/Lisbon',
};
const member = {
  name: 'Max Weber',
  email: 'max@example.com',
  password: 'another horse battery',
  timeZone: 'Europe/Berlin',
};

describe.skipIf(!hasChromium && process.env.CI !== 'true')('administration in the browser', () => {
  let session: BrowserSession;
  let server: TestServer;
  let smtp: TestSmtp;
  let page: Page;
  let memberToken: string;
  let pageErrors: string[];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    smtp = await startTestSmtp();
    session = await openBrowserSession({
      owner,
      serverEnv: { RAPPORT_SMTP_URL: smtp.url, RAPPORT_JOBS: '0' },
      context: { timezoneId: 'Europe/Lisbon', locale: 'en-GB' },
    });
    ({ server, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
    await smtp?.close();
  });

  const at = (path: string) => new URL(path, server.url).href;
  const shot = (name: string) =>
    page.screenshot({ path: `${artifacts}admin-${name}.png`, fullPage: true });
  const memberGet = (path: string) =>
    fetch(at(path), { headers: { authorization: `Bearer ${memberToken}` } });

  it('sets up a member with an API token', async () => {
    const invite = await callAsBrowser(page, at('/api/invites'), 'POST', {});
    const inviteToken = String(invite.url).split('/join/')[1];
    const signup = await fetch(at('/api/auth/signup'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...member, inviteToken }),
    });
    const cookie = /rapport_session=([^;]+)/.exec(signup.headers.get('set-cookie') ?? '')?.[1];
    const { csrfToken } = await signup.json();
    const token = await fetch(at('/api/tokens'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `rapport_session=${cookie}`,
        'x-csrf-token': csrfToken,
      },
      body: JSON.stringify({ name: 'script' }),
    });
    memberToken = (await token.json()).secret;
    expect((await memberGet('/api/me')).status).toBe(200);
    // A member is refused every admin route.
    expect((await memberGet('/api/admin/users')).status).toBe(403);
  });

  it('lists the accounts and says what an admin never sees', async () => {
    await page.goto(at('/settings'));
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.waitForURL(at('/admin'));
    const privacy = page.getByRole('region', { name: 'What admins never see' });
    await privacy.getByText('are theirs alone').waitFor();
    const users = page.getByRole('region', { name: 'Users' });
    const row = users.getByRole('row', { name: new RegExp(member.name) });
    await row.getByRole('cell', { name: member.email }).waitFor();
    await expect(row.getByRole('cell', { name: 'Active' }).count()).resolves.toBe(1);
    // The owner's own row has no actions: nobody disables or removes the owner.
    const ownRow = users.getByRole('row', { name: new RegExp(owner.name) });
    await expect(ownRow.getByRole('button').count()).resolves.toBe(0);
    await shot('users');
  });

  it('disables a member, whose token stops at once, and enables them again', async () => {
    const users = page.getByRole('region', { name: 'Users' });
    await users.getByRole('button', { name: `Disable ${member.name}` }).click();
    const row = users.getByRole('row', { name: new RegExp(member.name) });
    await row.getByRole('cell', { name: 'Disabled' }).waitFor();
    expect((await memberGet('/api/me')).status).toBe(401);
    await users.getByRole('button', { name: `Enable ${member.name}` }).click();
    await row.getByRole('cell', { name: 'Active' }).waitFor();
    expect((await memberGet('/api/me')).status).toBe(200);
  });

  it('shows the health report', async () => {
    const health = page.getByRole('region', { name: 'Health' });
    await health.getByRole('row', { name: /Database/ }).waitFor();
    await health.getByRole('row', { name: /Mail server.*OK/ }).waitFor();
  });

  it('sends a digest on request and says when the last one went out', async () => {
    // Someone overdue, so the digest has something to say.
    const lena = await callAsBrowser(page, at('/api/people'), 'POST', {
      name: 'Lena Vogel',
      cadenceDays: 7,
    });
    await callAsBrowser(page, at('/api/interactions'), 'POST', {
      personIds: [lena.person.id],
      channel: 'call',
      at: '2026-01-05T10:00:00Z',
    });
    await page.goto(at('/settings'));
    const digest = page.getByRole('region', { name: 'Daily digest' });
    await digest.getByText('No digest sent in the last week.').waitFor();
    await digest.getByRole('button', { name: 'Send me one now' }).click();
    await digest.getByRole('status').filter({ hasText: 'Your digest is on its way' }).waitFor();
    await digest.getByText(/^Last digest sent at \d/).waitFor();
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]!.to).toMatchObject({ text: owner.email });
    await shot('settings-digest');
    expect(pageErrors).toEqual([]);
  });
});
