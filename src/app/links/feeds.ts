// The calendar feed and household page addresses of a user, and rotating them.

import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { signLink, verifyLink } from './signed-links';

type Feed = 'calendar' | 'home';
const VERSION_KEY: Record<Feed, string> = { calendar: 'calendarVersion', home: 'homeVersion' };

async function versionOf(ctx: AppContext, userId: string, feed: Feed) {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  return { user, version: Number(user.preferences[VERSION_KEY[feed]] ?? 0) };
}

/** The secret token of a user's calendar feed or household page. */
export async function feedToken(ctx: AppContext, userId: string, feed: Feed): Promise<string> {
  const { version } = await versionOf(ctx, userId, feed);
  return signLink(ctx.settings.secret, feed, [userId, String(version)]);
}

/** Replaces the token: the old address stops working at once. */
export async function rotateFeed(ctx: AppContext, userId: string, feed: Feed): Promise<string> {
  const { user, version } = await versionOf(ctx, userId, feed);
  await ctx.repos.users.update(
    userId,
    { preferences: { ...user.preferences, [VERSION_KEY[feed]]: version + 1 } },
    isoNow(ctx.clock),
  );
  return feedToken(ctx, userId, feed);
}

/** The user a feed token belongs to, or null when it is forged or was rotated away. */
export async function userOfFeed(
  ctx: AppContext,
  feed: Feed,
  token: string,
): Promise<string | null> {
  const parts = verifyLink(ctx.settings.secret, feed, token);
  if (parts?.length !== 2) return null;
  const [userId, version] = parts as [string, string];
  const user = await ctx.repos.users.findById(userId);
  if (!user || String(user.preferences[VERSION_KEY[feed]] ?? 0) !== version) return null;
  return userId;
}

/** A feed's full address, for people to paste into a calendar or hand to the household. */
export function feedUrl(base: string, feed: Feed, token: string): string {
  return feed === 'calendar' ? `${base}/cal/${token}.ics` : `${base}/home/${token}`;
}
