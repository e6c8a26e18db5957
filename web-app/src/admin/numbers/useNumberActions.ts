import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Connection } from '../../api/types';
import { keys } from '../../inbox/model/keys';
import { currentQr, deleteNumber, logOutNumber, qrOf, reconnectNumber, updateNumber, type NumberChanges } from './api';

/** What an admin does to a number; each answer updates the cached number (and its QR code) at once. */
export function useNumberActions(id: string) {
  const queryClient = useQueryClient();
  const keep = (updated: Connection) => {
    queryClient.setQueryData(keys.connection(id), updated);
    const qr = qrOf(updated);
    if (qr) queryClient.setQueryData(keys.connectionQr(id), qr);
    void queryClient.invalidateQueries({ queryKey: keys.connections(), exact: true });
  };
  const forgetQr = () => queryClient.removeQueries({ queryKey: keys.connectionQr(id) });
  return {
    update: useMutation({ mutationFn: (changes: NumberChanges) => updateNumber(id, changes), onSuccess: keep }),
    reconnect: useMutation({ mutationFn: () => reconnectNumber(id), onMutate: forgetQr, onSuccess: keep }),
    /** Logs the phone out, then asks for a new QR code at once (what an admin logs out for). */
    logOut: useMutation({
      mutationFn: async () => {
        const closed = await logOutNumber(id);
        keep(closed);
        forgetQr();
        const qr = await currentQr(id);
        if (qr) queryClient.setQueryData(keys.connectionQr(id), qr);
        return closed;
      },
      onSettled: () => void queryClient.invalidateQueries({ queryKey: keys.connection(id) }),
    }),
    remove: useMutation({
      mutationFn: () => deleteNumber(id),
      onSuccess: () => {
        forgetQr();
        queryClient.removeQueries({ queryKey: keys.connection(id) });
        void queryClient.invalidateQueries({ queryKey: keys.connections(), exact: true });
      },
    }),
  };
}

export type NumberActions = ReturnType<typeof useNumberActions>;
