// Capture in a real browser against a real `rapport serve`, a real Dovecot and a real Radicale:
// adding a mailbox and a CalDAV calendar in Settings (testing the connection, choosing
// calendars), syncing, the "Rapport noticed" card on Today (accept, ignore, never from this
// person, accept all), people to add, "seen in meetings" on the person page, errors in plain
// words, and removing a source with or without what it captured. Checked at phone width too.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ImapFlow } from 'imapflow';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeCalendar,
  realServersMissing,
  startDovecot,
  startRadicale,
  type TestDavServer,
  type TestImapServer,
} from '../support/real-servers';
import type { TestServer } from '../support/server';
import { type BrowserSession, openBrowserSession } from './browser-session';
import { callAsBrowser, checkPhoneWidth, hasChromium } from './page-tools';

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
const ME = 'ana@example.com';
const MAIL_PASSWORD = 'imap-secret-Tr0ub4dor';
const DAV_PASSWORD = 'dav-secret-Tr0ub4dor';
const missing = realServersMissing();
const owner = {
  name: 'Ana Silva',
  email: ME,
  password: 'correct horse battery',
  timeZone: 'Europe/Lisbon',
};

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
const icsStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function mail(headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return `${lines.join('\r\n')}\r\n\r\nBODY-MARKER never stored\r\n`;
}

