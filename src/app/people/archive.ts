// Archiving a person: they leave the People list, Today, search and capture, and everything
// known about them stays, on their own page, until they are restored. The address-book sync
// archives too (a card deleted on the phone); see contacts-sync/sync-account.ts.
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { notFound } from '../errors';
import { type Person, presentPerson } from './person';
import { getPreferences } from './preferences';

/** Archives the person now; archiving an archived person keeps the date they were archived. */
export function archivePerson(ctx: AppContext, userId: string, personId: string) {
  return setArchived(ctx, userId, personId, true);
}

/** Brings an archived person back among the people kept; a kept person is left as they are. */
export function restorePerson(ctx: AppContext, userId: string, personId: string) {
  return setArchived(ctx, userId, personId, false);
}

async function setArchived(
  ctx: AppContext,
  userId: string,
  personId: string,
  archived: boolean,
): Promise<Person> {
  const now = isoNow(ctx.clock);
  const record = await inTransaction(ctx, async (repos) => {
    const person = await repos.people.findById(userId, personId);
    if (!person) throw notFound('Person');
    if (Boolean(person.archivedAt) === archived) return person;
    return (await repos.people.update(
      userId,
      personId,
      { archivedAt: archived ? now : null },
      undefined,
      now,
    ))!;
  });
  return presentPerson(record, (await getPreferences(ctx, userId)).cadenceDefaults);
}
