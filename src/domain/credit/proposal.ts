import { DomainInputError } from '../input-error.js';
import { isoDateFromEpochDay } from '../time/epoch-day.js';
import { dateInWords, requireDay } from './dates.js';
import { byImpact, clean, compare } from './entries.js';
import { titleOf } from './entry-markdown.js';
import { renderMarkdown } from './markdown-render.js';
import { mdText, mdTextBlock, sentence } from './markdown-write.js';
import type { Accomplishment, ComposedDocument, FlexibilityEntry } from './types.js';

/** The user's answers for a remote-work proposal, plus evidence from their logs. */
export interface ProposalInput {
  author: { name: string };
  role: string;
  /** The manager's name, to address the next step to. */
  manager?: string | null;
  roleFit: string;
  deliverables: { what: string; measure: string }[];
  /** Core hours, response times, office days… */
  availability: string;
  communicationPlan: string;
  equipment: string;
  /** What it costs the company; nothing is claimed when absent. */
  costNote?: string | null;
  /** Whole days, 1–730. */
  trialDays: number;
  /** `YYYY-MM-DD`. */
  startDate: string;
  /** `YYYY-MM-DD` after startDate; default startDate + trialDays. */
  reviewDate?: string | null;
  evidence: {
    /** Any number; the most impactful PROPOSAL_MAX_ACCOMPLISHMENTS are shown. */
    accomplishments: readonly Accomplishment[];
    /** Any number; the most recent PROPOSAL_MAX_FLEXIBILITY are shown. */
    flexibility: readonly FlexibilityEntry[];
    stats: { accomplishmentCount: number; projects: number; periodLabel: string };
  };
}

/** A composed proposal; `reviewDate` (`YYYY-MM-DD`) is the one used, for a revisit reminder. */
export interface Proposal extends ComposedDocument {
  title: string;
  reviewDate: string;
}

/** Evidence shows at most this many accomplishments. */
export const PROPOSAL_MAX_ACCOMPLISHMENTS = 8;
/** Evidence shows at most this many flexibility entries. */
export const PROPOSAL_MAX_FLEXIBILITY = 5;
/** A suggested cost note for the form, in the user's voice; never added unasked. */
export const COST_NOTE_SUGGESTION =
  'It costs the company nothing: I already have the equipment and connection I need at home.';

const MAX_TRIAL_DAYS = 730;

/** A first-person remote-work proposal: title, Markdown, HTML and plain text. */
export function composeProposal(input: ProposalInput): Proposal {
  const author = clean(input.author.name);
  const role = clean(input.role);
  if (!role) throw new DomainInputError('invalid_proposal', 'Say which role the proposal is for.');
  const { start, review } = trialDates(input);
  const trial = `a ${input.trialDays}-day trial from ${dateInWords(start)}, reviewed on ${dateInWords(review)}`;
  const manager = clean(input.manager);
  const title = `Remote-work proposal: ${role}${author ? ` — ${author}` : ''}`;
  const deliverables = input.deliverables
    .map((row) => ({ what: clean(row.what), measure: clean(row.measure) }))
    .filter((row) => row.what);
  const cost = costSentence(input.costNote ?? '');

  const summary = [
    `I propose to work remotely in my role as ${mdText(role)}, starting with ${trial}.`,
    deliverables.length
      ? `You can measure my work by ${deliverables.length === 1 ? 'one concrete deliverable' : `${deliverables.length} concrete deliverables`}, and you will know when and how to reach me.`
      : 'You will know what I deliver, and when and how to reach me.',
    cost ? mdText(cost) : '',
  ].filter(Boolean);

  const sections = [
    `# ${mdText(title)}`,
    `## Summary\n\n${summary.join(' ')}`,
    block('Why the role fits', input.roleFit),
    deliverables.length ? deliverablesSection(deliverables) : null,
    block('Availability and communication', input.availability, input.communicationPlan),
    block('Equipment and costs', input.equipment, cost),
    `## Trial period and review\n\nI propose ${trial}. At the review we look at the deliverables above together and decide to continue, adjust or stop. If it is not working for the team, I will go back to the current arrangement.`,
    evidenceSection(input.evidence),
    `## Next step\n\n${
      manager ? `${mdText(manager)}, could we` : 'Could we'
    } talk this through at our next one-on-one? If you agree, I would start on ${dateInWords(start)}.`,
  ].filter((part): part is string => part !== null);
  const markdown = `${sections.join('\n\n')}\n`;
  return { title, reviewDate: isoDateFromEpochDay(review), markdown, ...renderMarkdown(markdown) };
}

