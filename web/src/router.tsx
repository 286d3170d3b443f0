// A tiny router on the History API: the current location as React state, `navigate`, `<Link>`,
// and path patterns with `:params`. The page table lives in routes.tsx.
import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentUrl()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

function currentUrl(): string {
  return window.location.pathname + window.location.search;
}

/** The current path and query string; re-renders on every navigation. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const url = useSyncExternalStore(subscribe, currentUrl);
  const [path = '/', query = ''] = url.split('?');
  return { path, search: new URLSearchParams(query) };
}

/**
 * Matches `/join/:token` against `/join/abc` → `{ token: 'abc' }`; null when it doesn't fit,
 * also when a part is malformed (`/people/%E0`): that address is the not-found page, not a crash.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = have[i] ?? '';
    if (part.startsWith(':')) {
      const value = decoded(actual);
      if (value === null) return null;
      params[part.slice(1)] = value;
    } else if (part !== actual) return null;
  }
  return params;
}

function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * Only paths of this origin: an attacker's `?next=//evil.example` must not leave the app, and
 * `/\evil.example` (a browser reads the backslash as a slash) must not make history.pushState
 * throw a SecurityError that leaves the user stuck on the sign-in page. The path is resolved the
 * way the browser will, and kept only if it stays on this origin.
 */
export function safeNext(next: string | null, origin = window.location.origin): string {
  if (!next?.startsWith('/')) return '/';
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin) return '/';
    const path = url.pathname + url.search + url.hash;
    return path.startsWith('//') ? '/' : path;
  } catch {
    return '/';
  }
}

export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  const { path } = useLocation();
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    // Let the browser handle new tabs, downloads and other modified clicks.
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  }
  return (
    <a href={to} aria-current={path === to ? 'page' : undefined} onClick={handleClick} {...rest} />
  );
}
