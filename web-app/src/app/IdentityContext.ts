import { createContext, useContext } from 'react';
import type { Identity } from './roles';

export const IdentityContext = createContext<Identity | null>(null);

export function useIdentity(): Identity {
  const identity = useContext(IdentityContext);
  if (!identity) throw new Error('useIdentity outside a signed-in page');
  return identity;
}
