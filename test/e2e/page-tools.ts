// What the browser tests do alike: launch Chromium, call the API as the signed-in browser, and
// check a page at phone width.
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Calls the API as the signed-in browser (cookie plus CSRF token). */
export async function callAsBrowser(
  page: Page,
  url: string,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  data?: unknown,
) {
  const session = await (await page.request.get(new URL('/api/session', url).href)).json();
  const response = await page.request.fetch(url, {
    method,
    headers: { 'X-CSRF-Token': session.csrfToken },
    ...(data === undefined ? {} : { data }),
  });
  expect(response.ok(), await response.text()).toBe(true);
  return response.json();
}

/** Phones: a full-page shot at 375 px, and nothing may stick out sideways. */
export async function checkPhoneWidth(
  page: Page,
  name: string,
  shot: (name: string) => Promise<unknown>,
) {
  await page.setViewportSize({ width: 375, height: 812 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await shot(`${name}-375`);
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(overflow, `${name} is wider than a phone`).toBe(0);
}

/** Where the Debian package puts Chromium; CI installs it, and locally its absence skips. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Headless Chromium with the flags this machine needs (no sandbox, GPU or network extras). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
