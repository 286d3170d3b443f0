// Time and place in a real browser against a real `rapport serve`: a colleague in New York, the
// week grid in the owner's Berlin time with the shared hours shaded, office days, a meeting-time
// search, the household routines and trips, and the calendar feed from Settings. The browser
// runs in Los Angeles, so any time taken from the browser's zone instead of the owner's fails.

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
  name: 'Jonas Weber',
  email: 'jonas@example.com',
  password: 'correct horse battery',
  timeZone: 'Europe/Berlin',
};
const BROWSER_ZONE = 'America/Los_Angeles';
const COLLEAGUE = { name: 'Ana Lopez', zone: 'America/New_York', city: 'Lisbon' };

/** This week's Tuesday in the owner's calendar. */
function ownersTuesday(): Temporal.PlainDate {
  const today = Temporal.Now.plainDateISO(owner.timeZone);
  return today.subtract({ days: today.dayOfWeek - 1 }).add({ days: 1 });
}

/** "HH:MM" on `zone`'s wall clock at an instant. */
function wallTime(instant: Temporal.Instant, zone: string): string {
  return instant.toZonedDateTimeISO(zone).toPlainTime().toString().slice(0, 5);
}

/** New York's 09:00–17:00 on `date` as the owner's wall clock shows it: "15:00–23:00". */
function newYorkDayInBerlin(date: Temporal.PlainDate): { start: string; end: string } {
  const at = (hour: number) =>
    wallTime(
      date.toZonedDateTime({ timeZone: COLLEAGUE.zone, plainTime: { hour } }).toInstant(),
      owner.timeZone,
    );
  return { start: at(9), end: at(17) };
}

