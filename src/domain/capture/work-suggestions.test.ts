import { describe, expect, it } from 'vitest';
import type { CapturedCommit } from './capture-types';
import { mergeCommits, suggestionText, suggestWork } from './work-suggestions';

let n = 0;
const commit = (at: string, title: string, repository = 'rapport'): CapturedCommit => {
  n += 1;
  return { repository, sha: `sha${n}`, at, authorEmail: 'me@example.com', title };
};

describe('suggestWork', () => {
  it('makes one suggestion per repository and day, oldest commit first', () => {
    const drafts = suggestWork(
      [
        commit('2026-11-03T16:00:00Z', 'Fix import'),
        commit('2026-11-03T09:00:00Z', 'Speed up Today'),
        commit('2026-11-03T10:00:00Z', 'Add a chart', 'web'),
        commit('2026-11-02T10:00:00Z', 'Start the week'),
      ],
      'UTC',
    );
    expect(drafts.map((d) => [d.repository, d.date, d.text])).toEqual([
      ['rapport', '2026-11-03', 'rapport: Speed up Today; Fix import'],
      ['web', '2026-11-03', 'web: Add a chart'],
      ['rapport', '2026-11-02', 'rapport: Start the week'],
    ]);
    expect(drafts[0]!.commits.map((c) => c.title)).toEqual(['Speed up Today', 'Fix import']);
  });

  it('counts the day in the user’s zone, not in UTC', () => {
    // 23:30 in Los Angeles on the 3rd is 07:30 UTC on the 4th.
    const late = commit('2026-11-04T07:30:00Z', 'Late fix');
    const morning = commit('2026-11-03T17:00:00Z', 'Morning work');
    const drafts = suggestWork([late, morning], 'America/Los_Angeles');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      date: '2026-11-03',
      text: 'rapport: Morning work; Late fix',
    });
    expect(suggestWork([late, morning], 'Europe/Berlin').map((d) => d.date)).toEqual([
      '2026-11-04',
      '2026-11-03',
    ]);
  });

  it('gives the same key to the same repository and day on every sync', () => {
    const first = suggestWork([commit('2026-11-03T09:00:00Z', 'A')], 'UTC');
    const again = suggestWork([commit('2026-11-03T18:00:00Z', 'B')], 'UTC');
    expect(again[0]!.key).toBe(first[0]!.key);
    const other = suggestWork([commit('2026-11-03T09:00:00Z', 'A', 'other')], 'UTC');
    expect(other[0]!.key).not.toBe(first[0]!.key);
  });
});

describe('suggestionText', () => {
  const at = '2026-11-03T09:00:00Z';
  const of = (...titles: string[]) => titles.map((title, i) => ({ sha: `s${i}`, at, title }));

  it('names two titles and counts the rest', () => {
    expect(suggestionText('rapport', of('Speed up Today', 'Fix import', 'a', 'b', 'c'))).toBe(
      'rapport: Speed up Today; Fix import (+3 more)',
    );
  });

  it('counts a repeated title once', () => {
    expect(suggestionText('rapport', of('WIP', 'wip', 'Fix import', 'WIP'))).toBe(
      'rapport: WIP; Fix import',
    );
  });

  it('stays within an accomplishment title and keeps the count visible', () => {
    const text = suggestionText('rapport', of('x'.repeat(250), 'y'.repeat(250), 'z'));
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text.startsWith('rapport: xxx')).toBe(true);
    expect(text.endsWith('… (+1 more)')).toBe(true);
  });
});

describe('mergeCommits', () => {
  it('keeps each sha once, oldest first', () => {
    const a = { sha: 'a', at: '2026-11-03T09:00:00Z', title: 'A' };
    const b = { sha: 'b', at: '2026-11-03T08:00:00Z', title: 'B' };
    expect(mergeCommits([a], [b, a]).map((c) => c.sha)).toEqual(['b', 'a']);
  });
});
