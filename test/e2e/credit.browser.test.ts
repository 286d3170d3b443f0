// Getting credit in a real browser against a real `rapport serve` and a real SMTP server on
// loopback: log two wins, draft the weekly update, edit its Markdown, watch the preview follow,
// send it to the manager and find it in the history (and in the mailbox); a refused send keeps
// the draft; then the remote-work proposal from form to document and decision.
// The owner's zone is a day away from the browser's: dates taken from the browser's calendar
// would put the wins outside "this week" and fail the test.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstName } from '../../web/src/time';
import type { TestServer } from '../support/server';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { type BrowserSession, openBrowserSession } from './browser-session';
import { callAsBrowser, checkPhoneWidth, hasChromium } from './page-tools';

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

const owner = {
  name: 'Mara Okafor',
  email: 'mara@example.com',
  password: 'correct horse battery',
  timeZone: 'Pacific/Kiritimati',
};
// 25 hours behind the owner: never the same calendar day.
const BROWSER_ZONE = 'Pacific/Pago_Pago';
const manager = { name: 'Maya Boss', email: 'maya@example.com' };

const ownerToday = () => Temporal.Now.plainDateISO(owner.timeZone).toString();

describe.skipIf(!hasChromium && process.env.CI !== 'true')('getting credit in the browser', () => {
  let smtp: TestSmtp;
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];
  let updatePath = '';
  let subject = '';

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    smtp = await startTestSmtp();
    session = await openBrowserSession({
      owner,
      serverEnv: { RAPPORT_SMTP_URL: smtp.url, RAPPORT_MAIL_FROM: 'Rapport <r@example.com>' },
      context: { timezoneId: BROWSER_ZONE, locale: 'en-GB', acceptDownloads: true },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    ({ server, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
    await smtp?.close();
  });

  const at = (path: string) => new URL(path, server.url).href;
  const heading = () => page.getByRole('heading', { level: 1 });
  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  const notice = (text: string | RegExp) =>
    page.locator('.notice-region').getByText(text).waitFor();
  const shot = (name: string) =>
    page.screenshot({ path: `${artifacts}credit-${name}.png`, fullPage: true });
  // The server's HTML shows in a sandboxed frame, as the e-mail it is.
  const preview = () => page.getByTitle('Preview of the e-mail').contentFrame();

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, data?: unknown) =>
    callAsBrowser(page, at(path), method, data);
  const atPhoneWidth = (name: string) => checkPhoneWidth(page, name, shot);

  it('adds the manager with an e-mail', async () => {
    await page.goto(at('/'));
    await heading()
      .filter({ hasText: firstName(owner.name) })
      .waitFor();

    await nav('People');
    await page.getByRole('link', { name: 'Add person' }).click();
    await heading().filter({ hasText: 'Add a person' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill(manager.name);
    await page.getByLabel('Kind').selectOption('manager');
    await page.getByLabel('E-mail 1', { exact: true }).fill(manager.email);
    await page.getByRole('button', { name: 'Add person' }).click();
    await heading()
      .filter({ hasText: firstName(manager.name) })
      .waitFor();
  });

  it('logs two wins, dated the owner’s today, grouped by project with counts', async () => {
    await nav('Wins');
    await heading().filter({ hasText: 'Wins' }).waitFor();
    const add = page.getByRole('form', { name: 'Log a win' });
    expect(await add.getByLabel('Date').inputValue()).toBe(ownerToday());

    // The title is required.
    await add.getByRole('button', { name: 'Log win' }).click();
    await add.getByRole('alert').filter({ hasText: 'Say what you did.' }).waitFor();

    await add.getByLabel('What did you get done?').fill('Shipped the billing export');
    await add.getByLabel('Project').fill('Billing');
    await add.getByLabel('Impact').fill('Cut support tickets by 30%');
    await add.getByRole('button', { name: 'Log win' }).click();
    await notice('Logged: Shipped the billing export.');
    // Ready for the next one, focus back in the title.
    expect(await add.getByLabel('What did you get done?').inputValue()).toBe('');
    expect(
      await add.getByLabel('What did you get done?').evaluate((e) => e === document.activeElement),
    ).toBe(true);

    await add.getByLabel('What did you get done?').fill('Reviewed the onboarding RFC');
    // Past projects are offered, once the list has come back after the save (the full run
    // under load read the options before that and found none).
    await expect
      .poll(() =>
        add
          .locator('datalist option')
          .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value)),
      )
      .toEqual(['Billing']);
    await add.getByLabel('Project').fill('Billing');
    await add.getByRole('button', { name: 'Add people, links, tags' }).click();
    const tell = add.getByRole('combobox', { name: 'Tell' });
    await tell.fill('may');
    await add.getByRole('option', { name: manager.name }).waitFor();
    await tell.press('Enter');
    await add.getByRole('button', { name: `Remove ${manager.name}` }).waitFor();
    await add.getByLabel('Links').fill('not a link');
    await add.getByRole('button', { name: 'Log win' }).click();
    await add.getByRole('alert').filter({ hasText: 'isn’t a full link' }).waitFor();
    await add.getByLabel('Links').fill('https://example.com/rfc/12');
    await add.getByLabel('Tags').fill('reviews, onboarding');
    await add.getByRole('button', { name: 'Log win' }).click();
    await notice('Logged: Reviewed the onboarding RFC.');

    const wins = page.getByRole('region', { name: 'Your wins' });
    await wins.getByText('2 wins in 1 project, 1 with impact.', { exact: false }).waitFor();
    const billing = wins.getByRole('region', { name: /^Billing/ });
    expect(await billing.getByRole('heading').textContent()).toContain('Billing · 2');
    await billing.getByText('Cut support tickets by 30%').waitFor();
    await billing.getByText(`tell ${manager.name}`, { exact: false }).waitFor();
    await billing.getByRole('link', { name: 'example.com/rfc/12' }).waitFor();

    // Last week is empty; this week has both.
    await wins.getByRole('radio', { name: 'Last week' }).check();
    await wins.getByText('Nothing logged in this period yet.', { exact: false }).waitFor();
    await wins.getByRole('radio', { name: 'This week' }).check();
    await billing.waitFor();

    // Edit one in the dialog.
    await billing.getByRole('button', { name: 'Edit: Reviewed the onboarding RFC' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('What did you get done?').fill('Reviewed the onboarding RFC twice');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'detached' });
    await billing.getByText('Reviewed the onboarding RFC twice').waitFor();

    // Flexibility, for the manager.
    const flex = page.getByRole('region', { name: 'Flexibility' });
    await flex.getByLabel('What you changed for the team').fill('Took a 7am call with Sydney');
    await flex.getByLabel('For whom').selectOption({ label: manager.name });
    await flex.getByRole('button', { name: 'Log flexibility' }).click();
    await flex.getByText('Took a 7am call with Sydney').waitFor();
    await flex.getByText(`for ${manager.name}`, { exact: false }).waitFor();

    const stored = (await call('GET', '/api/accomplishments')).accomplishments;
    expect(stored.map((entry: { date: string }) => entry.date)).toEqual([
      ownerToday(),
      ownerToday(),
    ]);
    await shot('wins-1280');
    await atPhoneWidth('wins');
  });

  it('drafts the weekly update, edits the Markdown and sees the preview follow', async () => {
    await nav('Updates');
    await heading().filter({ hasText: 'Status updates' }).waitFor();
    await page.getByText('No updates yet.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Draft this week’s update' }).click();
    await heading().filter({ hasText: 'Draft update' }).waitFor();
    updatePath = new URL(page.url()).pathname;
    expect(updatePath).toMatch(/^\/updates\/[^/]+$/);

    subject = await page.getByLabel('Subject').inputValue();
    expect(subject).toContain('Status update');
    await page
      .getByRole('list', { name: 'Recipients' })
      .getByText(manager.email, { exact: true })
      .waitFor();
    const markdown = page.getByLabel('Markdown');
    const original = await markdown.inputValue();
    expect(original).toContain('Shipped the billing export');
    await preview().getByText('Shipped the billing export', { exact: false }).first().waitFor();
    expect(await preview().locator('body').innerHTML()).not.toContain('**');

    // Edit one line; the preview shows the saved rendering.
    const edited = original.replace(
      'Shipped the billing export',
      'Shipped the billing export to **every EU customer**',
    );
    expect(edited).not.toBe(original);
    await markdown.fill(edited);
    await page.getByRole('button', { name: /^Save/ }).click();
    await page.getByText('All changes saved').waitFor();
    const strong = preview().getByText('every EU customer', { exact: true });
    expect(await strong.evaluate((element) => element.tagName)).toBe('STRONG');
    expect(await preview().locator('body').innerHTML()).not.toContain('**');
    expect(await preview().locator('script').count()).toBe(0);

    // Copy puts the plain text on the clipboard.
    await page.getByRole('button', { name: 'Copy text' }).click();
    await page.getByText('Plain text copied to the clipboard.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Shipped the billing export to every EU customer');
    expect(copied).not.toContain('**');

    // Typing alone saves too, a moment after it stops.
    await markdown.fill(`${edited}\nThanks for reading.\n`);
    await preview().getByText('Thanks for reading.').waitFor();
    await page.getByText('All changes saved').waitFor();

    await shot('composer-1280');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot('composer-dark-1280');
    await page.emulateMedia({ colorScheme: 'light' });
    await atPhoneWidth('composer');
  });

  it('sends it to the manager, and keeps it in the history as sent', async () => {
    await page.getByRole('button', { name: 'Send…' }).click();
    await page
      .getByText(`Send to ${manager.email}? It comes from “${owner.name} via Rapport”`)
      .waitFor();
    await page.getByRole('button', { name: 'Send now' }).click();
    await heading().filter({ hasText: 'Sent update' }).waitFor();
    await notice(`Sent to ${manager.email}.`);
    await page
      .getByTitle('The e-mail as sent')
      .contentFrame()
      .getByText('Thanks for reading.')
      .waitFor();

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.subject).toBe(subject);
    expect(mail.from?.value[0]?.name).toBe(`${owner.name} via Rapport`);
    expect(mail.replyTo?.value[0]?.address).toBe(owner.email);
    const to = Array.isArray(mail.to) ? mail.to : [mail.to];
    expect(to.flatMap((address) => address?.value.map((one) => one.address))).toEqual([
      manager.email,
    ]);
    expect(mail.text).toContain('Shipped the billing export to every EU customer');
    expect(mail.text).toContain('Thanks for reading.');
    expect(mail.html).toMatch(/Shipped the billing export to <strong[^>]*>every EU customer/);
    expect(mail.html).not.toContain('**');

    await page.getByRole('link', { name: 'All updates' }).click();
    await heading().filter({ hasText: 'Status updates' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: subject });
    await row.getByText('Sent', { exact: true }).waitFor();
    await row.getByText('Manual', { exact: true }).waitFor();
    await row.getByText(manager.email).waitFor();
  });

  it('keeps the draft and says so when the mail server refuses', async () => {
    smtp.refuse(true);
    await page.getByRole('radio', { name: 'Last week' }).check();
    await page.getByRole('button', { name: 'Draft last week’s update' }).click();
    await heading().filter({ hasText: 'Draft update' }).waitFor();
    await page.getByRole('button', { name: 'Send…' }).click();
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByRole('alert').filter({ hasText: 'kept as an unsent draft' }).waitFor();
    expect(await heading().textContent()).toBe('Draft update');
    smtp.refuse(false);

    await page.getByRole('link', { name: 'All updates' }).click();
    await page.getByRole('row').filter({ hasText: 'Not sent' }).waitFor();
    expect(smtp.messages).toHaveLength(1);
  });

  it('sets the update schedule in the owner’s zone', async () => {
    const schedule = page.getByRole('region', { name: 'Schedule' });
    await schedule.getByLabel('Draft my update automatically').check();
    await schedule.getByLabel('Day').selectOption('thu');
    await schedule.getByLabel('Time').fill('16:30');
    await schedule.getByRole('radio', { name: 'Send it at once' }).check();
    await schedule.getByRole('button', { name: 'Save schedule' }).click();
    await schedule.getByText('Schedule saved.').waitFor();
    await schedule
      .getByText(`Every Thursday at 16:30 (${owner.timeZone})`, { exact: false })
      .waitFor();
    const { preferences } = await call('GET', '/api/me/preferences');
    expect(preferences.updateSchedule).toEqual({
      enabled: true,
      kind: 'week',
      weekday: 'thu',
      time: '16:30',
      deliver: 'send',
      to: [],
    });
    await shot('updates-1280');
    await atPhoneWidth('updates');
  });

  it('builds the proposal, shows the document, and records “not now”', async () => {
    await nav('Wins');
    await page.getByRole('link', { name: 'Remote-work proposal' }).click();
    await heading().filter({ hasText: 'Remote-work proposal' }).waitFor();
    expect(await page.getByLabel('Your manager').inputValue()).toBe(manager.name);
    expect(await page.getByLabel('Trial length (days)').inputValue()).toBe('90');

    await page.getByRole('button', { name: 'Save proposal' }).click();
    await page.getByRole('alert').filter({ hasText: 'Say which role' }).waitFor();

    await page.getByLabel('Your role').fill('Senior product designer');
    await page.getByLabel('Deliverable 1', { exact: true }).fill('Weekly design review');
    await page.getByRole('button', { name: 'Add deliverable' }).click();
    await page.getByLabel('Deliverable 2', { exact: true }).fill('Usability study each quarter');
    const measures = page.getByLabel('How it is measured');
    await measures.nth(0).fill('Every Thursday, notes shared the same day');
    await page.getByRole('button', { name: 'Save proposal' }).click();
    await page.getByRole('alert').filter({ hasText: 'Say how this one is measured.' }).waitFor();
    await page.getByRole('button', { name: 'Remove deliverable 2' }).click();
    await page.getByRole('button', { name: /It costs the company nothing/ }).click();
    expect(await page.getByLabel('Cost note').inputValue()).toBe(
      'It costs the company nothing: I already have the equipment and connection I need at home.',
    );
    await page.getByRole('button', { name: 'Save proposal' }).click();
    await notice('Proposal saved.');

    const doc = page
      .getByTitle(`Remote-work proposal: Senior product designer — ${owner.name}`)
      .contentFrame();
    await doc.getByText('Weekly design review').waitFor();
    await doc.getByText('It costs the company nothing', { exact: false }).first().waitFor();
    await doc.getByText('Shipped the billing export', { exact: false }).first().waitFor();
    await doc.getByText(`${manager.name}, could we`, { exact: false }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .md' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'remote-work-proposal-senior-product-designer-mara-okafor.md',
    );
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await page.getByText('Markdown copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      '# Remote-work proposal: Senior product designer',
    );

    const answer = page.getByRole('region', { name: 'The answer' });
    await answer.getByText('Record the answer here once you have it.').waitFor();
    await answer.getByRole('radio', { name: 'Not now' }).check();
    await answer.getByLabel('Revisit on').fill('');
    await answer.getByRole('button', { name: 'Record the answer' }).click();
    await answer.getByRole('alert').filter({ hasText: 'Pick the date' }).waitFor();
    const revisit = Temporal.PlainDate.from(ownerToday()).add({ days: 60 }).toString();
    await answer.getByLabel('Revisit on').fill(revisit);
    await answer.getByRole('button', { name: 'Record the answer' }).click();
    await answer.getByText('Answer recorded.').waitFor();
    await answer.getByText('You’ll bring it up again on', { exact: false }).waitFor();
    const { proposal } = await call('GET', '/api/proposal');
    expect(proposal).toMatchObject({ decision: 'not-now', revisitOn: revisit });

    await shot('proposal-1280');
    await atPhoneWidth('proposal');
  });

  it('brings a “not now” back on Today, linking to the proposal', async () => {
    const answer = page.getByRole('region', { name: 'The answer' });
    const tomorrow = Temporal.PlainDate.from(ownerToday()).add({ days: 1 }).toString();
    await answer.getByLabel('Revisit on').fill(tomorrow);
    await answer.getByRole('button', { name: 'Record the answer' }).click();
    await answer.getByText('Answer recorded.').waitFor();

    await nav('Today');
    const item = page
      .getByRole('list', { name: 'Agenda' })
      .getByRole('article', { name: 'Revisit your remote-work proposal' });
    expect(await item.locator('.badge').textContent()).toBe('Proposal');
    await item.getByRole('link', { name: 'Revisit your remote-work proposal' }).click();
    await heading().filter({ hasText: 'Remote-work proposal' }).waitFor();
  });

  it('threw no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
