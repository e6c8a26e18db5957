import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiBase } from '../api/client';
import { startLive } from '../api/live';
import { useAssignedNotification } from '../inbox/useAssignedNotification';
import { socketUrl } from './config';
import { useIdentity } from './IdentityContext';

export type AssignedNotification = ReturnType<typeof useAssignedNotification>;

const NONE: AssignedNotification = {
  supported: false,
  permission: 'denied',
  enable: async () => undefined,
  notify: () => undefined,
};

const NotificationContext = createContext<AssignedNotification>(NONE);

/**
 * The tenant's live updates, one socket for every page of a company's people: the inbox and the admin pages
 * (numbers turning connected, new QR codes) share it, so moving between them loses nothing.
 */
export function LiveConnection({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const identity = useIdentity();
  const queryClient = useQueryClient();
  const notification = useAssignedNotification(
    useCallback(() => ({ title: t('notification.assignedTitle'), body: t('notification.assignedBody') }), [t]),
  );
  const { notify } = notification;
  useEffect(
    () => startLive({ queryClient, url: socketUrl(apiBase()), userId: identity.userId, onAssignedToMe: notify }),
    [queryClient, identity.userId, notify],
  );
  return <NotificationContext.Provider value={notification}>{children}</NotificationContext.Provider>;
}

/** The optional "assigned to you" browser notification (none outside a live connection). */
export function useLiveNotification(): AssignedNotification {
  return useContext(NotificationContext);
}
