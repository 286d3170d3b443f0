// The daily loop in a real browser against a real `rapport serve`: add a person with a weekly
// cadence, log a call from ten days ago with the keyboard, see them on Today with the reason,
// log today's call from the agenda and see them leave; snooze and done with one key each.
// The owner's zone differs from the browser's, so every time shown or sent must use the
// owner's zone to pass.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstName } from '../../web/src/time';
import type { TestServer } from '../support/server';
import { type BrowserSession, openBrowserSession } from './browser-session';
import { callAsBrowser, checkPhoneWidth, hasChromium } from './page-tools';

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

const owner = {
  name: 'Mara Okafor',
  email: 'mara@example.com',
  password: 'correct horse battery',
  timeZone: 'America/Los_Angeles',
};
const BROWSER_ZONE = 'Asia/Kolkata';

/** A calendar date in the owner's zone, `days` from today. */
function ownerDate(days: number): string {
  return Temporal.Now.plainDateISO(owner.timeZone).add({ days }).toString();
}

describe.skipIf(!hasChromium && process.env.CI !== 'true')('the daily loop in the browser', () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];
  let priyaPath = '';

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    session = await openBrowserSession({
      owner,
      context: { timezoneId: BROWSER_ZONE, locale: 'en-GB' },
    });
    ({ server, page, pageErrors } = session);
  });

  afterAll(() => session?.close());

  const at = (path: string) => new URL(path, server.url).href;
  const heading = () => page.getByRole('heading', { level: 1 });
  const dialog = () => page.getByRole('dialog');
  const agenda = () => page.getByRole('list', { name: 'Agenda' });
  const agendaItem = (title: string) => agenda().getByRole('article', { name: title });
  const notice = (text: string | RegExp) =>
    page.locator('.notice-region').getByText(text).waitFor();
  // A dialog is fixed to the screen: a viewport shot shows it as the user sees it.
  const shot = (name: string, fullPage = !name.includes('dialog')) =>
    page.screenshot({ path: `${artifacts}daily-loop-${name}.png`, fullPage });
  const focusedLabel = () =>
    page.evaluate(() => {
      const element = document.activeElement;
      const id = element?.getAttribute('aria-labelledby');
      return (id && document.getElementById(id)?.textContent) || element?.textContent || '';
    });

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, data?: unknown) =>
    callAsBrowser(page, at(path), method, data);
  const atPhoneWidth = (name: string) => checkPhoneWidth(page, name, shot);

  // Whatever the time of day adds to Today: here the owner's working day ends in ten minutes,
  // so Today holds the end-of-day prompt, and still asks a new owner who matters to them.
  it('greets the new owner with an empty Today, even at the end of their day', async () => {
    const before = (await call('GET', '/api/me')).user.workingHours;
    const minute = Temporal.Now.plainTimeISO(owner.timeZone);
    const nowMinutes = minute.hour * 60 + minute.minute;
    const clock = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const day = [
      { start: clock(Math.max(0, nowMinutes - 60)), end: clock(Math.min(1440, nowMinutes + 10)) },
    ];
    const endingSoon = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, day]),
    );
    await call('PATCH', '/api/me', { workingHours: endingSoon });
    try {
      await page.goto(at('/'));
      await heading()
        .filter({ hasText: firstName(owner.name) })
        .waitFor();
      expect(await page.title()).toBe('Today · Rapport');
      await agendaItem('Wrap up the day').waitFor();
      await page.getByRole('heading', { name: 'Who matters to you?' }).waitFor();
      await page.getByRole('region', { name: 'This week' }).waitFor();
    } finally {
      await call('PATCH', '/api/me', { workingHours: before });
    }
  });

  it('adds a person with a 7-day cadence, facts and a birthday without a year', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'People' })
      .click();
    await heading().filter({ hasText: 'People' }).waitFor();
    await page.getByRole('link', { name: 'Add person' }).click();
    await heading().filter({ hasText: 'Add a person' }).waitFor();

    // Nothing but the name is required, and the name is.
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('alert').filter({ hasText: 'Enter their name.' }).waitFor();

    await page.getByLabel('Name', { exact: true }).fill('Priya Natarajan');
    expect(await page.getByLabel('Kind').inputValue()).toBe('coworker');
    // The placeholder shows the kind's default; a key co-worker is due weekly.
    const cadence = page.getByLabel('Cadence (days)');
    expect(await cadence.getAttribute('placeholder')).toBe('14');
    await page.getByLabel('Key person').check();
    expect(await cadence.getAttribute('placeholder')).toBe('7');
    await page.getByLabel('Key person').uncheck();
    await cadence.fill('7');
    await page.getByLabel('Team').fill('Platform');
    await page.getByLabel('Title').fill('Staff engineer');
    await page.getByLabel('Time zone').fill('Europe/London');
    await page.getByLabel('Birthday').fill('1990-03-14');
    await page.getByLabel('Year unknown').check();
    const fact = page.getByLabel('Facts');
    await fact.fill('Training for the Berlin half-marathon');
    await fact.press('Enter');
    await fact.fill('Two cats, Miso and Tofu');
    await page.getByRole('button', { name: 'Add fact' }).click();
    await shot('add-person-1280');
    await atPhoneWidth('add-person');
    await page.getByRole('button', { name: 'Add person' }).click();

    await heading().filter({ hasText: 'Priya Natarajan' }).waitFor();
    priyaPath = new URL(page.url()).pathname;
    expect(priyaPath).toMatch(/^\/people\/[^/]+$/);
    await page.getByText('Training for the Berlin half-marathon').waitFor();
    await page.getByText('Two cats, Miso and Tofu').waitFor();
    await page.getByText('14 March', { exact: false }).first().waitFor();
    const person = (await call('GET', `/api${priyaPath}`)).person;
    expect(person.cadenceDays).toBe(7);
    expect(person.dates).toMatchObject([{ type: 'birthday', month: 3, day: 14, year: null }]);
  });

  it('logs a call from ten days ago with the keyboard, in the owner’s zone', async () => {
    // Noon ten days ago on the owner's calendar; read in the browser's zone it would be the
    // day before, and Today would say 11 days.
    const local = `${ownerDate(-10)}T12:00`;
    const instant = Temporal.PlainDateTime.from(local).toZonedDateTime(owner.timeZone).toInstant();

    await page.locator('body').press('n');
    await dialog().getByRole('heading', { name: 'Log a conversation' }).waitFor();
    const people = dialog().getByRole('combobox', { name: 'People' });
    expect(await people.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('pri');
    await dialog()
      .getByRole('option', { name: /Priya Natarajan/ })
      .waitFor();
    await page.keyboard.press('Enter');
    await dialog().getByRole('button', { name: 'Remove Priya Natarajan' }).waitFor();
    await dialog().getByRole('radio', { name: 'Call', exact: true }).check();
    await dialog().getByRole('radio', { name: 'Both', exact: true }).check();
    await dialog().getByLabel('Note').fill('She asked me to review her RFC on caching');
    await dialog().getByLabel('When').fill(local);
    await shot('log-dialog-1280');
    await atPhoneWidth('log-dialog');
    await dialog().getByLabel('Note').focus();
    await page.keyboard.press('Control+Enter');
    await dialog().waitFor({ state: 'detached' });
    await notice('Logged: call with Priya Natarajan.');

    const entry = page.getByRole('region', { name: 'Conversations' }).getByRole('listitem').first();
    await entry.getByText('She asked me to review her RFC on caching').waitFor();
    const time = entry.locator('time');
    expect(Date.parse((await time.getAttribute('datetime'))!)).toBe(instant.epochMilliseconds);
    const inOwnerZone = await page.evaluate(
      ([iso, timeZone]) =>
        new Intl.DateTimeFormat(undefined, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone,
        }).format(new Date(iso!)),
      [instant.toString(), owner.timeZone],
    );
    expect(await time.textContent()).toBe(inOwnerZone);
  });

  it('shows them on Today with the reason and something to talk about', async () => {
    // Working every day, so that work is not held for the next working day whenever this runs.
    const allDay = [{ start: '00:00', end: '24:00' }];
    await call('PUT', '/api/schedule', {
      workingHours: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, allDay]),
      ),
    });
    // Someone due and a reply owed to them, one card, for the one-key snooze and done below.
    const sam = (
      await call('POST', '/api/people', { name: 'Sam Lee', kind: 'coworker', cadenceDays: 7 })
    ).person;
    await call('POST', '/api/interactions', {
      personIds: [sam.id],
      channel: 'chat',
      at: new Date(Date.now() - 10 * 86_400_000).toISOString(),
    });
    // A reply shows on Today once it has waited a day.
    await call('POST', '/api/replies', {
      personId: sam.id,
      text: 'Feedback on the onboarding doc',
      since: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Today' })
      .click();
    const priya = agendaItem('Reach out to Priya Natarajan');
    await priya.waitFor();
    expect(await priya.getByText(/^Last talked/).textContent()).toBe(
      'Last talked 10 days ago — you aim for every 7 days',
    );
    expect(await priya.locator('.badge').textContent()).toBe('Due');
    expect(await priya.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    // Sam's reply owed and reach-out are one card, the reply leading.
    await agendaItem('Reply to Sam Lee').getByText('Reach out to Sam Lee').waitFor();
    await page.getByRole('region', { name: 'This week' }).getByText('Conversations').waitFor();
    await shot('today-1280');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot('today-dark-1280');
    await page.emulateMedia({ colorScheme: 'light' });
    await atPhoneWidth('today');
  });

  it('logs today’s call from the agenda with l, and they leave Today', async () => {
    await page.locator('body').press('j');
    const titles = await agenda()
      .getByRole('article')
      .evaluateAll((items) => items.map((item) => item.querySelector('h3')?.textContent ?? ''));
    expect(await focusedLabel()).toBe(titles[0]);
    // Walk down to Priya with the arrow keys.
    const target = titles.indexOf('Reach out to Priya Natarajan');
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedLabel()).toBe('Reach out to Priya Natarajan');

    await page.keyboard.press('l');
    await dialog().getByRole('heading', { name: 'Log a conversation' }).waitFor();
    await dialog().getByRole('button', { name: 'Remove Priya Natarajan' }).waitFor();
    await dialog().getByRole('radio', { name: 'Call', exact: true }).check();
    await dialog().getByLabel('Note').fill('Caught up about the half-marathon: 1:52!');
    await page.keyboard.press('Control+Enter');
    await dialog().waitFor({ state: 'detached' });
    await agendaItem('Reach out to Priya Natarajan').waitFor({ state: 'detached' });
    // Focus stays in the agenda for the next key.
    expect(await focusedLabel()).toMatch(/Sam Lee$/);
  });

  it('snoozes with s (three days on the owner’s calendar) and marks done with d', async () => {
    await agendaItem('Reply to Sam Lee').focus();
    await page.keyboard.press('s');
    // Snoozing hides the reach-out; the reply owed stays until it is done.
    await agendaItem('Reply to Sam Lee')
      .getByText('Reach out to Sam Lee')
      .waitFor({ state: 'detached' });
    await notice(/^Snoozed Sam Lee until/);
    const people = (await call('GET', '/api/people')).people as {
      name: string;
      snoozedUntil: string;
    }[];
    expect(people.find((person) => person.name === 'Sam Lee')?.snoozedUntil).toBe(ownerDate(3));

    await agendaItem('Reply to Sam Lee').focus();
    await page.keyboard.press('d');
    await agendaItem('Reply to Sam Lee').waitFor({ state: 'detached' });
    await notice('Done: Reply to Sam Lee.');
    await page.getByRole('heading', { name: 'You’re all caught up' }).waitFor();
    await shot('today-empty-1280');
  });

  it('shows the person page with both calls, health and facts, on a desktop and a phone', async () => {
    await page.goto(at(priyaPath));
    await heading().filter({ hasText: 'Priya Natarajan' }).waitFor();
    const conversations = page.getByRole('region', { name: 'Conversations' });
    await conversations.getByText('Caught up about the half-marathon: 1:52!').waitFor();
    expect(await conversations.getByRole('listitem').count()).toBe(2);
    // Newest first.
    expect(await conversations.getByRole('listitem').first().textContent()).toContain('1:52!');
    const health = page.getByRole('region', { name: 'Relationship health' });
    await health.getByText('On track').waitFor();
    await health.getByText('Last talked today; you aim for every 7 days.').waitFor();

    // Edit the older conversation in the same dialog.
    const older = conversations.getByRole('listitem').nth(1);
    await older.getByRole('button', { name: /^Edit conversation of/ }).click();
    await dialog().getByRole('heading', { name: 'Edit conversation' }).waitFor();
    expect(await dialog().getByRole('radio', { name: 'Call', exact: true }).isChecked()).toBe(true);
    await dialog().getByLabel('Note').fill('She asked me to review her RFC on caching, by Friday');
    await page.keyboard.press('Control+Enter');
    await dialog().waitFor({ state: 'detached' });
    await older.getByText('She asked me to review her RFC on caching, by Friday').waitFor();

    // A promise and a favor; the promise is kept.
    const items = page.getByRole('region', { name: 'Open items' });
    await items.getByRole('button', { name: 'Add item' }).click();
    await items.getByRole('radio', { name: 'Promise' }).check();
    await items.getByLabel('What you promised').fill('Review the caching RFC');
    await items.getByRole('button', { name: 'Add promise' }).click();
    await items.getByText('Review the caching RFC').waitFor();
    await items.getByRole('button', { name: 'Add item' }).click();
    await items.getByRole('radio', { name: 'Favor' }).check();
    await items.getByRole('radio', { name: 'They did it for me' }).check();
    await items.getByRole('combobox', { name: 'Favor' }).selectOption('intro');
    await items.getByLabel('Details (optional)').fill('Introduced me to the search team');
    await items.getByRole('button', { name: 'Add favor' }).click();
    await items.getByText('Introduced me to the search team').waitFor();
    await health.getByText('Gave 0, got 1 (they’re 1 ahead)').waitFor();
    await items.getByRole('button', { name: 'Done: Review the caching RFC' }).click();
    await items.getByText('Done (1)').waitFor();
    await shot('person-1280');
    await atPhoneWidth('person');
  });

  it('edits a person back to the default cadence, and pauses them', async () => {
    await page.getByRole('link', { name: 'Edit' }).click();
    await heading().filter({ hasText: 'Edit Priya Natarajan' }).waitFor();
    expect(await page.getByLabel('Cadence (days)').inputValue()).toBe('7');
    expect(await page.getByLabel('Year unknown').isChecked()).toBe(true);
    await page.getByLabel('Cadence (days)').fill('');
    await page.getByLabel('Company').fill('Acme');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await heading().filter({ hasText: 'Priya Natarajan' }).waitFor();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByText('every 14 days (default)').waitFor();
    await page.getByText('Staff engineer · Platform · Acme').waitFor();
    // The birthday survived the edit, still without a year.
    await page.getByRole('region', { name: 'Important dates' }).getByText('14 March').waitFor();

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByText('Paused', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
  });

  it('finds people by name and by what was said', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'People' })
      .click();
    const table = page.getByRole('table');
    await table.getByRole('link', { name: 'Priya Natarajan' }).waitFor();
    expect(await table.getByRole('row').count()).toBe(3);
    await page.getByLabel('Search').fill('rfc');
    await page
      .getByRole('region', { name: 'Mentions of “rfc”' })
      .getByRole('link', { name: 'Priya Natarajan' })
      .waitFor();
    await page.getByLabel('Search').fill('sam');
    await table.getByRole('link', { name: 'Sam Lee' }).waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    await shot('people-1280');
    await atPhoneWidth('people');
  });

  it('deletes a person after asking, and goes back to People', async () => {
    await page.getByRole('table').getByRole('link', { name: 'Sam Lee' }).click();
    await heading().filter({ hasText: 'Sam Lee' }).waitFor();
    await page.getByRole('button', { name: 'Delete Sam Lee' }).click();
    await page.getByText('Delete Sam Lee and everything logged about them?').waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForURL(at('/people'));
    await notice('Deleted Sam Lee.');
    await page.getByLabel('Search').fill('');
    await page.getByText('1 person', { exact: true }).waitFor();
  });

  it('hints the cadence the server will apply: the user’s own defaults, not the built-ins', async () => {
    await call('PATCH', '/api/me/preferences', {
      cadenceDefaults: { coworker: 10, friend: null, keyCoworker: 4 },
    });
    await page.goto(at('/people/new'));
    await heading().filter({ hasText: 'Add a person' }).waitFor();
    const cadence = page.getByLabel('Cadence (days)');
    await page.getByLabel('Name', { exact: true }).fill('Noor Haddad');
    await page.waitForFunction(
      () =>
        document.querySelector('input[name="cadenceDays"]')?.getAttribute('placeholder') === '10',
    );
    await page.getByLabel('Key person').check();
    expect(await cadence.getAttribute('placeholder')).toBe('4');
    await page.getByLabel('Kind').selectOption('friend');
    expect(await cadence.getAttribute('placeholder')).toBe('none');
    await call('PATCH', '/api/me/preferences', {
      cadenceDefaults: { coworker: 14, friend: 30, keyCoworker: 7 },
    });
  });

  it('threw no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
