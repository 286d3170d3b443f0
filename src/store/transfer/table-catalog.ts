// What tables the database has, read from the database itself (sqlite_master and pragmas on
// SQLite, pg_catalog on PostgreSQL), so that deleting an account or merging two people also
// covers tables added after this code was written.
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../database';
import type { Database } from '../schema';

export interface CatalogColumn {
  name: string;
  nullable: boolean;
  /** Part of the primary key. */
  primaryKey: boolean;
}

export interface CatalogTable {
  name: string;
  columns: CatalogColumn[];
}

export interface ForeignKey {
  child: string;
  parent: string;
}

export class TableCatalog {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  async tables(): Promise<CatalogTable[]> {
    if (this.dialect === 'sqlite') {
      const names = await sql<{ name: string }>`
        select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
        order by name`.execute(this.db);
      const tables: CatalogTable[] = [];
      for (const { name } of names.rows) {
        const columns = await sql<{ name: string; notnull: number; pk: number }>`
          select name, "notnull", pk from pragma_table_info(${name})`.execute(this.db);
        tables.push({
          name,
          columns: columns.rows.map((c) => ({
            name: c.name,
            nullable: Number(c.notnull) === 0,
            primaryKey: Number(c.pk) > 0,
          })),
        });
      }
      return tables;
    }
    const rows = await sql<{ table_name: string; column_name: string; is_nullable: string }>`
      select table_name, column_name, is_nullable from information_schema.columns
      where table_schema = current_schema() order by table_name, ordinal_position`.execute(this.db);
    const keys = await sql<{ table_name: string; column_name: string }>`
      select cl.relname as table_name, a.attname as column_name
      from pg_constraint c
      join pg_class cl on cl.oid = c.conrelid
      join pg_namespace n on n.oid = cl.relnamespace
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
      where c.contype = 'p' and n.nspname = current_schema()`.execute(this.db);
    const primary = new Set(keys.rows.map((k) => `${k.table_name}.${k.column_name}`));
    const byTable = new Map<string, CatalogColumn[]>();
    for (const row of rows.rows) {
      const list = byTable.get(row.table_name) ?? [];
      list.push({
        name: row.column_name,
        nullable: row.is_nullable === 'YES',
        primaryKey: primary.has(`${row.table_name}.${row.column_name}`),
      });
      byTable.set(row.table_name, list);
    }
    return [...byTable.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, columns]) => ({ name, columns }));
  }

  async foreignKeys(): Promise<ForeignKey[]> {
    if (this.dialect === 'sqlite') {
      const rows = await sql<{ child: string; parent: string }>`
        select m.name as child, f."table" as parent
        from sqlite_master m join pragma_foreign_key_list(m.name) f
        where m.type = 'table' and m.name not like 'sqlite_%'`.execute(this.db);
      return rows.rows;
    }
    const rows = await sql<{ child: string; parent: string }>`
      select cl.relname as child, pr.relname as parent
      from pg_constraint c
      join pg_class cl on cl.oid = c.conrelid
      join pg_class pr on pr.oid = c.confrelid
      join pg_namespace n on n.oid = cl.relnamespace
      where c.contype = 'f' and n.nspname = current_schema()`.execute(this.db);
    return rows.rows;
  }
}

/**
 * The tables in an order where every table comes before the tables it references, so rows can
 * be deleted in that order without breaking a foreign key. A cycle keeps its tables in name order.
 */
export function childrenFirst(tables: string[], keys: ForeignKey[]): string[] {
  const remaining = new Set(tables);
  const ordered: string[] = [];
  while (remaining.size > 0) {
    const ready = [...remaining].filter(
      (table) =>
        !keys.some((k) => k.parent === table && k.child !== table && remaining.has(k.child)),
    );
    const next = ready.length > 0 ? ready : [...remaining];
    for (const table of next.sort()) {
      remaining.delete(table);
      ordered.push(table);
    }
  }
  return ordered;
}
