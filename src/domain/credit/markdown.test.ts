import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlTags, rawMarkdownIn } from './credit.factory.js';
import { renderMarkdown } from './markdown-render.js';
import { mdLink, mdText, mdTextBlock } from './markdown-write.js';

// HTML without attributes, to compare structure.
function bare(markdown: string): string {
  return renderMarkdown(markdown)
    .html.replace(/ style="[^"]*"/g, '')
    .replace(/>\n/g, '>')
    .replace(/\n</g, '<')
    .replace(/\n/g, ' ');
}

describe('renderMarkdown', () => {
  it('renders headings, paragraphs, lists, bold and links', () => {
    const md =
      '# Title\n\nSome **bold** and *italic* text\nwith a [link](https://example.com/a?b=1&c=2).\n\n## Part\n\n- one\n- two\n  continued\n\n1. first\n2. second\n';
    expect(bare(md)).toBe(
      '<div><h1>Title</h1>' +
        '<p>Some <strong>bold</strong> and <em>italic</em> text with a <a href="https://example.com/a?b=1&amp;c=2">link</a>.</p>' +
        '<h2>Part</h2><ul><li>one</li><li>two continued</li></ul><ol><li>first</li><li>second</li></ol></div>',
    );
    expect(renderMarkdown(md).text).toBe(
      [
        'Title',
        '=====',
        '',
        'Some bold and italic text with a link <https://example.com/a?b=1&c=2>.',
        '',
        'Part',
        '----',
        '',
        '- one',
        '- two continued',
        '',
        '1. first',
        '2. second',
        '',
      ].join('\n'),
    );
  });

  it('escapes all text and never passes HTML through', () => {
    const { html, text } = renderMarkdown(
      '# <script>alert(1)</script>\n\nTom & Jerry <b>"quoted"</b> \'x\'',
    );
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain("Tom &amp; Jerry &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; 'x'");
    expect(html).not.toMatch(/<script|<b>/i);
    expect(text).toContain('<script>alert(1)</script>');
  });

  it('links only http(s) and mailto', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example',
    ]) {
      const { html } = renderMarkdown(`[click](${href}) and <${href}>`);
      expect(html, href).not.toContain('<a ');
      expect(html, href).toContain('click');
    }
    // A quote in a URL is percent-encoded: it can never close the attribute.
    const quoted = renderMarkdown('[click](https://a.example/"onmouseover="alert(1))').html;
    expect(quoted).toContain('href="https://a.example/%22onmouseover=%22alert(1)"');
    expect(quoted).not.toMatch(/ onmouseover=/);
    expect(bare('[Mail me](mailto:ann@example.com) <bo@example.com> <https://x.example/a_b>')).toBe(
      '<div><p><a href="mailto:ann@example.com">Mail me</a> <a href="mailto:bo@example.com">bo@example.com</a> <a href="https://x.example/a_b">https://x.example/a_b</a></p></div>',
    );
  });

  it('links bare URLs without the sentence punctuation after them', () => {
    expect(bare('See https://example.com/x_(y). Or (https://example.com/z).')).toBe(
      '<div><p>See <a href="https://example.com/x_(y)">https://example.com/x_(y)</a>. Or (<a href="https://example.com/z">https://example.com/z</a>).</p></div>',
    );
    expect(renderMarkdown('See https://example.com/x.').text).toBe(
      'See <https://example.com/x>.\n',
    );
  });

  it('keeps unmatched or escaped markers literal', () => {
    expect(bare('2 * 3 * 4, snake_case_name, \\*not\\*, **open, [x], a_b_')).toBe(
      '<div><p>2 * 3 * 4, snake_case_name, *not*, **open, [x], a_b_</p></div>',
    );
    expect(bare('***both*** and __strong__ and `co*de*`')).toBe(
      '<div><p><em><strong>both</strong></em> and <strong>strong</strong> and <code>co*de*</code></p></div>',
    );
  });

  it('renders pipe tables as a table in HTML and as aligned columns in text', () => {
    const md =
      '| Deliverable | How it is measured |\n| --- | :-- |\n| Release notes | every Friday |\n| A \\| B | |\n';
    expect(bare(md)).toBe(
      '<div><table cellpadding="0" cellspacing="0"><thead><tr><th>Deliverable</th><th>How it is measured</th></tr></thead>' +
        '<tbody><tr><td>Release notes</td><td>every Friday</td></tr><tr><td>A | B</td><td></td></tr></tbody></table></div>',
    );
    expect(renderMarkdown(md).text).toBe(
      [
        'Deliverable    How it is measured',
        '-------------  ------------------',
        'Release notes  every Friday',
        'A | B',
        '',
      ].join('\n'),
    );
  });

  it('reads setext headings, rules and hard breaks, and wraps plain text', () => {
    expect(bare('Title\n=====\n\nSub\n---\n\n***\n\nline one  \nline two')).toBe(
      '<div><h1>Title</h1><h2>Sub</h2><hr><p>line one<br>line two</p></div>',
    );
    const long = `- ${'word '.repeat(30).trim()}`;
    const lines = renderMarkdown(long).text.trimEnd().split('\n');
    expect(lines.every((line) => line.length <= 72)).toBe(true);
    expect(lines[1]).toMatch(/^ {2}word/);
  });

  it('stays fast on hostile input (no quadratic rescans)', () => {
    const n = 100_000;
    const hostile = [
      '*a '.repeat(n / 3),
      '_a '.repeat(n / 3),
      '['.repeat(n),
      '`a '.repeat(n / 3),
      `# ${' '.repeat(n)}x`,
      `https://x.example/${')'.repeat(n)}`,
      `| a ${'| a '.repeat(n / 4)}\n${' '.repeat(n)}|x`,
      '<https://'.repeat(n / 9),
      '> '.repeat(n / 2),
      '- '.repeat(n / 2),
      '~~a '.repeat(n / 4),
      '![a]('.repeat(n / 6),
    ];
    const started = performance.now();
    for (const input of hostile) renderMarkdown(input);
    // Linear work takes about a second here even on a loaded machine; a quadratic rescan of
    // 100,000 characters would take minutes, so this bound only catches the blow-up.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('keeps fenced code whole: lines, indentation and markup characters', () => {
    const md = 'Before:\n\n```ts\nconst a = 1;\n  if (a < 2) **x**;\n```\n';
    const { html, text } = renderMarkdown(md);
    expect(html).toMatch(/<pre[^>]*>const a = 1;\n {2}if \(a &lt; 2\) \*\*x\*\*;<\/pre>/);
    expect(text).toBe('Before:\n\n    const a = 1;\n      if (a < 2) **x**;\n');
  });

  it('renders quotes as quotes', () => {
    const { html, text } = renderMarkdown('> Shipped the **export**\n> on time.\n\nThanks');
    expect(bare('> Shipped the **export**\n> on time.')).toBe(
      '<div><blockquote><p>Shipped the <strong>export</strong> on time.</p></blockquote></div>',
    );
    expect(html).toContain('border-left:3px solid');
    expect(text).toBe('> Shipped the export on time.\n\nThanks\n');
  });

  it('shows an image as a link to it, never loading it', () => {
    const { html, text } = renderMarkdown('![Release graph](https://img.example/g.png)');
    expect(bare('![Release graph](https://img.example/g.png)')).toBe(
      '<div><p><a href="https://img.example/g.png">Release graph</a></p></div>',
    );
    expect(html).not.toContain('<img');
    expect(text).toBe('Release graph <https://img.example/g.png>\n');
    expect(renderMarkdown('![x](javascript:alert(1))').html).not.toMatch(/<a |<img/);
  });

  it('strikes through ~~text~~', () => {
    expect(bare('~~Ship Friday~~ Ship Monday')).toBe(
      '<div><p><s>Ship Friday</s> Ship Monday</p></div>',
    );
    expect(renderMarkdown('~~Ship Friday~~ Ship Monday').text).toBe(
      '~~Ship Friday~~ Ship Monday\n',
    );
  });

  it('keeps nested lists nested', () => {
    const md = '- Billing\n  - export v2\n  - invoices\n- Search\n  1. index\n  2. ranking\n';
    expect(bare(md)).toBe(
      '<div><ul><li>Billing<ul><li>export v2</li><li>invoices</li></ul></li>' +
        '<li>Search<ol><li>index</li><li>ranking</li></ol></li></ul></div>',
    );
    expect(renderMarkdown(md).text).toBe(
      '- Billing\n  - export v2\n  - invoices\n- Search\n  1. index\n  2. ranking\n',
    );
  });

  it('keeps every table header in text, as records when the columns do not fit', () => {
    const wide = `| Project | Outcome |\n|---|---|\n| Billing | ${'long '.repeat(14).trim()} |\n`;
    expect(renderMarkdown(wide).text).toBe(
      `- Project: Billing\n  Outcome: ${'long '.repeat(12).trim()}\n  long long\n`,
    );
  });

  it('never shows raw Markdown in HTML or tags in text for the subset', () => {
    const md =
      '# T\n\n## H\n\n### G (2)\n\n- **a** — [b](https://b.example)\n- c\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\nDone *now*.';
    const { html, text } = renderMarkdown(md);
    expect(rawMarkdownIn(html)).toEqual([]);
    expect(htmlTags(text)).toEqual([]);
  });
});

