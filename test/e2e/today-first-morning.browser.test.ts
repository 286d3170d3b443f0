// The first morning after adding 30 people, on a phone (390 × 844) against a real
// `rapport serve`: Today is short (under two screens), one card per person, and "N more can
// wait" opens the rest.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AT_WORK_ALWAYS } from '../support/owner-over-api';
import type { TestServer } from '../support/server';
import { type BrowserSession, openBrowserSession } from './browser-session';
import { callAsBrowser, hasChromium } from './page-tools';

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DAY = 86_400_000;

const owner = {
  name: 'Kai Lehmann',
  email: 'kai@example.com',
  password: 'correct horse battery',
  timeZone: 'Europe/Berlin',
};

// 30 people as an import brings them: kind and how long ago you last talked (days).
const PEOPLE: [string, string, number | null][] = [
  ['Dana Brooks', 'manager', 9],
  ['João Silva', 'coworker', 16],
  ['Priya Raman', 'coworker', 20],
  ['Aroha Ngata', 'coworker', 30],
  ['Lena Vogel', 'coworker', 3],
  ['Tobias Klein', 'coworker', 15],
  ['Mateo Ruiz', 'coworker', 18],
  ['Hanna Berg', 'coworker', 22],
  ['Felix Wagner', 'coworker', 40],
  ['Sofia Rossi', 'coworker', 17],
  ['Jonas Meyer', 'coworker', 25],
  ['Emma Schulz', 'coworker', 60],
  ['Ravi Kumar', 'coworker', 19],
  ['Yuki Tanaka', 'coworker', 28],
  ['Oliver Hart', 'network', 120],
  ['Amara Diallo', 'network', 95],
  ['Kenji Sato', 'network', 200],
  ['Laura Costa', 'network', 100],
  ['Sam Weber', 'partner', 8],
  ['Biscuit', 'pet', null],
  ['Clara Hoffmann', 'friend', 45],
  ['Ben Okoro', 'friend', 33],
  ['Nina Petrov', 'friend', 50],
  ['Paul Schmidt', 'friend', 31],
  ['Ines Moreau', 'friend', 70],
  ['Tom Becker', 'friend', 90],
  ['Eva Weber', 'family', 20],
  ['Max Weber', 'family', 16],
  ['Greta Weber', 'family', 25],
  ['Mia Chen', 'coworker', null],
];

describe.skipIf(!hasChromium && process.env.CI !== 'true')('Today on the first morning', () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    session = await openBrowserSession({
      owner,
      context: { viewport: PHONE, timezoneId: owner.timeZone, locale: 'en-GB' },
    });
    ({ server, page, pageErrors } = session);
  });

  afterAll(() => session?.close());

  const at = (path: string) => new URL(path, server.url).href;
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, data?: unknown) =>
    callAsBrowser(page, at(path), method, data);
  const shot = (name: string) =>
    page.screenshot({ path: `${artifacts}today-first-morning-${name}.png`, fullPage: true });

  it('adds 30 people with their history', async () => {
    // Working every day, so that whatever day the test runs, work is not held.
    await call('PUT', '/api/schedule', AT_WORK_ALWAYS);
    const ids = new Map<string, string>();
    for (const [name, kind, daysAgo] of PEOPLE) {
      const body: Record<string, unknown> = { name, kind };
      if (name === 'Clara Hoffmann') {
        body.birthday = new Date(Date.now() + 2 * DAY).toISOString().slice(5, 10);
      }
      const { person } = await call('POST', '/api/people', body);
      ids.set(name, person.id);
      if (daysAgo !== null) {
        await call('POST', '/api/interactions', {
          personIds: [person.id],
          channel: 'call',
          at: new Date(Date.now() - daysAgo * DAY).toISOString(),
        });
      }
    }
    await call('POST', '/api/replies', {
      personId: ids.get('Lena Vogel'),
      text: 'Her question about the migration plan',
      since: new Date(Date.now() - 2 * DAY).toISOString(),
    });
    await call('POST', '/api/promises', {
      personId: ids.get('Tobias Klein'),
      text: 'Send him the benchmark numbers',
      due: new Date(Date.now() + DAY).toISOString().slice(0, 10),
    });
  });

  it('fits the first morning in under two phone screens, one card per person', async () => {
    await page.goto(at('/'));
    const agenda = page.getByRole('list', { name: 'Agenda' });
    await agenda.getByRole('article').first().waitFor();
    const cards = agenda.getByRole('article');
    expect(await cards.count()).toBe(7);
    // Lena's reply owed and the reach-out to her are one card, not two.
    const titles = await cards.evaluateAll((all) =>
      all.map((card) => card.querySelector('h3')?.textContent ?? ''),
    );
    expect(titles.filter((title) => title.includes('Lena Vogel'))).toHaveLength(1);
    expect(titles).toContain('Check in with Dana Brooks');

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await shot('390');
    expect(height, 'Today is taller than two phone screens').toBeLessThan(2 * PHONE.height);
    expect(overflow, 'Today is wider than a phone').toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('opens what can wait with "N more can wait"', async () => {
    const more = page.locator('.more-button');
    expect(await more.textContent()).toMatch(/^\d+ more can wait$/);
    const count = Number((await more.textContent())?.match(/^\d+/)?.[0]);
    expect(count).toBeGreaterThan(0);
    await more.click();
    const later = page.getByRole('list', { name: 'Can wait' });
    await later.getByRole('article').first().waitFor();
    expect(await later.getByRole('article').count()).toBe(count);
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await shot('390-more');
    // Ten cards a day instead of seven: three of what could wait move up.
    await page.getByLabel('Cards on Today').selectOption('10');
    await page.getByRole('list', { name: 'Agenda' }).getByRole('article').nth(9).waitFor();
    expect(await later.getByRole('article').count()).toBe(count - 3);
    expect(await more.textContent()).toBe(`Hide the ${count - 3} that can wait`);
    await more.click();
    await later.waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });
});
