// Syncs every due address book (see app/contacts-sync/sync-lease) on the minute tick. The tick
// runs on one instance (its claim) and each account is leased while it syncs, so a book syncs
// once however many instances run; a failing one backs off and shows its lastError.
import { syncDueContactAccounts } from '../../app/contacts-sync/sync-lease';
import type { ScheduledTask } from '../scheduler';

export const contactsSync: ScheduledTask = {
  name: 'contacts-sync',
  async run(ctx) {
    const totals = await syncDueContactAccounts(ctx);
    if (totals.failed > 0) {
      console.error(
        `contacts: ${totals.synced} address book(s) synced, ${totals.failed} failed (see each account's lastError)`,
      );
    }
  },
};
