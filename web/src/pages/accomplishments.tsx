import { useMemo, useState } from 'react';
import { useAccomplishments, useBrag } from '../api/accomplishments';
import type { Accomplishment } from '../api/credit-types';
import { AccomplishmentForm } from '../components/credit/accomplishment-form';
import { AccomplishmentList } from '../components/credit/accomplishment-list';
import { BlockersSection } from '../components/credit/blockers-section';
import { FlexSection } from '../components/credit/flex-section';
import { PeriodPicker, type PeriodState, periodQuery } from '../components/credit/period-picker';
import { Dialog } from '../components/dialog';
import { FormError } from '../components/form-messages';
import { useNotice } from '../components/notice';
import { Page } from '../components/page';
import { useCurrentUser } from '../current-user';
import { Link } from '../router';
import { countOf, formatDateRange } from '../time';
import { addDays, dateIn } from '../zoned-time';

/** The accomplishment log: a fast add, the wins of a period by project, and flexibility. */
export function AccomplishmentsPage() {
  const user = useCurrentUser();
  const notice = useNotice();
  const all = useAccomplishments();
  const [period, setPeriod] = useState<PeriodState>(() => {
    const today = dateIn(user.timeZone);
    return { choice: 'this-week', from: addDays(today, -30), to: today };
  });
  const query = periodQuery(period);
  const brag = useBrag(query ?? { period: 'week', which: 'current' }, query !== null);
  const [editing, setEditing] = useState<Accomplishment | null>(null);

  const projects = useMemo(
    () =>
      [
        ...new Set(
          (all.data ?? [])
            .map((entry) => entry.project)
            .filter((project): project is string => Boolean(project)),
        ),
      ].sort((a, b) => a.localeCompare(b)),
    [all.data],
  );
  const data = query ? brag.data : undefined;
  const summary = data?.summary;

  return (
    <Page
      title="Wins"
      actions={
        <>
          <Link to="/updates" className="button">
            Status updates
          </Link>
          <Link to="/proposal" className="button">
            Remote-work proposal
          </Link>
        </>
      }
    >
      <p className="intro">
        What you got done, for your updates, your reviews and the next time someone asks.
      </p>
      <section className="card" aria-labelledby="add-win-title">
        <h2 id="add-win-title">Log a win</h2>
        <AccomplishmentForm
          projects={projects}
          onDone={(saved) => notice(`Logged: ${saved.title}.`)}
        />
      </section>

      <section className="card" aria-labelledby="wins-title">
        <h2 id="wins-title">Your wins</h2>
        <PeriodPicker value={period} onChange={setPeriod} />
        <FormError error={brag.error} />
        {query && brag.isPending && <p className="hint">Loading…</p>}
        {data && summary && (
          <p className="hint period-summary" role="status">
            {formatDateRange(data.period.start, data.period.end)}: {countOf(summary.total, 'win')}
            {summary.projectCount > 0 && ` in ${countOf(summary.projectCount, 'project')}`}
            {summary.total > 0 && `, ${summary.withImpact} with impact`}.
          </p>
        )}
        {data && summary?.total === 0 && (
          <p className="empty">
            Nothing logged in this period yet. Small things count too: a review, a fix, an answer
            that unblocked someone.
          </p>
        )}
        {data && <AccomplishmentList brag={data} onEdit={setEditing} />}
      </section>

      <FlexSection period={data?.period} />

      <BlockersSection />

      {editing && (
        <Dialog title="Edit win" onClose={() => setEditing(null)}>
          <AccomplishmentForm
            accomplishment={editing}
            projects={projects}
            onDone={() => {
              setEditing(null);
              notice('Saved.');
            }}
          />
        </Dialog>
      )}
    </Page>
  );
}
