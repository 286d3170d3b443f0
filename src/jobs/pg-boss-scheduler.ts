// The scheduler for PostgreSQL fleets: a tick becomes a pg-boss job per task (one per minute,
// whichever instance sends it first), taken by whichever instance's worker is free, with retries.
// The claim in job_runs makes a run exactly-once even if two jobs for one minute slip through.
import type PgBoss from 'pg-boss';
import type { AppContext } from '../app/context';
import { minuteKey, minuteTimer, runOnce, type ScheduledTask, type Scheduler } from './scheduler';

const queueOf = (task: ScheduledTask) => `rapport-${task.name}`;

export async function pgBossScheduler(
  ctx: AppContext,
  tasks: ScheduledTask[],
  connectionString: string,
): Promise<Scheduler> {
  const { default: Boss } = await import('pg-boss');
  const boss: PgBoss = new Boss({ connectionString, max: 2, schedule: false, supervise: true });
  boss.on('error', (error) => ctx.log.error({ err: error }, 'pg-boss error'));
  let stopTimer: (() => void) | undefined;

  const tick = async (at: Date) => {
    for (const task of tasks) {
      await boss.send(
        queueOf(task),
        { at: at.toISOString() },
        {
          singletonKey: minuteKey(at),
          retryLimit: 3,
          retryDelay: 30,
          expireInMinutes: 10,
        },
      );
    }
  };

  return {
    async start() {
      await boss.start();
      for (const task of tasks) {
        await boss.createQueue(queueOf(task)).catch(() => {});
        await boss.work<{ at: string }>(
          queueOf(task),
          { pollingIntervalSeconds: 1 },
          async ([job]) => {
            if (job) await runOnce(ctx, task, new Date(job.data.at));
          },
        );
      }
      stopTimer = minuteTimer(() => {
        tick(ctx.clock.now()).catch((error: Error) =>
          ctx.log.error({ err: error }, 'scheduler tick failed'),
        );
      });
    },
    async stop() {
      stopTimer?.();
      await boss.stop({ graceful: true, timeout: 5_000, wait: true });
    },
    tick,
  };
}
