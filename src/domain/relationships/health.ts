import { type CadenceStatus, cadenceStatus } from '../people/cadence.js';
import type { About, Initiator } from '../people/person-kind.js';
import { epochMsOf, type InstantInput } from '../time/instant.js';
import { requireTimeZone } from '../time/time-zone.js';
import { zoneClockFor } from '../time/zone-clock.js';
import { looksLikeAsk } from './asks.js';

/** One logged conversation, as health needs it. */
export interface HealthInteraction {
  /** ISO instant with offset. */
  at: string;
  about: About;
  initiator: Initiator;
  note?: string | null;
  /** Set when the user marked it; otherwise the note decides (looksLikeAsk). */
  isAsk?: boolean;
}

/** Everything relationshipHealth needs about one relationship. */
export interface HealthInput {
  now: InstantInput;
  userZone: string;
  cadenceDays: number | null;
  /** Newest first is expected; they are re-sorted anyway. */
  interactions: HealthInteraction[];
  favors: { direction: 'gave' | 'got' }[];
}

/** How a relationship is doing, with plain-language warnings. */
export interface RelationshipHealth {
  recency: { daysSince: number | null; cadenceDays: number | null; status: CadenceStatus };
  /** Conversations in the last 90 days of the user's calendar, today included. */
  contacts90d: number;
  /** Share of the last 10 conversations that were personal or both; null with none. */
  personalShare: number | null;
  /** Who started the last 10 conversations. */
  initiative: Record<Initiator, number>;
  favorBalance: { gave: number; got: number; balance: number };
  warnings: string[];
}

/** Conversations that personalShare and initiative look at: recent enough to still be true. */
export const HEALTH_WINDOW = 10;
const ALL_BUSINESS_RUN = 5;
const ASK_RUN = 3;
const ALWAYS_FIRST_MIN = 5;
const CONTACT_WINDOW_DAYS = 90;

/** Recency, balance and warnings for one relationship. */
export function relationshipHealth(input: HealthInput): RelationshipHealth {
  const clock = zoneClockFor(requireTimeZone(input.userZone, 'userZone'));
  const today = clock.localEpochDay(epochMsOf(input.now));
  const interactions = input.interactions
    .map((interaction, index) => {
      const ms = epochMsOf(interaction.at);
      return { ...interaction, ms, index, day: clock.localEpochDay(ms) };
    })
    .sort((a, b) => b.ms - a.ms || a.index - b.index);

  const latest = interactions[0];
  const daysSince = latest ? Math.max(0, today - latest.day) : null;
  const recent = interactions.slice(0, HEALTH_WINDOW);
  const initiative: Record<Initiator, number> = { me: 0, them: 0, mutual: 0 };
  for (const interaction of recent) initiative[interaction.initiator] += 1;
  const personal = recent.filter((interaction) => interaction.about !== 'work').length;
  const gave = input.favors.filter((favor) => favor.direction === 'gave').length;
  const got = input.favors.length - gave;

  return {
    recency: {
      daysSince,
      cadenceDays: input.cadenceDays,
      status: cadenceStatus(daysSince, input.cadenceDays),
    },
    contacts90d: interactions.filter((interaction) => today - interaction.day < CONTACT_WINDOW_DAYS)
      .length,
    personalShare: recent.length > 0 ? personal / recent.length : null,
    initiative,
    favorBalance: { gave, got, balance: gave - got },
    warnings: warningsFor(interactions),
  };
}

function warningsFor(newestFirst: HealthInteraction[]): string[] {
  const warnings: string[] = [];
  const lastBusiness = newestFirst.slice(0, ALL_BUSINESS_RUN);
  if (
    lastBusiness.length === ALL_BUSINESS_RUN &&
    lastBusiness.every((interaction) => interaction.about === 'work')
  ) {
    warnings.push(`All business for the last ${ALL_BUSINESS_RUN} conversations`);
  }
  const lastAsks = newestFirst.slice(0, ASK_RUN);
  if (
    lastAsks.length === ASK_RUN &&
    lastAsks.every((interaction) => interaction.isAsk ?? looksLikeAsk(interaction.note))
  ) {
    warnings.push(`Your last ${ASK_RUN} messages were asks — connect without wanting something`);
  }
  const window = newestFirst.slice(0, HEALTH_WINDOW);
  if (
    window.length >= ALWAYS_FIRST_MIN &&
    window.every((interaction) => interaction.initiator === 'me')
  ) {
    warnings.push('You always reach out first');
  }
  return warnings;
}
