import { createContext, useContext } from 'react';
import type { User } from './api/types';

/** Provided by the route gate around every signed-in page. */
export const CurrentUserContext = createContext<User | null>(null);

/** The signed-in user; only usable on pages behind the sign-in gate. */
export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser used outside a signed-in page');
  return user;
}
