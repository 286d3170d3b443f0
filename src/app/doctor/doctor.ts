// `rapport doctor`: can the operator trust that reminders go out? Reminders that silently never
// leave (no scheduler running, an SMTP password that expired) are the classic failure of tools
// like this one, so each check says in plain words what is wrong and the whole report fails when
// anything is, so it can serve as a health check.
import { sql } from 'kysely';
import { migrationStatus } from '../../store/migrator';
import type { AppContext } from '../context';

export interface DoctorCheck {
  name: 'database' | 'migrations' | 'secret' | 'mail' | 'scheduler' | 'tasks' | 'outbox';
  ok: boolean;
  detail: string;
}

export interface DoctorReport {
  ok: boolean;
  checks: DoctorCheck[];
}

export interface DoctorOptions {
  /** This deployment runs scheduled work (RAPPORT_JOBS is not 0 on some instance). */
  jobsExpected: boolean;
  /** Also send a test mail to this address. */
  sendTestTo?: string;
}

/** A scheduler that has not ticked for this long is not running. */
export const SCHEDULER_STALE_MS = 5 * 60_000;
/** Due work older than this that has not gone out is reported. */
export const OVERDUE_MS = 10 * 60_000;

export async function runDoctor(ctx: AppContext, options: DoctorOptions): Promise<DoctorReport> {
  const checks: DoctorCheck[] = [];
  const database = await checkDatabase(ctx);
  checks.push(database);
  if (database.ok) {
    checks.push(await checkMigrations(ctx));
    checks.push(...(await checkScheduledWork(ctx, options.jobsExpected)));
  }
  checks.push(checkSecret(ctx));
  checks.push(await checkMail(ctx, options.sendTestTo));
  return { ok: checks.every((check) => check.ok), checks };
}

async function checkDatabase(ctx: AppContext): Promise<DoctorCheck> {
  const started = performance.now();
  try {
    await sql`select 1`.execute(ctx.store.db);
    const ms = Math.round(performance.now() - started);
    const kind = ctx.store.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite';
    return { name: 'database', ok: true, detail: `${kind} answers (${ms} ms)` };
  } catch (error) {
    return {
      name: 'database',
      ok: false,
      detail: `The database does not answer: ${message(error)}`,
    };
  }
}

async function checkMigrations(ctx: AppContext): Promise<DoctorCheck> {
  const status = await migrationStatus(ctx.store);
  const pending = status.filter((m) => !m.appliedAt).map((m) => m.name);
  return pending.length
    ? {
        name: 'migrations',
        ok: false,
        detail: `${pending.length} not applied (${pending.join(', ')}): start the server or run rapport db migrate`,
      }
    : { name: 'migrations', ok: true, detail: `all ${status.length} applied` };
}

function checkSecret(ctx: AppContext): DoctorCheck {
  const length = Buffer.byteLength(ctx.settings.secret);
  return length >= 32
    ? { name: 'secret', ok: true, detail: 'set' }
    : { name: 'secret', ok: false, detail: `RAPPORT_SECRET is ${length} bytes; use at least 32` };
}

async function checkMail(ctx: AppContext, sendTestTo: string | undefined): Promise<DoctorCheck> {
  if (!ctx.mailer.configured) {
    return {
      name: 'mail',
      ok: !sendTestTo,
      detail: 'not set up: no digest, reminder or invite is mailed (set RAPPORT_SMTP_URL)',
    };
  }
  try {
    await ctx.mailer.verify?.();
    if (sendTestTo) {
      await ctx.mailer.send({
        to: [sendTestTo],
        subject: 'Rapport test mail',
        text: 'This is a test from `rapport doctor --send-test`: mail from Rapport reaches you.',
        html: '<p>This is a test from <code>rapport doctor --send-test</code>: mail from Rapport reaches you.</p>',
      });
      return {
        name: 'mail',
        ok: true,
        detail: `the mail server accepted a test mail to ${sendTestTo}`,
      };
    }
    return { name: 'mail', ok: true, detail: 'the mail server answers and accepts the login' };
  } catch (error) {
    return { name: 'mail', ok: false, detail: message(error) };
  }
}

async function checkScheduledWork(ctx: AppContext, jobsExpected: boolean): Promise<DoctorCheck[]> {
  const now = ctx.clock.now();
  const runs = await ctx.repos.taskRuns.list();
  const checks: DoctorCheck[] = [];
  const lastTick = runs.reduce<string | null>(
    (latest, run) => (latest && latest > run.lastTickAt ? latest : run.lastTickAt),
    null,
  );
  if (!jobsExpected) {
    checks.push({ name: 'scheduler', ok: true, detail: 'off here (RAPPORT_JOBS=0)' });
  } else if (!lastTick) {
    checks.push({
      name: 'scheduler',
      ok: false,
      detail: 'has never run: start a server (rapport serve) with scheduled work on',
    });
  } else {
    const ago = now.getTime() - Date.parse(lastTick);
    checks.push({
      name: 'scheduler',
      ok: ago <= SCHEDULER_STALE_MS,
      detail:
        ago <= SCHEDULER_STALE_MS
          ? `last ticked ${minutes(ago)} ago`
          : `has not ticked for ${minutes(ago)} (last ${lastTick}): no server is running scheduled work`,
    });
  }
  const failing = runs.filter(
    (run) => run.lastFailureAt && (!run.lastSuccessAt || run.lastFailureAt > run.lastSuccessAt),
  );
  checks.push({
    name: 'tasks',
    ok: failing.length === 0,
    detail: runs.length
      ? runs
          .map((run) =>
            failing.includes(run)
              ? `${run.task}: FAILING since ${run.lastFailureAt} (${run.lastError})`
              : `${run.task}: ok, last success ${run.lastSuccessAt ?? 'never'}`,
          )
          .join('; ')
      : 'none has run yet',
  });
  const cutoff = new Date(now.getTime() - OVERDUE_MS).toISOString();
  const dayAgo = new Date(now.getTime() - 24 * 3600_000).toISOString();
  const stuck = await ctx.repos.outbox.undelivered(cutoff, dayAgo);
  const problems = [
    stuck.overdue ? `${stuck.overdue} message(s) due since ${stuck.oldestDueAt} not delivered` : '',
    stuck.failed ? `${stuck.failed} given up in the last day` : '',
  ].filter(Boolean);
  checks.push({
    name: 'outbox',
    ok: problems.length === 0,
    detail: problems.length
      ? `${problems.join('; ')}${stuck.lastError ? ` (last error: ${stuck.lastError})` : ''}`
      : 'nothing overdue',
  });
  return checks;
}

const minutes = (ms: number) =>
  ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;

const message = (error: unknown) => (error as Error)?.message || String(error);
