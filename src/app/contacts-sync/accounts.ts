// CardDAV accounts: add (the login checked, the address book found and chosen, the password
// sealed), list, pause or push new people, remove, sync, and the conflicts syncs found. The
// password is never returned, logged or exported.
import { z } from 'zod';
import type { ContactSyncAccount } from '../../store/contacts-sync/contact-sync-repository';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { sealCredentials } from '../credentials';
import { invalidInput, notFound } from '../errors';
import { parseInput } from '../validation';
import type { SyncReport } from './sync-account';
import { syncUnderLease } from './sync-lease';

export const addAccountInput = z
  .object({
    url: z
      .string()
      .trim()
      .min(1, 'The server address is required')
      .max(2000)
      .refine((v) => /^https?:\/\/[^\s]+$/i.test(v), 'The server address starts with https://'),
    user: z.string().trim().min(1, 'The user name is required').max(200),
    password: z.string().min(1, 'The password is required').max(1000),
    /** The address book's name or URL; may be left out when the account has only one. */
    book: z.string().trim().min(1).max(2000).optional(),
    pushNew: z.boolean().optional(),
  })
  .strict();

export const updateAccountInput = z
  .object({ paused: z.boolean().optional(), pushNew: z.boolean().optional() })
  .strict();

export interface PresentedAccount {
  id: string;
  url: string;
  user: string;
  book: string;
  bookUrl: string;
  pushNew: boolean;
  paused: boolean;
  lastSyncAt: string | null;
  lastError: string | null;
  conflicts: number;
  createdAt: string;
}

export function presentAccount(account: ContactSyncAccount): PresentedAccount {
  return {
    id: account.id,
    url: account.url,
    user: account.username,
    book: account.bookName,
    bookUrl: account.bookUrl,
    pushNew: account.pushNew,
    paused: account.paused,
    lastSyncAt: account.lastSyncAt,
    lastError: account.lastError,
    conflicts: account.conflicts,
    createdAt: account.createdAt,
  };
}

export async function addContactAccount(ctx: AppContext, userId: string, raw: unknown) {
  const input = parseInput(addAccountInput, raw);
  const network = { allowPrivate: Boolean(ctx.settings.sourcesAllowPrivate) };
  const config = { url: input.url, user: input.user, password: input.password };
  let books: { url: string; name: string }[];
  try {
    books = await ctx.contactsSync.discover(config, network);
  } catch (error) {
    throw invalidInput(error instanceof Error ? error.message : String(error));
  }
  if (books.length === 0) throw invalidInput(`No address book found at ${input.url}`);
  const wanted = input.book?.toLowerCase();
  const chosen = wanted
    ? books.find(
        (b) =>
          b.name.toLowerCase() === wanted ||
          b.url.toLowerCase() === wanted ||
          new URL(b.url).pathname.toLowerCase() === wanted,
      )
    : books.length === 1
      ? books[0]
      : undefined;
  if (!chosen) {
    const names = books.map((b) => b.name).join(', ');
    throw invalidInput(
      input.book
        ? `No address book "${input.book}" here; there are: ${names}`
        : `This account has several address books; choose one (book): ${names}`,
      { books },
    );
  }
  const account = await ctx.repos.contactSync.createAccount(
    userId,
    {
      url: input.url,
      username: input.user,
      credentials: sealCredentials(ctx.settings.secret, { password: input.password }),
      bookUrl: chosen.url,
      bookName: chosen.name,
      pushNew: input.pushNew ?? false,
    },
    isoNow(ctx.clock),
  );
  return presentAccount(account);
}

export async function listContactAccounts(ctx: AppContext, userId: string) {
  return (await ctx.repos.contactSync.listAccounts(userId)).map(presentAccount);
}

async function owned(ctx: AppContext, userId: string, id: string) {
  const account = await ctx.repos.contactSync.findAccount(userId, id);
  if (!account) throw notFound('Address book account');
  return account;
}

export async function updateContactAccount(
  ctx: AppContext,
  userId: string,
  id: string,
  raw: unknown,
) {
  const input = parseInput(updateAccountInput, raw);
  await owned(ctx, userId, id);
  await ctx.repos.contactSync.updateAccount(userId, id, input, isoNow(ctx.clock));
  return presentAccount(await owned(ctx, userId, id));
}

export async function removeContactAccount(ctx: AppContext, userId: string, id: string) {
  await owned(ctx, userId, id);
  await ctx.repos.contactSync.deleteAccount(userId, id);
}

/** Syncs one account (even a paused one: the user asked), or every account not paused. */
export async function syncContactAccounts(
  ctx: AppContext,
  userId: string,
  id?: string,
): Promise<SyncReport[]> {
  const now = async (account: ContactSyncAccount) =>
    (await syncUnderLease(ctx, userId, account, { wait: true }))!;
  if (id) return [await now(await owned(ctx, userId, id))];
  const reports: SyncReport[] = [];
  for (const account of await ctx.repos.contactSync.listAccounts(userId)) {
    if (!account.paused) reports.push(await now(account));
  }
  return reports;
}

export async function listContactConflicts(ctx: AppContext, userId: string) {
  return ctx.repos.contactSync.conflicts(userId);
}
