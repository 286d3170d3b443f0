import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Database, TeamMailRow } from '../schema';

/** Mail for one member, held until the start of their working hours (see app/team/team-mail). */
export interface TeamMailRecord {
  id: string;
  workspaceId: string;
  recipientId: string;
  kind: string;
  subject: string;
  text: string;
  html: string;
  replyTo: string | null;
  notBefore: string;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
}

export type NewTeamMail = Omit<TeamMailRecord, 'id' | 'attempts' | 'createdAt' | 'sentAt'>;

export class TeamMailRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async enqueue(mail: NewTeamMail, now: string): Promise<TeamMailRecord> {
    const row: TeamMailRow = {
      id: newId(),
      workspace_id: mail.workspaceId,
      recipient_id: mail.recipientId,
      kind: mail.kind,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html,
      reply_to: mail.replyTo,
      not_before: mail.notBefore,
      attempts: 0,
      created_at: now,
      sent_at: null,
    };
    await this.db.insertInto('team_mail').values(row).execute();
    return toRecord(row);
  }

  /** Unsent mail whose time has come, oldest first. */
  async listDue(now: string, limit = 500): Promise<TeamMailRecord[]> {
    const rows = await this.db
      .selectFrom('team_mail')
      .selectAll()
      .where('sent_at', 'is', null)
      .where('not_before', '<=', now)
      .orderBy('not_before')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toRecord);
  }

  /** Every mail of a workspace, for tests and support (newest last). */
  async listForWorkspace(workspaceId: string): Promise<TeamMailRecord[]> {
    const rows = await this.db
      .selectFrom('team_mail')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toRecord);
  }

  async markSent(id: string, now: string): Promise<void> {
    await this.db.updateTable('team_mail').set({ sent_at: now }).where('id', '=', id).execute();
  }

  /** Holds a mail until later (the recipient's hours changed, or sending failed). */
  async postpone(id: string, notBefore: string, failed: boolean): Promise<void> {
    await this.db
      .updateTable('team_mail')
      .set((eb) => ({
        not_before: notBefore,
        ...(failed && { attempts: eb('attempts', '+', 1) }),
      }))
      .where('id', '=', id)
      .execute();
  }

  /** Mail a member will no longer get from a workspace they left. */
  async removeFor(workspaceId: string, recipientId: string): Promise<void> {
    await this.db
      .deleteFrom('team_mail')
      .where('workspace_id', '=', workspaceId)
      .where('recipient_id', '=', recipientId)
      .where('sent_at', 'is', null)
      .execute();
  }
}

function toRecord(row: TeamMailRow): TeamMailRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    recipientId: row.recipient_id,
    kind: row.kind,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    replyTo: row.reply_to,
    notBefore: row.not_before,
    attempts: Number(row.attempts),
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}
