import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';

const NoticeContext = createContext<(message: string) => void>(() => {});

/** Shows a short confirmation ("Logged a call with Priya.") from anywhere in the app. */
export function useNotice(): (message: string) => void {
  return useContext(NoticeContext);
}

/** A polite live region pinned to the bottom of the screen; each message stays 6 seconds. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<{ message: string; id: number } | null>(null);
  const show = useCallback(
    (message: string) => setNotice((previous) => ({ message, id: (previous?.id ?? 0) + 1 })),
    [],
  );
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(null), 6000);
    return () => window.clearTimeout(timer);
  }, [notice]);
  return (
    <NoticeContext.Provider value={show}>
      {children}
      <div className="notice-region" role="status" aria-live="polite">
        {notice && (
          <p key={notice.id} className="notice">
            {notice.message}
          </p>
        )}
      </div>
    </NoticeContext.Provider>
  );
}
