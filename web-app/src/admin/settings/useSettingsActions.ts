import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Tenant } from '../../api/types';
import { keys } from '../../inbox/model/keys';
import {
  createApiKey,
  retryDelivery,
  revokeApiKey,
  rotateSigningSecret,
  saveSettings,
  settingsKeys,
  type ApiKey,
  type Delivery,
  type SettingsChange,
} from './api';

/** Saves settings; the answer becomes the shared tenant (time zone of every date, the bot's state in the inbox). */
export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: SettingsChange) => saveSettings(change),
    onSuccess: (tenant: Tenant) => queryClient.setQueryData(keys.tenant(), tenant),
  });
}

/** A new signing secret: the one shown from now on. */
export function useRotateSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateSigningSecret,
    onSuccess: (secret) => queryClient.setQueryData(settingsKeys.signingSecret(), secret),
  });
}

/** A dead letter sent again: it leaves the dead letters at once and waits among the pending deliveries. */
export function useRetryDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => retryDelivery(id),
    onSuccess: (retried: Delivery) => {
      queryClient.setQueriesData<Delivery[]>({ queryKey: [...settingsKeys.deliveries(), 'DEAD'] }, (list) =>
        list?.filter((d) => d.id !== retried.id),
      );
      void queryClient.invalidateQueries({ queryKey: settingsKeys.deliveries() });
    },
  });
}

/** Creates a key: the list gets it without its secret (the secret stays with the one who sees it once). */
export function useCreateKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => createApiKey(name),
    onSuccess: (created: ApiKey) => {
      const listed: ApiKey = { ...created, key: undefined };
      queryClient.setQueryData<ApiKey[]>(settingsKeys.apiKeys(), (list) => (list ? [...list, listed] : list));
      void queryClient.invalidateQueries({ queryKey: settingsKeys.apiKeys() });
    },
  });
}

export function useRevokeKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeApiKey(id),
    onSuccess: (_: void, id: string) => {
      const now = new Date().toISOString();
      queryClient.setQueryData<ApiKey[]>(settingsKeys.apiKeys(), (list) =>
        list?.map((k) => (k.id === id ? { ...k, revokedAt: k.revokedAt ?? now } : k)),
      );
      void queryClient.invalidateQueries({ queryKey: settingsKeys.apiKeys() });
    },
  });
}
