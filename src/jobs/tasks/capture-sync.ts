// Syncs every due source (next_sync_at passed, not paused) on the minute tick. The tick runs on
// one instance (its claim), and each source is leased while it syncs, so even two ticks that
// overlap capture an item once. Failures back off per source (see app/capture/sync).
import { syncDueSources } from '../../app/capture/sync';
import type { ScheduledTask } from '../scheduler';

export const captureSync: ScheduledTask = {
  name: 'capture-sync',
  async run(ctx) {
    const totals = await syncDueSources(ctx);
    if (totals.failed > 0) {
      ctx.log.warn(
        { sources: totals.sources, failed: totals.failed },
        "capture sources failed to sync (see each source's last error)",
      );
    }
  },
};
