import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { formatBrag, summarizeLog } from './brag.js';
import { anEntry, htmlTags, rawMarkdownIn } from './credit.factory.js';

const NOVEMBER = { start: '2026-11-01', end: '2026-11-30', label: 'November 2026' };

const entries = [
  anEntry({
    title: 'Export',
    project: 'Billing',
    impact: '30% fewer tickets',
    tags: ['#Infra', 'customers'],
  }),
  anEntry({ title: 'Rounding', project: 'billing ', tags: ['infra', 'INFRA'], date: '2026-11-02' }),
  anEntry({ title: 'Runbook', project: 'Platform', impact: 'faster handovers', tags: ['docs'] }),
  anEntry({ title: 'Interviews', tags: [] }),
  anEntry({ title: 'October', project: 'Billing', date: '2026-10-31' }),
];

describe('summarizeLog', () => {
  it('counts per project, per tag, in total and with impact over the period', () => {
    expect(summarizeLog({ accomplishments: entries, period: NOVEMBER })).toEqual({
      period: NOVEMBER,
      total: 4,
      withImpact: 2,
      projectCount: 2,
      byProject: [
        { project: 'Billing', count: 2, withImpact: 1 },
        { project: 'Platform', count: 1, withImpact: 1 },
        { project: null, count: 1, withImpact: 0 },
      ],
      byTag: [
        { tag: 'infra', count: 2 },
        { tag: 'customers', count: 1 },
        { tag: 'docs', count: 1 },
      ],
    });
  });

  it('is empty for an empty period and labels an unlabelled one', () => {
    expect(
      summarizeLog({
        accomplishments: [],
        period: { start: '2026-11-01', end: '2026-11-15', label: '' },
      }),
    ).toMatchObject({
      total: 0,
      withImpact: 0,
      projectCount: 0,
      byProject: [],
      byTag: [],
      period: { label: '1–15 Nov 2026' },
    });
  });
});

describe('formatBrag', () => {
  const summary = summarizeLog({ accomplishments: entries, period: NOVEMBER });
  const input = { summary, accomplishments: entries, author: { name: 'Ann Lee' } };

  it('writes Markdown with totals, projects, tags and the log', () => {
    const md = formatBrag(input, 'md');
    expect(md.match(/^#{1,3} .*$/gm)).toEqual([
      '# Ann Lee: accomplishments, November 2026',
      '## By project',
      '## By tag',
      '## Log',
      '### Billing (2)',
      '### Platform (1)',
      '### Other (1)',
    ]);
    expect(md).toContain('4 accomplishments, 2 with a stated impact, across 2 projects.');
    expect(md).toContain('## By project\n\n- Billing: 2\n- Platform: 1\n- Other: 1\n');
    expect(md).not.toContain('October');
  });

  it('renders HTML and text without raw syntax, and JSON with the entries of the period', () => {
    expect(rawMarkdownIn(formatBrag(input, 'html'))).toEqual([]);
    expect(formatBrag(input, 'html')).toMatch(/^<div style="[^"]+">\n<h1/);
    expect(htmlTags(formatBrag(input, 'text'))).toEqual([]);
    const json = JSON.parse(formatBrag(input, 'json'));
    expect(json.summary).toEqual(summary);
    expect(json.accomplishments.map((entry: { title: string }) => entry.title)).toEqual([
      'Rounding',
      'Export',
      'Interviews',
      'Runbook',
    ]);
  });

  it('says so when nothing was logged, and refuses unknown formats', () => {
    const empty = summarizeLog({ accomplishments: [], period: NOVEMBER });
    expect(formatBrag({ summary: empty, accomplishments: [] }, 'md')).toBe(
      '# Accomplishments, November 2026\n\nNothing logged in this period.\n',
    );
    expect(() => formatBrag(input, 'pdf' as 'md')).toThrow(DomainInputError);
  });
});
