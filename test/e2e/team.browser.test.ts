// The team space in a real browser against a real `rapport serve`: the owner creates a
// workspace and an invite link; a colleague in another zone signs up, follows the link, shares
// part of their profile and opts in to coffee; the owner previews and starts a round; both see
// their pair with its reason and a slot on their own clock; the colleague says they met, finds
// the owner in the directory with only what the owner shares, and adds them to their people.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstName } from '../../web/src/time';
import type { TestServer } from '../support/server';
import { type BrowserSession, openBrowserSession } from './browser-session';
import { callAsBrowser, checkPhoneWidth, hasChromium } from './page-tools';

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

const owner = {
  name: 'Mara Okafor',
  email: 'mara@example.com',
  password: 'correct horse battery',
  timeZone: 'Europe/Berlin',
};
const colleague = {
  name: 'Devon Hale',
  email: 'devon@example.com',
  password: 'staple battery horse',
  timeZone: 'America/New_York',
};

describe.skipIf(!hasChromium && process.env.CI !== 'true')('the team space in the browser', () => {
  let session: BrowserSession;
  let server: TestServer;
  let mara: Page;
  let devon: Page;
  let pageErrors: string[];
  let workspacePath = '';

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    // Each browser in its own person's zone, so a slot shown on the wrong clock shows. Mara owns
    // the server; Devon signs up through the UI below, with the account invite she sends.
    session = await openBrowserSession({
      owner,
      context: { timezoneId: owner.timeZone, locale: 'en-GB' },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    ({ server, page: mara, pageErrors } = session);
    devon = await session.openPage({ timezoneId: colleague.timeZone, locale: 'en-GB' });
  });

  afterAll(() => session?.close());

  const at = (path: string) => new URL(path, server.url).href;
  const heading = (page: Page) => page.getByRole('heading', { level: 1 });
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `${artifacts}team-${name}.png`, fullPage: true });
  const section = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name }).click();

  async function fillAccount(page: Page, who: typeof owner) {
    await page.getByLabel('Your name').fill(who.name);
    await page.getByLabel('E-mail').fill(who.email);
    await page.getByLabel('Time zone').fill(who.timeZone);
    await page.getByLabel('Password', { exact: true }).fill(who.password);
    await page.getByLabel('Confirm password').fill(who.password);
    await page.getByRole('button', { name: 'Create account' }).click();
  }

  it('lets the owner create a workspace and an invite link', async () => {
    await mara.goto(at('/'));
    await heading(mara)
      .filter({ hasText: firstName(owner.name) })
      .waitFor();

    await mara
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Team' })
      .click();
    await heading(mara).filter({ hasText: 'Team' }).waitFor();
    await mara.getByText('None yet.').waitFor();
    // A name is required.
    await mara.getByRole('button', { name: 'Create', exact: true }).click();
    await mara.getByRole('alert').filter({ hasText: 'Give the workspace a name.' }).waitFor();
    await mara.getByLabel('Name').fill('Acme');
    await mara.getByRole('button', { name: 'Create', exact: true }).click();
    await heading(mara).filter({ hasText: 'Acme' }).waitFor();
    await mara.getByRole('heading', { name: 'Invite colleagues' }).waitFor();
    workspacePath = new URL(mara.url()).pathname.replace(/\/admin$/, '');

    // Devon is new to the team: he gets introduced (founding members would not be).
    await mara
      .getByLabel('Who is it for?')
      .selectOption({ label: 'Someone new to the team: introduce them to a few colleagues' });
    await mara.getByRole('button', { name: 'Create invite link' }).click();
    const link = await mara.getByLabel('Invite link').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/team/join/`));
    await shot(mara, 'admin');

    // The colleague first needs an account on this server: the owner's account invite.
    const account = await callAsBrowser(mara, at('/api/invites'), 'POST', {});

    await devon.goto(link);
    // Signed out, with a link for anyone: the page says to sign in (it opens no account).
    await devon.getByText('This link is for people who already have an account here.').waitFor();
    await devon.goto(account.url);
    await fillAccount(devon, colleague);
    await heading(devon)
      .filter({ hasText: firstName(colleague.name) })
      .waitFor();
    await devon.goto(link);
    await heading(devon).filter({ hasText: 'Join a workspace' }).waitFor();
    await devon.getByText(`${owner.name} invited you.`).waitFor();
    await devon.getByRole('button', { name: 'Join Acme' }).click();
    await devon.getByRole('status').filter({ hasText: 'Welcome to Acme!' }).waitFor();
    await heading(devon).filter({ hasText: 'Acme' }).waitFor();
    const profileUrl = devon.url();

    // The engine introduced Devon to Mara: a first hello waits on his Today, until he says it.
    await devon.goto(at('/'));
    const hello = devon.locator('.welcome-item').filter({ hasText: `Say hello to ${owner.name}` });
    await hello.waitFor();
    await shot(devon, 'today-welcome');
    await hello.getByRole('button', { name: 'Said hello' }).click();
    await hello.waitFor({ state: 'detached' });
    await devon.goto(profileUrl);
  }, 60_000);

  it('lets each member choose what they share and opt in to coffee', async () => {
    // Coffee is opt-in: off until Devon says yes; he tries both ways.
    const optIn = devon.getByLabel('Pair me for coffee');
    expect(await optIn.isChecked()).toBe(false);
    await optIn.check();
    await devon.getByRole('status').filter({ hasText: 'You’re in the next round.' }).waitFor();
    await optIn.uncheck();
    await devon.getByRole('status').filter({ hasText: 'You’re out of coffee rounds.' }).waitFor();
    await optIn.check();
    await devon.getByRole('status').filter({ hasText: 'You’re in the next round.' }).waitFor();
    // He shares his team and interests; his city stays unshared.
    await devon.getByLabel('Team', { exact: true }).fill('Support');
    await devon.getByLabel('City', { exact: true }).fill('Albany');
    await devon.getByLabel('Interests', { exact: true }).fill('climbing, jazz');
    await devon.getByLabel('Share team').check();
    await devon.getByLabel('Share interests').check();
    await devon.getByRole('button', { name: 'Save profile' }).click();
    await devon.getByText('Saved. Your directory entry shows what you share.').waitFor();
    await shot(devon, 'profile');

    await mara.goto(at(`${workspacePath}/profile`));
    // The workspace's creator, too, is paired only once she says yes.
    expect(await mara.getByLabel('Pair me for coffee').isChecked()).toBe(false);
    await mara.getByLabel('Pair me for coffee').check();
    await mara.getByRole('status').filter({ hasText: 'You’re in the next round.' }).waitFor();
    await mara.getByLabel('Team', { exact: true }).fill('Platform');
    await mara.getByLabel('Interests', { exact: true }).fill('Climbing, chess');
    await mara.getByLabel('Share team').check();
    await mara.getByLabel('Share interests').check();
    await mara.getByRole('button', { name: 'Save profile' }).click();
    await mara.getByText('Saved. Your directory entry shows what you share.').waitFor();
  });

  it('previews, then starts a round: both see their pair with the reason', async () => {
    await section(mara, 'Admin');
    await mara.getByRole('button', { name: 'Preview a round' }).click();
    const preview = mara.locator('.round-result');
    await preview.getByText('Preview').waitFor();
    expect(await preview.innerText()).toMatch(/Devon Hale · Mara Okafor|Mara Okafor · Devon Hale/);
    await mara.getByRole('button', { name: 'Start a round now' }).click();
    await mara.getByRole('button', { name: 'Start the round' }).click();
    await preview.getByText('Round started').waitFor();

    for (const [page, other] of [
      [mara, colleague.name],
      [devon, owner.name],
    ] as const) {
      await page.goto(at(workspacePath));
      const coffee = page.getByRole('region', { name: 'Your coffee' });
      await coffee.getByText(`you and ${other}`).waitFor();
      const reason = await coffee.locator('.coffee-reason').innerText();
      // Never met, across teams, the hours they share, the one interest both listed.
      expect(reason).toMatch(/never met/);
      expect(reason).toMatch(/overlap/);
      expect(reason.toLowerCase()).toContain('climbing');
      expect(reason).not.toMatch(/jazz|chess/);
      await coffee.getByText('Suggested time:').waitFor();
    }
    // The suggested slot is one instant, shown on each person's own clock: Berlin is six hours
    // ahead of New York in December.
    const clock = async (page: Page) =>
      (await page.locator('.coffee-group strong').nth(1).innerText()).match(/(\d{2}):(\d{2})/);
    const [maraClock, devonClock] = [await clock(mara), await clock(devon)];
    expect(Number(maraClock?.[1]) - Number(devonClock?.[1])).toBe(6);
    await shot(mara, 'coffee-mara');
    await shot(devon, 'coffee-devon');
    await checkPhoneWidth(devon, 'team-coffee', (name) => shot(devon, name));
  });

  it('records that they met', async () => {
    const coffee = devon.getByRole('region', { name: 'Your coffee' });
    await coffee.getByRole('button', { name: 'We met' }).click();
    await expect
      .poll(() => coffee.getByRole('button', { name: 'We met' }).getAttribute('aria-pressed'))
      .toBe('true');
    await devon.reload();
    expect(await coffee.getByRole('button', { name: 'We met' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('shows the directory with only shared fields, and adds a colleague to one’s people', async () => {
    await section(mara, 'Directory');
    const entry = mara.getByRole('article', { name: colleague.name });
    await entry.getByText('Support').waitFor();
    const text = await entry.innerText();
    expect(text).toContain('climbing');
    // Devon's city was entered but not shared.
    expect(text).not.toContain('Albany');
    await entry.getByRole('button', { name: `Add ${colleague.name} to my people` }).click();
    await entry.getByRole('link', { name: `Open ${colleague.name}` }).click();
    await heading(mara)
      .filter({ hasText: firstName(colleague.name) })
      .waitFor();
    expect(await mara.getByText('Support').count()).toBeGreaterThan(0);
    await shot(mara, 'person-from-directory');
  });

  it('offers to link a colleague one already keeps instead of adding them twice', async () => {
    // Devon already keeps Mara, by name, with a city of his own.
    const { person } = await callAsBrowser(devon, at('/api/people'), 'POST', {
      name: owner.name,
      city: 'Hamburg',
    });
    await section(devon, 'Directory');
    const entry = devon.getByRole('article', { name: owner.name });
    await entry.getByRole('button', { name: `Add ${owner.name} to my people` }).click();
    await entry.getByText(`Link to your existing ${owner.name}?`).waitFor();
    await shot(devon, 'directory-link');
    await entry.getByRole('button', { name: `Link to ${owner.name}` }).click();
    await entry.getByText('Linked: empty fields filled in.').waitFor();
    await entry.getByRole('link', { name: `Open ${owner.name}` }).click();
    await devon.waitForURL((url) => url.pathname === `/people/${person.id}`);
    // His city stays; the team she shares fills the empty field; still one Mara.
    await devon.getByText('Hamburg').first().waitFor();
    expect(await devon.getByText('Platform').count()).toBeGreaterThan(0);
    const people = await (await devon.request.get(at('/api/people'))).json();
    expect(people.people.filter((p: { name: string }) => p.name === owner.name)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });
});
