// Test data builders for agenda tests; kept beside the code because domain owns its shapes.
import type { AgendaInput, AgendaPerson } from './agenda-types.js';

let sequence = 0;

/** A person who is due for nothing unless the overrides say so. */
export function aPerson(overrides: Partial<AgendaPerson> = {}): AgendaPerson {
  sequence += 1;
  return {
    id: `p${sequence}`,
    name: `Person ${sequence}`,
    kind: 'coworker',
    key: false,
    timeZone: null,
    cadenceDays: null,
    createdAt: '2024-01-01T12:00:00Z',
    newSince: null,
    lastTalkedEstimate: null,
    snoozedUntil: null,
    paused: false,
    facts: [],
    dates: [],
    lastInteraction: null,
    interactionCount: 0,
    ...overrides,
  };
}

/** Last talked at `at` about work, started by the user. */
export function talkedAt(at: string, note: string | null = null): AgendaPerson['lastInteraction'] {
  return { at, note, about: 'work', initiator: 'me' };
}

/** An agenda input with nothing in it but the clock. */
export function agendaInput(overrides: Partial<AgendaInput> = {}): AgendaInput {
  return {
    now: '2025-03-13T09:00:00Z',
    userZone: 'Europe/Berlin',
    people: [],
    owedReplies: [],
    promises: [],
    careerEvents: [],
    ...overrides,
  };
}
