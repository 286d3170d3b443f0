import { DomainInputError } from '../input-error.js';
import { ymdFromEpochDay } from '../time/epoch-day.js';
import { rangeInWords } from './dates.js';
import {
  clean,
  compare,
  entriesInPeriod,
  groupByProject,
  hasImpact,
  periodDays,
} from './entries.js';
import { entryItem } from './entry-markdown.js';
import { renderMarkdown } from './markdown-render.js';
import { mdText } from './markdown-write.js';
import type { Accomplishment, PeriodRange } from './types.js';

/** Input for summarizeLog; entries outside the period are ignored. */
export interface LogInput {
  accomplishments: readonly Accomplishment[];
  period: PeriodRange;
}

/** Counts over a period of the accomplishment log. */
export interface LogSummary {
  period: PeriodRange;
  total: number;
  /** Entries with a stated impact. */
  withImpact: number;
  /** Named projects (the Other bucket not counted). */
  projectCount: number;
  /** Most entries first, then by name; `project: null` is "Other", always last. */
  byProject: { project: string | null; count: number; withImpact: number }[];
  /** Tags lower-cased without a leading "#"; most used first, then by name. */
  byTag: { tag: string; count: number }[];
}

/** Output formats of `rapport brag`. */
export type BragFormat = 'md' | 'html' | 'text' | 'json';

/** What formatBrag prints: the summary and the log entries behind it. */
export interface BragInput {
  summary: LogSummary;
  accomplishments: readonly Accomplishment[];
  author?: { name: string } | null;
}

/** Counts per project, per tag, in total and with impact, over the period. */
export function summarizeLog(input: LogInput): LogSummary {
  const entries = entriesInPeriod(input.accomplishments, input.period);
  const groups = groupByProject(entries);
  const tags = new Map<string, number>();
  for (const entry of entries) {
    const own = new Set(entry.tags.map((tag) => clean(tag).replace(/^#+/, '').toLowerCase()));
    for (const tag of own) if (tag) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  const { start, end } = periodDays(input.period);
  return {
    period: {
      start: input.period.start.trim(),
      end: input.period.end.trim(),
      label: clean(input.period.label) || rangeInWords(start, end),
    },
    total: entries.length,
    withImpact: entries.filter(hasImpact).length,
    projectCount: groups.filter((group) => group.project !== null).length,
    byProject: groups.map((group) => ({
      project: group.project,
      count: group.entries.length,
      withImpact: group.entries.filter(hasImpact).length,
    })),
    byTag: [...tags]
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || compare(a.tag, b.tag)),
  };
}

/** The brag document in Markdown, HTML, plain text or JSON (`{ summary, accomplishments }`). */
export function formatBrag(input: BragInput, format: BragFormat): string {
  const entries = entriesInPeriod(input.accomplishments, input.summary.period);
  if (format === 'json') {
    return `${JSON.stringify({ summary: input.summary, accomplishments: entries }, null, 2)}\n`;
  }
  const markdown = bragMarkdown(input, entries);
  if (format === 'md') return markdown;
  if (format === 'html') return renderMarkdown(markdown).html;
  if (format === 'text') return renderMarkdown(markdown).text;
  throw new DomainInputError(
    'invalid_format',
    `Format "${String(format)}" is not one of md, html, text, json.`,
  );
}

function bragMarkdown(input: BragInput, entries: Accomplishment[]): string {
  const { summary } = input;
  const author = clean(input.author?.name);
  const title = `# ${author ? `${mdText(author)}: accomplishments` : 'Accomplishments'}, ${mdText(summary.period.label)}`;
  if (entries.length === 0) return `${title}\n\nNothing logged in this period.\n`;
  const year = ymdFromEpochDay(periodDays(summary.period).end).year;
  const totals = `${entries.length} ${entries.length === 1 ? 'accomplishment' : 'accomplishments'}, ${summary.withImpact} with a stated impact, across ${summary.projectCount} ${summary.projectCount === 1 ? 'project' : 'projects'}.`;
  const projects = summary.byProject.map(
    (row) => `- ${row.project === null ? 'Other' : mdText(row.project)}: ${row.count}`,
  );
  const tags = summary.byTag.map((row) => `- ${mdText(row.tag)}: ${row.count}`);
  const log = groupByProject(entries).map((group) => {
    const name = group.project === null ? 'Other' : mdText(group.project);
    return `### ${name} (${group.entries.length})\n\n${group.entries.map((entry) => entryItem(entry, year)).join('\n')}`;
  });
  return [
    title,
    totals,
    `## By project\n\n${projects.join('\n')}`,
    tags.length ? `## By tag\n\n${tags.join('\n')}` : null,
    `## Log\n\n${log.join('\n\n')}`,
  ]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
}
