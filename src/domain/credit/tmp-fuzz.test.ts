import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parseInline } from './markdown-inline.js';
import { renderMarkdown } from './markdown-render.js';
import { mdText, mdTextBlock } from './markdown-write.js';

it('fuzz', () => {
  const syntax = fc.string({
    unit: fc.constantFrom(...'*_`[]()<>|\\#-+!&"\'=.:/@ ab1\n\t~{}^$%;,?'.split('')),
    maxLength: 60,
  });
  fc.assert(
    fc.property(syntax, (raw) => {
      const expected = raw.replace(/\s+/g, ' ').trim();
      const nodes = parseInline(mdText(raw));
      expect(nodes.map((n) => (n.type === 'text' ? n.text : `<${n.type}>`)).join('')).toBe(
        expected,
      );
      if (expected) expect(renderMarkdown(`- ${mdText(raw)}`).text).toBe(`- ${expected}\n`);
      if (expected) expect(renderMarkdown(`# ${mdText(raw)}`).text.split('\n')[0]).toBe(expected);
      // blocks: no raw html ever
      const { html } = renderMarkdown(raw);
      expect(html).not.toMatch(
        /<(?!\/?(div|h[1-6]|p|ul|ol|li|strong|em|code|a|br|hr|table|thead|tbody|tr|th|td)[ >])/,
      );
      const block = renderMarkdown(mdTextBlock(raw)).html;
      expect(block).not.toMatch(/<(h[1-6]|hr|table|ol|strong|em|code|a)[ >]/);
    }),
    { numRuns: 30000 },
  );
});
