import { useHealthReport } from '../../api/admin';
import { FormError } from '../form-messages';

const CHECK_LABELS: Record<string, string> = {
  database: 'Database',
  migrations: 'Migrations',
  secret: 'Secret',
  mail: 'Mail server',
  scheduler: 'Scheduler',
  tasks: 'Scheduled tasks',
  outbox: 'Mail waiting to go out',
};

/** `rapport doctor` in the browser: do reminders really go out? */
export function HealthReportView() {
  const report = useHealthReport();
  return (
    <>
      <FormError error={report.error} />
      {report.isPending && <p className="hint">Checking…</p>}
      {report.data && (
        <>
          <p role="status">
            {report.data.ok
              ? 'All is well: reminders and digests go out.'
              : 'Something needs attention: see the checks marked “Problem”.'}
          </p>
          <table className="list-table">
            <caption className="visually-hidden">Health checks</caption>
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">Result</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {report.data.checks.map((check) => (
                <tr key={check.name}>
                  <th scope="row">{CHECK_LABELS[check.name] ?? check.name}</th>
                  <td data-label="Result">{check.ok ? 'OK' : 'Problem'}</td>
                  <td data-label="Detail">{check.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" onClick={() => report.refetch()}>
              Check again
            </button>
          </div>
        </>
      )}
    </>
  );
}
