// Which paths are pages of the web app. Only these get index.html; anything else is a 404, so a
// health probe or a scanner (/healthz, /metrics, /favicon.ico, /wp-login.php) never passes by
// accident. The web app's routes (web/src/routes.tsx) start with these segments; a test checks
// that every route there is covered, so a new page is added here in the same change.
export const PAGE_SEGMENTS = new Set([
  '',
  'people',
  'schedule',
  'accomplishments',
  'updates',
  'proposal',
  'team',
  'office',
  'trips',
  'household',
  'settings',
  'signin',
  'signup',
  'join',
  'setup',
  // Pages main has gained meanwhile (password reset, import), ahead of the merge.
  'forgot',
  'reset',
  'import',
  'admin',
]);

/** Whether a decoded path is one of the web app's pages (its first segment is, no extension). */
export function isPagePath(path: string): boolean {
  const segments = path.split('/');
  if (!PAGE_SEGMENTS.has(segments[1] ?? '')) return false;
  return !/\.[^/]*$/.test(path);
}
