// Taking everything out: the full JSON document (all the user owns, no secrets, and their own
// part of the team space), and the people alone as a vCard 4.0 file for address books.
import { writeVCards } from '../../domain/contacts/vcard-writer';
import { repositories } from '../../store/repositories';
import { OwnedRowsRepository } from '../../store/transfer/owned-rows-repository';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  readSections,
} from './export-document';
import { readTeamExport } from './team-export';

export async function exportAccount(ctx: AppContext, userId: string): Promise<ExportDocument> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  // One transaction, so the document is one moment's data even while the user keeps working;
  // PostgreSQL needs REPEATABLE READ for that, SQLite gives it to any transaction.
  let transaction = ctx.store.db.transaction();
  if (ctx.store.dialect === 'postgres')
    transaction = transaction.setIsolationLevel('repeatable read');
  const { data, team } = await transaction.execute(async (trx) => {
    const rows = new OwnedRowsRepository(trx, ctx.store.dialect);
    return {
      data: await readSections((table, order) => rows.read(table, userId, order)),
      team: await readTeamExport(repositories(trx, ctx.store.dialect), userId),
    };
  });
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: isoNow(ctx.clock),
    account: {
      email: user.email,
      name: user.name,
      timeZone: user.timeZone,
      workingHours: user.workingHours,
    },
    settings: { preferences: user.preferences },
    data,
    team,
  };
}

export async function exportVCards(
  ctx: AppContext,
  userId: string,
): Promise<{ vcard: string; count: number }> {
  // Everyone, archived people too: an export keeps what Rapport knows.
  const people = await ctx.repos.people.list(userId, { archived: 'include' });
  return { vcard: writeVCards(people), count: people.length };
}