describe('writing Markdown from user text', () => {
  const syntax = fc.string({
    unit: fc.constantFrom(...'*_`[]()<>|\\#-+!&"\'=.:/@ ab1\n\t'.split('')),
    maxLength: 40,
  });

  it('mdText makes any text render literally', () => {
    fc.assert(
      fc.property(syntax, (raw) => {
        const expected = raw.replace(/\s+/g, ' ').trim();
        const { html, text } = renderMarkdown(`x${mdText(raw)}`);
        expect(html.replace(/^<div[^>]*>\n<p[^>]*>|<\/p>\n<\/div>$/g, '')).not.toMatch(/<[a-z]/);
        expect(text).toBe(`x${expected}\n`);
        if (expected) expect(renderMarkdown(`- ${mdText(raw)}`).text).toBe(`- ${expected}\n`);
        const heading = renderMarkdown(`# ${mdText(raw)}`).text.split('\n')[0];
        expect(heading).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('mdText keeps a leading number literal, also inside a bullet', () => {
    for (const raw of ['1)', '2. done', '10) x']) {
      expect(renderMarkdown(`- ${mdText(raw)}`).text).toBe(`- ${raw}\n`);
      expect(renderMarkdown(mdText(raw)).text).toBe(`${raw}\n`);
    }
  });

  it('mdTextBlock keeps paragraphs and bullets and escapes line starts', () => {
    const md = mdTextBlock(
      '# not a heading\n1. not a list\n+ plus\n\n- real bullet\n* another\n===\n\nLast',
    );
    expect(bare(md)).toBe(
      '<div><p># not a heading 1. not a list + plus</p><ul><li>real bullet</li><li>another</li></ul><p>===</p><p>Last</p></div>',
    );
  });

  it('mdLink writes safe links with short labels and unsafe ones as text', () => {
    expect(mdLink('https://github.com/acme/app/pull/12/')).toBe(
      '[github.com/acme/app/pull/12](https://github.com/acme/app/pull/12/)',
    );
    expect(bare(mdLink('JIRA-123 [urgent]'))).toBe('<div><p>JIRA-123 [urgent]</p></div>');
    expect(bare(mdLink('https://x.example/wiki/Foo_(bar)'))).toBe(
      '<div><p><a href="https://x.example/wiki/Foo_%28bar%29">x.example/wiki/Foo_(bar)</a></p></div>',
    );
    expect(bare(mdLink('javascript:alert(1)'))).toBe('<div><p>javascript:alert(1)</p></div>');
    expect(mdLink(`https://x.example/${'a'.repeat(80)}`)).toMatch(/^\[x\.example\/a{49}…\]/);
  });
});
