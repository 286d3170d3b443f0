import type { Command } from 'commander';
import type { User } from '../../app/accounts/user';
import type { PresentedAccount } from '../../app/contacts-sync/accounts';
import type { SyncReport } from '../../app/contacts-sync/sync-account';
import type { ContactSyncConflict } from '../../store/contacts-sync/contact-sync-repository';
import type { ApiClient } from '../api-client';
import { withClient } from '../context';
import { formatInstant, printJson, printLine, printNote, printTable } from '../output';

/** The account a user named: its id, or its book name or server URL when only one fits. */
async function accountId(client: ApiClient, wanted: string): Promise<string> {
  const { accounts } = await client.request<{ accounts: PresentedAccount[] }>(
    'GET',
    '/api/contacts-sync',
  );
  const key = wanted.toLowerCase();
  const found = accounts.filter(
    (a) => a.id === wanted || a.book.toLowerCase() === key || a.url.toLowerCase() === key,
  );
  return found.length === 1 ? found[0]!.id : wanted;
}

interface AddOptions {
  user: string;
  password: string;
  book?: string;
  pushNew?: boolean;
}

const summary = (r: SyncReport) =>
  `${r.added} added, ${r.updated} updated in Rapport; ${r.written} updated, ${r.pushed} added in the address book; ` +
  `${r.archived} archived, ${r.restored} restored; ${r.conflicts} conflict${r.conflicts === 1 ? '' : 's'}`;

export function registerContacts(program: Command) {
  const contacts = program
    .command('contacts')
    .description("two-way sync with a CardDAV address book (the phone's contacts)");

  contacts
    .command('add')
    .argument('<url>', 'the CardDAV server address (e.g. https://contacts.icloud.com)')
    .requiredOption('--user <user>', 'the user name')
    .requiredOption('--password <password>', 'the password or app password (stored encrypted)')
    .option('--book <name>', 'the address book, when the account has several')
    .option('--push-new', 'also send people added in Rapport to the address book')
    .option('--json', 'print JSON')
    .description('connect an address book')
    .action(async (url: string, given: AddOptions, command: Command) => {
      await withClient(command, async (client, options) => {
        const { account } = await client.request<{ account: PresentedAccount }>(
          'POST',
          '/api/contacts-sync',
          {
            url,
            user: given.user,
            password: given.password,
            ...(given.book ? { book: given.book } : {}),
            pushNew: Boolean(given.pushNew),
          },
        );
        if (options.json) return printJson(account);
        printLine(`Connected "${account.book}" (${account.id}).`);
        printNote('Run `rapport contacts sync` to sync it now.');
      });
    });

  contacts
    .command('list')
    .description('list connected address books')
    .option('--json', 'print JSON')
    .action(async (_options, command: Command) => {
      await withClient(command, async (client, options) => {
        const { accounts } = await client.request<{ accounts: PresentedAccount[] }>(
          'GET',
          '/api/contacts-sync',
        );
        if (options.json) {
          return printJson(
            accounts.map((a) => ({
              id: a.id,
              url: a.url,
              book: a.book,
              lastSyncAt: a.lastSyncAt,
              lastError: a.lastError,
              conflicts: a.conflicts,
              paused: a.paused,
              pushNew: a.pushNew,
            })),
          );
        }
        if (accounts.length === 0) {
          return printLine('No address books. Connect one with `rapport contacts add URL`.');
        }
        const { user } = await client.request<{ user: User }>('GET', '/api/me');
        printTable(
          ['ID', 'BOOK', 'SERVER', 'LAST SYNC', 'CONFLICTS', 'STATE'],
          accounts.map((a) => [
            a.id,
            a.book,
            a.url,
            formatInstant(a.lastSyncAt, user.timeZone),
            String(a.conflicts),
            a.lastError ? `failing: ${a.lastError}` : a.paused ? 'paused' : 'on',
          ]),
        );
      });
    });

  contacts
    .command('sync')
    .argument('[id]', 'one address book (id or name); default: every one not paused')
    .description('sync now')
    .option('--json', 'print JSON')
    .action(async (id: string | undefined, _options, command: Command) => {
      await withClient(command, async (client, options) => {
        const path = id
          ? `/api/contacts-sync/${encodeURIComponent(await accountId(client, id))}/sync`
          : '/api/contacts-sync/sync';
        const { reports } = await client.request<{ reports: SyncReport[] }>('POST', path);
        if (options.json) return printJson(reports);
        if (reports.length === 0) return printLine('No address book to sync.');
        for (const report of reports) printLine(`${report.id}: ${summary(report)}`);
      });
    });

  contacts
    .command('conflicts')
    .description('fields changed on both sides since a sync (both values were kept)')
    .option('--json', 'print JSON')
    .action(async (_options, command: Command) => {
      await withClient(command, async (client, options) => {
        const { conflicts } = await client.request<{ conflicts: ContactSyncConflict[] }>(
          'GET',
          '/api/contacts-sync/conflicts',
        );
        if (options.json) return printJson(conflicts);
        if (conflicts.length === 0) return printLine('No conflicts.');
        printTable(
          ['PERSON', 'FIELD', 'RAPPORT', 'ADDRESS BOOK'],
          conflicts.map((c) => [c.personName, c.field, c.localValue, c.remoteValue]),
        );
      });
    });

  for (const [verb, paused] of [
    ['pause', true],
    ['resume', false],
  ] as const) {
    contacts
      .command(verb)
      .argument('<id>', 'the address book (id or name)')
      .description(paused ? 'stop syncing an address book for now' : 'sync an address book again')
      .action(async (id: string, _options, command: Command) => {
        await withClient(command, async (client) => {
          const target = await accountId(client, id);
          await client.request('PATCH', `/api/contacts-sync/${encodeURIComponent(target)}`, {
            paused,
          });
          printLine(paused ? `Paused ${id}.` : `Resumed ${id}.`);
        });
      });
  }

  contacts
    .command('rm')
    .argument('<id>', 'the address book (id or name)')
    .description('disconnect an address book (people and cards stay as they are)')
    .action(async (id: string, _options, command: Command) => {
      await withClient(command, async (client) => {
        const target = await accountId(client, id);
        await client.request('DELETE', `/api/contacts-sync/${encodeURIComponent(target)}`);
        printLine(`Disconnected ${id}.`);
      });
    });
}
