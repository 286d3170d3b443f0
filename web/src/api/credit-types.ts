// Shapes of the "getting credit" JSON (accomplishments, flexibility, status updates, the
// remote-work proposal and the update schedule), as in the API contract.
import type { Weekday } from './types';

export interface PersonRef {
  id: string;
  name: string;
}

export interface Accomplishment {
  id: string;
  /** `YYYY-MM-DD` in the user's calendar. */
  date: string;
  title: string;
  detail: string | null;
  project: string | null;
  impact: string | null;
  links: string[];
  tags: string[];
  helpedBy: PersonRef[];
  tell: PersonRef[];
  createdAt: string;
}

/** What an accomplishment is logged or changed with; people by id. */
export interface AccomplishmentInput {
  title?: string;
  date?: string;
  detail?: string | null;
  project?: string | null;
  impact?: string | null;
  links?: string[];
  tags?: string[];
  helpedBy?: string[];
  tell?: string[];
}

export interface FlexEntry {
  id: string;
  date: string;
  text: string;
  forPerson: PersonRef | null;
  createdAt: string;
}

export interface FlexInput {
  text: string;
  date?: string;
  personId?: string | null;
}

/** A week or month (this one or the one before), or explicit dates, both inclusive. */
export type PeriodQuery =
  | { period: 'week' | 'month'; which: 'current' | 'previous' }
  | { from: string; to: string };

export interface Period {
  kind: string;
  start: string;
  end: string;
  label: string;
}

export interface Brag {
  period: Period;
  summary: {
    total: number;
    withImpact: number;
    projectCount: number;
    byProject: { project: string | null; count: number; withImpact: number }[];
    byTag: { tag: string; count: number }[];
  };
  accomplishments: Accomplishment[];
  markdown: string;
  html: string;
  text: string;
}

export interface StatusUpdate {
  id: string;
  kind: string;
  periodStart: string;
  periodEnd: string;
  subject: string;
  markdown: string;
  /** Rendered and escaped by the server: the only HTML the app ever injects. */
  html: string;
  text: string;
  recipients: string[];
  status: 'draft' | 'sent' | 'failed';
  /** Why the last send failed; the update stays an unsent draft. */
  error: string | null;
  origin: 'manual' | 'scheduled';
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface UpdateChange {
  subject?: string;
  markdown?: string;
  recipients?: string[];
}

export interface UpdateSchedule {
  enabled: boolean;
  kind: 'week' | 'month';
  weekday: Weekday;
  /** `HH:MM` in the user's zone. */
  time: string;
  /** Draft it for the user to review, or send it at once. */
  deliver: 'review' | 'send';
  /** Where a sent update goes instead of the managers' addresses; empty: the managers. */
  to: string[];
}

/** The morning digest by e-mail, at a local time on working days. */
export interface DigestSetting {
  enabled: boolean;
  /** `HH:MM` in the user's zone. */
  time: string;
}

export interface Preferences {
  cadenceDefaults: Record<string, number | null>;
  interests: string[];
  updateSchedule: UpdateSchedule | null;
  digest?: DigestSetting | null;
  /** Single-key shortcuts in the web app; on unless turned off. */
  shortcuts?: boolean;
}

export interface Deliverable {
  what: string;
  measure: string;
}

export interface ProposalAnswers {
  role: string;
  manager?: string | null;
  roleFit: string;
  deliverables: Deliverable[];
  availability: string;
  communicationPlan: string;
  equipment: string;
  costNote?: string | null;
  trialDays: number;
  startDate?: string;
  reviewDate?: string | null;
}

export type ProposalDecision = 'pending' | 'accepted' | 'not-now' | 'declined';

export interface Proposal {
  id: string;
  answers: Partial<ProposalAnswers>;
  decision: ProposalDecision;
  revisitOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProposalDocument {
  title: string;
  markdown: string;
  /** Rendered and escaped by the server. */
  html: string;
  text: string;
  reviewDate: string;
}
