// The vocabularies shared by the database, the API schemas and the agenda. Arrays stay
// `as const` so zod can build enums from them (`z.enum(PERSON_KINDS)`).

/** What a person is to the user. */
export const PERSON_KINDS = [
  'coworker',
  'manager',
  'report',
  'network',
  'friend',
  'family',
  'partner',
  'pet',
  'other',
] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** Kinds the user knows through work; they get work-flavoured reminders and starters. */
export const WORK_KINDS = ['coworker', 'manager', 'report', 'network'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** How a conversation happened. */
/** How a conversation happened; 'meeting' is a calendar meeting without a link or a place. */
export const CHANNELS = ['call', 'video', 'chat', 'email', 'in-person', 'meeting'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Who reached out. */
export const INITIATORS = ['me', 'them', 'mutual'] as const;
export type Initiator = (typeof INITIATORS)[number];

/** Whether a conversation was personal, about work, or both. */
export const ABOUTS = ['personal', 'work', 'both'] as const;
export type About = (typeof ABOUTS)[number];

/** What a favor was. */
export const FAVOR_KINDS = [
  'recommendation',
  'endorsement',
  'referral',
  'intro',
  'review',
  'cover',
  'help',
  'other',
] as const;
export type FavorKind = (typeof FAVOR_KINDS)[number];

/** Career news worth congratulating someone on. */
export const CAREER_EVENT_KINDS = [
  'promotion',
  'new-job',
  'new-role',
  'project-lead',
  'work-anniversary',
  'other',
] as const;
export type CareerEventKind = (typeof CAREER_EVENT_KINDS)[number];

/** Yearly dates kept per person. */
export const IMPORTANT_DATE_TYPES = ['birthday', 'work-anniversary', 'custom'] as const;
export type ImportantDateType = (typeof IMPORTANT_DATE_TYPES)[number];

/** Whether a kind is a work relationship. */
export function isWorkKind(kind: PersonKind): kind is WorkKind {
  return (WORK_KINDS as readonly string[]).includes(kind);
}
