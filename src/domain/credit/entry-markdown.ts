// One accomplishment as a Markdown list item, shared by the status update and the brag log.

import { requireDay, shortDate } from './dates.js';
import { clean } from './entries.js';
import { joinAnd, mdLink, mdText, sentence } from './markdown-write.js';
import type { Accomplishment, PersonRef } from './types.js';

/** "- **Shipped it** (12 Nov) — Detail. Impact: 30% fewer tickets. With help from Ann Lee. [link](…)". */
export function entryItem(entry: Accomplishment, contextYear: number): string {
  return item(entry, contextYear, false);
}

// A highlight is the whole entry, impact first: it is not listed again under Done, so nothing
// of it (detail, helpers, evidence) may be lost.
/** "- **Shipped the export** (12 Nov) — cut tickets by 30%. Detail. With help from Ann Lee.". */
export function highlightItem(entry: Accomplishment, contextYear: number): string {
  return item(entry, contextYear, true);
}

function item(entry: Accomplishment, contextYear: number, impactFirst: boolean): string {
  const day = requireDay(entry.date, `The date of "${entry.title}"`);
  const head = `**${mdText(titleOf(entry))}** (${shortDate(day, contextYear)})`;
  const parts: string[] = [];
  const detail = clean(entry.detail);
  const impact = clean(entry.impact);
  const helpers = uniqueNames(entry.helpedBy);
  if (impact && impactFirst) parts.push(sentence(mdText(impact)));
  if (detail) parts.push(sentence(mdText(detail)));
  if (impact && !impactFirst) parts.push(`Impact: ${sentence(mdText(impact))}`);
  if (helpers.length) parts.push(`With help from ${joinAnd(helpers.map(mdText))}.`);
  const links = entry.links.map((link) => link.trim()).filter(Boolean);
  if (links.length) parts.push(links.map(mdLink).join(', '));
  return `- ${head}${parts.length ? ` — ${parts.join(' ')}` : ''}`;
}

/** The entry's title, or "Untitled" when blank. */
export function titleOf(entry: Accomplishment): string {
  return clean(entry.title) || 'Untitled';
}

/** Distinct names (by id, then by name ignoring case) in first-seen order. */
export function uniqueNames(people: readonly PersonRef[]): string[] {
  const ids = new Set<string>();
  const names = new Map<string, string>();
  for (const person of people) {
    const name = clean(person.name);
    if (!name || ids.has(person.id)) continue;
    ids.add(person.id);
    if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  return [...names.values()];
}
