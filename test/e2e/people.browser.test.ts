// People in a real browser against a real `rapport serve`: import three colleagues who share an
// office switchboard (three people, none "new", each with an estimated last conversation),
// change them together from the People page, add a person who joined recently, log a reply
// that closes what was owed, and merge a duplicate into the person kept.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/server';
import { type BrowserSession, openBrowserSession } from './browser-session';
import { callAsBrowser, checkPhoneWidth, hasChromium } from './page-tools';

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
const owner = {
  name: 'Lena Vogel',
  email: 'lena@example.com',
  password: 'correct horse battery',
  timeZone: 'Europe/Berlin',
};

interface PersonJson {
  id: string;
  name: string;
  kind: string;
  tags: string[];
  paused: boolean;
  newSince: string | null;
  lastTalkedEstimate: string | null;
}

const office = ['Alice Arendt', 'Bob Brandt', 'Carol Cramer']
  .map((name) =>
    ['BEGIN:VCARD', 'VERSION:3.0', `FN:${name}`, 'TEL;TYPE=WORK:+49 30 1234567', 'END:VCARD'].join(
      '\r\n',
    ),
  )
  .join('\r\n');

describe.skipIf(!hasChromium && process.env.CI !== 'true')('people in the browser', () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    session = await openBrowserSession({ owner });
    ({ server, page } = session);
  });

  afterAll(async () => {
    expect(session?.pageErrors ?? []).toEqual([]);
    await session?.close();
  });

  const at = (path: string) => new URL(path, server.url).href;
  const heading = () => page.getByRole('heading', { level: 1 });
  const dialog = () => page.getByRole('dialog');
  const notice = (text: string | RegExp) =>
    page.locator('.notice-region').getByText(text).waitFor();
  const shot = (name: string) =>
    page.screenshot({ path: `${artifacts}people-${name}.png`, fullPage: !name.includes('dialog') });
  const call = (method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) =>
    callAsBrowser(page, at(path), method, data);
  const people = async () => (await call('GET', '/api/people')).people as PersonJson[];
  const byName = async (name: string) => (await people()).find((p) => p.name === name)!;

  it('imports three colleagues sharing a switchboard as three people, after a preview', async () => {
    await page.goto(at('/people'));
    await page.getByRole('link', { name: 'Import' }).click();
    await heading().filter({ hasText: 'Import people' }).waitFor();
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'office.vcf',
      mimeType: 'text/vcard',
      buffer: Buffer.from(office),
    });
    await page.getByRole('radio', { name: 'Rarely' }).check();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('status').filter({ hasText: 'office.vcf: 3 new' }).waitFor();
    expect(await people()).toEqual([]);
    await shot('import-preview-1280');
    await checkPhoneWidth(page, 'import-preview', shot);
    await page.getByRole('button', { name: 'Import 3' }).click();
    await page.getByRole('status').filter({ hasText: '3 added' }).waitFor();

    const imported = await people();
    expect(imported.map((p) => p.name).sort()).toEqual([
      'Alice Arendt',
      'Bob Brandt',
      'Carol Cramer',
    ]);
    expect(imported.every((p) => p.newSince === null && p.lastTalkedEstimate !== null)).toBe(true);
  });

  it('changes the selected people together and deletes one after asking', async () => {
    await page.getByRole('link', { name: 'See your people' }).click();
    await heading().filter({ hasText: 'People' }).waitFor();
    await page.getByLabel('Select everyone listed').check();
    const bar = page.getByRole('region', { name: 'Change the selected people' });
    await bar.getByText('3 people selected').waitFor();
    await bar.getByLabel('Kind').selectOption('coworker');
    await bar.getByRole('button', { name: 'Set kind' }).click();
    await notice('3 people now co-worker.');
    await bar.getByLabel('Tag').fill('berlin');
    await bar.getByRole('button', { name: 'Add tag' }).click();
    await notice('Tagged 3 people “berlin”.');
    await bar.getByRole('button', { name: 'Pause' }).click();
    await notice('Paused 3 people.');
    await shot('bulk-1280');
    await checkPhoneWidth(page, 'bulk', shot);
    for (const person of await people()) {
      expect(person).toMatchObject({ kind: 'coworker', tags: ['berlin'], paused: true });
    }

    await page.getByLabel('Select everyone listed').uncheck();
    await page.getByLabel('Select Carol Cramer').check();
    await bar.getByText('1 person selected').waitFor();
    await bar.getByRole('button', { name: 'Delete' }).click();
    await bar.getByRole('button', { name: 'Delete 1 person' }).click();
    await notice('Deleted 1 person.');
    expect((await people()).map((p) => p.name).sort()).toEqual(['Alice Arendt', 'Bob Brandt']);
  });

  it('adds someone who joined recently, with a rough last conversation', async () => {
    await page.goto(at('/people/new'));
    await page.getByLabel('Name', { exact: true }).fill('Nora Neu');
    await page.getByLabel('Joined recently (say hello)').check();
    await page.getByLabel('Last talked').selectOption({ label: 'This month' });
    await page.getByRole('button', { name: 'Add person' }).click();
    await heading().filter({ hasText: 'Nora Neu' }).waitFor();
    await page.getByText(/^New since/).waitFor();
    const nora = await byName('Nora Neu');
    expect(nora.newSince).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(nora.lastTalkedEstimate! < nora.newSince!).toBe(true);
  });

  it('offers to close the replies owed when a conversation is logged', async () => {
    const alice = await byName('Alice Arendt');
    await call('POST', '/api/replies', { personId: alice.id, text: 'the slides' });
    await page.goto(at(`/people/${alice.id}`));
    await heading().filter({ hasText: 'Alice Arendt' }).waitFor();
    await page.getByRole('button', { name: 'Log conversation' }).click();
    const answers = dialog().getByLabel('Reply to Alice Arendt: the slides');
    await answers.waitFor();
    expect(await answers.isChecked()).toBe(true);
    await dialog().getByRole('radio', { name: 'E-mail', exact: true }).check();
    await shot('log-closes-dialog-1280');
    await dialog().getByRole('button', { name: 'Log conversation' }).click();
    await notice(/Closed: reply to Alice Arendt \(the slides\)/);
    const open = await call('GET', `/api/items?type=reply&open=true&personId=${alice.id}`);
    expect(open.items).toEqual([]);
    expect((await byName('Alice Arendt')).lastTalkedEstimate).toBeNull();
  });

  it('merges a duplicate into the person kept', async () => {
    const dupe = (await call('POST', '/api/people', { name: 'A. Arendt', facts: ['Plays cello'] }))
      .person as PersonJson;
    await page.goto(at(`/people/${dupe.id}`));
    await heading().filter({ hasText: 'A. Arendt' }).waitFor();
    await page.getByRole('button', { name: 'Merge into…' }).click();
    await dialog().getByRole('combobox', { name: 'Keep' }).fill('Alice');
    await dialog()
      .getByRole('option', { name: /Alice Arendt/ })
      .click();
    await dialog().getByRole('button', { name: 'Merge into Alice Arendt' }).click();
    await heading().filter({ hasText: 'Alice Arendt' }).waitFor();
    await notice('Merged A. Arendt into Alice Arendt.');
    await page.getByText('Plays cello').waitFor();
    expect((await people()).some((p) => p.name === 'A. Arendt')).toBe(false);
  });
});