describe.skipIf(!hasChromium && process.env.CI !== 'true')('time and place in the browser', () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];
  let anaPath = '';

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    session = await openBrowserSession({
      owner,
      context: { timezoneId: BROWSER_ZONE, locale: 'en-GB' },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    ({ server, page, pageErrors } = session);
  });

  afterAll(() => session?.close());

  const at = (path: string) => new URL(path, server.url).href;
  const heading = () => page.getByRole('heading', { level: 1 });
  const mainNav = () => page.getByRole('navigation', { name: 'Main' });
  const notice = (text: string | RegExp) =>
    page.locator('.notice-region').getByText(text).waitFor();
  const shot = (name: string) =>
    page.screenshot({ path: `${artifacts}schedule-${name}.png`, fullPage: true });

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, data?: unknown) =>
    callAsBrowser(page, at(path), method, data);
  const atPhoneWidth = (name: string) => checkPhoneWidth(page, name, shot);

  it('shows the owner in Berlin at work or off, and adds a key colleague in New York', async () => {
    await page.goto(at('/'));
    await heading()
      .filter({ hasText: firstName(owner.name) })
      .waitFor();
    // The header tells the household's status: at work or off, from the owner's hours.
    await page
      .locator('.status-pill')
      .getByText(/^(At work|Off work)/)
      .waitFor();

    await mainNav().getByRole('link', { name: 'People' }).click();
    await page.getByRole('link', { name: 'Add person' }).click();
    await page.getByLabel('Name', { exact: true }).fill(COLLEAGUE.name);
    await page.getByLabel('Key person').check();
    await page.getByLabel('City').fill(COLLEAGUE.city);
    await page.getByLabel('Office (named)').fill('Lisbon Alfama hub');
    await page.getByLabel('Time zone').fill(COLLEAGUE.zone);
    await page.getByRole('button', { name: 'Add person' }).click();
    await heading().filter({ hasText: COLLEAGUE.name }).waitFor();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByText('Lisbon Alfama hub', { exact: true }).waitFor();
    anaPath = new URL(page.url()).pathname;
  });

  it('sets her office day on her page and says when to reach her', async () => {
    const card = page.getByRole('region', { name: 'Schedule' });
    await card.getByText('Mon–Fri 09:00–17:00').waitFor();
    await card.getByText('(assumed)').waitFor();
    await card.getByRole('button', { name: 'Change schedule' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Time zone').inputValue()).toBe(COLLEAGUE.zone);
    await dialog.getByRole('group', { name: 'Office days' }).getByLabel('Tuesday').check();
    await dialog.getByRole('button', { name: 'Save schedule' }).click();
    await dialog.waitFor({ state: 'detached' });
    await notice(`Schedule saved for ${COLLEAGUE.name}.`);
    await card.getByText('Tuesday', { exact: true }).waitFor();
    // Shared hours in Berlin and in New York, whatever the browser's zone is.
    const best = card.locator('.best-time');
    await best.getByText(/your time \(\d\d:\d\d–\d\d:\d\d.* theirs\)$/).waitFor();
    const { window } = await call('GET', `/api/people/${anaPath.split('/').pop()}/window`);
    const mine = `${window.userLocal.start}–${window.userLocal.end}`;
    const theirs = `${window.personLocal.start}–${window.personLocal.end}`;
    const text = (await best.textContent()) ?? '';
    expect(text).toContain(theirs);
    if (Date.parse(window.start) > Date.now()) expect(text).toContain(mine);
    else expect(text).toContain(`Now until ${window.userLocal.end}`);
  });

  it('shows the week in Berlin time: her New York hours moved, the shared hours shaded', async () => {
    await mainNav().getByRole('link', { name: 'Schedule' }).click();
    await heading().filter({ hasText: 'Schedule' }).waitFor();
    const grid = page.getByRole('region', { name: 'Your week beside theirs' });
    const tuesday = ownersTuesday();
    const day = grid.getByRole('region', { name: new RegExp(`^Tuesday ${tuesday.day} `) });
    await day.waitFor();

    const you = day.getByRole('listitem').filter({ hasText: /^You/ });
    expect(await you.locator('.lane-hours').textContent()).toBe('09:00–17:00');
    const ana = day.getByRole('listitem').filter({ hasText: COLLEAGUE.name });
    const { start, end } = newYorkDayInBerlin(tuesday);
    // 6 hours ahead, or 5 in the weeks when only one side has moved its clocks.
    expect([`15:00–23:00`, `14:00–22:00`]).toContain(`${start}–${end}`);
    expect(await ana.locator('.lane-hours').textContent()).toBe(`${start}–${end}`);
    expect(await ana.locator('.lane-both').textContent()).toBe(`Both: ${start}–17:00`);
    await ana.getByText('Office', { exact: true }).waitFor();
    // The shaded overlap covers exactly the shared hours of the bar.
    const ratio = await ana.evaluate((lane) => {
      const them = lane.querySelector('.bar-them')!.getBoundingClientRect();
      const both = lane.querySelector('.bar-both')!.getBoundingClientRect();
      return { left: both.left - them.left, width: both.width / them.width };
    });
    const hoursTogether = 17 - Number(start.slice(0, 2));
    expect(ratio.left).toBeCloseTo(0, 0);
    expect(ratio.width).toBeCloseTo(hoursTogether / 8, 2);
    // Her time now, on her own clock.
    const herNow = wallTime(Temporal.Now.instant(), COLLEAGUE.zone);
    const herList = page.getByRole('list', { name: 'Their time now' });
    expect(await herList.textContent()).toMatch(new RegExp(`New York · ${herNow.slice(0, 2)}`));
    await shot('week-1280');
  });

  it('saves the owner’s office days, and the grid marks them', async () => {
    const form = page.getByRole('region', { name: 'Your time zone, hours and office days' });
    expect(await form.getByLabel('Time zone').inputValue()).toBe(owner.timeZone);
    expect(await form.getByLabel('Monday from').inputValue()).toBe('09:00');
    const office = form.getByRole('group', { name: 'Office days' });
    await office.getByLabel('Tuesday').check();
    await office.getByLabel('Thursday').check();
    const place = form.getByRole('group', { name: 'Your office' });
    await place.getByLabel('City').fill('Berlin');
    await place.getByLabel('Country').fill('Atlantis');
    await form.getByRole('button', { name: 'Save my schedule' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: /country/ })
      .waitFor();
    await place.getByLabel('Country').fill('Germany');
    await place.getByLabel('Named office').fill('Berlin HQ');
    await form.getByRole('button', { name: 'Save my schedule' }).click();
    await form.getByRole('status').filter({ hasText: 'Schedule saved.' }).waitFor();
    const { schedule } = await call('GET', '/api/schedule');
    expect(schedule.officeDays).toEqual(['tue', 'thu']);
    expect(schedule.office).toEqual({ city: 'Berlin', country: 'Germany', name: 'Berlin HQ' });
    expect(schedule.zone).toBe(owner.timeZone);
    const grid = page.getByRole('region', { name: 'Your week beside theirs' });
    await grid
      .getByRole('region', { name: new RegExp(`^Tuesday ${ownersTuesday().day} `) })
      .getByText('Your office day')
      .waitFor();
  });

  it('finds meeting times in Berlin time with her New York time beside them', async () => {
    const finder = page.getByRole('region', { name: 'Find a meeting time' });
    await finder.getByRole('button', { name: 'Find times' }).click();
    await finder.getByRole('alert').filter({ hasText: 'Pick at least one person' }).waitFor();
    await finder.getByRole('combobox', { name: 'Who' }).fill('Ana');
    await page.keyboard.press('Enter');
    await finder.getByRole('radio', { name: '30 min' }).check();
    await finder.getByLabel('In person: prefer office days').check();
    await finder.getByRole('button', { name: 'Find times' }).click();
    const slots = finder.getByRole('list', { name: 'Meeting times, best first' });
    await slots.waitFor();

    const anaId = anaPath.split('/').pop();
    const api = await call('GET', `/api/slots?people=${anaId}&length=30&days=5&inPerson=true`);
    expect(api.slots.length).toBeGreaterThan(0);
    const best = Temporal.Instant.from(api.slots[0].start);
    const first = slots.locator(':scope > li').first();
    const text = (await first.textContent()) ?? '';
    const berlin = wallTime(best, owner.timeZone);
    const endBerlin = wallTime(best.add({ minutes: 30 }), owner.timeZone);
    expect(text).toContain(`${berlin}–${endBerlin}`);
    expect(text).toContain(`${COLLEAGUE.name}: ${wallTime(best, COLLEAGUE.zone)}`);
    expect(text).toContain('in New York');
    // Never the browser's own clock.
    expect(text).not.toContain(`${wallTime(best, BROWSER_ZONE)}–`);
    if (api.slots[0].officeDay) await first.getByText('Your office day').waitFor();
    await shot('page-1280');
    await atPhoneWidth('page');
  });

  it('shows the shared window on Today, and who is at work now', async () => {
    // Talked three weeks ago: due now (adding someone does not make them a first contact).
    await call('POST', '/api/interactions', {
      personIds: [anaPath.split('/').pop()],
      channel: 'call',
      at: Temporal.Now.instant()
        .subtract({ hours: 21 * 24 })
        .toString(),
    });
    await mainNav().getByRole('link', { name: 'Today' }).click();
    // On the owner's day off, work waits among the cards that can wait.
    await page.getByRole('heading', { name: /^Today/, level: 2 }).waitFor();
    await page.locator('.agenda, .more-button').first().waitFor();
    const more = page.locator('.more-button');
    if (await more.count()) await more.click();
    const item = page.getByRole('article', { name: `Reach out to ${COLLEAGUE.name}` });
    await item.getByText(/Best between \d\d:\d\d and \d\d:\d\d your time/).waitFor();
    await page
      .getByRole('region', { name: 'Working now' })
      .getByText(/^You’re (at|off) work/)
      .waitFor();
  });

  it('plans trips with the people to meet there', async () => {
    await mainNav().getByRole('button', { name: 'More' }).click();
    await mainNav().getByRole('link', { name: 'Trips' }).click();
    await heading().filter({ hasText: 'Trips' }).waitFor();
    const start = Temporal.Now.plainDateISO(owner.timeZone).add({ days: 20 });
    await page.getByLabel('City').fill(COLLEAGUE.city);
    await page.getByLabel('City').blur();
    // The zone is guessed from the city.
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/Lisbon');
    await page.getByLabel('From', { exact: true }).fill(start.toString());
    await page.getByLabel('To', { exact: true }).fill(start.add({ days: 3 }).toString());
    await page.getByRole('button', { name: 'Add trip' }).click();
    await notice('Trip to Lisbon added.');
    const trips = page.getByRole('list', { name: 'Trips coming up' });
    await trips.getByText('People to meet there').waitFor();
    await trips.getByRole('link', { name: COLLEAGUE.name }).waitFor();
    await trips.getByText('· lives in Lisbon').waitFor();
    await atPhoneWidth('trips');
  });

  it('adds household routines and shows the server’s reason for a rule it can’t read', async () => {
    await mainNav().getByRole('button', { name: 'More' }).click();
    await mainNav().getByRole('link', { name: 'Household' }).click();
    await heading().filter({ hasText: 'Household' }).waitFor();
    const form = page.getByRole('region', { name: 'Add one' });
    await form.getByLabel('Title').fill('Walk Biscuit');
    await form.getByLabel('When').fill('every blue moon');
    await form.getByRole('button', { name: 'Add routine' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: /can.t read/ })
      .waitFor();
    await form.getByLabel('When').fill('weekdays at 12:30');
    await form.getByRole('button', { name: 'Add routine' }).click();
    await notice(/Added “Walk Biscuit”/);
    const list = page.getByRole('list', { name: 'Routines' });
    await list.getByText('Walk Biscuit').waitFor();
    await list.getByText(/every weekday at 12:30/).waitFor();
    const upcoming = page.getByRole('region', { name: 'Next two weeks' });
    await upcoming.getByText('12:30').first().waitFor();
    await shot('household-1280');
  });

  it('skips today’s routine from Today, and only today’s', async () => {
    await call('POST', '/api/routines', {
      kind: 'routine',
      title: 'Water the plants',
      rule: 'daily',
    });
    await mainNav().getByRole('link', { name: 'Today' }).click();
    const item = page.getByRole('list', { name: 'Agenda' }).getByRole('article', {
      name: 'Water the plants',
    });
    await item.getByRole('button', { name: 'Skip this time: Water the plants' }).click();
    await notice(/^Water the plants: skipped for .+\. The other dates stay\.$/);
    await item.waitFor({ state: 'detached' });
    const today = Temporal.Now.plainDateISO(owner.timeZone);
    const { occurrences } = await call(
      'GET',
      `/api/routines/occurrences?from=${today}&to=${today.add({ days: 1 })}`,
    );
    const plants = occurrences.filter((o: { title: string }) => o.title === 'Water the plants');
    expect(plants.map((o: { status?: string }) => o.status ?? null)).toEqual(['skipped', null]);
  });

  it('copies the calendar address in Settings, and it serves iCalendar', async () => {
    await mainNav().getByRole('button', { name: 'More' }).click();
    await mainNav().getByRole('link', { name: 'Settings' }).click();
    await heading().filter({ hasText: 'Settings' }).waitFor();
    // On a page under "More", the button is marked as the current section.
    expect(await mainNav().getByRole('button', { name: /More/ }).getAttribute('class')).toContain(
      'has-current',
    );
    const calendar = page.getByRole('region', { name: 'Calendar' });
    const address = calendar.getByRole('textbox', { name: 'Calendar address' });
    await address.waitFor();
    await calendar.getByRole('button', { name: 'Copy' }).click();
    await calendar.getByText('Copied to the clipboard.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await address.inputValue());
    expect(copied).toMatch(/\/cal\/[^/]+\.ics$/);
    const feed = await page.request.get(copied);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('text/calendar');
    const ics = await feed.text();
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics).toContain('END:VCALENDAR');

    // The daily digest at a local time.
    const digest = page.getByRole('region', { name: 'Daily digest' });
    await digest.getByLabel('Send me the daily digest').check();
    await digest.getByLabel('At').fill('07:45');
    await digest.getByRole('button', { name: 'Save digest' }).click();
    await digest.getByText('Digest on, at 07:45.').waitFor();
    const { preferences } = await call('GET', '/api/me/preferences');
    expect(preferences.digest).toEqual({ enabled: true, time: '07:45' });

    // Replacing the address turns the old one off.
    await calendar.getByRole('button', { name: 'Replace calendar address' }).click();
    await calendar.getByRole('button', { name: 'Replace', exact: true }).click();
    await calendar.getByText('the old one no longer works').waitFor();
    expect(await address.inputValue()).not.toBe(copied);
    expect((await page.request.get(copied)).status()).toBe(404);
    await shot('settings-1280');
    await atPhoneWidth('settings');
    expect(pageErrors).toEqual([]);
  });
});
