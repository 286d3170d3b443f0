// The repositories bulk transfers use, bound to one store or one transaction of it.
import type { Kysely } from 'kysely';
import type { DialectName } from '../../store/database';
import { type Repositories, repositories } from '../../store/repositories';
import type { Database } from '../../store/schema';
import { AccountEraser } from '../../store/transfer/account-erasure';
import { OwnedRowsRepository } from '../../store/transfer/owned-rows-repository';
import { PeopleBulkRepository } from '../../store/transfer/people-bulk-repository';
import { PersonMergeRepository } from '../../store/transfer/person-merge-repository';
import { TableCatalog } from '../../store/transfer/table-catalog';
import type { AppContext } from '../context';

export interface TransferStore {
  repos: Repositories;
  people: PeopleBulkRepository;
  rows: OwnedRowsRepository;
  merges: PersonMergeRepository;
  eraser: AccountEraser;
  catalog: TableCatalog;
}

export function transferStore(db: Kysely<Database>, dialect: DialectName): TransferStore {
  return {
    repos: repositories(db, dialect),
    people: new PeopleBulkRepository(db, dialect),
    rows: new OwnedRowsRepository(db, dialect),
    merges: new PersonMergeRepository(db, dialect),
    eraser: new AccountEraser(db, dialect),
    catalog: new TableCatalog(db, dialect),
  };
}

/** Runs work atomically: everything it writes lands, or nothing does. */
export function inTransferTransaction<T>(
  ctx: AppContext,
  work: (store: TransferStore) => Promise<T>,
): Promise<T> {
  return ctx.store.db.transaction().execute((trx) => work(transferStore(trx, ctx.store.dialect)));
}
