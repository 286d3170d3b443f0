// Work history from git: the user's commits become suggested accomplishments (one per repository
// and day) that wait for a yes. Accepting files an ordinary accomplishment for that day, with the
// text as suggested or as edited; dismissing keeps the day from being suggested again.
import { z } from 'zod';
import { mergeCommits, suggestionText, suggestWork } from '../../domain/capture/work-suggestions';
import type { WorkSuggestionRecord } from '../../store/work-suggestions/work-suggestion-repository';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { addAccomplishment, newAccomplishmentInput } from '../credit/accomplishments';
import { conflict, notFound } from '../errors';
import type { GitClient } from '../ports/capture';
import { parseInput } from '../validation';

export interface GitSyncResult {
  /** Commits by the user found in the paths since the instant (or SUGGEST_DAYS back). */
  seen: number;
  /** Suggestions created by this sync (days seen before are updated, not counted). */
  suggested: number;
}

export interface WorkSuggestionView {
  id: string;
  repository: string;
  date: string;
  text: string;
  commits: number;
}

export const acceptSuggestionInput = z
  .object({ text: z.string().trim().min(1, 'Say what you did').max(300).optional() })
  .strict();

/** Suggestions are for the week at hand (and the one before, for a Monday): a first sync that
 * reaches back a year would otherwise bury the user under hundreds of old days. */
export const SUGGEST_DAYS = 14;

/**
 * Reads the user's commits in `paths` since `since` (at most SUGGEST_DAYS back) and stores what
 * is new as suggestions. Every path is read before anything is stored, so a bad path changes
 * nothing. `emails` adds addresses the user commits under besides their account's.
 */
export async function syncGitPaths(
  ctx: AppContext,
  userId: string,
  paths: string[],
  since: string,
  git: GitClient,
  options: { emails?: string[] } = {},
): Promise<GitSyncResult> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  const emails = [user.email, ...(options.emails ?? [])];
  const floor = ctx.clock.now().getTime() - SUGGEST_DAYS * 24 * 3600 * 1000;
  const from = new Date(Math.max(Date.parse(since) || 0, floor)).toISOString();
  const commits = [];
  for (const path of paths) commits.push(...(await git.commits(path, emails, from)));
  const drafts = suggestWork(commits, user.timeZone);
  const known = await ctx.repos.workSuggestions.findByKeys(
    userId,
    drafts.map((d) => d.key),
  );
  const now = isoNow(ctx.clock);
  let suggested = 0;
  for (const draft of drafts) {
    const before = known.get(draft.key);
    if (!before) {
      if (await ctx.repos.workSuggestions.insert(userId, draft, now)) suggested += 1;
      continue;
    }
    // A day the user answered stays answered; an open one gains the day's later commits.
    if (before.status !== 'open') continue;
    const merged = mergeCommits(before.commits, draft.commits);
    if (merged.length === before.commits.length) continue;
    await ctx.repos.workSuggestions.updateOpen(
      userId,
      before.id,
      { commits: merged, text: suggestionText(before.repository, merged) },
      now,
    );
  }
  return { seen: commits.length, suggested };
}

const view = (s: WorkSuggestionRecord): WorkSuggestionView => ({
  id: s.id,
  repository: s.repository,
  date: s.date,
  text: s.text,
  commits: s.commits.length,
});

/** Suggestions waiting for an answer, newest day first. */
export async function listWorkSuggestions(ctx: AppContext, userId: string) {
  return (await ctx.repos.workSuggestions.listOpen(userId)).map(view);
}

async function openSuggestion(ctx: AppContext, userId: string, id: string) {
  const found = await ctx.repos.workSuggestions.findById(userId, id);
  if (!found) throw notFound('Work suggestion');
  return found;
}

/** Files the suggestion (or the user's wording of it) as an accomplishment on its day. */
export async function acceptWorkSuggestion(
  ctx: AppContext,
  userId: string,
  id: string,
  input: z.output<typeof acceptSuggestionInput> = {},
) {
  const found = await openSuggestion(ctx, userId, id);
  // Claimed first, so a double click or a second device files it once.
  if (!(await ctx.repos.workSuggestions.answer(userId, id, 'accepted', isoNow(ctx.clock)))) {
    throw conflict(`This suggestion was already ${found.status}`);
  }
  try {
    // Commit subjects and repository names come from git: checked like typed ones.
    const accomplishment = await addAccomplishment(
      ctx,
      userId,
      parseInput(newAccomplishmentInput, {
        title: input.text ?? found.text,
        date: found.date,
        project: found.repository.slice(0, 100),
      }),
    );
    await ctx.repos.workSuggestions.linkAccomplishment(
      userId,
      id,
      accomplishment.id,
      isoNow(ctx.clock),
    );
    return accomplishment;
  } catch (error) {
    await ctx.repos.workSuggestions.reopen(userId, id, isoNow(ctx.clock));
    throw error;
  }
}

/** Not worth filing: the day is not suggested again. Dismissing twice is fine. */
export async function dismissWorkSuggestion(ctx: AppContext, userId: string, id: string) {
  const found = await openSuggestion(ctx, userId, id);
  if (found.status === 'dismissed') return;
  if (!(await ctx.repos.workSuggestions.answer(userId, id, 'dismissed', isoNow(ctx.clock)))) {
    throw conflict('This suggestion was already accepted');
  }
}
