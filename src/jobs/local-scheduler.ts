// The embedded scheduler for SQLite: ticks in this process.
import type { AppContext } from '../app/context';
import { minuteTimer, runOnce, type ScheduledTask, type Scheduler } from './scheduler';

export function localScheduler(ctx: AppContext, tasks: ScheduledTask[]): Scheduler {
  let stopTimer: (() => void) | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async (at: Date) => {
    for (const task of tasks) await runOnce(ctx, task, at);
  };
  return {
    async start() {
      stopTimer = minuteTimer(() => {
        running = tick(ctx.clock.now());
      });
    },
    async stop() {
      stopTimer?.();
      await running;
    },
    tick,
  };
}
