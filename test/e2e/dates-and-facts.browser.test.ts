// Today's "Done" on a birthday line works (it is this year's occurrence, not an item), and a
// fact past its "until" day shows as expired on the person page, with the syntax explained.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/server';
import { type BrowserSession, openBrowserSession } from './browser-session';
import { callAsBrowser, hasChromium } from './page-tools';

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
const owner = {
  name: 'Lena Vogel',
  email: 'lena@example.com',
  password: 'correct horse battery',
  timeZone: 'Europe/Berlin',
};

describe.skipIf(!hasChromium && process.env.CI !== 'true')('dates and facts in the browser', () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];
  let zoePath = '';

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    session = await openBrowserSession({ owner });
    ({ server, page, pageErrors } = session);
  });

  afterAll(() => session?.close());

  const at = (path: string) => new URL(path, server.url).href;
  const agendaItem = (title: string) =>
    page.getByRole('list', { name: 'Agenda' }).getByRole('article', { name: title });

  it('marks a birthday on Today done with its Done button', async () => {
    const today = Temporal.Now.plainDateISO(owner.timeZone);
    const { person } = await callAsBrowser(page, at('/api/people'), 'POST', {
      name: 'Zoe Brandt',
      kind: 'friend',
      birthday: today.toString().slice(5),
      facts: ['Training for a half-marathon until 2020-04-20', 'Plays the cello'],
    });
    zoePath = `/people/${person.id}`;
    await page.goto(at('/'));
    const item = agendaItem('Wish Zoe Brandt a happy birthday');
    await item.waitFor();
    await item.getByRole('button', { name: 'Done: Wish Zoe Brandt a happy birthday' }).click();
    await item.waitFor({ state: 'detached' });
    await page
      .locator('.notice-region')
      .getByText('Done: Wish Zoe Brandt a happy birthday.')
      .waitFor();
    const after = await callAsBrowser(page, at(`/api/people/${person.id}`), 'GET');
    expect(after.person.dates[0]).toMatchObject({
      handledOn: today.toString(),
      handledAs: 'done',
    });
  });

  it('shows an expired fact as expired and says how to write one', async () => {
    await page.goto(at(zoePath));
    const facts = page.getByRole('region', { name: 'Facts' });
    await facts.getByText('Training for a half-marathon until 2020-04-20').waitFor();
    const expired = facts.locator('li', { hasText: 'half-marathon' });
    expect(await expired.locator('.badge-expired').textContent()).toBe('expired');
    expect(await facts.locator('li', { hasText: 'cello' }).locator('.badge-expired').count()).toBe(
      0,
    );
    await facts.getByText(/until 2027-04-20/).waitFor();
    await page.screenshot({ path: `${artifacts}dates-and-facts-person.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
