import { type FormEvent, useState } from 'react';
import { useCreateWorkspace, useWorkspaces } from '../api/team';
import { Field } from '../components/field';
import { FormError } from '../components/form-messages';
import { Page } from '../components/page';
import { Link, navigate } from '../router';
import { useFieldErrors } from '../validation';

const ROLE_LABELS = { admin: 'Admin', member: 'Member' } as const;

/** The user's workspaces, and a new one. */
export function TeamPage() {
  const workspaces = useWorkspaces();
  return (
    <Page title="Team">
      <p className="intro">
        A workspace brings colleagues together: coffee pairings across teams and time zones, a
        water-cooler question each week, welcomes for newcomers and birthdays on the day. What you
        write about people in Rapport stays yours; the directory shows only what each member chooses
        to share.
      </p>
      <section className="card" aria-labelledby="workspaces-title">
        <h2 id="workspaces-title">Your workspaces</h2>
        <FormError error={workspaces.error} />
        {workspaces.isPending && <p className="hint">Loading…</p>}
        {workspaces.data?.length === 0 && (
          <p className="empty">
            None yet. Create one below, or open the invite link a colleague sent you.
          </p>
        )}
        {workspaces.data && workspaces.data.length > 0 && (
          <ul className="workspace-list">
            {workspaces.data.map((workspace) => (
              <li key={workspace.workspaceId}>
                <Link to={`/team/${workspace.workspaceId}`}>{workspace.name}</Link>
                <span className="hint">
                  {ROLE_LABELS[workspace.role]} ·{' '}
                  {workspace.memberCount === 1 ? '1 member' : `${workspace.memberCount} members`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="new-workspace-title">
        <h2 id="new-workspace-title">Create a workspace</h2>
        <NewWorkspaceForm />
      </section>
    </Page>
  );
}

function NewWorkspaceForm() {
  const create = useCreateWorkspace();
  const [name, setName] = useState('');
  const { formRef, errors, show, dismiss } = useFieldErrors<'name'>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    if (!show(name.trim() ? {} : { name: 'Give the workspace a name.' })) return;
    create.mutate(name.trim(), {
      onSuccess: (workspace) => navigate(`/team/${workspace.id}/admin`),
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="inline-form">
      <Field
        label="Name"
        hint="Your company or team, e.g. “Acme” or “Platform team”. You become its admin."
        name="workspaceName"
        autoComplete="off"
        maxLength={100}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          dismiss('name');
        }}
        error={errors.name}
      />
      <button type="submit" className="primary" aria-disabled={create.isPending}>
        Create
      </button>
      <FormError error={create.error} />
    </form>
  );
}
