// Single-key shortcuts (n, j, k, l, s, d) in real Chromium against a real `rapport serve`: they
// never act while focus is in a field, and the user can turn them off in Settings (WCAG 2.1.4),
// a choice kept on the server. And a malformed address (/people/%E0) shows the app's own
// not-found page, not a JSON error or a blank page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededSession, type SeededSession } from './main-pages';
import { callAsBrowser, hasChromium } from './page-tools';

describe.skipIf(!hasChromium && process.env.CI !== 'true')('keys and addresses', () => {
  let session: SeededSession;
  let server: SeededSession['server'];
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openSeededSession();
    ({ server, page, pageErrors } = session);
  }, 60_000);

  afterAll(() => session?.close());

  const at = (path: string) => new URL(path, server.url).href;
  const logDialog = () => page.getByRole('dialog', { name: 'Log a conversation' });
  const agenda = () => page.getByRole('list', { name: 'Agenda' });
  const focusedCard = () =>
    page.evaluate(
      () => document.activeElement?.closest('article')?.querySelector('h3')?.textContent,
    );
  /** Whether the first card's Log button shows its key ("Log l"), drawn by CSS. */
  const keyHintShown = () =>
    agenda()
      .locator('[data-key="l"]')
      .first()
      .evaluate((button) => getComputedStyle(button, '::after').display !== 'none');
  /** Presses a key, lets the app react, and says whether the quick log opened. */
  const logOpensOn = async (key: string) => {
    await page.keyboard.press(key);
    // Opening loads the form's code first: give it the time a real open takes, then look.
    await page.waitForTimeout(500);
    const opened = await logDialog().isVisible();
    if (opened) await page.keyboard.press('Escape');
    await logDialog().waitFor({ state: 'detached' });
    return opened;
  };

  it('does not act on keys typed into a field', async () => {
    await page.goto(at('/people'));
    const search = page.getByRole('searchbox', { name: 'Search' }).or(page.getByLabel('Search'));
    await search.first().click();
    expect(await logOpensOn('n')).toBe(false);
    await page.keyboard.type('jks');
    expect(await search.first().inputValue()).toBe('njks');
    await page.getByLabel('Kind').focus();
    expect(await logOpensOn('n')).toBe(false);
    // A contenteditable region counts as a field too.
    await page.evaluate(() => {
      const editable = document.createElement('div');
      editable.contentEditable = 'true';
      editable.id = 'scratch';
      document.querySelector('main')?.append(editable);
    });
    await page.locator('#scratch').focus();
    expect(await logOpensOn('n')).toBe(false);
    // Outside a field, the same key opens the quick log.
    await page.getByRole('heading', { level: 1 }).click();
    expect(await logOpensOn('n')).toBe(true);
  });

  it('turns them off in Settings, for good, and back on', async () => {
    await page.goto(at('/settings'));
    const keyboard = page.getByRole('region', { name: 'Keyboard shortcuts' });
    const toggle = keyboard.getByRole('checkbox', { name: 'Single-key shortcuts' });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await keyboard.getByText('Shortcuts off.').waitFor();
    const { preferences } = await callAsBrowser(page, at('/api/me/preferences'), 'GET');
    expect(preferences.shortcuts).toBe(false);

    // After a reload too: the choice is the server's, not this tab's.
    await page.goto(at('/'));
    await agenda().getByRole('article').first().waitFor();
    await page.getByRole('heading', { level: 1 }).click();
    expect(await logOpensOn('n')).toBe(false);
    await page.keyboard.press('j');
    expect(await focusedCard()).toBeUndefined();
    // The key hints go with the keys.
    expect(await page.locator('.keys-hint').isVisible()).toBe(false);
    expect(await keyHintShown()).toBe(false);
    // The buttons still work by click.
    await agenda()
      .getByRole('button', { name: /^Log a conversation with/ })
      .first()
      .click();
    await logDialog().waitFor();
    await page.keyboard.press('Escape');

    await page.goto(at('/settings'));
    await toggle.check();
    await keyboard.getByText('Shortcuts on.').waitFor();
    await page.goto(at('/'));
    await agenda().getByRole('article').first().waitFor();
    await page.getByRole('heading', { level: 1 }).click();
    expect(await keyHintShown()).toBe(true);
    await page.keyboard.press('j');
    expect(await focusedCard()).toBeTruthy();
    expect(await logOpensOn('n')).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('shows the not-found page for a malformed address, from the server and in the app', async () => {
    const response = await page.goto(at('/people/%E0'));
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-type']).toContain('text/html');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.title()).toBe('Page not found · Rapport');

    // Reached inside the app (no page load), the router must not crash on it either.
    await page.goto(at('/'));
    await agenda().getByRole('article').first().waitFor();
    await page.evaluate(() => {
      window.history.pushState(null, '', '/people/%E0%A4');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await agenda().getByRole('article').first().waitFor();
    expect(pageErrors).toEqual([]);
  });
});
