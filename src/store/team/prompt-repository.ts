import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Database } from '../schema';

export interface PromptRecord {
  id: string;
  text: string;
  createdAt: string;
}

export interface PromptAnswerRecord {
  id: string;
  promptKey: string;
  memberId: string;
  memberName: string;
  text: string;
  createdAt: string;
}

/** Water-cooler prompts a workspace's admins added, and members' answers (seen by the workspace). */
export class TeamPromptRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(workspaceId: string, authorId: string, text: string, now: string) {
    const row = {
      id: newId(),
      workspace_id: workspaceId,
      text,
      author_id: authorId,
      created_at: now,
    };
    await this.db.insertInto('team_prompts').values(row).execute();
    return { id: row.id, text, createdAt: now };
  }

  async list(workspaceId: string): Promise<PromptRecord[]> {
    return this.db
      .selectFrom('team_prompts')
      .select(['id', 'text', 'created_at as createdAt'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  async answer(
    workspaceId: string,
    promptKey: string,
    memberId: string,
    text: string,
    now: string,
  ) {
    const row = {
      id: newId(),
      workspace_id: workspaceId,
      prompt_key: promptKey,
      member_id: memberId,
      text,
      created_at: now,
    };
    await this.db.insertInto('team_prompt_answers').values(row).execute();
    return row.id;
  }

  /** Answers to one prompt by current members, oldest first. */
  async answers(workspaceId: string, promptKey: string): Promise<PromptAnswerRecord[]> {
    return this.db
      .selectFrom('team_prompt_answers as a')
      .innerJoin('workspace_members as m', (join) =>
        join
          .onRef('m.workspace_id', '=', 'a.workspace_id')
          .onRef('m.member_id', '=', 'a.member_id'),
      )
      .innerJoin('users as u', 'u.id', 'a.member_id')
      .select([
        'a.id',
        'a.prompt_key as promptKey',
        'a.member_id as memberId',
        'u.display_name as memberName',
        'a.text',
        'a.created_at as createdAt',
      ])
      .where('a.workspace_id', '=', workspaceId)
      .where('a.prompt_key', '=', promptKey)
      .orderBy('a.created_at')
      .orderBy('a.id')
      .execute();
  }

  /** A leaving member's answers go with them. */
  async removeMember(workspaceId: string, memberId: string) {
    await this.db
      .deleteFrom('team_prompt_answers')
      .where('workspace_id', '=', workspaceId)
      .where('member_id', '=', memberId)
      .execute();
  }
}
