// Builds a workspace with members for team tests: an admin creates it, the others join by link.
import { expect } from 'vitest';
import type { Session, TestApi } from '../support/api';
import { AT_WORK_ALWAYS } from '../support/owner-over-api';

export interface TestTeam {
  workspaceId: string;
  admin: Session;
  members: Session[];
}

/**
 * Paths under a test's workspace, typed as the contract's templates (`/api/workspaces/${string}/rounds`)
 * so `api.call` finds the route; the id is read when the path is built (it is set in `beforeAll`).
 */
export function workspacePaths(workspaceId: () => string) {
  return <Rest extends string = ''>(rest: Rest = '' as Rest) =>
    `/api/workspaces/${workspaceId()}${rest}` as const;
}

export async function inviteToken(
  api: TestApi,
  admin: Session,
  workspaceId: string,
  email?: string,
  /** Who the invite is for: someone new to the team (welcomed) or an existing colleague. */
  newcomer?: boolean,
) {
  const invite = await api.call('POST', `/api/workspaces/${workspaceId}/invites`, {
    session: admin,
    body: { ...(email && { email }), ...(newcomer !== undefined && { newcomer }) },
  });
  expect(invite.status, JSON.stringify(invite.body)).toBe(201);
  return invite.body.token;
}

/** An admin (the instance owner) and `count` members, all in one new workspace, all opted in to coffee. */
export async function buildTeam(api: TestApi, count: number, name = 'Acme'): Promise<TestTeam> {
  const admin = await api.setupOwner();
  const created = await api.call('POST', '/api/workspaces', { session: admin, body: { name } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const workspaceId = created.body.workspace.id;
  const token = await inviteToken(api, admin, workspaceId);
  const members: Session[] = [];
  for (let i = 0; i < count; i++) {
    const member = await api.addMember(admin);
    const joined = await api.call('POST', '/api/workspaces/join', {
      session: member,
      body: { token },
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    members.push(member);
  }
  for (const session of [admin, ...members]) {
    // At work all day, every day: any two members share time.
    await api.call('PATCH', '/api/me', { session, body: AT_WORK_ALWAYS });
    // Coffee is opt-in: these teams said yes.
    const optIn = await api.call('PATCH', `/api/workspaces/${workspaceId}/profile`, {
      session,
      body: { pairing: { optIn: true } },
    });
    expect(optIn.status, JSON.stringify(optIn.body)).toBe(200);
  }
  return { workspaceId, admin, members };
}
