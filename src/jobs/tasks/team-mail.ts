// Team mail held for its recipients' working hours (app/team/team-mail): each minute, whatever
// has come due is sent, each mail once across instances through its own job_runs claim.
import type { AppContext } from '../../app/context';
import { sendDueTeamMail } from '../../app/team/team-mail';
import type { ScheduledTask } from '../scheduler';

export const teamMail: ScheduledTask = {
  name: 'team-mail',
  async run(ctx: AppContext, now: Date) {
    await sendDueTeamMail(ctx, now);
  },
};
