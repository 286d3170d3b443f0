// Shapes of the API's JSON, as documented in the API contract.
import type { z } from '@hono/zod-openapi';
import type { SetupStatusSchema } from '../../../src/http/setup/setup-routes';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A wall-clock range, "HH:MM" in the user's own zone. */
export interface TimeRange {
  start: string;
  end: string;
}

/** An empty array is a day off. */
export type WorkingHours = Record<Weekday, TimeRange[]>;

export interface User {
  id: string;
  email: string;
  name: string;
  timeZone: string;
  workingHours: WorkingHours;
  role: 'owner' | 'admin' | 'member';
  createdAt: string;
}

export interface SessionResponse {
  user: User;
  csrfToken: string;
}

/** needsSetup, openSignup, resetByMail, and sso (the "Sign in with …" button) or null. */
export type SetupStatus = z.infer<typeof SetupStatusSchema>;

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface Invite {
  id: string;
  email: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface NewAccount {
  email: string;
  name: string;
  timeZone: string;
  password: string;
}
