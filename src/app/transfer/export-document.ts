// The full export as one versioned JSON document, and the way back: sections (export-sections.ts)
// turned into records and records into rows. A restore keeps every id unless one is already
// taken in this database (the same export restored twice on one server), then it gives all
// records new ids and rewrites every reference to match.
import { z } from 'zod';
import { newId } from '../../store/ids';
import type { StoredRow } from '../../store/transfer/owned-rows-repository';
import type { CatalogTable } from '../../store/transfer/table-catalog';
import { invalidInput } from '../errors';
import { type ChildSpec, SECTIONS, type SectionSpec } from './export-sections';
import { teamExportSchema } from './team-export';

export const EXPORT_FORMAT = 'rapport-export';
export const EXPORT_VERSION = 1;

export type ExportRecord = Record<string, unknown>;

const record = z.record(z.string(), z.unknown());

export const exportDocument = z
  .object({
    format: z.literal(EXPORT_FORMAT, {
      message: `Not a Rapport export (format "${EXPORT_FORMAT}")`,
    }),
    version: z
      .number()
      .int()
      .min(1)
      .max(EXPORT_VERSION, 'This export was made by a newer Rapport; upgrade to restore it'),
    exportedAt: z.string().max(40),
    account: z
      .object({
        email: z.string().max(254),
        name: z.string().max(200),
        timeZone: z.string().max(100),
        workingHours: z.unknown(),
      })
      .strict(),
    settings: z.object({ preferences: record }).strict(),
    data: z
      .object(Object.fromEntries(SECTIONS.map((s) => [s.key, z.array(record).optional()])))
      .strict(),
    /** The user's own team-space data (team-export.ts); for reading only, a restore skips it. */
    team: teamExportSchema.optional(),
  })
  .strict();

export type ExportDocument = z.output<typeof exportDocument>;

/** Reads rows of a table the user owns (OwnedRowsRepository.read). */
export type RowReader = (table: string, orderBy: string[]) => Promise<StoredRow[]>;

export async function readSections(read: RowReader): Promise<Record<string, ExportRecord[]>> {
  const data: Record<string, ExportRecord[]> = {};
  for (const section of SECTIONS) {
    const rows = await read(section.table, section.order);
    const children = new Map<ChildSpec, Map<string, ExportRecord[] | unknown[]>>();
    for (const child of section.children ?? []) {
      const byParent = new Map<string, unknown[]>();
      for (const row of await read(child.table, child.order)) {
        const parent = String(row[child.parentColumn]);
        const list = byParent.get(parent) ?? [];
        list.push(child.listOf ? row[child.listOf] : childRecord(child, row));
        byParent.set(parent, list);
      }
      children.set(child, byParent);
    }
    data[section.key] = rows.map((row) => {
      const out = sectionRecord(section, row);
      for (const [child, byParent] of children) out[child.key] = byParent.get(String(row.id)) ?? [];
      return out;
    });
  }
  return data;
}

function sectionRecord(section: SectionSpec, row: StoredRow): ExportRecord {
  const out: ExportRecord = {};
  for (const [column, value] of Object.entries(row)) {
    if (column === 'owner_id' || section.derived?.includes(column)) continue;
    out[section.rename?.[column] ?? camel(column)] = exported(section, column, value);
  }
  return out;
}

function childRecord(child: ChildSpec, row: StoredRow): ExportRecord {
  const out: ExportRecord = {};
  for (const [column, value] of Object.entries(row)) {
    if (
      column === 'owner_id' ||
      column === child.parentColumn ||
      column in (child.fromParent ?? {})
    )
      continue;
    out[camel(column)] = child.json?.includes(column) ? parseJson(value) : value;
  }
  return out;
}

function exported(section: SectionSpec, column: string, value: StoredRow[string]): unknown {
  if (section.json?.includes(column) || section.listRefs?.[column]) return parseJson(value);
  if (section.flags?.includes(column)) return value === null ? null : Number(value) !== 0;
  return value;
}

