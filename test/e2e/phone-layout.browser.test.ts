// Every main page on a phone (390 px, a touch screen) in real Chromium against a real
// `rapport serve`, with a lived-in account: nothing scrolls sideways, buttons and the links that
// act like buttons are at least 44 px tall and wide, the header is one row, and a dialog stays
// usable when the on-screen keyboard takes half the screen.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededAccount } from '../support/realistic-account';
import { mainPages, openMainPage, openSeededSession, type SeededSession } from './main-pages';
import { hasChromium } from './page-tools';

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
const PHONE = { width: 390, height: 844 };
const MIN_TAP = 44;

/**
 * Buttons, and links styled as buttons or in the header's navigation, that are too small to
 * tap. Links inside running text are exempt (WCAG 2.5.8: inline), as are disabled buttons.
 */
function smallTargets(page: Page, min: number) {
  return page.evaluate((min) => {
    const targets = document.querySelectorAll<HTMLElement>(
      'button:not(:disabled), a.button, header a, nav a, summary, [role="tab"]',
    );
    return [...targets].flatMap((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return []; // not shown (e.g. a closed menu)
      if (element.closest('[hidden], .visually-hidden, .skip-link')) return [];
      if (box.height >= min && box.width >= min) return [];
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
      return [`${name.slice(0, 40)} (${Math.round(box.width)}×${Math.round(box.height)})`];
    });
  }, min);
}

describe.skipIf(!hasChromium && process.env.CI !== 'true')('the app on a phone', () => {
  let session: SeededSession;
  let server: SeededSession['server'];
  let page: Page;
  let account: SeededAccount;
  let pageErrors: string[];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    session = await openSeededSession({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    ({ server, page, account, pageErrors } = session);
  }, 60_000);

  afterAll(() => session?.close());

  it('fits every main page in the width, with tap-sized targets and a one-row header', {
    timeout: 120_000,
  }, async () => {
    const problems: Record<string, unknown> = {};
    for (const main of mainPages(account)) {
      await openMainPage(page, server.url, main);
      await page.screenshot({ path: `${artifacts}phone-${main.name}.png`, fullPage: true });
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      if (scrollWidth > innerWidth) problems[`${main.name}: width`] = { scrollWidth, innerWidth };
      const small = await smallTargets(page, MIN_TAP);
      if (small.length) problems[`${main.name}: small targets`] = small;
      // One row: the header is no taller than its tallest item plus its padding.
      const header = await page.locator('.app-header-inner').boundingBox();
      if (!header || header.height > 2 * MIN_TAP) {
        problems[`${main.name}: header height`] = header?.height;
      }
    }
    expect(problems).toEqual({});
    expect(pageErrors).toEqual([]);
  });

  it('opens the log dialog from a card on Today with one tap', async () => {
    await openMainPage(page, server.url, mainPages(account)[0]!);
    const log = page
      .locator('main')
      .getByRole('button', { name: /^Log\b/ })
      .first();
    const before = await log.boundingBox();
    await log.tap();
    // The card must not open up under the finger (that moved the button and lost the tap).
    expect((await log.boundingBox())?.y).toBe(before?.y);
    await page.getByRole('dialog', { name: 'Log a conversation' }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('keeps a dialog usable with the on-screen keyboard open', async () => {
    await openMainPage(page, server.url, mainPages(account)[0]!);
    await page.getByRole('banner').getByRole('button', { name: 'Log', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a conversation' });
    await dialog.waitFor();
    // The keyboard takes the lower half: the visual viewport (and dvh) shrink to what is left.
    await page.setViewportSize({ width: PHONE.width, height: 400 });
    const box = await dialog.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(400);
    // Its content scrolls inside it, so the last field and the save button can be reached.
    const save = dialog.getByRole('button', { name: /^Save|^Log/ }).last();
    await save.scrollIntoViewIfNeeded();
    const saveBox = await save.boundingBox();
    expect(saveBox!.y + saveBox!.height).toBeLessThanOrEqual(400);
    await page.screenshot({ path: `${artifacts}phone-log-dialog-keyboard.png` });
    await page.keyboard.press('Escape');
    await page.setViewportSize(PHONE);
  });
});
