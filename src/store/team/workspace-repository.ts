import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Database, WorkspaceInviteRow, WorkspaceRow } from '../schema';

export interface WorkspaceRecord {
  id: string;
  name: string;
  /** JSON-decoded pairing settings; the app layer owns their shape. */
  pairing: Record<string, unknown>;
  /** JSON-decoded Slack settings (secrets included): never hand this to a presenter as is. */
  slack: Record<string, unknown>;
  slackTeamId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WorkspaceInviteRecord {
  id: string;
  workspaceId: string;
  /** The admin who created the invite (invites leave with their account). */
  invitedBy: string;
  email: string | null;
  expiresAt: string;
  usedAt: string | null;
  /** The admin's word: for someone new to the team (true), an existing colleague (false). */
  newcomer: boolean | null;
}

/** Workspaces and their invite links. Membership checks are the caller's (see MemberRepository). */
export class WorkspaceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(name: string, pairing: Record<string, unknown>, now: string) {
    const row: WorkspaceRow = {
      id: newId(),
      name,
      pairing: JSON.stringify(pairing),
      slack: '{}',
      slack_team_id: null,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('workspaces').values(row).execute();
    return toRecord(row);
  }

  async findById(id: string): Promise<WorkspaceRecord | undefined> {
    const row = await this.db
      .selectFrom('workspaces')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** Every workspace, for scheduled work that reads each one's own settings. */
  async listAll(): Promise<WorkspaceRecord[]> {
    const rows = await this.db.selectFrom('workspaces').selectAll().orderBy('id').execute();
    return rows.map(toRecord);
  }

  /** Workspaces that may answer a Slack team's slash command (or any, when none set a team). */
  async listForSlackTeam(slackTeamId: string): Promise<WorkspaceRecord[]> {
    const rows = await this.db
      .selectFrom('workspaces')
      .selectAll()
      .where((eb) =>
        eb.or([eb('slack_team_id', '=', slackTeamId), eb('slack_team_id', 'is', null)]),
      )
      .where('slack', '!=', '{}')
      .execute();
    return rows.map(toRecord);
  }

  async update(
    id: string,
    changes: { name?: string; pairing?: Record<string, unknown>; slack?: Record<string, unknown> },
    now: string,
  ) {
    const slackTeamId = changes.slack?.teamId;
    await this.db
      .updateTable('workspaces')
      .set({
        ...(changes.name !== undefined && { name: changes.name }),
        ...(changes.pairing !== undefined && { pairing: JSON.stringify(changes.pairing) }),
        ...(changes.slack !== undefined && {
          slack: JSON.stringify(changes.slack),
          slack_team_id: typeof slackTeamId === 'string' ? slackTeamId : null,
        }),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    return this.findById(id);
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('workspaces').where('id', '=', id).execute();
  }

  async createInvite(input: {
    workspaceId: string;
    tokenHash: string;
    invitedBy: string;
    email: string | null;
    now: string;
    expiresAt: string;
    newcomer?: boolean | null;
  }): Promise<WorkspaceInviteRecord> {
    const row: WorkspaceInviteRow = {
      id: newId(),
      workspace_id: input.workspaceId,
      token_hash: input.tokenHash,
      invited_by: input.invitedBy,
      email: input.email,
      created_at: input.now,
      expires_at: input.expiresAt,
      used_at: null,
      newcomer: input.newcomer == null ? null : input.newcomer ? 1 : 0,
    };
    await this.db.insertInto('workspace_invites').values(row).execute();
    return toInvite(row);
  }

  async findUsableInvite(tokenHash: string, now: string) {
    const row = await this.db
      .selectFrom('workspace_invites')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return row && toInvite(row);
  }

  /** Uses up a single-use invite; false when someone else used it first. */
  async spendInvite(id: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('workspace_invites')
      .set({ used_at: now })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}

function toRecord(row: WorkspaceRow): WorkspaceRecord {
  return {
    id: row.id,
    name: row.name,
    pairing: JSON.parse(row.pairing) as Record<string, unknown>,
    slack: JSON.parse(row.slack) as Record<string, unknown>,
    slackTeamId: row.slack_team_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toInvite(row: WorkspaceInviteRow): WorkspaceInviteRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    invitedBy: row.invited_by,
    email: row.email,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    newcomer: row.newcomer == null ? null : Number(row.newcomer) === 1,
  };
}
