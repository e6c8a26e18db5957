import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Agent } from '../../api/types';
import { keys } from '../../inbox/model/keys';
import { addPerson, sendPasswordReset, setTemporaryPassword, updatePerson, type NewPerson, type PersonChanges } from './api';

/**
 * What an admin does to one person of the team; each answer updates the cached team at once (the same list the
 * inbox's assign menu reads).
 */
export function useTeamActions(id: string) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: keys.agents(), exact: true });
  const keep = (updated: Agent) => {
    queryClient.setQueryData<Agent[]>(keys.agents(), (team) => team?.map((p) => (p.id === id ? updated : p)));
    refresh();
  };
  return {
    update: useMutation({ mutationFn: (changes: PersonChanges) => updatePerson(id, changes), onSuccess: keep }),
    sendReset: useMutation({ mutationFn: () => sendPasswordReset(id) }),
    /** They must choose a new password when they next sign in: the list shows it. */
    setPassword: useMutation({ mutationFn: (password: string) => setTemporaryPassword(id, password), onSuccess: refresh }),
  };
}

export type TeamActions = ReturnType<typeof useTeamActions>;

/** Inviting someone (or adding them with a temporary password): they join the cached team at once. */
export function useAddPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (person: NewPerson) => addPerson(person),
    onSuccess: (created) => {
      queryClient.setQueryData<Agent[]>(keys.agents(), (team) => (team ? [...team.filter((p) => p.id !== created.id), created] : team));
      void queryClient.invalidateQueries({ queryKey: keys.agents(), exact: true });
    },
  });
}
