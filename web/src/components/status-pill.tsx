import { useWorkStatus } from '../api/schedule';
import { useCurrentUser } from '../current-user';
import { Link } from '../router';
import { DAY_SHORT, weekdayOf } from '../weekdays';
import { dateIn } from '../zoned-time';

/**
 * The server's detail, short: "Until Mon 17:00" → "until 17:00" when Monday is today in the
 * user's zone; "Back at work Tue 09:00" → "back Tue 09:00".
 */
export function statusDetail(detail: string, zone: string): string {
  const today = DAY_SHORT[weekdayOf(dateIn(zone))];
  const text = detail
    .replace(/^Back at work /, 'Back ')
    .replace(new RegExp(`\\b${today} (?=\\d{2}:\\d{2})`), '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** At work or off, as the household page shows it; leads to the schedule. */
export function StatusPill() {
  const { timeZone } = useCurrentUser();
  const status = useWorkStatus();
  if (!status.data) return null;
  const { atWork, detail } = status.data;
  const state = atWork ? 'At work' : 'Off work';
  const more = detail ? statusDetail(detail, timeZone) : '';
  return (
    <Link
      to="/schedule"
      className={`status-pill ${atWork ? 'status-at-work' : 'status-off'}`}
      title={`${state}${more ? `, ${more}` : ''}. Today: ${status.data.todayHours}.`}
    >
      <span className="status-dot" aria-hidden="true" />
      {state}
      {more && <span className="status-detail"> · {more}</span>}
    </Link>
  );
}
