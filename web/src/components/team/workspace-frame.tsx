import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { useWorkspace } from '../../api/team';
import type { Workspace } from '../../api/team-types';
import { Link } from '../../router';
import { FormError } from '../form-messages';
import { Page } from '../page';

const SECTIONS = [
  { rest: '', label: 'Coffee & water cooler' },
  { rest: '/directory', label: 'Directory' },
  { rest: '/profile', label: 'My profile' },
  { rest: '/admin', label: 'Admin', admin: true },
] as const;

/**
 * One workspace's page: its name, links between its sections, and `children` once the
 * workspace has loaded. A workspace the user isn't in reads as not found, as the API says.
 */
export function WorkspaceFrame({
  id,
  section,
  children,
}: {
  id: string;
  section: string;
  children: (workspace: Workspace) => ReactNode;
}) {
  const workspace = useWorkspace(id);
  const missing = workspace.error instanceof ApiError && workspace.error.status === 404;
  if (!workspace.data || missing) {
    return (
      <Page title={missing ? 'Workspace not found' : 'Team'}>
        {workspace.isPending && <p className="hint">Loading…</p>}
        {missing ? (
          <p>
            You’re not in this workspace (any more). <Link to="/team">Back to Team</Link>.
          </p>
        ) : (
          <FormError error={workspace.error} />
        )}
      </Page>
    );
  }
  const data = workspace.data;
  return (
    <Page title={`${section} · ${data.name}`} heading={data.name}>
      <nav aria-label="Workspace" className="section-nav">
        <ul className="toc-list">
          <li>
            <Link to="/team">All workspaces</Link>
          </li>
          {SECTIONS.filter((s) => !('admin' in s) || data.role === 'admin').map((s) => (
            <li key={s.rest}>
              <Link to={`/team/${data.id}${s.rest}`}>{s.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {children(data)}
    </Page>
  );
}
