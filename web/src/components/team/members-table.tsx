import { useRemoveMember, useSetMemberRole } from '../../api/team';
import { useDirectory } from '../../api/team-space';
import { useCurrentUser } from '../../current-user';
import { ConfirmButton } from '../confirm-button';
import { FormError } from '../form-messages';

const ROLE_LABELS = { admin: 'Admin', member: 'Member' } as const;

/** Members with their role (admins): make or unmake admins, remove someone. */
export function MembersTable({ workspaceId }: { workspaceId: string }) {
  const user = useCurrentUser();
  const members = useDirectory(workspaceId);
  const setRole = useSetMemberRole(workspaceId);
  const remove = useRemoveMember(workspaceId);
  return (
    <>
      <FormError error={members.error} />
      {members.isPending && <p className="hint">Loading…</p>}
      {members.data && (
        <table className="list-table">
          <caption className="visually-hidden">Members</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.data.map((member) => {
              const admin = member.workspaceRole === 'admin';
              return (
                <tr key={member.id}>
                  <th scope="row">
                    {member.name}
                    {member.id === user.id && <span className="hint"> (you)</span>}
                  </th>
                  <td data-label="Role">{ROLE_LABELS[member.workspaceRole]}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      aria-label={`${admin ? 'Make member' : 'Make admin'}: ${member.name}`}
                      onClick={() =>
                        setRole.mutate({ userId: member.id, role: admin ? 'member' : 'admin' })
                      }
                    >
                      {admin ? 'Make member' : 'Make admin'}
                    </button>
                    {member.id !== user.id && (
                      <ConfirmButton
                        label="Remove"
                        ariaLabel={`Remove ${member.name}`}
                        question={`Remove ${member.name}? Their directory entry goes; they can rejoin with a new invite.`}
                        confirmLabel="Remove"
                        onConfirm={() => remove.mutate(member.id)}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <FormError error={setRole.error ?? remove.error} />
    </>
  );
}