/** A past one-hour meeting with `attendees` (more than 8 makes it a large meeting). */
function meeting(uid: string, start: Date, attendees: string[], video = true): string {
  const end = new Date(start.getTime() + 3_600_000);
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rapport tests//EN',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${icsStamp(start)}`,
    `DTSTART:${icsStamp(start)}`,
    `DTEND:${icsStamp(end)}`,
    'SUMMARY:Secret project sync',
    ...(video ? ['LOCATION:https://meet.google.com/abc-defg-hij'] : []),
    `ORGANIZER:mailto:${ME}`,
    ...[ME, ...attendees].map((a) => `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${a}`),
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

describe.skipIf(Boolean(missing) || (!hasChromium && process.env.CI !== 'true'))(
  'capture in the web app',
  () => {
    let session: BrowserSession;
    let server: TestServer;
    let imap: TestImapServer;
    let dav: TestDavServer;
    let page: Page;
    let pageErrors: string[];
    const people: Record<string, string> = {};

    beforeAll(async () => {
      mkdirSync(artifacts, { recursive: true });
      imap = await startDovecot({ [ME]: MAIL_PASSWORD });
      dav = await startRadicale({ ana: DAV_PASSWORD });
      await makeCalendar(dav, 'ana', 'work', 'Work');
      await makeCalendar(dav, 'ana', 'home', 'Home');
      session = await openBrowserSession({
        owner,
        serverEnv: { RAPPORT_SOURCES_ALLOW_PRIVATE: '1' },
        context: { timezoneId: owner.timeZone, locale: 'en-GB' },
        timeout: 15_000,
      });
      ({ server, page, pageErrors } = session);
    });

    afterAll(async () => {
      await session?.close();
      await imap?.stop();
      await dav?.stop();
    });

    const at = (path: string) => new URL(path, server.url).href;
    const shot = (name: string) =>
      page.screenshot({ path: `${artifacts}capture-${name}.png`, fullPage: true });
    const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, data?: unknown) =>
      callAsBrowser(page, at(path), method, data);
    const sources = () => page.getByRole('region', { name: 'Sources' });

    async function append(folder: 'INBOX' | 'Sent', raw: string, date: Date) {
      const client = new ImapFlow({
        host: imap.host,
        port: imap.port,
        secure: false,
        auth: { user: ME, pass: MAIL_PASSWORD },
        logger: false,
      });
      await client.connect();
      await client.append(folder, raw, [], date);
      await client.logout();
    }

    it('adds three people, and what the mailbox and calendar hold', async () => {
      for (const [name, email] of [
        ['Lena Vogel', 'lena@example.com'],
        ['Bo Chen', 'bo@example.com'],
        ['Cy Diaz', 'cy@example.com'],
      ] as const) {
        const { person } = await call('POST', '/api/people', { name, kind: 'coworker', email });
        people[name] = person.id;
      }
      const day = daysAgo(2);
      for (const [from, id] of [
        ['Lena Vogel <lena@example.com>', 'lena-1'],
        ['Bo Chen <bo@example.com>', 'bo-1'],
      ]) {
        await append(
          'INBOX',
          mail({
            From: from!,
            To: ME,
            Subject: 'Hello',
            'Message-ID': `<${id}@x>`,
            Date: day.toUTCString(),
          }),
          day,
        );
      }
      for (const n of [1, 2, 3]) {
        const when = daysAgo(n + 3);
        await append(
          'INBOX',
          mail({
            From: 'Dana Ruiz <dana@example.com>',
            To: ME,
            Subject: `Topic ${n}`,
            'Message-ID': `<dana-${n}@x>`,
            Date: when.toUTCString(),
          }),
          when,
        );
      }
      const crowd = Array.from({ length: 10 }, (_, i) => `guest${i}@example.com`);
      await dav.request(
        'ana',
        'PUT',
        '/ana/work/one-on-one.ics',
        meeting('one-on-one', daysAgo(1), ['cy@example.com']),
        {
          'content-type': 'text/calendar',
        },
      );
      await dav.request(
        'ana',
        'PUT',
        '/ana/work/all-hands.ics',
        meeting('all-hands', daysAgo(1), ['cy@example.com', ...crowd], false),
        {
          'content-type': 'text/calendar',
        },
      );
    });

    it('says in plain words when a mailbox refuses the password, and saves nothing', async () => {
      await page.goto(at('/settings'));
      await sources().getByText('No sources yet.').waitFor();
      await sources().getByLabel('Mailbox (IMAP)').check();
      const form = sources().getByRole('form', { name: 'Add a mailbox' });
      await expect(form.getByLabel('Keep subjects').isChecked()).resolves.toBe(false);
      await form.getByText('Message text is never stored either way.').waitFor();
      await form.getByRole('button', { name: 'Add mailbox' }).click();
      await form.getByRole('alert').filter({ hasText: 'Enter the IMAP server' }).waitFor();
      await form.getByLabel('IMAP server').fill(imap.host);
      await form.getByLabel('Port').fill(String(imap.port));
      await form.getByLabel('Use TLS (encrypted connection)').uncheck();
      await form.getByLabel('User name').fill(ME);
      await form.getByLabel('Password').fill('wrong password');
      await form.getByRole('button', { name: 'Test connection' }).click();
      await form
        .getByRole('alert')
        .filter({ hasText: /authentication|password/i })
        .waitFor();
      expect((await call('GET', '/api/sources')).sources).toEqual([]);
    });

    it('adds the mailbox, syncs it now and shows what it saw', async () => {
      const form = sources().getByRole('form', { name: 'Add a mailbox' });
      await form.getByLabel('Password').fill(MAIL_PASSWORD);
      await form.getByRole('button', { name: 'Test connection' }).click();
      await form.getByText('Connected.', { exact: false }).waitFor();
      await form.getByLabel('Name (optional)').fill('Work mail');
      await form.getByRole('button', { name: 'Add mailbox' }).click();
      const list = sources().getByRole('list', { name: 'Your sources' });
      const item = list.getByRole('listitem', { name: 'Work mail' });
      await item.getByText('Not synced yet.', { exact: false }).waitFor();
      expect(await form.getByLabel('Password').inputValue()).toBe('');
      await item.getByRole('button', { name: 'Sync now Work mail' }).click();
      await item.getByText(/Last synced .*: saw \d+ items?\./).waitFor();
      const [source] = (await call('GET', '/api/sources')).sources;
      expect(JSON.stringify(source)).not.toContain(MAIL_PASSWORD);
    });

    it('tests a CalDAV account, lists its calendars to choose, and adds the chosen one', async () => {
      await sources().getByLabel('CalDAV calendar').check();
      const form = sources().getByRole('form', { name: 'Add a CalDAV calendar' });
      await form.getByLabel('Server address').fill(dav.url);
      await form.getByLabel('User name').fill('ana');
      await form.getByLabel('Password').fill(DAV_PASSWORD);
      await form.getByRole('button', { name: 'Test connection' }).click();
      const calendars = form.getByRole('group', { name: 'Calendars to read' });
      await calendars.getByLabel('Work').waitFor();
      await calendars.getByLabel('Home').uncheck();
      await form.getByLabel('Name (optional)').fill('Work calendar');
      await form.getByRole('button', { name: 'Add calendar' }).click();
      const item = sources().getByRole('listitem', { name: 'Work calendar' });
      await item.getByRole('button', { name: 'Sync now Work calendar' }).click();
      await item.getByText(/Last synced/).waitFor();
      const added = (await call('GET', '/api/sources')).sources.find(
        (s: { name: string }) => s.name === 'Work calendar',
      );
      expect(added.settings.calendars).toEqual(['Work']);
      await page.getByText('Git repositories are read on the machine that runs Rapport').waitFor();
      await page.getByText('rapport source add git PATH…').waitFor();
      await shot('settings-1280');
      await checkPhoneWidth(page, 'settings', shot);
    });

    it('asks on Today: accept, ignore, never from this person, accept all', async () => {
      await page.goto(at('/'));
      const card = page.getByRole('region', { name: /Rapport noticed · \d+/ });
      const list = card.getByRole('list', { name: 'Noticed conversations' });
      await list.getByText('E-mail with Lena Vogel, they reached out', { exact: true }).waitFor();
      await list.getByText('Video call with Cy Diaz, you reached out', { exact: true }).waitFor();
      await shot('today-1280');
      await checkPhoneWidth(page, 'today', shot);

      await list.getByRole('button', { name: /^Accept E-mail with Lena Vogel/ }).click();
      await list
        .getByText('E-mail with Lena Vogel, they reached out', { exact: true })
        .waitFor({ state: 'detached' });
      await list.getByRole('button', { name: 'Never from Bo Chen' }).click();
      await list
        .getByText('E-mail with Bo Chen, they reached out', { exact: true })
        .waitFor({ state: 'detached' });
      await card.getByRole('button', { name: 'Accept all' }).click();
      await card.waitFor({ state: 'detached' });

      const lena = (await call('GET', `/api/people/${people['Lena Vogel']}`)).person;
      expect(lena.interactionCount).toBe(1);
      const bo = (await call('GET', `/api/people/${people['Bo Chen']}`)).person;
      expect(bo.interactionCount).toBe(0);
    });

    it('suggests the stranger who writes often, and adds her on request', async () => {
      const card = page.getByRole('region', { name: 'People you talk to' });
      const list = card.getByRole('list', { name: 'People to add' });
      await list.getByText('dana@example.com', { exact: false }).waitFor();
      await list.getByRole('button', { name: 'Add to my people Dana Ruiz' }).click();
      await card.getByRole('link', { name: 'Dana Ruiz' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dana Ruiz' }).waitFor();
    });

    it('shows on the person page the large meetings they were seen in', async () => {
      await page.goto(at(`/people/${people['Cy Diaz']}`));
      await page.getByText(/^Seen in 1 meeting, last /).waitFor();
    });

    it('shows a failing source’s error in plain words', async () => {
      await imap.stop();
      await page.goto(at('/settings'));
      const item = sources().getByRole('listitem', { name: 'Work mail' });
      await item.getByRole('button', { name: 'Sync now Work mail' }).click();
      await item.getByText(/^The last sync failed: /).waitFor();
      await item.getByText('Failing', { exact: true }).waitFor();
    });

    it('pauses and removes sources, keeping or removing what they captured', async () => {
      const mailItem = sources().getByRole('listitem', { name: 'Work mail' });
      await mailItem.getByRole('button', { name: 'Pause Work mail' }).click();
      await mailItem.getByText('Paused', { exact: true }).waitFor();
      await mailItem.getByRole('button', { name: 'Remove Work mail' }).click();
      await mailItem.getByRole('button', { name: 'Remove it, keep the conversations' }).click();
      await mailItem.waitFor({ state: 'detached' });
      const lena = (await call('GET', `/api/people/${people['Lena Vogel']}`)).person;
      expect(lena.interactionCount).toBe(1);

      const calItem = sources().getByRole('listitem', { name: 'Work calendar' });
      await calItem.getByRole('button', { name: 'Remove Work calendar' }).click();
      await calItem.getByRole('button', { name: 'Remove it and what it captured' }).click();
      await sources().getByText('No sources yet.').waitFor();
      const cy = (await call('GET', `/api/people/${people['Cy Diaz']}`)).person;
      expect(cy.interactionCount).toBe(0);
      expect(pageErrors).toEqual([]);
    });
  },
);
