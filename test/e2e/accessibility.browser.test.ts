// axe-core on every main page of a lived-in account, in real Chromium against a real
// `rapport serve`: at desktop (1280 px) and phone (390 px) width, in light and dark colour
// schemes. No serious or critical violation may remain. (axe's source comes from the axe-core
// package; @axe-core/playwright needs a newer Node than this project runs on.)
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededAccount } from '../support/realistic-account';
import { mainPages, openMainPage, openSeededSession, type SeededSession } from './main-pages';
import { hasChromium } from './page-tools';

const WIDTHS = [1280, 390];
const SCHEMES = ['light', 'dark'] as const;

interface Finding {
  rule: string;
  impact: string;
  nodes: string[];
}

/** axe's serious and critical findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated rather than added as a <script>: the app's CSP (rightly) refuses inline scripts.
    await page.evaluate(axe.source);
  }
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

describe.skipIf(!hasChromium && process.env.CI !== 'true')(
  'accessibility of the main pages',
  () => {
    let session: SeededSession;
    let server: SeededSession['server'];
    let page: Page;
    let account: SeededAccount;
    let pageErrors: string[];

    beforeAll(async () => {
      session = await openSeededSession();
      ({ server, page, account, pageErrors } = session);
    }, 60_000);

    afterAll(() => session?.close());

    it('has no serious or critical axe violation on any main page, wide and narrow, light and dark', {
      timeout: 180_000,
    }, async () => {
      const found: Record<string, Finding[]> = {};
      for (const main of mainPages(account)) {
        await page.setViewportSize({ width: 1280, height: 900 });
        await openMainPage(page, server.url, main);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: width > 800 ? 900 : 844 });
          for (const colorScheme of SCHEMES) {
            await page.emulateMedia({ colorScheme });
            const violations = await seriousViolations(page);
            if (violations.length) found[`${main.name} ${width}px ${colorScheme}`] = violations;
          }
        }
      }
      expect(found).toEqual({});
      expect(pageErrors).toEqual([]);
    });
  },
);
