// Response shapes of workspaces, the directory and coffee rounds, named in the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { SHARE_FIELDS } from '../../app/team/team-input';
import { UserSchema } from '../schemas';

export const workspaceParam = z.object({ id: z.string().min(1).max(40) });
export const memberParam = workspaceParam.extend({ userId: z.string().min(1).max(40) });
export const roundParam = workspaceParam.extend({ roundId: z.string().min(1).max(40) });
/** Any text: a token that is not one is "not found" (404), like an expired one, never a 400. */
export const inviteTokenParam = z.object({ token: z.string().min(1).max(200) });

const WorkingHoursSchema = UserSchema.shape.workingHours;

export const WorkspaceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(['admin', 'member']),
    memberCount: z.number(),
    pairing: z.object({
      enabled: z.boolean(),
      everyWeeks: z.union([z.literal(1), z.literal(2), z.literal(4)]),
      weekday: z.string(),
      hour: z.number(),
      timeZone: z.string(),
      groupSize: z.union([z.literal(2), z.literal(3), z.literal(4)]),
      noRepeatRounds: z.number(),
      onboardingWeeks: z.number(),
    }),
    slack: z.object({
      configured: z.boolean(),
      via: z.enum(['webhook', 'bot']).nullable(),
      channel: z.string().nullable(),
      commands: z.boolean(),
    }),
  })
  .openapi('Workspace');

export const WorkspaceSummarySchema = z.object({
  workspaceId: z.string(),
  name: z.string(),
  role: z.enum(['admin', 'member']),
  memberCount: z.number(),
});

export const DirectoryEntrySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    workspaceRole: z.enum(['admin', 'member']),
    email: z.string().optional(),
    timeZone: z.string().optional(),
    workingHours: WorkingHoursSchema.optional(),
    officeDays: z.array(z.string()).optional(),
    city: z.string().optional(),
    team: z.string().optional(),
    role: z.string().optional(),
    interests: z.array(z.string()).optional(),
    askMeAbout: z.string().optional(),
    birthday: z.string().optional(),
    workStart: z.string().optional(),
  })
  .openapi('DirectoryEntry');

export const MyProfileSchema = z
  .object({
    values: z.object({
      email: z.string(),
      timeZone: z.string(),
      workingHours: WorkingHoursSchema,
      officeDays: z.array(z.string()).optional(),
      city: z.string().nullable().optional(),
      team: z.string().nullable().optional(),
      role: z.string().nullable().optional(),
      interests: z.array(z.string()).optional(),
      askMeAbout: z.string().nullable().optional(),
      birthday: z.string().nullable().optional(),
      workStart: z.string().nullable().optional(),
    }),
    share: z.array(z.enum(SHARE_FIELDS)),
    pairing: z.object({
      optIn: z.boolean(),
      snoozedUntil: z.string().nullable(),
      allowAsync: z.boolean(),
    }),
    excluded: z.array(z.object({ id: z.string(), name: z.string() })),
    slackUserId: z.string().nullable(),
  })
  .openapi('TeamProfile');

const SlotSchema = z.object({
  start: z.string(),
  minutes: z.number(),
  windowMinutes: z.number(),
  local: z.array(
    z.object({ id: z.string(), timeZone: z.string(), local: z.string(), weekday: z.string() }),
  ),
});

const GroupSchema = z.object({
  members: z.array(z.object({ id: z.string(), name: z.string() })),
  reason: z.string(),
  slot: SlotSchema.nullable(),
});

export const FormedRoundSchema = z
  .object({
    id: z.string().nullable(),
    date: z.string(),
    seed: z.string(),
    dryRun: z.boolean(),
    groups: z.array(GroupSchema),
    unpairedCount: z.number(),
  })
  .openapi('PairingRound');

export const DeliverySchema = z
  .object({
    mailed: z.number(),
    mailFailures: z.number(),
    /** Held until each member's working hours begin. */
    waiting: z.number(),
    slack: z.enum(['posted', 'failed', 'not-configured']),
  })
  .nullable();

export const MyRoundSchema = z
  .object({
    id: z.string(),
    date: z.string(),
    createdAt: z.string(),
    group: GroupSchema.nullable(),
    feedback: z.array(z.object({ with: z.string(), answer: z.enum(['met', 'didnt', 'again']) })),
  })
  .nullable()
  .openapi('MyPairing');

export const TeamInviteSchema = z
  .object({
    token: z.string(),
    url: z.string(),
    email: z.string().nullable(),
    expiresAt: z.string(),
    /** True when the link was e-mailed to `email` (the server has a mailer and it accepted). */
    mailed: z.boolean(),
  })
  .openapi('TeamInvite');

export const TeamInvitePreviewSchema = z
  .object({
    workspaceName: z.string(),
    inviterName: z.string(),
    expiresAt: z.string(),
  })
  .openapi('TeamInvitePreview');
