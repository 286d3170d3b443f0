import type { PersonKind } from '../people/person-kind.js';

// Managers and people the user marked key come first; the rest follows how much each kind
// of tie tends to matter day to day.
const KIND_WEIGHT: Record<PersonKind, number> = {
  manager: 1,
  partner: 0.8,
  report: 0.7,
  family: 0.7,
  coworker: 0.5,
  friend: 0.5,
  network: 0.3,
  pet: 0.3,
  other: 0.2,
};

/** How much a relationship weighs in ranking, 0–1. */
export function importanceOf(kind: PersonKind, key: boolean): number {
  return key ? 1 : KIND_WEIGHT[kind];
}
