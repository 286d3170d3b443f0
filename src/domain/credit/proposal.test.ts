import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { anEntry, htmlTags, rawMarkdownIn } from './credit.factory.js';
import { renderMarkdown } from './markdown-render.js';
import { composeProposal, type ProposalInput } from './proposal.js';

function answers(overrides: Partial<ProposalInput> = {}): ProposalInput {
  return {
    author: { name: 'Ann Lee' },
    role: 'Senior Engineer',
    manager: 'Dee Ray',
    roleFit:
      'Most of my work is focused coding and written reviews.\n\n- Design docs\n- Code reviews',
    deliverables: [
      { what: 'Weekly release notes', measure: 'published every Friday' },
      { what: 'Billing export v2', measure: '' },
    ],
    availability: 'Core hours 10:00–16:00 CET; in the office on Tuesdays.',
    communicationPlan: 'Daily stand-up on video, replies within two hours.',
    equipment: 'My own laptop, desk and fibre connection.',
    costNote: 'It costs the company nothing.',
    trialDays: 90,
    startDate: '2026-12-01',
    evidence: {
      accomplishments: [
        anEntry({ title: 'Plain', date: '2026-11-01' }),
        anEntry({ title: 'Shipped the billing export', impact: 'cut support tickets by 30%' }),
        ...Array.from({ length: 9 }, (_, i) =>
          anEntry({ title: `Stated ${i}`, impact: 'helped', date: `2026-10-1${i}` }),
        ),
      ],
      flexibility: Array.from({ length: 7 }, (_, i) => ({
        date: `2026-11-0${i + 1}`,
        text: `Came in on day ${i + 1}`,
        forName: i === 6 ? 'the design team' : null,
      })),
      stats: { accomplishmentCount: 42, projects: 3, periodLabel: 'the last six months' },
    },
    ...overrides,
  };
}

