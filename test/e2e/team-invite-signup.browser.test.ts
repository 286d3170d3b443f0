// A workspace invite mailed to someone without an account, end to end: the admin invites an
// address as someone new to the team, the mail goes through a real SMTP server, the link opens in
// Chromium signed out, the newcomer creates their account there (e-mail prefilled, no open
// sign-up on this server) and lands in the workspace, not paired for coffee until they say yes,
// with a first hello to the admin on their Today.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstName } from '../../web/src/time';
import { startTestServer } from '../support/server';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { callAsBrowser, checkPhoneWidth, hasChromium, launchChromium } from './page-tools';

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

const owner = {
  name: 'Mara Okafor',
  email: 'mara@example.com',
  password: 'correct horse battery',
  timeZone: 'Europe/Berlin',
};
const newcomer = {
  name: 'Priya Raman',
  email: 'priya@example.com',
  password: 'staple battery horse',
  timeZone: 'Asia/Kolkata',
};

describe.skipIf(!hasChromium && process.env.CI !== 'true')('joining by a mailed invite', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let smtp: TestSmtp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  async function openPage(timezoneId: string) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId,
      locale: 'en-GB',
    });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    smtp = await startTestSmtp();
    server = await startTestServer({
      RAPPORT_SMTP_URL: smtp.url,
      RAPPORT_MAIL_FROM: 'Rapport <rapport@test.example>',
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
    await smtp?.close();
  });

  const at = (path: string) => new URL(path, server.url).href;
  const heading = (page: Page) => page.getByRole('heading', { level: 1 });
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `${artifacts}team-invite-${name}.png`, fullPage: true });

  let link = '';
  let workspaceId = '';
  let priya: Page;

  it('mails an invite for a newcomer through the real SMTP server', async () => {
    const mara = await openPage(owner.timeZone);
    await mara.goto(at('/'));
    await mara.waitForURL(at('/setup'));
    await mara.getByLabel('Your name').fill(owner.name);
    await mara.getByLabel('E-mail').fill(owner.email);
    await mara.getByLabel('Time zone').fill(owner.timeZone);
    await mara.getByLabel('Password', { exact: true }).fill(owner.password);
    await mara.getByLabel('Confirm password').fill(owner.password);
    await mara.getByRole('button', { name: 'Create account' }).click();
    await heading(mara)
      .filter({ hasText: firstName(owner.name) })
      .waitFor();
    const { workspace } = await callAsBrowser(mara, at('/api/workspaces'), 'POST', {
      name: 'Acme',
    });
    workspaceId = workspace.id;

    await mara.goto(at(`/team/${workspace.id}/admin`));
    await mara.getByLabel('Their e-mail (optional)').fill(newcomer.email);
    await mara
      .getByLabel('Who is it for?')
      .selectOption({ label: 'Someone new to the team: introduce them to a few colleagues' });
    await mara.getByRole('button', { name: 'Create invite link' }).click();
    await mara
      .getByRole('status')
      .filter({ hasText: `E-mailed to ${newcomer.email}` })
      .waitFor();

    // The mail, as the SMTP server received it, and the link in it.
    await expect.poll(() => smtp.messages.length).toBe(1);
    const mail = smtp.messages[0]!;
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain(newcomer.email);
    link = /(http:\/\/\S+\/team\/join\/\S+)/.exec(mail.text ?? '')?.[1] ?? '';
    expect(link, mail.text).not.toBe('');
  });

  it('creates the account from the link, signed out, and lands in the workspace', async () => {
    // Signed out, in another browser: the page offers to create the account that joins.
    priya = await openPage(newcomer.timeZone);
    await priya.goto(link);
    await heading(priya).filter({ hasText: 'Join Acme' }).waitFor();
    await priya.getByText(`${owner.name} invited you to Acme on Rapport.`).waitFor();
    await priya.getByRole('heading', { name: 'Create your account' }).waitFor();
    expect(await priya.getByLabel('E-mail').inputValue()).toBe(newcomer.email);
    await shot(priya, 'signup');
    await checkPhoneWidth(priya, 'signup', (name) => shot(priya, name));
    await priya.getByLabel('Your name').fill(newcomer.name);
    await priya.getByLabel('Time zone').fill(newcomer.timeZone);
    await priya.getByLabel('Password', { exact: true }).fill(newcomer.password);
    await priya.getByLabel('Confirm password').fill(newcomer.password);
    await priya.getByRole('button', { name: 'Create account and join Acme' }).click();

    // In the workspace, signed in, welcomed; coffee waits until she says yes.
    await priya.getByRole('status').filter({ hasText: 'Welcome to Acme!' }).waitFor();
    await heading(priya).filter({ hasText: 'Acme' }).waitFor();
    expect(new URL(priya.url()).pathname).toBe(`/team/${workspaceId}/profile`);
    expect(await priya.getByLabel('Pair me for coffee').isChecked()).toBe(false);
    await shot(priya, 'joined');
  });

  it('works once, and the newcomer finds a first hello on Today', async () => {
    // The same link does not work twice.
    const reuse = await openPage(newcomer.timeZone);
    await reuse.goto(link);
    await reuse.getByText('This invite link has expired or was already used.').waitFor();

    // She is new to the team: a first hello to Mara waits on her Today.
    await priya.goto(at('/'));
    await heading(priya)
      .filter({ hasText: firstName(newcomer.name) })
      .waitFor();
    await priya
      .locator('.welcome-item')
      .filter({ hasText: `Say hello to ${owner.name}` })
      .waitFor();
    expect(pageErrors).toEqual([]);
  });
});
