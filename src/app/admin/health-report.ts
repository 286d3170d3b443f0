// The admin page's view of `rapport doctor`: the same checks, for the owner and admins.
import type { AppContext } from '../context';
import { type DoctorReport, runDoctor } from '../doctor/doctor';
import { requireAdministrator } from './administrators';

export async function healthReport(ctx: AppContext, callerId: string): Promise<DoctorReport> {
  await requireAdministrator(ctx, callerId);
  return runDoctor(ctx, { jobsExpected: ctx.settings.jobsExpected ?? true });
}
