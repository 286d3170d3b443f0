// Several e-mails, phones and addresses in the person form, in a real browser against a real
// `rapport serve`: rows added with labels, another one marked preferred, one removed on edit,
// and the person page listing them.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/server';
import { type BrowserSession, openBrowserSession } from './browser-session';
import { callAsBrowser, hasChromium } from './page-tools';

const owner = {
  name: 'Vera Vogt',
  email: 'vera@example.com',
  password: 'correct horse battery',
  timeZone: 'Europe/Berlin',
};

describe.skipIf(!hasChromium && process.env.CI !== 'true')('contact values in the browser', () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession({ owner });
    ({ server, page } = session);
  });

  afterAll(async () => {
    expect(session?.pageErrors ?? []).toEqual([]);
    await session?.close();
  });

  const at = (path: string) => new URL(path, server.url).href;
  const group = (name: string) => page.getByRole('group', { name, exact: true });

  it('adds labelled e-mails, phones and an address, and removes one on edit', async () => {
    await page.goto(at('/people/new'));
    await page.getByLabel('Name', { exact: true }).fill('Kai Keller');
    const emails = group('E-mails');
    await emails.getByLabel('E-mail 1', { exact: true }).fill('kai@work.example');
    await emails.getByLabel('E-mail 1 label').selectOption('work');
    await emails.getByRole('button', { name: 'Add an e-mail' }).click();
    await emails.getByLabel('E-mail 2', { exact: true }).fill('kai@home.example');
    await emails.getByLabel('E-mail 2 label').selectOption('home');
    await emails.getByRole('radio', { name: 'Preferred' }).nth(1).check();
    const phones = group('Phones');
    await phones.getByLabel('Phone 1', { exact: true }).fill('+49 30 1234567');
    await phones.getByLabel('Phone 1 label').selectOption('work');
    await phones.getByRole('button', { name: 'Add a phone' }).click();
    await phones.getByLabel('Phone 2', { exact: true }).fill('+49 170 7654321');
    await phones.getByLabel('Phone 2 label').selectOption('mobile');
    await group('Addresses').getByRole('button', { name: 'Add an address' }).click();
    await page.getByLabel('Street (address 1)').fill('Hauptstr. 1');
    await page.getByLabel('City (address 1)').fill('Berlin');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Kai Keller' }).waitFor();
    await page.getByRole('link', { name: 'kai@home.example' }).waitFor();
    await page.getByText('+49 170 7654321').waitFor();

    const { people } = await callAsBrowser(page, at('/api/people'), 'GET');
    const kai = people.find((p: { name: string }) => p.name === 'Kai Keller');
    expect(kai).toMatchObject({
      email: 'kai@home.example',
      phone: '+49 30 1234567',
      emails: [
        { value: 'kai@work.example', label: 'work', preferred: false },
        { value: 'kai@home.example', label: 'home', preferred: true },
      ],
      phones: [
        { value: '+49 30 1234567', label: 'work', preferred: true },
        { value: '+49 170 7654321', label: 'mobile', preferred: false },
      ],
      addresses: [{ street: 'Hauptstr. 1', city: 'Berlin', preferred: true }],
    });

    await page.goto(at(`/people/${kai.id}/edit`));
    await group('E-mails').getByRole('button', { name: 'Remove e-mail 1' }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Kai Keller' }).waitFor();
    const after = await callAsBrowser(page, at(`/api/people/${kai.id}`), 'GET');
    expect(after.person.emails).toEqual([
      { value: 'kai@home.example', label: 'home', preferred: true },
    ]);
    expect(after.person.phones).toHaveLength(2);
  });
});
