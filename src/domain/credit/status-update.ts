import { countOf } from '../language/phrasing.js';
import { ymdFromEpochDay } from '../time/epoch-day.js';
import { rangeInWords, requireDay, shortDate } from './dates.js';
import {
  byImpact,
  clean,
  compare,
  dateIn,
  entriesInPeriod,
  groupByProject,
  hasImpact,
  periodDays,
} from './entries.js';
import { entryItem, highlightItem, uniqueNames } from './entry-markdown.js';
import { withoutControlCharacters } from './markdown-parse.js';
import { renderMarkdown } from './markdown-render.js';
import { joinAnd, mdText } from './markdown-write.js';
import type {
  Accomplishment,
  BlockerEntry,
  ComposedDocument,
  FavorEntry,
  FlexibilityEntry,
  OpenPromise,
  PeriodRange,
} from './types.js';

/** Everything a status update is made of; entries outside the period are left out. */
export interface StatusUpdateInput {
  author: { name: string };
  period: PeriodRange;
  accomplishments: readonly Accomplishment[];
  flexibility: readonly FlexibilityEntry[];
  /** Open work promises (not filtered by period: they are what comes next). */
  openPromises: readonly OpenPromise[];
  /** Favors with work people; only those dated inside the period are listed. */
  favors: readonly FavorEntry[];
  /** Blockers and needs; those in the way at the end of the period are listed. */
  blockers?: readonly BlockerEntry[];
  nextNotes?: readonly string[];
}

/** A composed status update: e-mail subject plus the Markdown draft and its renderings. */
export interface StatusUpdate extends ComposedDocument {
  subject: string;
}

/** Highlights list at most this many entries. */
export const HIGHLIGHTS_MAX = 5;
/** With more than HIGHLIGHTS_MAX entries, Highlights are topped up to this many. */
export const HIGHLIGHTS_MIN = 3;

/** The weekly or monthly status update: subject, Markdown, HTML e-mail and plain text. */
export function composeStatusUpdate(input: StatusUpdateInput): StatusUpdate {
  const { start, end } = periodDays(input.period);
  const label = clean(input.period.label) || rangeInWords(start, end);
  const year = ymdFromEpochDay(end).year;
  const entries = entriesInPeriod(input.accomplishments, input.period);
  const flexibility = input.flexibility
    .filter((entry) => dateIn(entry.date, start, end, 'A flexibility date'))
    .sort((a, b) => compare(a.date, b.date) || compare(a.text, b.text));
  // An undated favor would come back every week: only favors dated in the period count.
  const favors = input.favors.filter(
    (favor) => favor.date !== null && dateIn(favor.date, start, end, 'A favor date'),
  );
  const author = clean(input.author.name);
  const highlighted = highlights(entries);
  // Each accomplishment appears once: a highlight is not listed again under Done.
  const rest = entries.filter((entry) => !highlighted.includes(entry));

  const sections = [
    summaryLine(entries),
    section(
      'Highlights',
      highlighted.map((entry) => highlightItem(entry, year)),
    ),
    doneSection(rest, year, highlighted.length > 0),
    section('Blockers / needs', blockerItems(input.blockers ?? [], end, year)),
    section('Next', nextItems(input.openPromises, input.nextNotes ?? [], year)),
    section('Help given and received', favorItems(favors, year)),
    section(
      'Flexibility',
      flexibility.map((entry) => flexibilityItem(entry, year)),
    ),
    thanksSection(entries, favors, author),
  ].filter((part): part is string => part !== null);
  if (sections.length === 0) sections.push(`Nothing was logged for ${mdText(label)}.`);

  const markdown = `# Status update — ${mdText(label)}\n\n${sections.join('\n\n')}\n`;
  const subject = ['Status update', label, author].filter(Boolean).join(' — ');
  return {
    subject: withoutControlCharacters(subject),
    markdown,
    ...renderMarkdown(markdown),
  };
}

function section(title: string, items: string[]): string | null {
  return items.length ? `## ${title}\n\n${items.join('\n')}` : null;
}

// "5 accomplishments across 2 projects.", "3 accomplishments on Billing and other work."
function summaryLine(entries: Accomplishment[]): string | null {
  if (entries.length === 0) return null;
  const groups = groupByProject(entries);
  const named = groups.filter((group) => group.project !== null);
  const other = named.length < groups.length && named.length > 0 ? ' and other work' : '';
  const where =
    named.length === 0
      ? ''
      : named.length === 1
        ? ` on ${mdText(named[0]!.project!)}`
        : ` across ${named.length} projects`;
  return `${countOf(entries.length, 'accomplishment')}${where}${other}.`;
}

// Entries with an impact, most impactful first, at most HIGHLIGHTS_MAX; a long week with few
// stated impacts is topped up to HIGHLIGHTS_MIN. No stated impact, no Highlights.
function highlights(entries: Accomplishment[]): Accomplishment[] {
  const withImpact = entries.filter(hasImpact).sort(byImpact);
  if (withImpact.length === 0) return [];
  if (withImpact.length >= HIGHLIGHTS_MIN || entries.length <= HIGHLIGHTS_MAX) {
    return withImpact.slice(0, HIGHLIGHTS_MAX);
  }
  const rest = entries.filter((entry) => !hasImpact(entry)).sort(byImpact);
  return [...withImpact, ...rest].slice(0, HIGHLIGHTS_MIN);
}

