// Your data from Settings in a real browser against a real `rapport serve`: interests for
// conversation starters, the JSON and vCard exports as downloads, a link to the import page,
// and deleting the account after typing the password again; and blockers on the Wins page.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/server';
import { type BrowserSession, openBrowserSession } from './browser-session';
import { callAsBrowser, checkPhoneWidth, hasChromium } from './page-tools';

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

const owner = {
  name: 'Ana Silva',
  email: 'ana@example.com',
  password: 'correct horse battery',
  timeZone: 'Europe/Lisbon',
};

describe.skipIf(!hasChromium && process.env.CI !== 'true')('your data in Settings', () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    session = await openBrowserSession({
      owner,
      context: { timezoneId: 'Europe/Lisbon', locale: 'en-GB', acceptDownloads: true },
    });
    ({ server, page, pageErrors } = session);
    await session.call('POST', '/api/people', { name: 'Lena Vogel', kind: 'coworker' });
  });

  afterAll(() => session?.close());

  const at = (path: string) => new URL(path, server.url).href;
  const shot = (name: string) =>
    page.screenshot({ path: `${artifacts}settings-data-${name}.png`, fullPage: true });
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, data?: unknown) =>
    callAsBrowser(page, at(path), method, data);

  it('notes a blocker on the Wins page and clears it', async () => {
    await page.goto(at('/accomplishments'));
    const section = page.getByRole('region', { name: 'Blockers and needs' });
    await section.getByRole('button', { name: 'Note blocker' }).click();
    await section.getByRole('alert').filter({ hasText: 'Say what is in your way' }).waitFor();
    await section.getByLabel('What is in your way').fill('Prod database access');
    await section.getByLabel('Waiting on').selectOption({ label: 'Lena Vogel' });
    await section.getByRole('button', { name: 'Note blocker' }).click();
    const list = section.getByRole('list', { name: 'Open blockers' });
    await list.getByText('waiting on Lena Vogel', { exact: false }).waitFor();
    const draft = await call('POST', '/api/updates', {});
    expect(draft.update.markdown).toContain('- Prod database access — waiting on Lena Vogel');
    await section.getByRole('button', { name: 'Cleared: Prod database access' }).click();
    await section.getByText('Nothing in your way.').waitFor();
  });

  it('saves interests for conversation starters', async () => {
    await page.goto(at('/settings'));
    const interests = page.getByRole('region', { name: 'My interests' });
    await interests.getByLabel('Interests').fill('cycling,  jazz, Cycling, sourdough');
    await interests.getByRole('button', { name: 'Save interests' }).click();
    await interests.getByText('Saved 3 interests.').waitFor();
    expect(await interests.getByLabel('Interests').inputValue()).toBe('cycling, jazz, sourdough');
    const { preferences } = await call('GET', '/api/me/preferences');
    expect(preferences.interests).toEqual(['cycling', 'jazz', 'sourdough']);
  });

  it('downloads the JSON and vCard exports and links to the import page', async () => {
    const data = page.getByRole('region', { name: 'Import and export' });
    expect(await data.getByRole('link', { name: 'Import contacts' }).getAttribute('href')).toBe(
      '/import',
    );
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      data.getByRole('link', { name: 'Export everything (JSON)' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^rapport-export.*\.json$/);
    const document = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(JSON.stringify(document)).toContain('Lena Vogel');

    const [vcard] = await Promise.all([
      page.waitForEvent('download'),
      data.getByRole('link', { name: 'Export people (vCard)' }).click(),
    ]);
    expect(vcard.suggestedFilename()).toMatch(/\.vcf$/);
    expect(readFileSync((await vcard.path())!, 'utf8')).toContain('FN:Lena Vogel');
    await shot('1280');
    await checkPhoneWidth(page, 'phone', shot);
  });

  it('deletes the account only with the right password', async () => {
    const remove = page.getByRole('region', { name: 'Delete account' });
    await remove.getByRole('button', { name: 'Delete my account' }).click();
    await remove.getByRole('alert').filter({ hasText: 'Enter your password' }).waitFor();
    await remove.getByLabel('Your password').fill('not my password');
    await remove.getByRole('button', { name: 'Delete my account' }).click();
    await remove.getByText('The password is wrong').waitFor();
    await remove.getByLabel('Your password').fill(owner.password);
    await remove.getByRole('button', { name: 'Delete my account' }).click();
    // The only account gone, this Rapport is new again.
    await page.waitForURL(at('/setup'));
    const session = await page.request.get(at('/api/session'));
    expect(session.status()).toBe(401);
    expect(pageErrors).toEqual([]);
  });
});
