import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api/client';
import { sessionKey, startFirstScreen } from './api/session';
import { todayQuery } from './api/today';
import { App } from './app';
import { OfflineFrame } from './offline/offline-frame';

// A 401 from any call but the session check means the session may have ended (expired, or
// signed out elsewhere): re-check it, and the route gate sends the user to sign in if so.
function recheckSession(error: Error): void {
  if (error instanceof ApiError && error.status === 401) {
    void queryClient.invalidateQueries({ queryKey: sessionKey });
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (query.queryKey[0] !== sessionKey[0]) recheckSession(error);
    },
  }),
  mutationCache: new MutationCache({ onError: recheckSession }),
  defaultOptions: {
    // Offline, calls still run: the api layer answers Today and People from the user's offline
    // copy and queues the writes that work offline; anything else fails with a clear message
    // rather than waiting (paused, "Loading…") for a network that may not come back.
    queries: {
      networkMode: 'always',
      // Client errors won't fix themselves on retry; network hiccups might (when online).
      retry: (failures, error) =>
        navigator.onLine && !(error instanceof ApiError && error.status >= 400) && failures < 2,
      refetchOnWindowFocus: false,
    },
    mutations: { networkMode: 'always' },
  },
});

startFirstScreen(queryClient, window.location.pathname, todayQuery);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <OfflineFrame />
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
