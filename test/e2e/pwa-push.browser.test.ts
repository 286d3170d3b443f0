// The service worker shows a push as a notification: Chromium delivers a push message to the
// registered worker (DevTools protocol, the same event a push service triggers) and the page
// reads the notification back from its registration.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server';
import { hasChromium, launchChromium } from './page-tools';

describe.skipIf(!hasChromium && process.env.CI !== 'true')('a push on the phone', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    context = await browser.newContext();
    await context.grantPermissions(['notifications'], { origin: server.url });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is shown with its title, text and tag, and keeps where a tap leads', async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cdp = await context.newCDPSession(page);
    const registered = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const id = registrations.find((r: { isDeleted: boolean }) => !r.isDeleted)?.registrationId;
        if (id) resolve(id);
      });
    });
    await cdp.send('ServiceWorker.enable');
    const payload = {
      title: 'Ana is at work for 40 more minutes',
      body: 'A good time to say hi',
      url: '/?focus=person:abc',
      tag: 'reach-out:abc',
    };
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: new URL(server.url).origin,
      registrationId: await registered,
      data: JSON.stringify(payload),
    });
    const shown = await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready;
      const [notification] = await registration.getNotifications();
      return (
        notification && {
          title: notification.title,
          body: notification.body,
          tag: notification.tag,
          url: notification.data?.url,
        }
      );
    });
    expect(await shown.jsonValue()).toEqual(payload);
  });
});
