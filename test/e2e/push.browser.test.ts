// Push in the browser against a real `rapport serve` and the local push service: Settings → "This
// phone" lists a device, sends it a test push the receiver decrypts, shows when, keeps the push
// preferences and removes the device; a push's link opens Today focused on its card.
// (Subscribing needs the app's service worker, built by the PWA work, and a real push service
// behind Chromium: here the device is saved through the API with the local receiver's keys.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AT_WORK_ALWAYS } from '../support/owner-over-api';
import { STRONG_PASSWORD } from '../support/passwords';
import { type PushReceiver, startPushReceiver } from '../support/push-receiver';
import type { TestServer } from '../support/server';
import { type BrowserSession, openBrowserSession } from './browser-session';
import { callAsBrowser, hasChromium } from './page-tools';

const DAY = 86_400_000;

describe.skipIf(!hasChromium && process.env.CI !== 'true')('push on a phone', () => {
  let receiver: PushReceiver;
  let caDir: string;
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];
  let anaId: string;

  beforeAll(async () => {
    receiver = await startPushReceiver();
    caDir = mkdtempSync(join(tmpdir(), 'push-ca-'));
    writeFileSync(join(caDir, 'ca.pem'), receiver.certificate);
    session = await openBrowserSession({
      owner: {
        name: 'Kai Lehmann',
        email: 'kai@example.com',
        password: STRONG_PASSWORD,
        timeZone: 'Europe/Berlin',
      },
      serverEnv: {
        RAPPORT_SOURCES_ALLOW_PRIVATE: '1',
        NODE_EXTRA_CA_CERTS: join(caDir, 'ca.pem'),
      },
      context: {
        viewport: { width: 390, height: 844 },
        timezoneId: 'Europe/Berlin',
        locale: 'en-GB',
      },
    });
    ({ server, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
    await receiver?.close();
    rmSync(caDir, { recursive: true, force: true });
  });

  const at = (path: string) => new URL(path, server.url).href;
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, data?: unknown) =>
    callAsBrowser(page, at(path), method, data);

  it('gives the owner people to reach out to and a subscribed phone', async () => {
    await call('PUT', '/api/schedule', AT_WORK_ALWAYS);
    for (const [name, daysAgo] of [
      ['Ana Costa', 40],
      ['Ben Okoro', 30],
      ['Clara Hoffmann', 25],
      ['Dana Brooks', 20],
    ] as const) {
      const { person } = await call('POST', '/api/people', { name, kind: 'coworker' });
      if (name === 'Ana Costa') anaId = person.id;
      await call('POST', '/api/interactions', {
        personIds: [person.id],
        channel: 'call',
        at: new Date(Date.now() - daysAgo * DAY).toISOString(),
      });
    }
    await call('POST', '/api/push/subscriptions', {
      ...receiver.subscribe(),
      deviceName: 'My phone',
    });
  });

  it('tests, shows and removes the device in Settings, and keeps the push preferences', async () => {
    await page.goto(at('/settings#push'));
    const section = page.locator('#push');
    const row = section.getByRole('row', { name: /My phone/ });
    await expect.poll(() => row.textContent()).toContain('Never');
    await section.getByRole('button', { name: 'Send a test push to My phone' }).click();
    await section.getByText('Test sent to My phone.').waitFor();
    expect(receiver.errors).toEqual([]);
    expect(receiver.received.map((r) => r.payload.body)).toEqual(['Test from Rapport']);
    await expect.poll(() => row.textContent()).not.toContain('Never');

    await section.getByLabel('Pushes a day at most').fill('2');
    await section.getByLabel('Replies you owe').uncheck();
    await section.getByRole('button', { name: 'Save push settings' }).click();
    await section.getByText('Saved.').waitFor();
    const { preferences } = await call('GET', '/api/me/preferences');
    expect(preferences.push).toEqual({
      perDay: 2,
      kinds: { reachOut: true, date: true, reply: false, promise: true },
    });

    await section.getByRole('button', { name: 'Remove My phone' }).click();
    await section.getByRole('button', { name: 'Remove', exact: true }).click();
    await section.getByText('No devices get pushes yet.').waitFor();
  });

  it('opens Today on the pushed card, with log and snooze one tap away', async () => {
    await page.goto(at(`/?item=${anaId}`));
    const agenda = page.getByRole('list', { name: 'Agenda' });
    const focused = agenda.locator('li.agenda-focus');
    await focused.waitFor();
    expect(await focused.textContent()).toContain('Ana Costa');
    // The card has focus, so its one-key actions (l, s) work at once, and it is in view.
    expect(
      await focused.evaluate((li) => li.contains(document.activeElement) && li !== document.body),
    ).toBe(true);
    const box = await focused.boundingBox();
    expect(box && box.y >= 0 && box.y < 844).toBe(true);
    await focused.getByRole('button', { name: /^Log/ }).first().waitFor();
    await focused
      .getByRole('button', { name: /^Snooze/ })
      .first()
      .waitFor();
    expect(pageErrors).toEqual([]);
  });
});
