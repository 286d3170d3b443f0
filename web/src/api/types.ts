// Shapes of the accounts JSON (user, session, setup, tokens, invites), inferred from the
// server's own schemas (type-only), and the weekday list from the domain (pure data).
import type { z } from '@hono/zod-openapi';
import type { InviteSchema } from '../../../src/http/invites/invite-routes';
import type { SignedInSchema, UserSchema } from '../../../src/http/schemas';
import type { newAccountInput, SetupStatusSchema } from '../../../src/http/setup/setup-routes';
import type { TokenSchema } from '../../../src/http/tokens/token-routes';

export { WEEKDAYS, type Weekday } from '../../../src/domain/availability/types';

export type User = z.infer<typeof UserSchema>;
/** An empty array is a day off. */
export type WorkingHours = User['workingHours'];
/** A wall-clock range, "HH:MM" in the user's own zone. */
export type TimeRange = WorkingHours['mon'][number];
export type SessionResponse = z.infer<typeof SignedInSchema>;
export type SetupStatus = z.infer<typeof SetupStatusSchema>;
export type ApiToken = z.infer<typeof TokenSchema>;
export type Invite = z.infer<typeof InviteSchema>;
export type NewAccount = z.input<typeof newAccountInput>;