describe('composeProposal', () => {
  it('writes every section in order with the trial dates in words', () => {
    const proposal = composeProposal(answers());
    expect(proposal.title).toBe('Remote-work proposal: Senior Engineer — Ann Lee');
    expect(proposal.reviewDate).toBe('2027-03-01');
    expect(proposal.markdown.match(/^#{1,3} .*$/gm)).toEqual([
      '# Remote-work proposal: Senior Engineer — Ann Lee',
      '## Summary',
      '## Why the role fits',
      '## Deliverables and how they are measured',
      '## Availability and communication',
      '## Equipment and costs',
      '## Trial period and review',
      '## Evidence',
      '## Next step',
    ]);
    expect(proposal.markdown).toContain(
      'I propose to work remotely in my role as Senior Engineer, starting with a 90-day trial from 1 Dec 2026, reviewed on 1 Mar 2027.',
    );
    expect(proposal.markdown).toContain(
      '## Trial period and review\n\nI propose a 90-day trial from 1 Dec 2026, reviewed on 1 Mar 2027.',
    );
    expect(proposal.markdown).toContain(
      'Dee Ray, could we talk this through at our next one-on-one?',
    );
    expect(renderMarkdown(proposal.markdown)).toEqual({ html: proposal.html, text: proposal.text });
  });

  it('computes the review date across month ends and leap days, or takes the one given', () => {
    expect(composeProposal(answers({ startDate: '2027-12-01', trialDays: 90 })).reviewDate).toBe(
      '2028-02-29',
    );
    expect(composeProposal(answers({ startDate: '2026-01-31', trialDays: 30 })).reviewDate).toBe(
      '2026-03-02',
    );
    const given = composeProposal(answers({ reviewDate: '2027-02-15' }));
    expect(given.reviewDate).toBe('2027-02-15');
    expect(given.markdown).toContain('a 90-day trial from 1 Dec 2026, reviewed on 15 Feb 2027');
  });

  it('shows deliverables as a table in HTML and as aligned columns with headers in text', () => {
    const { html, text } = composeProposal(answers());
    expect(html).toMatch(
      /<table[^>]*>\s*<thead>\s*<tr>\s*<th[^>]*>Deliverable<\/th>\s*<th[^>]*>How it is measured<\/th>\s*<\/tr>\s*<\/thead>/,
    );
    expect(html).toMatch(/<td[^>]*>Billing export v2<\/td>\s*<td[^>]*>to be agreed<\/td>/);
    expect(text).toContain(
      [
        'Deliverable           How it is measured',
        '--------------------  ----------------------',
        'Weekly release notes  published every Friday',
        'Billing export v2     to be agreed',
      ].join('\n'),
    );
    expect(rawMarkdownIn(html)).toEqual([]);
    expect(htmlTags(text)).toEqual([]);
  });

  it('takes the most impactful eight accomplishments and the latest five flexibility entries', () => {
    const { markdown } = composeProposal(answers());
    const evidence = markdown.slice(
      markdown.indexOf('## Evidence'),
      markdown.indexOf('## Next step'),
    );
    expect(evidence).toContain(
      'I logged 42 accomplishments across 3 projects over the last six months.',
    );
    const items = evidence.match(/^- \*\*.*$/gm) ?? [];
    expect(items).toHaveLength(8);
    expect(items[0]).toBe(
      '- **Shipped the billing export** — cut support tickets by 30% (17 Nov 2026)',
    );
    expect(evidence).not.toContain('Plain');
    const flexible = evidence.match(/^- \d.*$/gm) ?? [];
    expect(flexible).toEqual([
      '- 7 Nov 2026: Came in on day 7 (for the design team)',
      '- 6 Nov 2026: Came in on day 6',
      '- 5 Nov 2026: Came in on day 5',
      '- 4 Nov 2026: Came in on day 4',
      '- 3 Nov 2026: Came in on day 3',
    ]);
  });

  it('composes the cost answer into a sentence instead of pasting it raw', () => {
    const summary = (costNote: string) =>
      /## Summary\n\n(.*)\n/.exec(composeProposal(answers({ costNote })).markdown)?.[1] ?? '';
    const raw = summary('Nothing: I have the equipment');
    expect(raw).toMatch(/how to reach me\. It costs the company nothing: I have the equipment\.$/);
    expect(raw).not.toContain('me. Nothing');
    expect(summary('none')).toMatch(/It costs the company nothing\.$/);
    expect(summary('about €40 a month for a co-working desk')).toMatch(
      /how to reach me\. As for cost: about €40 a month for a co-working desk\.$/,
    );
    expect(summary('It costs the company nothing.')).toMatch(
      /me\. It costs the company nothing\.$/,
    );
    expect(summary('the company pays for my internet')).toMatch(
      /me\. The company pays for my internet\.$/,
    );
  });

  it('claims no cost unless told, and leaves out sections with nothing to say', () => {
    const plain = composeProposal(
      answers({
        manager: null,
        costNote: null,
        equipment: '  ',
        deliverables: [],
        evidence: {
          accomplishments: [],
          flexibility: [],
          stats: { accomplishmentCount: 0, projects: 0, periodLabel: '' },
        },
      }),
    );
    expect(plain.markdown).not.toMatch(/cost|Evidence|Deliverables|Equipment/);
    expect(plain.markdown).toContain('## Next step\n\nCould we talk this through');
  });

  it('keeps answers literal and escaped', () => {
    const { html, markdown } = composeProposal(
      answers({
        role: '<script>x</script> & co',
        roleFit: '# Not a heading\n**not bold** & <b>no</b>',
      }),
    );
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt; &amp; co');
    expect(html).toContain('# Not a heading **not bold** &amp; &lt;b&gt;no&lt;/b&gt;');
    expect(html).not.toMatch(/<script|<b>|<h1[^>]*>Not/);
    expect(markdown).toContain('\\# Not a heading');
  });

  it('refuses impossible trials and dates', () => {
    for (const overrides of [
      { trialDays: 0 },
      { trialDays: 1.5 },
      { trialDays: 1000 },
      { startDate: '2026-02-30' },
      { reviewDate: '2026-12-01' },
      { role: ' ' },
    ]) {
      expect(() => composeProposal(answers(overrides)), JSON.stringify(overrides)).toThrow(
        DomainInputError,
      );
    }
  });
});
