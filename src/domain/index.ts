// The domain's public surface: pure functions and plain types, no I/O. Import from here.

export { buildAgenda, DEFAULT_AGENDA_LIMIT, DEFAULT_HORIZON_DAYS } from './agenda/agenda.js';
export { AgendaMemo } from './agenda/agenda-memo.js';
export type {
  Agenda,
  AgendaCareerEvent,
  AgendaDate,
  AgendaInput,
  AgendaItem,
  AgendaItemKind,
  AgendaPerson,
  AgendaPromise,
  LastInteraction,
  OwedReply,
} from './agenda/agenda-types.js';
export {
  type CareerNews,
  careerNews,
  congratulatedOn,
  congratulation,
  pastNews,
  upcomingNews,
} from './agenda/career-news.js';
export { NEW_PERSON_DAYS } from './agenda/contact-items.js';
export { occurrenceToHandle } from './agenda/date-items.js';
export { followUpCue } from './agenda/follow-up-cues.js';
export { importanceOf } from './agenda/importance.js';
export { MILESTONE_FRESH_DAYS, PROMISE_HEADS_UP_DAYS } from './agenda/obligation-items.js';
export {
  conversationStarters,
  FACT_QUIET_DAYS,
  factStarter,
  type StarterContext,
  sharedInterests,
} from './agenda/starters.js';
export * from './credit/index.js';
export { DomainInputError } from './input-error.js';
export { amountOf } from './language/amount-words.js';
export {
  type CadenceDefaults,
  type CadencePerson,
  type CadenceStatus,
  cadenceStatus,
  DEFAULT_CADENCE_DAYS,
  DEFAULT_KEY_COWORKER_CADENCE_DAYS,
  effectiveCadence,
} from './people/cadence.js';
export {
  FACT_SYNTAX_HINT,
  type Fact,
  isFactCurrent,
  isFactExpired,
  parseFact,
} from './people/facts.js';
export {
  isValidYearlyDate,
  nextOccurrence,
  type UpcomingDate,
  upcomingDate,
  type YearlyDate,
} from './people/important-dates.js';
export * from './people/person-kind.js';
export { looksLikeAsk } from './relationships/asks.js';
export {
  HEALTH_WINDOW,
  type HealthInput,
  type HealthInteraction,
  type RelationshipHealth,
  relationshipHealth,
} from './relationships/health.js';
export {
  type WeekInput,
  type WeekInteraction,
  type WeekSummary,
  weekSummary,
} from './relationships/week.js';
export { WEEKDAY_NAMES, weekdayNamed } from './time/calendar-names.js';
export { parseDuration } from './time/duration.js';
export { epochMsOf, type InstantInput, toInstant } from './time/instant.js';
export { parseRelativeWhen } from './time/relative-when.js';
export {
  canonicalTimeZone,
  epochDayIn,
  isValidTimeZone,
  requireTimeZone,
  todayIn,
} from './time/time-zone.js';
