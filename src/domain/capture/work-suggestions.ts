// The user's commits become suggested accomplishments: one per repository and day (the user's
// day, in their zone), worded the way a person would jot it down ("rapport: Speed up Today; Fix
// import (+3 more)"). The user accepts, edits or dismisses each; nothing is filed by itself.
import { todayIn } from '../time/time-zone';
import type { CapturedCommit } from './capture-types';

/** What a suggestion keeps of a commit: enough to word it and to merge later syncs. */
export interface SuggestedCommit {
  sha: string;
  at: string;
  title: string;
}

export interface WorkSuggestionDraft {
  /** Stable per repository and day, so a second sync finds the same suggestion. */
  key: string;
  repository: string;
  /** YYYY-MM-DD in the user's zone. */
  date: string;
  /** Oldest first, one per sha. */
  commits: SuggestedCommit[];
  text: string;
}

/** Longest suggested text: an accomplishment title holds 300 characters. */
export const SUGGESTION_TEXT_MAX = 300;
const TITLES_SHOWN = 2;

/** The date has a fixed length, so any repository name after it keeps the key unambiguous. */
export const suggestionKey = (repository: string, date: string) => `${date}:${repository}`;

/** Groups commits by repository and the user's day, newest day first. */
export function suggestWork(commits: CapturedCommit[], timeZone: string): WorkSuggestionDraft[] {
  const groups = new Map<
    string,
    { repository: string; date: string; commits: SuggestedCommit[] }
  >();
  for (const commit of commits) {
    const date = todayIn(timeZone, commit.at);
    const key = suggestionKey(commit.repository, date);
    let group = groups.get(key);
    if (!group) {
      group = { repository: commit.repository, date, commits: [] };
      groups.set(key, group);
    }
    group.commits.push({ sha: commit.sha, at: commit.at, title: commit.title });
  }
  return [...groups.entries()]
    .map(([key, group]) => {
      const merged = mergeCommits([], group.commits);
      return { key, ...group, commits: merged, text: suggestionText(group.repository, merged) };
    })
    .sort((a, b) =>
      a.date === b.date ? a.repository.localeCompare(b.repository) : a.date < b.date ? 1 : -1,
    );
}

/** Both lists' commits, once per sha, oldest first (a later sync adds to a day it saw before). */
export function mergeCommits(
  known: readonly SuggestedCommit[],
  found: readonly SuggestedCommit[],
): SuggestedCommit[] {
  const bySha = new Map<string, SuggestedCommit>();
  for (const commit of [...known, ...found])
    if (!bySha.has(commit.sha)) bySha.set(commit.sha, commit);
  return [...bySha.values()].sort((a, b) =>
    a.at === b.at ? a.sha.localeCompare(b.sha) : a.at < b.at ? -1 : 1,
  );
}

/** "repo: first title; second title (+N more)", repeated titles counted once, within 300. */
export function suggestionText(repository: string, commits: readonly SuggestedCommit[]): string {
  const titles: string[] = [];
  const seen = new Set<string>();
  for (const { title } of commits) {
    const clean = title.replace(/\s+/g, ' ').trim();
    const folded = clean.toLowerCase();
    if (!clean || seen.has(folded)) continue;
    seen.add(folded);
    titles.push(clean);
  }
  if (titles.length === 0) return clip(`${repository}: work`);
  const shown = titles.slice(0, TITLES_SHOWN);
  const more = titles.length - shown.length;
  const tail = more > 0 ? ` (+${more} more)` : '';
  const head = `${repository}: `;
  // Long titles are cut so that the count of the others always shows.
  const room = SUGGESTION_TEXT_MAX - head.length - tail.length;
  return clip(`${head}${clip(shown.join('; '), room)}${tail}`);
}

function clip(text: string, max = SUGGESTION_TEXT_MAX): string {
  if (max <= 1) return text.slice(0, Math.max(0, max));
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
