// Plain shapes shared by the status update, the brag summary, the proposal and the hint.

/** A person named in an entry, as stored. */
export interface PersonRef {
  id: string;
  name: string;
}

/** One entry of the accomplishment log. */
export interface Accomplishment {
  id: string;
  /** `YYYY-MM-DD`, the user's calendar date. */
  date: string;
  title: string;
  detail: string | null;
  project: string | null;
  impact: string | null;
  /** Evidence URLs; only http(s) and mailto become links, anything else stays text. */
  links: string[];
  tags: string[];
  helpedBy: PersonRef[];
  /** People the user means to tell about it (used by the check-in hint). */
  tell: PersonRef[];
}

/** A time the user changed their plans for the team. */
export interface FlexibilityEntry {
  /** `YYYY-MM-DD`. */
  date: string;
  text: string;
  forName: string | null;
}

/** A promise still open. Pass only work promises to a status update. */
export interface OpenPromise {
  text: string;
  personName: string;
  /** `YYYY-MM-DD` or null. */
  due: string | null;
}

/** A favor from the favors ledger. */
export interface FavorEntry {
  direction: 'gave' | 'got';
  /** Free word such as "recommendation", "referral", "code review". */
  kind: string;
  personName: string;
  text: string | null;
  /**
   * `YYYY-MM-DD`. A favor without a date is left out of every period: callers date old undated
   * favors on the day they were recorded (see app/credit/credit-data).
   */
  date: string | null;
}

/** Something in the user's way, or something they need from someone, until it is cleared. */
export interface BlockerEntry {
  text: string;
  /** Who can unblock it (a person's name, or a team), if anyone in particular. */
  waitingOn: string | null;
  /** `YYYY-MM-DD`: since when it has been in the way. */
  since: string;
  /** `YYYY-MM-DD` it was cleared, or null while it still is in the way. */
  resolvedOn: string | null;
}

/** A date range in the user's calendar, both ends inclusive. */
export interface PeriodRange {
  /** `YYYY-MM-DD`. */
  start: string;
  /** `YYYY-MM-DD`, inclusive. */
  end: string;
  /** "Week of 16 Nov 2026", "November 2026", "1–15 Nov 2026". */
  label: string;
}

/** What kind of period a range is. */
export type PeriodKind = 'week' | 'month' | 'custom';

/** A period with its kind, as made by periodFor and periodFromRange. */
export interface Period extends PeriodRange {
  kind: PeriodKind;
}

/** A rendered document: the editable Markdown and what it renders to. */
export interface RenderedMarkdown {
  html: string;
  text: string;
}

/** A composed document: the Markdown draft and its HTML e-mail and plain-text renderings. */
export interface ComposedDocument extends RenderedMarkdown {
  markdown: string;
}
