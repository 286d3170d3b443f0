// The user's own settings that shape the daily loop.
import { z } from 'zod';
import { DEFAULT_TODAY_LIMIT, MAX_TODAY_LIMIT, MIN_TODAY_LIMIT } from '../../domain/agenda/cards';
import type { CadenceDefaults } from '../../domain/index';
import { PERSON_KINDS, type PersonKind } from '../../domain/index';
import {
  DEFAULT_PUSH_PREFERENCES,
  MAX_PUSHES_PER_DAY,
  NUDGE_KINDS,
  type PushPreferences,
} from '../../domain/nudges/nudge-timing';
import { SCHEDULE_WEEKDAYS, type UpdateSchedule } from '../../domain/schedule/update-schedule';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { notFound } from '../errors';

const cadence = z.number().int().min(1).max(3650).nullable();
/** A cadence per person kind; typed per kind, or the kinds vanish from the input type. */
const kindCadences = Object.fromEntries(
  PERSON_KINDS.map((kind) => [kind, cadence.optional()]),
) as Record<PersonKind, ReturnType<typeof cadence.optional>>;

export const preferencesInput = z
  .object({
    cadenceDefaults: z
      .object({
        ...kindCadences,
        keyCoworker: cadence.optional(),
      })
      .strict()
      .optional(),
    interests: z.array(z.string().trim().min(1).max(40)).max(50).optional(),
    updateSchedule: z
      .object({
        enabled: z.boolean(),
        kind: z.enum(['week', 'month']),
        weekday: z.enum(SCHEDULE_WEEKDAYS),
        time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, 24-hour'),
        deliver: z.enum(['review', 'send']),
        to: z.array(z.email()).max(20).default([]),
      })
      .strict()
      .nullable()
      .optional(),
    digest: z
      .object({
        enabled: z.boolean(),
        time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, 24-hour'),
      })
      .strict()
      .nullable()
      .optional(),
    /** Cards on Today before "N more can wait". */
    todayLimit: z
      .number()
      .int()
      .min(MIN_TODAY_LIMIT, `todayLimit is at least ${MIN_TODAY_LIMIT}`)
      .max(MAX_TODAY_LIMIT, `todayLimit is at most ${MAX_TODAY_LIMIT}`)
      .optional(),
    /** Workspaces whose e-mail (pairings, welcomes) the user turned off. */
    teamMailOff: z.array(z.string().min(1).max(64)).max(100).optional(),
    /** Single-key shortcuts in the web app (n, j, k, l, s, d); false turns them off. */
    shortcuts: z.boolean({ message: 'shortcuts is true or false' }).optional(),
    /** Push nudges: how many a day at most (0: none), and which kinds. */
    push: z
      .object({
        perDay: z
          .number()
          .int()
          .min(0, 'perDay is at least 0')
          .max(MAX_PUSHES_PER_DAY, `perDay is at most ${MAX_PUSHES_PER_DAY}`)
          .optional(),
        kinds: z
          .object(Object.fromEntries(NUDGE_KINDS.map((kind) => [kind, z.boolean().optional()])))
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** "Draft my weekly update on Friday at 15:00": for review by the user, or sent directly. */
export interface UpdateScheduleSetting extends UpdateSchedule {
  enabled: boolean;
  deliver: 'review' | 'send';
  to: string[];
}

export interface Preferences {
  cadenceDefaults: CadenceDefaults;
  interests: string[];
  updateSchedule: UpdateScheduleSetting | null;
  /** The morning digest by e-mail, at a local time on working days. */
  digest: { enabled: boolean; time: string } | null;
  /** Cards shown on Today (3–30, default 7); the rest "can wait". */
  todayLimit: number;
  /** Workspaces whose e-mail the user turned off ("turn off this mail" or Settings). */
  teamMailOff: string[];
  /**
   * Single-key shortcuts in the web app, on unless turned off: a speech-input user's words can
   * land as stray key presses, so WCAG 2.1.4 asks for a way to turn them off.
   */
  shortcuts: boolean;
  /** Push nudges a day (default 3) and the kinds that are on (all by default). */
  push: PushPreferences;
}

export async function getPreferences(ctx: AppContext, userId: string): Promise<Preferences> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  return preferencesOf(user.preferences);
}

export function preferencesOf(stored: Partial<Preferences>): Preferences {
  return {
    cadenceDefaults: stored.cadenceDefaults ?? {},
    interests: stored.interests ?? [],
    updateSchedule: stored.updateSchedule ?? null,
    digest: stored.digest ?? null,
    todayLimit: stored.todayLimit ?? DEFAULT_TODAY_LIMIT,
    teamMailOff: stored.teamMailOff ?? [],
    shortcuts: stored.shortcuts ?? true,
    push: {
      perDay: stored.push?.perDay ?? DEFAULT_PUSH_PREFERENCES.perDay,
      kinds: { ...DEFAULT_PUSH_PREFERENCES.kinds, ...stored.push?.kinds },
    },
  };
}

export async function updatePreferences(
  ctx: AppContext,
  userId: string,
  changes: z.output<typeof preferencesInput>,
) {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  const current = preferencesOf(user.preferences);
  const next: Preferences = {
    cadenceDefaults: {
      ...current.cadenceDefaults,
      ...(changes.cadenceDefaults as CadenceDefaults),
    },
    interests: changes.interests ?? current.interests,
    updateSchedule:
      changes.updateSchedule === undefined ? current.updateSchedule : changes.updateSchedule,
    digest: changes.digest === undefined ? current.digest : changes.digest,
    todayLimit: changes.todayLimit ?? current.todayLimit,
    teamMailOff: changes.teamMailOff ?? current.teamMailOff,
    shortcuts: changes.shortcuts ?? current.shortcuts,
    push: {
      perDay: changes.push?.perDay ?? current.push.perDay,
      kinds: {
        ...current.push.kinds,
        ...(changes.push?.kinds as Partial<PushPreferences['kinds']>),
      },
    },
  };
  // Other settings live in the same document (feed versions, office days): keep them.
  await ctx.repos.users.update(
    userId,
    { preferences: { ...user.preferences, ...next } },
    isoNow(ctx.clock),
  );
  return next;
}
