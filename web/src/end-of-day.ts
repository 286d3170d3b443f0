import { useState } from 'react';

const key = (userId: string) => `rapport.end-of-day.${userId}`;

/** Whether the user already wrapped up `date` (kept in this browser), and a way to do it. */
export function useWrappedUp(userId: string, date: string): [boolean, () => void] {
  const [done, setDone] = useState<string | null>(() => {
    try {
      return window.localStorage.getItem(key(userId));
    } catch {
      return null;
    }
  });
  function wrapUp() {
    setDone(date);
    try {
      window.localStorage.setItem(key(userId), date);
    } catch {
      // Private mode: it stays hidden until the page reloads.
    }
  }
  return [done === date, wrapUp];
}
