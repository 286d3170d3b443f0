// What a push message says, read defensively: the payload comes from our server (the push
// stream's sender) as JSON { title, body, url, tag }, but a notification must show whatever
// arrives, and a click may only ever lead inside Rapport.

export interface PushMessage {
  title: string;
  body: string;
  url: string;
  tag?: string;
}

const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() ? value.slice(0, max) : undefined;

export function parsePush(data: string | null): PushMessage {
  let payload: Record<string, unknown> = {};
  try {
    const parsed: unknown = data ? JSON.parse(data) : {};
    if (parsed && typeof parsed === 'object') payload = parsed as Record<string, unknown>;
  } catch {
    // Not JSON: show it as the body.
    payload = { body: data };
  }
  return {
    title: text(payload.title, 120) ?? 'Rapport',
    body: text(payload.body, 400) ?? '',
    url: text(payload.url, 2000) ?? '/',
    tag: text(payload.tag, 120),
  };
}

/** The same-origin path a notification opens; anything else (another site, javascript:) is `/`. */
export function notificationTarget(url: unknown, origin: string): string {
  if (typeof url !== 'string') return '/';
  try {
    const target = new URL(url, origin);
    if (target.origin !== origin || !url.startsWith('/') || url.startsWith('//')) return '/';
    return target.pathname + target.search + target.hash;
  } catch {
    return '/';
  }
}
