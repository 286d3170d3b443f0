import { type Kysely, sql } from 'kysely';
import type { Database, TaskRunRow } from '../schema';

export interface TaskRun {
  task: string;
  lastTickAt: string;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastError: string | null;
  runs: number;
  failures: number;
}

/** How each scheduled task last went (one row per task), for `rapport doctor`. */
export class TaskRunRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Records an outcome of a run that started at `tickAt`: `error` null for success. */
  async record(task: string, tickAt: string, error: string | null): Promise<void> {
    const ok = error === null;
    await this.db
      .insertInto('task_runs')
      .values({
        task,
        last_tick_at: tickAt,
        last_success_at: ok ? tickAt : null,
        last_failure_at: ok ? null : tickAt,
        last_error: error,
        runs: 1,
        failures: ok ? 0 : 1,
      })
      .onConflict((oc) =>
        oc.column('task').doUpdateSet({
          last_tick_at: tickAt,
          runs: sql`task_runs.runs + 1`,
          ...(ok
            ? { last_success_at: tickAt }
            : {
                last_failure_at: tickAt,
                last_error: error,
                failures: sql`task_runs.failures + 1`,
              }),
        }),
      )
      .execute();
  }

  async list(): Promise<TaskRun[]> {
    const rows = await this.db.selectFrom('task_runs').selectAll().orderBy('task').execute();
    return rows.map(toTaskRun);
  }
}

function toTaskRun(row: TaskRunRow): TaskRun {
  return {
    task: row.task,
    lastTickAt: row.last_tick_at,
    lastSuccessAt: row.last_success_at,
    lastFailureAt: row.last_failure_at,
    lastError: row.last_error,
    runs: Number(row.runs),
    failures: Number(row.failures),
  };
}
