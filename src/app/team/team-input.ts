// What workspaces, directory profiles and pairing settings may be created or changed with.
// Every schema accepts its own output: routes check a body and the use-case checks it again.
import { z } from 'zod';
import { emailField, timeZoneField } from '../accounts/fields';
import { WEEKDAYS } from '../accounts/working-hours';
import { isoDateField } from '../people/person-input';
import { singleLineText } from '../text-fields';

// Names and profile fields are one line of plain text, shown to every colleague.
const text = singleLineText;
/** Optional text where '' clears the value (idempotent: null stays null). */
const clearable = (max: number) =>
  text(max)
    .nullable()
    .transform((value) => (value === '' ? null : value))
    .optional();

export const workspaceName = text(100).min(1, 'A workspace needs a name');

/** The directory fields a member may share, each one only when they choose to. */
export const SHARE_FIELDS = [
  'email',
  'timeZone',
  'workingHours',
  'officeDays',
  'city',
  'team',
  'role',
  'interests',
  'askMeAbout',
  'birthday',
  'workStart',
] as const;
export type ShareField = (typeof SHARE_FIELDS)[number];

/** "MM-DD" (a year, if given, is dropped: the directory never holds a birth year). */
export const birthdayDayMonth = z
  .string()
  .trim()
  .regex(/^(\d{4}-)?\d{2}-\d{2}$/, 'Use MM-DD (day and month only)')
  .transform((value) => value.slice(-5))
  .refine((md) => {
    const [month, day] = md.split('-').map(Number) as [number, number];
    // 2000 is a leap year, so 02-29 passes.
    const date = new Date(Date.UTC(2000, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'That day does not exist');

export const profileChanges = z
  .object({
    share: z.array(z.enum(SHARE_FIELDS)).max(SHARE_FIELDS.length).optional(),
    officeDays: z.array(z.enum(WEEKDAYS)).max(7).optional(),
    city: clearable(100),
    team: clearable(100),
    role: clearable(100),
    interests: z.array(text(40).min(1)).max(30).optional(),
    askMeAbout: clearable(300),
    birthday: birthdayDayMonth.nullable().optional(),
    workStart: isoDateField.nullable().optional(),
    pairing: z
      .object({
        optIn: z.boolean().optional(),
        snoozedUntil: isoDateField.nullable().optional(),
        allowAsync: z.boolean().optional(),
      })
      .strict()
      .optional(),
    slackUserId: clearable(40),
  })
  .strict();
export type ProfileChanges = z.output<typeof profileChanges>;

export const pairingSettings = z
  .object({
    enabled: z.boolean(),
    everyWeeks: z.union([z.literal(1), z.literal(2), z.literal(4)]),
    weekday: z.enum(WEEKDAYS),
    hour: z.number().int().min(0).max(23),
    timeZone: timeZoneField,
    groupSize: z.union([z.literal(2), z.literal(3), z.literal(4)]),
    noRepeatRounds: z.number().int().min(0).max(52),
    onboardingWeeks: z.number().int().min(0).max(52),
  })
  .strict();
export type PairingSettings = z.output<typeof pairingSettings>;

export const workspaceChanges = z
  .object({
    name: workspaceName.optional(),
    pairing: pairingSettings.partial().strict().optional(),
  })
  .strict();

export const newWorkspaceInput = z.object({ name: workspaceName }).strict();
export const newTeamInviteInput = z
  .object({
    email: emailField.optional(),
    /**
     * Who the link is for: true, someone new to the team (welcomed, introduced, "new" to
     * colleagues for 30 days); false, an existing colleague. Unset: new unless they join in the
     * workspace's first two weeks (its founding members).
     */
    newcomer: z.boolean().optional(),
  })
  .strict();
export const joinInput = z.object({ token: z.string().trim().min(10).max(200) }).strict();
export const exclusionsInput = z
  .object({ userIds: z.array(z.string().min(1).max(40)).max(500) })
  .strict();
export const roundInput = z.object({ dryRun: z.boolean().optional() }).strict();
export const feedbackInput = z
  .object({
    with: z.string().min(1).max(40),
    answer: z.enum(['met', 'didnt', 'again']),
  })
  .strict();