function parseJson(value: StoredRow[string]): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Rows to insert per table, in insertion order, checked against the database's columns. */
export interface RestorePlan {
  tables: { table: string; rows: StoredRow[] }[];
  /** Whether ids had to change because some were taken. */
  remapped: boolean;
  counts: Record<string, number>;
}

/**
 * Turns the document's records into rows for this database: checks every record (its section's
 * rules, its columns, ids unique, references pointing at records of the file), then keeps ids or,
 * when `taken` says one exists already, gives every record a new one.
 */
export async function planRestore(
  data: ExportDocument['data'],
  ownerId: string,
  tables: CatalogTable[],
  taken: (table: string, ids: string[]) => Promise<boolean>,
): Promise<RestorePlan> {
  const columnsOf = new Map(tables.map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
  const idsOf = new Map<string, Set<string>>();
  for (const section of SECTIONS) {
    const records = (data[section.key] ?? []) as ExportRecord[];
    records.forEach((rec, i) => {
      const path = `data.${section.key}[${i}]`;
      const checked = section.check?.safeParse(rec);
      if (checked && !checked.success) {
        const issue = checked.error.issues[0]!;
        throw invalidInput(`${path}.${issue.path.join('.')}: ${issue.message}`);
      }
      collectId(idsOf, section.key, rec.id, path);
    });
  }
  const ids = new IdMap();
  let remapped = false;
  for (const [key, set] of idsOf) {
    const table = SECTIONS.find((s) => s.key === key)!.table;
    if (set.size > 0 && (await taken(table, [...set]))) remapped = true;
  }
  if (remapped) ids.renew();

  const out: RestorePlan = { tables: [], remapped, counts: {} };
  for (const section of SECTIONS) {
    const records = (data[section.key] ?? []) as ExportRecord[];
    const rows: StoredRow[] = [];
    const childRows = new Map<ChildSpec, StoredRow[]>();
    records.forEach((rec, i) => {
      const path = `data.${section.key}[${i}]`;
      const row = toRow(section, rec, path, ownerId, columnsOf.get(section.table), ids, idsOf);
      rows.push(row);
      for (const child of section.children ?? []) {
        const list = rec[child.key] ?? [];
        if (!Array.isArray(list)) throw invalidInput(`${path}.${child.key}: must be a list`);
        const target = childRows.get(child) ?? [];
        list.forEach((item, j) => {
          const childPath = `${path}.${child.key}[${j}]`;
          target.push(
            toChildRow(
              child,
              item,
              childPath,
              row,
              ownerId,
              columnsOf.get(child.table),
              ids,
              idsOf,
            ),
          );
        });
        childRows.set(child, target);
      }
    });
    out.tables.push({ table: section.table, rows });
    out.counts[section.key] = rows.length;
    for (const [child, list] of childRows) out.tables.push({ table: child.table, rows: list });
  }
  return out;
}

function collectId(idsOf: Map<string, Set<string>>, key: string, id: unknown, path: string) {
  if (id === undefined) return;
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) {
    throw invalidInput(`${path}.id: must be a text id`);
  }
  const set = idsOf.get(key) ?? new Set<string>();
  if (set.has(id)) throw invalidInput(`${path}.id: "${id}" appears twice`);
  set.add(id);
  idsOf.set(key, set);
}

