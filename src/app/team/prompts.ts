// Water-cooler prompts: a small library plus the workspace's own, one a week for everyone; the
// answers are what members chose to say to the workspace, so every member sees them. The week's
// prompt is posted to the workspace's Slack once, from 10:00 on its first working day there.
import { z } from 'zod';
import { slackEscape } from '../../domain/text/slack';
import { weekdayOfEpochDay } from '../../domain/time/epoch-day';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { invalidInput } from '../errors';
import { claimAndPostToSlack } from '../outbox/outbox-sender';
import { requireAdmin, requireMember } from './membership';
import { pairingOf } from './pairing-settings';
import { localDayAndHour } from './round-schedule';
import { slackDestination } from './slack-destination';

export const PROMPT_LIBRARY = [
  'What is on your desk right now that nobody on a call can see?',
  'What did you learn this week that surprised you?',
  'What is the best thing you ate recently?',
  'Which tool or shortcut saves you the most time?',
  'What does a great day off look like for you?',
  'What are you reading, watching or listening to?',
  'What was your first job?',
  'Where would you work from for a month, if you could pick anywhere?',
  'What is a small win from this week worth celebrating?',
  'What hobby would you pick up if you had the time?',
  'What is the view from your window?',
  'Who helped you recently, and how?',
] as const;

export const newPromptInput = z.object({ text: z.string().trim().min(3).max(300) }).strict();
export const answerInput = z
  .object({
    key: z.string().min(1).max(40),
    text: z.string().trim().min(1, 'Say something').max(1000),
  })
  .strict();

interface Prompt {
  key: string;
  text: string;
  custom: boolean;
}

async function allPrompts(ctx: AppContext, workspaceId: string): Promise<Prompt[]> {
  const custom = await ctx.repos.teamPrompts.list(workspaceId);
  return [
    ...PROMPT_LIBRARY.map((text, i) => ({ key: `lib:${i}`, text, custom: false })),
    ...custom.map((p) => ({ key: p.id, text: p.text, custom: true })),
  ];
}

/** Weeks since Monday 1970-01-05 (day 4), so the prompt changes on Mondays. */
const promptWeekOf = (localDay: number) => Math.floor((localDay - 4) / 7);

function promptOfWeek(prompts: Prompt[], week: number): Prompt {
  return prompts[((week % prompts.length) + prompts.length) % prompts.length]!;
}

/** This week's prompt (weeks counted on the workspace's clock) with its answers, and the list. */
export async function listPrompts(ctx: AppContext, userId: string, workspaceId: string) {
  const { workspace } = await requireMember(ctx, userId, workspaceId);
  const prompts = await allPrompts(ctx, workspaceId);
  const { day } = localDayAndHour(pairingOf(workspace).timeZone, ctx.clock.now());
  const current = promptOfWeek(prompts, promptWeekOf(day));
  const answers = await ctx.repos.teamPrompts.answers(workspaceId, current.key);
  return {
    current: {
      ...current,
      answers: answers.map((a) => ({
        id: a.id,
        memberId: a.memberId,
        name: a.memberName,
        text: a.text,
        createdAt: a.createdAt,
      })),
    },
    prompts,
  };
}

export async function addPrompt(
  ctx: AppContext,
  userId: string,
  workspaceId: string,
  { text }: z.output<typeof newPromptInput>,
) {
  await requireAdmin(ctx, userId, workspaceId);
  const prompt = await ctx.repos.teamPrompts.add(workspaceId, userId, text, isoNow(ctx.clock));
  return { key: prompt.id, text: prompt.text, custom: true };
}

export async function answerPrompt(
  ctx: AppContext,
  userId: string,
  workspaceId: string,
  input: z.output<typeof answerInput>,
) {
  await requireMember(ctx, userId, workspaceId);
  const prompts = await allPrompts(ctx, workspaceId);
  if (!prompts.some((p) => p.key === input.key)) throw invalidInput('No such prompt');
  await ctx.repos.teamPrompts.answer(workspaceId, input.key, userId, input.text, isoNow(ctx.clock));
  return listPrompts(ctx, userId, workspaceId);
}

/** Prompts go to Slack from this hour on the workspace's clock, on a weekday. */
const PROMPT_HOUR = 10;

/**
 * Posts each Slack-connected workspace's prompt of the week, once per week (claim
 * `prompt:<workspace>:<week>`) however many instances tick; a failed post is retried next tick.
 */
export async function postWeeklyPrompts(ctx: AppContext, now: Date): Promise<number> {
  let posted = 0;
  for (const workspace of await ctx.repos.workspaces.listAll()) {
    const destination = slackDestination(workspace);
    if (!destination) continue;
    const { day, hour } = localDayAndHour(pairingOf(workspace).timeZone, now);
    if (weekdayOfEpochDay(day) > 5 || hour < PROMPT_HOUR) continue;
    const week = promptWeekOf(day);
    const key = `prompt:${workspace.id}:${week}`;
    if (await ctx.repos.jobRuns.has(key)) continue;
    const prompt = promptOfWeek(await allPrompts(ctx, workspace.id), week);
    const where = ctx.settings.publicUrl
      ? ` Answer in Rapport: ${ctx.settings.publicUrl.replace(/\/+$/, '')}/team/${workspace.id}`
      : ' Answer on the Team page in Rapport.';
    // Claimed and queued together (the outbox): a failed post is retried, never lost.
    const text = `:speech_balloon: This week’s water cooler: *${slackEscape(prompt.text)}*${where}`;
    const outcome = await claimAndPostToSlack(ctx, key, workspace.id, { text }, now);
    if (outcome === 'sent') posted += 1;
  }
  return posted;
}
