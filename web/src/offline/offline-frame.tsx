// Everything offline that lives beside the app rather than in a page: the service worker and its
// update prompt, sending pending writes when the session is live again (start-up, back online),
// following a sign-out made in another tab, and the offline banner.
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { refreshLoop } from '../api/daily-loop-queries';
import { followSignOutElsewhere, sessionKey, useSession } from '../api/session';
import { OfflineBanner, UpdatePrompt } from './offline-banner';
import { registerServiceWorker } from './register';
import { sendPending } from './send';
import { useOnline, usePendingWrites } from './use-offline';

export function OfflineFrame() {
  const queryClient = useQueryClient();
  const online = useOnline();
  // Reads the session the route gate fetches; never fetches it itself.
  const session = useSession(false);
  const user = session.data?.user;
  const live = Boolean(session.data?.csrfToken);
  const pending = usePendingWrites(user?.id);
  const [reload, setReload] = useState<(() => void) | null>(null);

  useEffect(() => {
    void registerServiceWorker((apply) => setReload(() => apply));
  }, []);
  useEffect(() => followSignOutElsewhere(queryClient), [queryClient]);

  // Back online: check the session again (the offline copy has no CSRF token), which sends.
  useEffect(() => {
    if (online) void queryClient.invalidateQueries({ queryKey: sessionKey });
  }, [online, queryClient]);

  // Each time the session is confirmed live (start-up, back online), pending writes go out.
  const confirmedAt = live ? session.dataUpdatedAt : 0;
  useEffect(() => {
    if (confirmedAt && online) void sendAndRefresh(queryClient);
  }, [confirmedAt, online, queryClient]);

  return (
    <>
      {reload && <UpdatePrompt reload={reload} />}
      {user && <OfflineBanner online={online} pending={pending} />}
    </>
  );
}

async function sendAndRefresh(queryClient: QueryClient): Promise<void> {
  const { sent, refused } = await sendPending().catch(() => ({ sent: 0, refused: [] }));
  if (sent + refused.length > 0) await refreshLoop(queryClient);
}