function toRow(
  section: SectionSpec,
  rec: ExportRecord,
  path: string,
  ownerId: string,
  columns: Set<string> | undefined,
  ids: IdMap,
  idsOf: Map<string, Set<string>>,
): StoredRow {
  const row: StoredRow = { owner_id: ownerId };
  const childKeys = new Set((section.children ?? []).map((c) => c.key));
  const renamed = Object.fromEntries(
    Object.entries(section.rename ?? {}).map(([column, key]) => [key, column]),
  );
  for (const [key, value] of Object.entries(rec)) {
    if (childKeys.has(key)) continue;
    const column = renamed[key] ?? snake(key);
    if (!columns?.has(column) || column === 'owner_id' || section.derived?.includes(column)) {
      throw invalidInput(
        `${path}.${key}: not a field of ${section.key} in this version of Rapport`,
      );
    }
    if (column === 'id') row.id = ids.get(section.key, String(value));
    else if (section.refs?.[column]) {
      row[column] = reference(section.refs[column]!, value, `${path}.${key}`, ids, idsOf);
    } else if (section.listRefs?.[column]) {
      const list = Array.isArray(value) ? value : [];
      const target = section.listRefs[column]!;
      row[column] = JSON.stringify(
        list.map((v, i) => reference(target, v, `${path}.${key}[${i}]`, ids, idsOf)),
      );
    } else if (section.json?.includes(column)) {
      row[column] = value === null ? null : JSON.stringify(value);
    } else if (section.flags?.includes(column)) {
      row[column] = value === null ? null : value ? 1 : 0;
    } else {
      row[column] = scalar(value, `${path}.${key}`);
    }
  }
  if (section.table === 'people') row.name_key = String(rec.name ?? '').toLowerCase();
  return row;
}

function toChildRow(
  child: ChildSpec,
  item: unknown,
  path: string,
  parent: StoredRow,
  ownerId: string,
  columns: Set<string> | undefined,
  ids: IdMap,
  idsOf: Map<string, Set<string>>,
): StoredRow {
  const row: StoredRow = { owner_id: ownerId, [child.parentColumn]: parent.id ?? null };
  for (const [column, parentColumn] of Object.entries(child.fromParent ?? {})) {
    row[column] = parent[parentColumn] ?? null;
  }
  const fields: ExportRecord = child.listOf
    ? { [camel(child.listOf)]: item }
    : item && typeof item === 'object' && !Array.isArray(item)
      ? (item as ExportRecord)
      : {};
  if (!child.listOf && fields !== item) throw invalidInput(`${path}: must be an object`);
  for (const [key, value] of Object.entries(fields)) {
    const column = snake(key);
    if (!columns?.has(column) || column in row) {
      throw invalidInput(`${path}.${key}: not a field of ${child.key} in this version of Rapport`);
    }
    if (column === 'id') row.id = ids.get(child.table, scalarText(value, `${path}.id`));
    else if (child.refs?.[column]) {
      row[column] = reference(child.refs[column]!, value, `${path}.${key}`, ids, idsOf);
    } else if (child.json?.includes(column)) row[column] = JSON.stringify(value);
    else row[column] = scalar(value, `${path}.${key}`);
  }
  return row;
}

function reference(
  section: string,
  value: unknown,
  path: string,
  ids: IdMap,
  idsOf: Map<string, Set<string>>,
): string | null {
  if (value === null) return null;
  const id = scalarText(value, path);
  if (!idsOf.get(section)?.has(id)) {
    throw invalidInput(`${path}: no record "${id}" in ${section} of this file`);
  }
  return ids.get(section, id);
}

function scalar(value: unknown, path: string): string | number | null {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  throw invalidInput(`${path}: must be text, a number or null`);
}

function scalarText(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0) throw invalidInput(`${path}: must be an id`);
  return value;
}

/** Old ids to the ids rows get: the same, or all new when some were taken. */
class IdMap {
  private fresh = false;
  private readonly maps = new Map<string, Map<string, string>>();

  renew() {
    this.fresh = true;
  }

  get(scope: string, id: string): string {
    if (!this.fresh) return id;
    const map = this.maps.get(scope) ?? new Map<string, string>();
    this.maps.set(scope, map);
    let mapped = map.get(id);
    if (!mapped) {
      mapped = newId();
      map.set(id, mapped);
    }
    return mapped;
  }
}

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