// People answer "what does it cost?" with a fragment ("Nothing: I have the equipment", "about
// €40 a month"); pasted into the summary it reads as a non sequitur, so it is composed.
const COSTS_NOTHING =
  /^(?:it\s+costs\s+)?(?:nothing|none|zero|free|no\s+(?:extra\s+|additional\s+)?costs?|[€$£]\s?0)\b[\s:;,.!—–-]*/i;
const READS_AS_SENTENCE =
  /^(?:it|this|that|there|the|my|i|we|our|no\s+extra)\b.*\b(?:costs?|company|budget|pay|paid|expenses?|money|free)\b/i;

/** The cost answer as a sentence of the proposal; '' when there is none. */
export function costSentence(note: string): string {
  const text = clean(note);
  if (!text) return '';
  const nothing = COSTS_NOTHING.exec(text);
  if (nothing) {
    const rest = text.slice(nothing[0].length).trim();
    return sentence(`It costs the company nothing${rest ? `: ${rest}` : ''}`);
  }
  if (READS_AS_SENTENCE.test(text)) return sentence(upperFirst(text));
  return sentence(`As for cost: ${text}`);
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function trialDates(input: ProposalInput): { start: number; review: number } {
  const days = input.trialDays;
  if (!Number.isInteger(days) || days < 1 || days > MAX_TRIAL_DAYS) {
    throw new DomainInputError(
      'invalid_trial',
      `The trial must be a whole number of days from 1 to ${MAX_TRIAL_DAYS}.`,
    );
  }
  const start = requireDay(input.startDate, 'startDate');
  const review = input.reviewDate ? requireDay(input.reviewDate, 'reviewDate') : start + days;
  if (review <= start) {
    throw new DomainInputError(
      'invalid_review_date',
      'The review date must be after the start date.',
    );
  }
  return { start, review };
}

function block(title: string, ...texts: (string | null | undefined)[]): string | null {
  const parts = texts.map((text) => mdTextBlock(text ?? '')).filter(Boolean);
  return parts.length ? `## ${title}\n\n${parts.join('\n\n')}` : null;
}

function deliverablesSection(rows: { what: string; measure: string }[]): string {
  const table = rows.map(
    (row) => `| ${mdText(row.what)} | ${mdText(row.measure) || 'to be agreed'} |`,
  );
  return [
    '## Deliverables and how they are measured',
    'Judge me on results rather than hours at a desk:',
    `| Deliverable | How it is measured |\n| --- | --- |\n${table.join('\n')}`,
  ].join('\n\n');
}

function evidenceSection(evidence: ProposalInput['evidence']): string | null {
  const { accomplishmentCount, projects, periodLabel } = evidence.stats;
  const top = [...evidence.accomplishments].sort(byImpact).slice(0, PROPOSAL_MAX_ACCOMPLISHMENTS);
  const flexibility = [...evidence.flexibility]
    .sort((a, b) => compare(b.date, a.date) || compare(a.text, b.text))
    .slice(0, PROPOSAL_MAX_FLEXIBILITY);
  const parts: string[] = [];
  if (accomplishmentCount > 0) {
    const across =
      projects > 0 ? ` across ${projects} ${projects === 1 ? 'project' : 'projects'}` : '';
    const over = clean(periodLabel) ? ` over ${mdText(clean(periodLabel))}` : '';
    parts.push(
      `I logged ${accomplishmentCount} ${accomplishmentCount === 1 ? 'accomplishment' : 'accomplishments'}${across}${over}.`,
    );
  }
  if (top.length) {
    parts.push(`What I delivered:\n\n${top.map(evidenceItem).join('\n')}`);
  }
  if (flexibility.length) {
    const items = flexibility.map((entry) => {
      const day = requireDay(entry.date, 'A flexibility date');
      const forName = clean(entry.forName);
      return `- ${dateInWords(day)}: ${mdText(entry.text)}${forName ? ` (for ${mdText(forName)})` : ''}`;
    });
    parts.push(`When the team needed it, I changed my plans:\n\n${items.join('\n')}`);
  }
  return parts.length ? `## Evidence\n\n${parts.join('\n\n')}` : null;
}

function evidenceItem(entry: Accomplishment): string {
  const day = requireDay(entry.date, `The date of "${entry.title}"`);
  const impact = clean(entry.impact);
  return `- **${mdText(titleOf(entry))}**${impact ? ` — ${mdText(impact)}` : ''} (${dateInWords(day)})`;
}
