// Test data builders for credit tests; kept beside the code because domain owns its shapes.
import type { StatusUpdateInput } from './status-update.js';
import type { Accomplishment } from './types.js';

let sequence = 0;

/** An accomplishment on 2026-11-17 with nothing but a title unless the overrides say so. */
export function anEntry(overrides: Partial<Accomplishment> = {}): Accomplishment {
  sequence += 1;
  return {
    id: `a${sequence}`,
    date: '2026-11-17',
    title: `Entry ${sequence}`,
    detail: null,
    project: null,
    impact: null,
    links: [],
    tags: [],
    helpedBy: [],
    tell: [],
    ...overrides,
  };
}

/** A status-update input for the week of 16 Nov 2026 by Ann Lee with nothing logged. */
export function statusInput(overrides: Partial<StatusUpdateInput> = {}): StatusUpdateInput {
  return {
    author: { name: 'Ann Lee' },
    period: { start: '2026-11-16', end: '2026-11-22', label: 'Week of 16 Nov 2026' },
    accomplishments: [],
    flexibility: [],
    openPromises: [],
    favors: [],
    ...overrides,
  };
}

/** Every `<tag …>` in plain text (autolinks such as `<https://…>` are not tags). */
export function htmlTags(text: string): string[] {
  return text.match(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi) ?? [];
}

/** Markdown syntax that must never reach an HTML part as text. */
export function rawMarkdownIn(html: string): string[] {
  const text = html.replace(/<[^>]*>/g, '\n');
  const found: string[] = [];
  for (const line of text.split('\n')) {
    if (/\*\*|__|\]\(|^\s*#{1,6}\s|^\s*[-*+]\s|^\s*\|.*\|\s*$|^\s*-{3,}\s*$/.test(line)) {
      found.push(line);
    }
  }
  return found;
}