// After Highlights, Done is "Also done": the rest of the period's entries.
function doneSection(entries: Accomplishment[], year: number, afterHighlights: boolean) {
  if (entries.length === 0) return null;
  const title = afterHighlights ? 'Also done' : 'Done';
  const groups = groupByProject(entries);
  if (groups.length === 1 && groups[0]!.project === null) {
    return section(
      title,
      entries.map((entry) => entryItem(entry, year)),
    );
  }
  const parts = groups.map((group) => {
    const name = group.project === null ? 'Other' : mdText(group.project);
    const items = group.entries.map((entry) => entryItem(entry, year));
    return `### ${name} (${group.entries.length})\n\n${items.join('\n')}`;
  });
  return `## ${title}\n\n${parts.join('\n\n')}`;
}

// "- Prod database access — waiting on Lena Vogel since 18 Nov": what is still in the way when
// the period ends (raised by then, not cleared by then), oldest first.
function blockerItems(blockers: readonly BlockerEntry[], end: number, year: number): string[] {
  return blockers
    .map((blocker) => ({
      blocker,
      since: requireDay(blocker.since, 'A blocker date'),
      resolved: blocker.resolvedOn ? requireDay(blocker.resolvedOn, 'A blocker date') : null,
    }))
    .filter(
      ({ blocker, since, resolved }) =>
        clean(blocker.text) && since <= end && (resolved === null || resolved > end),
    )
    .sort((a, b) => a.since - b.since || compare(a.blocker.text, b.blocker.text))
    .map(({ blocker, since }) => {
      const who = clean(blocker.waitingOn);
      const waiting = who ? `waiting on ${mdText(who)} since` : 'since';
      return `- ${mdText(clean(blocker.text))} — ${waiting} ${shortDate(since, year)}`;
    });
}

function nextItems(promises: readonly OpenPromise[], notes: readonly string[], year: number) {
  const dated = promises
    .map((promise) => ({
      promise,
      due: promise.due ? requireDay(promise.due, 'A due date') : null,
    }))
    .filter(({ promise }) => clean(promise.text))
    .sort(
      (a, b) =>
        (a.due ?? Number.POSITIVE_INFINITY) - (b.due ?? Number.POSITIVE_INFINITY) ||
        compare(a.promise.text, b.promise.text),
    );
  const promiseItems = dated.map(({ promise, due }) => {
    const person = clean(promise.personName);
    const details = [
      person && `for ${mdText(person)}`,
      due !== null && `due ${shortDate(due, year)}`,
    ]
      .filter(Boolean)
      .join(', ');
    return `- ${mdText(promise.text)}${details ? ` — ${details}` : ''}`;
  });
  const noteItems = notes
    .map(clean)
    .filter(Boolean)
    .map((note) => `- ${mdText(note)}`);
  return [...promiseItems, ...noteItems];
}

// "- Recommendation for Bo Chen — wrote one on LinkedIn (12 Nov)"; given first, then received.
function favorItems(favors: FavorEntry[], year: number): string[] {
  return [...favors]
    .sort(
      (a, b) =>
        compare(a.direction === 'gave' ? 0 : 1, b.direction === 'gave' ? 0 : 1) ||
        compare(a.date ?? '', b.date ?? '') ||
        compare(a.personName, b.personName),
    )
    .map((favor) => {
      const kind = clean(favor.kind) || 'help';
      const what = `${kind[0]!.toUpperCase()}${kind.slice(1)}`;
      const who = `${favor.direction === 'gave' ? 'for' : 'from'} ${clean(favor.personName) || 'someone'}`;
      const text = clean(favor.text);
      const when = favor.date
        ? ` (${shortDate(requireDay(favor.date, 'A favor date'), year)})`
        : '';
      return `- ${mdText(`${what} ${who}`)}${text ? ` — ${mdText(text)}` : ''}${when}`;
    });
}

function flexibilityItem(entry: FlexibilityEntry, year: number): string {
  const day = shortDate(requireDay(entry.date, 'A flexibility date'), year);
  const forName = clean(entry.forName);
  return `- ${day}: ${mdText(entry.text)}${forName ? ` (for ${mdText(forName)})` : ''}`;
}

// Everyone who helped (entries' helpers, favors received), most mentioned first.
function thanksSection(entries: Accomplishment[], favors: FavorEntry[], author: string) {
  const counts = new Map<string, { name: string; count: number; order: number }>();
  const mention = (name: string) => {
    const key = name.toLowerCase();
    if (!name || key === author.toLowerCase()) return;
    const seen = counts.get(key) ?? { name, count: 0, order: counts.size };
    seen.count += 1;
    counts.set(key, seen);
  };
  for (const entry of entries) for (const name of uniqueNames(entry.helpedBy)) mention(name);
  for (const favor of favors) if (favor.direction === 'got') mention(clean(favor.personName));
  const names = [...counts.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map((seen) => mdText(seen.name));
  return names.length ? `## Thanks\n\nThanks to ${joinAnd(names)} for their help.` : null;
}
