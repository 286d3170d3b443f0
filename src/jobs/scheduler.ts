// Scheduled work runs as tasks on a minute tick. Every instance's timer ticks; a task runs once
// per minute across all instances because it first claims "task:minute" in the database. Tasks
// make their own work idempotent the same way (e.g. one update draft per user and week).
import type { AppContext } from '../app/context';

export interface ScheduledTask {
  name: string;
  run(ctx: AppContext, now: Date): Promise<void>;
}

export interface Scheduler {
  /** Starts the minute timer (and, on PostgreSQL, the queue workers). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Schedules every task for the minute containing `at`; resolves once queued (or run, locally). */
  tick(at: Date): Promise<void>;
}

export const minuteKey = (at: Date) => at.toISOString().slice(0, 16);

/** Runs a task for a minute unless another instance already claimed it. */
export async function runOnce(ctx: AppContext, task: ScheduledTask, at: Date): Promise<boolean> {
  const key = `tick:${task.name}:${minuteKey(at)}`;
  if (!(await ctx.repos.jobRuns.claim(key, null, new Date().toISOString()))) return false;
  let failure: string | null = null;
  let failed: unknown;
  const started = performance.now();
  try {
    await task.run(ctx, at);
  } catch (error) {
    failed = error;
    failure = (error as Error)?.message || String(error);
  }
  const durationMs = Math.round(performance.now() - started);
  if (failure)
    ctx.log.error({ task: task.name, outcome: 'failed', durationMs, err: failed }, 'job run');
  else ctx.log.info({ task: task.name, outcome: 'ok', durationMs }, 'job run');
  ctx.metrics.jobRun(task.name, failure ? 'failed' : 'ok');
  // How it went, for `rapport doctor`; a database too broken to record it is reported there too.
  await ctx.repos.taskRuns
    .record(task.name, at.toISOString(), failure?.slice(0, 500) ?? null)
    .catch(() => {});
  return true;
}

/** Calls `onMinute` at the start of every minute until stopped. */
export function minuteTimer(onMinute: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    const wait = 60_000 - (Date.now() % 60_000) + 50;
    timer = setTimeout(() => {
      onMinute();
      schedule();
    }, wait);
    timer.unref();
  };
  schedule();
  return () => clearTimeout(timer);
}
