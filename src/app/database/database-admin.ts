// Schema upkeep for `rapport db migrate|status` and server start.
import type { Store } from '../../store/database';
import { type MigrationStatus, migrate, migrationStatus } from '../../store/migrator';

export function applyMigrations(store: Store): Promise<string[]> {
  return migrate(store);
}

export function listMigrations(store: Store): Promise<MigrationStatus[]> {
  return migrationStatus(store);
}
