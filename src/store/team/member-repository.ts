import type { Kysely } from 'kysely';
import { fromJsonArray, toJson } from '../json-columns';
import type { Database, WorkspaceMemberRow } from '../schema';

export type WorkspaceRole = 'admin' | 'member';

/** One member of one workspace: their role, what they share, and their pairing preferences. */
export interface MemberRecord {
  workspaceId: string;
  memberId: string;
  name: string;
  email: string;
  timeZone: string;
  /** JSON-decoded working hours of the account; the app layer owns their shape. */
  workingHours: unknown;
  role: WorkspaceRole;
  joinedAt: string;
  /** JSON-decoded directory values the member entered; the app layer owns their shape. */
  profile: Record<string, unknown>;
  shared: string[];
  pairingOptIn: boolean;
  pairingSnoozedUntil: string | null;
  allowAsync: boolean;
  slackUserId: string | null;
  /** `YYYY-MM-DD`: joined as someone new to the team; null for founding and earlier members. */
  newcomerSince: string | null;
}

export interface MemberChanges {
  role?: WorkspaceRole;
  profile?: Record<string, unknown>;
  shared?: string[];
  pairingOptIn?: boolean;
  pairingSnoozedUntil?: string | null;
  allowAsync?: boolean;
  slackUserId?: string | null;
}

export interface MembershipSummary {
  workspaceId: string;
  name: string;
  role: WorkspaceRole;
  memberCount: number;
}

/** Workspace membership. Reads join the account only for its name, e-mail, zone and hours. */
export class MemberRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * A new membership. Coffee pairing starts off: a member is paired only once they say yes.
   * `newcomerSince` marks someone new to the team (see migration 0011).
   */
  async add(
    workspaceId: string,
    memberId: string,
    role: WorkspaceRole,
    now: string,
    newcomerSince: string | null = null,
  ) {
    await this.db
      .insertInto('workspace_members')
      .values({
        workspace_id: workspaceId,
        member_id: memberId,
        role,
        joined_at: now,
        profile: '{}',
        shared: '[]',
        pairing_opt_in: 0,
        pairing_snoozed_until: null,
        allow_async: 0,
        slack_user_id: null,
        newcomer_since: newcomerSince,
      })
      .onConflict((oc) => oc.columns(['workspace_id', 'member_id']).doNothing())
      .execute();
  }

  async find(workspaceId: string, memberId: string): Promise<MemberRecord | undefined> {
    const row = await this.members()
      .where('m.workspace_id', '=', workspaceId)
      .where('m.member_id', '=', memberId)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async list(workspaceId: string): Promise<MemberRecord[]> {
    const rows = await this.members()
      .where('m.workspace_id', '=', workspaceId)
      .orderBy('u.display_name')
      .orderBy('m.member_id')
      .execute();
    return rows.map(toRecord);
  }

  async findBySlackUser(workspaceId: string, slackUserId: string) {
    const row = await this.members()
      .where('m.workspace_id', '=', workspaceId)
      .where('m.slack_user_id', '=', slackUserId)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** The workspaces a user belongs to, with their role and the number of members. */
  async workspacesOf(memberId: string): Promise<MembershipSummary[]> {
    const rows = await this.db
      .selectFrom('workspace_members as m')
      .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
      .select((eb) => [
        'w.id as workspaceId',
        'w.name as name',
        'm.role as role',
        eb
          .selectFrom('workspace_members as all')
          .whereRef('all.workspace_id', '=', 'm.workspace_id')
          .select((inner) => inner.fn.countAll<number>().as('n'))
          .as('memberCount'),
      ])
      .where('m.member_id', '=', memberId)
      .orderBy('w.name')
      .orderBy('w.id')
      .execute();
    return rows.map((r) => ({ ...r, memberCount: Number(r.memberCount) }));
  }

  async update(workspaceId: string, memberId: string, changes: MemberChanges) {
    const set: Partial<WorkspaceMemberRow> = {
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.profile !== undefined && { profile: JSON.stringify(changes.profile) }),
      ...(changes.shared !== undefined && { shared: toJson(changes.shared) }),
      ...(changes.pairingOptIn !== undefined && { pairing_opt_in: changes.pairingOptIn ? 1 : 0 }),
      ...(changes.pairingSnoozedUntil !== undefined && {
        pairing_snoozed_until: changes.pairingSnoozedUntil,
      }),
      ...(changes.allowAsync !== undefined && { allow_async: changes.allowAsync ? 1 : 0 }),
      ...(changes.slackUserId !== undefined && { slack_user_id: changes.slackUserId }),
    };
    if (Object.keys(set).length === 0) return;
    await this.db
      .updateTable('workspace_members')
      .set(set)
      .where('workspace_id', '=', workspaceId)
      .where('member_id', '=', memberId)
      .execute();
  }

  async remove(workspaceId: string, memberId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('workspace_members')
      .where('workspace_id', '=', workspaceId)
      .where('member_id', '=', memberId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  private members() {
    return this.db
      .selectFrom('workspace_members as m')
      .innerJoin('users as u', 'u.id', 'm.member_id')
      .select([
        'm.workspace_id',
        'm.member_id',
        'm.role',
        'm.joined_at',
        'm.profile',
        'm.shared',
        'm.pairing_opt_in',
        'm.pairing_snoozed_until',
        'm.allow_async',
        'm.slack_user_id',
        'm.newcomer_since',
        'u.display_name',
        'u.email',
        'u.time_zone',
        'u.working_hours',
      ]);
  }
}

type JoinedRow = WorkspaceMemberRow & {
  display_name: string;
  email: string;
  time_zone: string;
  working_hours: string;
};

function toRecord(row: JoinedRow): MemberRecord {
  return {
    workspaceId: row.workspace_id,
    memberId: row.member_id,
    name: row.display_name,
    email: row.email,
    timeZone: row.time_zone,
    workingHours: JSON.parse(row.working_hours),
    role: row.role,
    joinedAt: row.joined_at,
    profile: JSON.parse(row.profile) as Record<string, unknown>,
    shared: fromJsonArray(row.shared),
    pairingOptIn: Number(row.pairing_opt_in) === 1,
    pairingSnoozedUntil: row.pairing_snoozed_until,
    allowAsync: Number(row.allow_async) === 1,
    slackUserId: row.slack_user_id,
    newcomerSince: row.newcomer_since,
  };
}
