import type { PersonKind } from './person-kind.js';

/** Built-in days between contacts per kind; null means the kind is never "due". */
export const DEFAULT_CADENCE_DAYS: Readonly<Record<PersonKind, number | null>> = {
  coworker: 14,
  manager: 7,
  // Weekly one-on-ones are the norm, and a remote report drifts fastest.
  report: 7,
  network: 90,
  friend: 30,
  family: 14,
  partner: 7,
  pet: null,
  other: null,
};

/** Built-in cadence for a coworker marked key ("contact key co-workers at least once a week"). */
export const DEFAULT_KEY_COWORKER_CADENCE_DAYS = 7;

/** A user's own defaults; a kind mapped to null has no cadence, a missing kind keeps the built-in. */
export type CadenceDefaults = Partial<Record<PersonKind, number | null>> & {
  keyCoworker?: number | null;
};

/** What effectiveCadence needs to know about a person. */
export interface CadencePerson {
  kind: PersonKind;
  key: boolean;
  /** The person's own cadence; null or absent falls back to the defaults. */
  cadenceDays?: number | null;
}

/** Whether a contact is on time, due, overdue, or has never happened. */
export type CadenceStatus = 'ok' | 'due' | 'overdue' | 'never';

/** Days between contacts for a person: their own setting, else the user's defaults, else built-ins. */
export function effectiveCadence(
  person: CadencePerson,
  defaults: CadenceDefaults = {},
): number | null {
  if (person.cadenceDays != null) return person.cadenceDays;
  const kindDefault =
    defaults[person.kind] !== undefined
      ? defaults[person.kind]!
      : DEFAULT_CADENCE_DAYS[person.kind];
  // "Key" only tightens work ties: a key friend keeps the friend cadence but ranks higher.
  if (person.key && person.kind === 'coworker') {
    const keyCadence =
      defaults.keyCoworker !== undefined ? defaults.keyCoworker : DEFAULT_KEY_COWORKER_CADENCE_DAYS;
    if (keyCadence !== null)
      return kindDefault === null ? keyCadence : Math.min(kindDefault, keyCadence);
  }
  return kindDefault ?? null;
}

/** Contact status: due from the cadence day on, overdue once half a cadence more has passed. */
export function cadenceStatus(daysSince: number | null, cadenceDays: number | null): CadenceStatus {
  if (daysSince === null) return 'never';
  if (cadenceDays === null || daysSince < cadenceDays) return 'ok';
  return daysSince >= cadenceDays + Math.ceil(cadenceDays / 2) ? 'overdue' : 'due';
}
