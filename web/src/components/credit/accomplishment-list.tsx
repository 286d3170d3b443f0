import { useDeleteAccomplishment } from '../../api/accomplishments';
import type { Accomplishment, Brag } from '../../api/credit-types';
import { formatDate } from '../../time';
import { ConfirmButton } from '../confirm-button';
import { FormError } from '../form-messages';

const NO_PROJECT = 'No project';

const names = (people: { name: string }[]) => people.map((person) => person.name).join(', ');

/** The period's wins, grouped by project (most first), each with its count. */
export function AccomplishmentList({
  brag,
  onEdit,
}: {
  brag: Brag;
  onEdit: (entry: Accomplishment) => void;
}) {
  const remove = useDeleteAccomplishment();
  const groups = brag.summary.byProject.map((group) => ({
    ...group,
    entries: brag.accomplishments.filter((entry) => (entry.project ?? null) === group.project),
  }));
  return (
    <>
      <FormError error={remove.error} />
      {groups.map((group) => {
        const title = group.project ?? NO_PROJECT;
        const headingId = `project-${title.replace(/\W+/g, '-')}`;
        return (
          <section key={title} className="project-group" aria-labelledby={headingId}>
            <h3 id={headingId}>
              {title} <span className="count">· {group.count}</span>
              {group.withImpact > 0 && (
                <span className="hint project-impact"> ({group.withImpact} with impact)</span>
              )}
            </h3>
            <ul className="win-list">
              {group.entries.map((entry) => (
                <li key={entry.id} className="win">
                  <div className="win-main">
                    <p className="win-title-text">{entry.title}</p>
                    <p className="hint">
                      <time dateTime={entry.date}>{formatDate(entry.date, { weekday: true })}</time>
                      {entry.helpedBy.length > 0 && <> · helped by {names(entry.helpedBy)}</>}
                      {entry.tell.length > 0 && <> · tell {names(entry.tell)}</>}
                    </p>
                    {entry.impact && (
                      <p className="win-impact">
                        <span className="visually-hidden">Impact: </span>
                        {entry.impact}
                      </p>
                    )}
                    {entry.detail && <p className="note">{entry.detail}</p>}
                    {(entry.links.length > 0 || entry.tags.length > 0) && (
                      <p className="win-meta">
                        {entry.links.map((link) => (
                          <a
                            key={link}
                            className="win-link"
                            href={link}
                            target="_blank"
                            rel="noreferrer noopener"
                          >
                            {linkLabel(link)}
                          </a>
                        ))}
                        {entry.tags.map((tag) => (
                          <span key={tag} className="badge">
                            {tag}
                          </span>
                        ))}
                      </p>
                    )}
                  </div>
                  <div className="row-actions-inline">
                    <button
                      type="button"
                      aria-label={`Edit: ${entry.title}`}
                      onClick={() => onEdit(entry)}
                    >
                      Edit
                    </button>
                    <ConfirmButton
                      label="Delete"
                      ariaLabel={`Delete: ${entry.title}`}
                      question="Delete this win?"
                      confirmLabel="Delete"
                      onConfirm={() => remove.mutate(entry.id)}
                    />
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/** "github.com/acme/app/pull/12" for a link, without the scheme. */
function linkLabel(link: string): string {
  try {
    const url = new URL(link);
    const label = `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
    return label.length > 48 ? `${label.slice(0, 47)}…` : label;
  } catch {
    return link;
  }
}
