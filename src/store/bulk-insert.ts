// Inserting thousands of rows into one table (imports, restores), as few statements as the
// database allows.
//
// On PostgreSQL the rows travel as one JSON parameter that the server turns into rows of the
// table's own type (json_populate_recordset): a multi-row VALUES of 500 rows × 15 columns binds
// 7,500 parameters that the server parses and plans one by one, which cost ~3× the server CPU
// of the insert itself (25,000 person_values rows: 670 ms against 230 ms, and a third of the
// client's CPU). `unnest($1::text[], $2::int[], …)` measured the same on the server but needs
// a type per column; the JSON form takes the types from the table. Triggers see one statement
// per chunk, so the statement-level data_version triggers (0019, 0025) fire once per chunk.
//
// SQLite has no such function and no round trip to save: it keeps multi-row VALUES, chunked
// under its limit of bound parameters.
import { CompiledQuery, type Insertable, type Kysely, sql } from 'kysely';
import type { DialectName } from './database';
import type { Database } from './schema';

/** Bound values per SQLite INSERT, under its limit of 32,766. */
const SQLITE_VALUES_PER_INSERT = 30_000;
/** Rows per PostgreSQL INSERT: no parameter limit, but a bounded JSON text per statement. */
const POSTGRES_ROWS_PER_INSERT = 5_000;

/**
 * Inserts rows into a table. Every row names the same columns (those of the first row); a
 * column missing from a row is inserted as null. Table and column names come from code.
 */
export async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  dialect: DialectName,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!) as (keyof Insertable<Database[T]> & string)[];
  const names = sql.join(columns.map((column) => sql.ref(column)));
  if (dialect === 'postgres') {
    for (let start = 0; start < rows.length; start += POSTGRES_ROWS_PER_INSERT) {
      const chunk = rows.slice(start, start + POSTGRES_ROWS_PER_INSERT);
      await sql`insert into ${sql.table(table)} (${names})
        select ${names} from json_populate_recordset(null::${sql.table(table)}, ${jsonText(chunk)}::json)`.execute(
        db,
      );
    }
    return;
  }
  // The statement's text is written here rather than built from Kysely's `sql` fragments: a
  // fragment per value made Kysely's node tree and compiler cost more than SQLite's own insert
  // (10,000 vCards: ~0.55 s of a 2.2 s apply). The text is the same for every full chunk.
  const perInsert = Math.max(1, Math.floor(SQLITE_VALUES_PER_INSERT / columns.length));
  const head = `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += perInsert) {
    const chunk = rows.slice(start, start + perInsert);
    const parameters: unknown[] = [];
    for (const row of chunk) {
      for (const column of columns) parameters.push(row[column] ?? null);
    }
    const text = head + new Array<string>(chunk.length).fill(tuple).join(', ');
    await db.executeQuery(CompiledQuery.raw(text, parameters));
  }
}

/** An identifier as SQL writes it (names come from code; a quote is doubled all the same). */
const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

// JSON.stringify writes a lone surrogate (half of an emoji cut by a broken file) as "\ud83d",
// which PostgreSQL's JSON refuses; a bound text parameter stores it as U+FFFD, as SQLite does.
// So do the same here: the escape, preceded by an even number of backslashes (not itself an
// escaped backslash), becomes the replacement character.
const LONE_SURROGATE = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;

function jsonText(rows: readonly unknown[]): string {
  const text = JSON.stringify(rows);
  return text.includes('\\ud') ? text.replace(LONE_SURROGATE, '$1\ufffd') : text;
}
