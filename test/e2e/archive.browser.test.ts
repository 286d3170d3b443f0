// Archiving in a real browser against a real `rapport serve` with a lived-in account: the
// person page's Archive button takes them off People (an "Archived (1)" link appears and lists
// them), their page says since when and offers Restore, and Restore brings them back.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededSession, type SeededSession } from './main-pages';
import { hasChromium } from './page-tools';

const NAME = 'Priya Raman';

describe.skipIf(!hasChromium && process.env.CI !== 'true')('archiving in the browser', () => {
  let session: SeededSession;
  let page: Page;
  const open = (path: string) => page.goto(new URL(path, session.server.url).href);

  beforeAll(async () => {
    session = await openSeededSession({ viewport: { width: 1280, height: 900 } });
    page = session.page;
  }, 120_000);
  afterAll(() => session?.close());

  it('archives from the person page, lists them under Archived, and restores them', async () => {
    await open(`/people/${session.account.personId}`);
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    const note = page.getByRole('status').filter({ hasText: 'Archived on' });
    await note.waitFor();
    expect(await note.textContent()).toMatch(/Archived on \d{1,2} \w{3} \d{4}/);

    await open('/people');
    const archivedLink = page.getByRole('link', { name: 'Archived (1)' });
    await archivedLink.waitFor();
    expect(await page.getByRole('link', { name: NAME }).count()).toBe(0);
    await archivedLink.click();
    await page.getByRole('heading', { level: 1, name: 'Archived people' }).waitFor();
    await page.getByRole('link', { name: NAME }).first().click();

    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await note.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('button', { name: 'Archive', exact: true }).waitFor();
    expect(await note.count()).toBe(0);

    await open('/people');
    await page.getByRole('link', { name: NAME }).first().waitFor();
    expect(await page.getByRole('link', { name: /^Archived \(/ }).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
