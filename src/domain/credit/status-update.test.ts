import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { anEntry, htmlTags, rawMarkdownIn, statusInput } from './credit.factory.js';
import { renderMarkdown } from './markdown-render.js';
import { composeStatusUpdate } from './status-update.js';

const headings = (markdown: string) => markdown.match(/^#{1,3} .*$/gm) ?? [];

function fullInput() {
  return statusInput({
    accomplishments: [
      anEntry({
        title: 'Shipped the billing export',
        project: 'Billing',
        impact: 'cut support tickets by 30%',
        detail: 'CSV and XLSX for finance',
        links: ['https://github.com/acme/app/pull/123'],
        helpedBy: [{ id: 'p1', name: 'Bo Chen' }],
        date: '2026-11-16',
      }),
      anEntry({ title: 'Fixed the invoice rounding', project: 'billing', date: '2026-11-18' }),
      anEntry({
        title: 'Wrote the on-call runbook',
        project: 'Platform',
        impact: 'faster handovers',
        helpedBy: [
          { id: 'p2', name: 'Cy Dee' },
          { id: 'p1', name: 'Bo Chen' },
        ],
      }),
      anEntry({ title: 'Interviewed 3 candidates', date: '2026-11-20' }),
      anEntry({ title: 'Last week', date: '2026-11-15' }),
    ],
    flexibility: [
      {
        date: '2026-11-18',
        text: 'Came in on my home day for the design review',
        forName: 'the design team',
      },
    ],
    openPromises: [
      { text: 'Review the RFC', personName: 'Eve Fox', due: null },
      { text: 'Send the Q4 plan', personName: 'Dee Ray', due: '2026-11-27' },
    ],
    favors: [
      {
        direction: 'got',
        kind: 'code review',
        personName: 'Gil Ho',
        text: null,
        date: '2026-11-17',
      },
      // Undated: it would come back every week, so it is never listed.
      { direction: 'gave', kind: 'advice', personName: 'Undated Ida', text: null, date: null },
      {
        direction: 'gave',
        kind: 'referral',
        personName: 'Hal Ito',
        text: 'for the data role',
        date: '2026-11-19',
      },
      {
        direction: 'gave',
        kind: 'intro',
        personName: 'Old Friend',
        text: null,
        date: '2026-10-01',
      },
    ],
    blockers: [
      {
        text: 'Prod database access',
        waitingOn: 'Lena Vogel',
        since: '2026-11-18',
        resolvedOn: null,
      },
      { text: 'Budget sign-off', waitingOn: null, since: '2026-11-10', resolvedOn: '2026-11-25' },
      { text: 'Cleared in time', waitingOn: 'Ops', since: '2026-11-10', resolvedOn: '2026-11-20' },
      { text: 'Raised later', waitingOn: null, since: '2026-11-24', resolvedOn: null },
    ],
    nextNotes: ['Start the invoices migration', '  '],
  });
}

describe('composeStatusUpdate', () => {
  it('writes every section in order, with the subject and a one-line summary', () => {
    const update = composeStatusUpdate(fullInput());
    expect(update.subject).toBe('Status update — Week of 16 Nov 2026 — Ann Lee');
    expect(headings(update.markdown)).toEqual([
      '# Status update — Week of 16 Nov 2026',
      '## Highlights',
      '## Also done',
      '### billing (1)',
      '### Other (1)',
      '## Blockers / needs',
      '## Next',
      '## Help given and received',
      '## Flexibility',
      '## Thanks',
    ]);
    expect(update.markdown).toContain(
      '\n\n4 accomplishments across 2 projects and other work.\n\n',
    );
    expect(update.markdown).toContain(
      '## Highlights\n\n- **Shipped the billing export** (16 Nov) — cut support tickets by 30%. CSV and XLSX for finance. With help from Bo Chen. [github.com/acme/app/pull/123](https://github.com/acme/app/pull/123)\n',
    );
    expect(update.markdown).toContain(
      '## Blockers / needs\n\n- Budget sign-off — since 10 Nov\n- Prod database access — waiting on Lena Vogel since 18 Nov\n\n',
    );
    expect(update.markdown).toContain(
      '## Next\n\n- Send the Q4 plan — for Dee Ray, due 27 Nov\n- Review the RFC — for Eve Fox\n- Start the invoices migration\n',
    );
    expect(update.markdown).toContain(
      '## Help given and received\n\n- Referral for Hal Ito — for the data role (19 Nov)\n- Code review from Gil Ho (17 Nov)\n',
    );
    expect(update.markdown).toContain(
      '## Flexibility\n\n- 18 Nov: Came in on my home day for the design review (for the design team)\n',
    );
    expect(update.markdown).toMatch(
      /## Thanks\n\nThanks to Bo Chen, Cy Dee and Gil Ho for their help\.\n$/,
    );
  });

  it('leaves out what is outside the period and omits empty sections', () => {
    const update = composeStatusUpdate(fullInput());
    expect(update.markdown).not.toContain('Last week');
    expect(update.markdown).not.toContain('Old Friend');
    expect(update.markdown).not.toContain('Undated Ida');
    expect(update.markdown).not.toMatch(/Cleared in time|Raised later/);

    const onlyPromises = composeStatusUpdate(
      statusInput({
        openPromises: [{ text: 'Send the plan', personName: 'Dee', due: '2026-11-27' }],
      }),
    );
    expect(headings(onlyPromises.markdown)).toEqual([
      '# Status update — Week of 16 Nov 2026',
      '## Next',
    ]);

    const nothing = composeStatusUpdate(
      statusInput({ accomplishments: [anEntry({ date: '2026-12-01' })] }),
    );
    expect(nothing.markdown).toBe(
      '# Status update — Week of 16 Nov 2026\n\nNothing was logged for Week of 16 Nov 2026.\n',
    );

    const noImpact = composeStatusUpdate(
      statusInput({ accomplishments: [anEntry({ project: 'Billing' })] }),
    );
    expect(headings(noImpact.markdown)).toEqual([
      '# Status update — Week of 16 Nov 2026',
      '## Done',
      '### Billing (1)',
    ]);
    expect(noImpact.markdown).toContain('1 accomplishment on Billing.');
  });

  it('lists entries with an impact first in Highlights, at most five', () => {
    const entries = [
      anEntry({ title: 'Plain one' }),
      anEntry({ title: 'Stated', impact: 'happier users' }),
      anEntry({ title: 'Quantified', impact: 'saved 4 hours a week', date: '2026-11-16' }),
      anEntry({ title: 'Newer quantified', impact: 'p95 down 40%', date: '2026-11-19' }),
      ...Array.from({ length: 4 }, (_, i) =>
        anEntry({ title: `Extra ${i}`, impact: 'some', date: '2026-11-16' }),
      ),
    ];
    const highlights = (markdown: string) =>
      /## Highlights\n\n((?:- .*\n)+)/.exec(markdown)?.[1]?.trimEnd().split('\n') ?? [];
    const listed = highlights(
      composeStatusUpdate(statusInput({ accomplishments: entries })).markdown,
    );
    expect(listed).toEqual([
      '- **Newer quantified** (19 Nov) — p95 down 40%.',
      '- **Quantified** (16 Nov) — saved 4 hours a week.',
      '- **Stated** (17 Nov) — happier users.',
      '- **Extra 0** (16 Nov) — some.',
      '- **Extra 1** (16 Nov) — some.',
    ]);

    // Few stated impacts in a long week: topped up to three with the most substantial others.
    const long = [
      anEntry({ title: 'Impactful', impact: 'x' }),
      anEntry({ title: 'Detailed', detail: 'why it mattered' }),
      ...Array.from({ length: 5 }, (_, i) => anEntry({ title: `Small ${i}`, date: '2026-11-16' })),
    ];
    expect(
      highlights(composeStatusUpdate(statusInput({ accomplishments: long })).markdown),
    ).toEqual([
      '- **Impactful** (17 Nov) — x.',
      '- **Detailed** (17 Nov) — why it mattered.',
      '- **Small 0** (16 Nov)',
    ]);
    // A short week shows only entries that have an impact.
    const short = [anEntry({ title: 'Impactful', impact: 'x' }), anEntry({ title: 'Other' })];
    expect(
      highlights(composeStatusUpdate(statusInput({ accomplishments: short })).markdown),
    ).toEqual(['- **Impactful** (17 Nov) — x.']);
  });

  it('lists each accomplishment once: a highlight is not repeated under Done', () => {
    const { markdown } = composeStatusUpdate(
      statusInput({
        accomplishments: [
          anEntry({ title: 'Shipped billing', impact: 'tickets down 30%', project: 'Billing' }),
          anEntry({ title: 'Fixed rounding', project: 'Billing' }),
        ],
      }),
    );
    expect(markdown.match(/Shipped billing/g)).toHaveLength(1);
    expect(markdown.match(/Fixed rounding/g)).toHaveLength(1);
    expect(headings(markdown)).toEqual([
      '# Status update — Week of 16 Nov 2026',
      '## Highlights',
      '## Also done',
      '### Billing (1)',
    ]);
    const allHighlights = composeStatusUpdate(
      statusInput({ accomplishments: [anEntry({ title: 'Only one', impact: 'big' })] }),
    );
    expect(headings(allHighlights.markdown)).toEqual([
      '# Status update — Week of 16 Nov 2026',
      '## Highlights',
    ]);
  });

  it('groups Done by project: most entries first, names merged, Other last', () => {
    const entries = [
      anEntry({ title: 'o1', project: null }),
      anEntry({ title: 'o2', project: '  other ' }),
      anEntry({ title: 'z1', project: 'Zeta' }),
      anEntry({ title: 'a1', project: 'Alpha' }),
      anEntry({ title: 'z2', project: ' zeta' }),
      anEntry({ title: 'm1', project: 'Mu' }),
    ];
    const { markdown } = composeStatusUpdate(statusInput({ accomplishments: entries }));
    expect(headings(markdown).slice(2)).toEqual([
      '### Zeta (2)',
      '### Alpha (1)',
      '### Mu (1)',
      '### Other (2)',
    ]);
    expect(markdown).toContain('6 accomplishments across 3 projects and other work.');

    const projectless = composeStatusUpdate(
      statusInput({ accomplishments: [anEntry({ title: 'x' }), anEntry({ title: 'y' })] }),
    );
    expect(headings(projectless.markdown)).toEqual([
      '# Status update — Week of 16 Nov 2026',
      '## Done',
    ]);
    expect(projectless.markdown).toContain('\n\n2 accomplishments.\n\n');
  });

  it('thanks each helper once, most helpful first, never the author', () => {
    const entries = [
      anEntry({ helpedBy: [{ id: 'c', name: 'Cy Dee' }] }),
      anEntry({
        helpedBy: [
          { id: 'b', name: 'Bo Chen' },
          { id: 'b', name: 'Bo Chen' },
        ],
      }),
      anEntry({
        helpedBy: [
          { id: 'b', name: 'Bo Chen' },
          { id: 'me', name: 'Ann Lee' },
        ],
      }),
    ];
    const favors = [
      {
        direction: 'got' as const,
        kind: 'help',
        personName: 'cy dee',
        text: null,
        date: '2026-11-17',
      },
    ];
    const { markdown } = composeStatusUpdate(statusInput({ accomplishments: entries, favors }));
    // Two mentions each (Cy once in an entry, once as a favor): first seen goes first.
    expect(markdown).toContain('Thanks to Cy Dee and Bo Chen for their help.');
    const more = composeStatusUpdate(statusInput({ accomplishments: [...entries, entries[1]!] }));
    expect(more.markdown).toContain('Thanks to Bo Chen and Cy Dee for their help.');
    const one = composeStatusUpdate(statusInput({ accomplishments: [entries[0]!] }));
    expect(one.markdown).toContain('Thanks to Cy Dee for their help.');
  });

  it('renders its own Markdown: HTML and text come from renderMarkdown', () => {
    const update = composeStatusUpdate(fullInput());
    expect(renderMarkdown(update.markdown)).toEqual({ html: update.html, text: update.text });
  });

  it('escapes user text in HTML and keeps it literal, with no raw Markdown and no tags in text', () => {
    const update = composeStatusUpdate(
      statusInput({
        author: { name: 'Ann <b>Lee</b>\r\nBcc: evil@example.com' },
        period: { start: '2026-11-16', end: '2026-11-22', label: 'Week of 16 Nov 2026' },
        accomplishments: [
          anEntry({
            title: '<script>alert("x")</script> & friends',
            project: 'R&D <i>',
            detail: 'Tom & Jerry',
            links: ['javascript:alert(1)', 'https://ok.example/a?b=1&c=2'],
          }),
        ],
      }),
    );
    expect(update.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; friends',
    );
    expect(update.html).toContain('R&amp;D &lt;i&gt;');
    expect(update.html).toContain('Tom &amp; Jerry');
    expect(update.html).toContain('href="https://ok.example/a?b=1&amp;c=2"');
    expect(update.html).not.toMatch(/<script|<i>|<b>|href="javascript/i);
    expect(rawMarkdownIn(composeStatusUpdate(fullInput()).html)).toEqual([]);
    expect(htmlTags(composeStatusUpdate(fullInput()).text)).toEqual([]);
    expect(update.subject).toBe(
      'Status update — Week of 16 Nov 2026 — Ann <b>Lee</b> Bcc: evil@example.com',
    );
    expect(update.subject).not.toMatch(/[\r\n]/);
  });

  it('writes a readable plain text part', () => {
    const { text } = composeStatusUpdate(fullInput());
    expect(text).toContain(`Status update — Week of 16 Nov 2026\n${'='.repeat(35)}\n`);
    expect(text).toContain(
      '\nHighlights\n----------\n\n- Shipped the billing export (16 Nov) — cut support tickets by 30%. CSV\n',
    );
    expect(text).toContain('<https://github.com/acme/app/pull/123>');
    expect(text.split('\n').every((line) => line.length <= 72)).toBe(true);
  });

  it('refuses a broken period or dates', () => {
    const bad = (overrides: Parameters<typeof statusInput>[0]) => () =>
      composeStatusUpdate(statusInput(overrides));
    expect(bad({ period: { start: '2026-11-22', end: '2026-11-16', label: 'x' } })).toThrow(
      DomainInputError,
    );
    expect(bad({ accomplishments: [anEntry({ date: '2026-11-31' })] })).toThrow(DomainInputError);
    expect(bad({ flexibility: [{ date: 'soon', text: 'x', forName: null }] })).toThrow(
      DomainInputError,
    );
  });
});
