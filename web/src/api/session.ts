// Who is signed in, and the calls that change it. The session query is the single source of
// truth: pages never navigate after signing in or out, the route gate reacts to this state.
import {
  type FetchQueryOptions,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { dropAllPendingWrites, dropPendingWritesOfOthers } from '../offline/pending-writes';
import { forgetOffline, keepOffline, setOfflineUser } from '../offline/private-cache';
import { sendPending } from '../offline/send';
import { ApiError, api, setCsrfToken } from './client';
import type { ApiToken, NewAccount, SessionResponse, SetupStatus } from './types';

export const setupKey = ['setup'] as const;
export const sessionKey = ['session'] as const;

const setupQuery = {
  queryKey: setupKey,
  queryFn: () => api.get<SetupStatus>('/api/setup'),
  staleTime: Number.POSITIVE_INFINITY,
};

export function useSetupStatus() {
  return useQuery(setupQuery);
}

async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await api.get<SessionResponse>('/api/session');
    setCsrfToken(session.csrfToken);
    // A live session (not the offline copy, which has no token): keep it for offline starts,
    // without waiting for the device's storage (the first screen would, ~100 ms on a cold load).
    if (session.csrfToken) {
      setOfflineUser(session.user.id);
      void keepOffline('/api/session', session).catch(() => {});
    }
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      // Signed out elsewhere, or the session ran out: its offline copy goes too.
      await forgetOffline().catch(() => {});
      return null;
    }
    throw error;
  }
}

const sessionQuery = {
  queryKey: sessionKey,
  queryFn: fetchSession,
  staleTime: Number.POSITIVE_INFINITY,
};

/** The current session, or null when nobody is signed in. */
export function useSession(enabled: boolean) {
  return useQuery({ ...sessionQuery, enabled });
}

/**
 * Asks, before the first render, for what the first screen waits on: the setup status and the
 * session at once (the route gate would ask for one after the other), then Today's cards when
 * Today is the page to show, while the app frame renders. Cold loads of Today had three round
 * trips and two renders in a row before the first card.
 */
export function startFirstScreen(queryClient: QueryClient, path: string, today: FetchQueryOptions) {
  void queryClient.prefetchQuery(setupQuery);
  void queryClient.fetchQuery(sessionQuery).then(
    (session) => {
      if (session && path === '/') void queryClient.prefetchQuery(today);
    },
    () => {},
  );
}

function signedIn(queryClient: QueryClient, session: SessionResponse): void {
  setCsrfToken(session.csrfToken);
  setOfflineUser(session.user.id);
  void dropPendingWritesOfOthers(session.user.id).catch(() => {});
  queryClient.setQueryData(setupKey, (old: SetupStatus | undefined) => ({
    openSignup: old?.openSignup ?? false,
    resetByMail: old?.resetByMail ?? false,
    sso: old?.sso ?? null,
    needsSetup: false,
  }));
  queryClient.setQueryData(sessionKey, session);
}

/** Tells the app's other tabs that this browser signed out. */
const sessionChannel =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('rapport-session');

/** Signs this tab out when another tab of the same browser did. */
export function followSignOutElsewhere(queryClient: QueryClient): () => void {
  const listener = (event: MessageEvent) => {
    if (event.data === 'signed-out') signedOut(queryClient);
  };
  sessionChannel?.addEventListener('message', listener);
  return () => sessionChannel?.removeEventListener('message', listener);
}

/** Forgets everything the previous user could see, in memory and on this device. */
export function signedOut(queryClient: QueryClient): void {
  setCsrfToken(null);
  void forgetOffline().catch(() => {});
  void dropAllPendingWrites().catch(() => {});
  queryClient.removeQueries({
    predicate: (query) => query.queryKey[0] !== setupKey[0] && query.queryKey[0] !== sessionKey[0],
  });
  queryClient.setQueryData(sessionKey, null);
}

export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (account: NewAccount) => api.post<SessionResponse>('/api/setup', account),
    onSuccess: (session) => signedIn(queryClient, session),
  });
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (account: NewAccount & { inviteToken?: string }) =>
      api.post<SessionResponse>('/api/auth/signup', account),
    onSuccess: (session) => signedIn(queryClient, session),
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      api.post<SessionResponse>('/api/auth/signin', credentials),
    onSuccess: (session) => signedIn(queryClient, session),
  });
}

/** Signs out this session, or with `everywhere` every session of the user. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ everywhere }: { everywhere: boolean }) => {
      // What was done offline reaches the server before this device forgets it.
      await sendPending().catch(() => {});
      try {
        await api.post<void>(everywhere ? '/api/auth/signout-all' : '/api/auth/signout');
      } catch (error) {
        // Already signed out on the server: the goal is reached.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      signedOut(queryClient);
      sessionChannel?.postMessage('signed-out');
    },
  });
}

/** "Forgot password?": the answer is the same whether or not the address has an account. */
export function useForgotPassword() {
  return useMutation({
    mutationFn: (email: string) => api.post<{ message: string }>('/api/auth/forgot', { email }),
  });
}

/** Whom a reset link is for; fails with 404 when it is used up or expired. */
export function useResetLink(token: string) {
  return useQuery({
    queryKey: ['reset-link', token],
    queryFn: () => api.post<{ email: string }>('/api/auth/reset/check', { token }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Sets the new password; signs this browser in and says which API tokens still work. */
export function useResetPassword() {
  // The page enters the app (enterApp) once the user has read which tokens still work.
  return useMutation({
    mutationFn: (input: { token: string; newPassword: string }) =>
      api.post<SessionResponse & { apiTokens: ApiToken[] }>('/api/auth/reset', input),
  });
}

/** After a reset: show the signed-in app. */
export function enterApp(queryClient: QueryClient, session: SessionResponse): void {
  signedIn(queryClient, session);
}
