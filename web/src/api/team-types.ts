// Shapes of the team-space JSON, inferred from the server's own response and input schemas so
// the web app and the API contract can't drift apart (type-only: nothing of the server ships).
import type { z } from '@hono/zod-openapi';
import type { slackSettingsInput } from '../../../src/app/team/slack-settings';
import type {
  feedbackInput,
  pairingSettings,
  profileChanges,
  ShareField,
} from '../../../src/app/team/team-input';
import type { CelebrationSchema } from '../../../src/http/team/celebration-routes';
import type { PromptsSchema } from '../../../src/http/team/prompt-routes';
import type { WelcomeSchema } from '../../../src/http/team/round-routes';
import type {
  DeliverySchema,
  DirectoryEntrySchema,
  FormedRoundSchema,
  MyProfileSchema,
  MyRoundSchema,
  TeamInvitePreviewSchema,
  TeamInviteSchema,
  WorkspaceSchema,
  WorkspaceSummarySchema,
} from '../../../src/http/team/team-schemas';
import type { TodayWelcomeSchema } from '../../../src/http/today/welcome-routes';

export type { ShareField };
export type Workspace = z.infer<typeof WorkspaceSchema>;
export type WorkspaceSummary = z.infer<typeof WorkspaceSummarySchema>;
export type PairingSettings = z.input<typeof pairingSettings>;
export type DirectoryEntry = z.infer<typeof DirectoryEntrySchema>;
export type TeamProfile = z.infer<typeof MyProfileSchema>;
export type ProfileChanges = z.input<typeof profileChanges>;
export type SlackSettings = z.input<typeof slackSettingsInput>;
export type FormedRound = z.infer<typeof FormedRoundSchema>;
export type Delivery = z.infer<typeof DeliverySchema>;
export type MyRound = NonNullable<z.infer<typeof MyRoundSchema>>;
export type CoffeeGroup = NonNullable<MyRound['group']>;
export type Feedback = z.input<typeof feedbackInput>;
export type WaterCooler = z.infer<typeof PromptsSchema>;
export type Welcome = z.infer<typeof WelcomeSchema>;
export type Celebration = z.infer<typeof CelebrationSchema>;
/** A welcome on Today: a colleague to greet, or a newcomer to welcome. */
export type TodayWelcome = z.infer<typeof TodayWelcomeSchema>;
export type TeamInvite = z.infer<typeof TeamInviteSchema>;
export type TeamInvitePreview = z.infer<typeof TeamInvitePreviewSchema>;
