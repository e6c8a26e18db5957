import { Modal, Radio, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../api/types';
import { ROLES, type TeamRole } from './api';
import { PersonForm, usePersonDraft } from './PersonForm';
import { teamProblem } from './problems';
import { useAddPerson } from './useTeamActions';

/**
 * Adds someone to the team: invited by e-mail (they choose their own password through the link; the default) or
 * with a temporary password the admin hands over. The service's rules land on their fields.
 */
export function InviteDialog({ opened, onClose, onAdded }: { opened: boolean; onClose: () => void; onAdded: (person: Agent, invited: boolean) => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const draft = usePersonDraft();
  const [role, setRole] = useState<TeamRole>('agent');
  const add = useAddPerson();
  const problem = add.isError ? teamProblem(add.error, t) : null;

  const close = () => {
    draft.reset();
    setRole('agent');
    add.reset();
    onClose();
  };
  const submit = () => {
    const invited = draft.invited;
    add.mutate(draft.person(role), {
      onSuccess: (created) => {
        onAdded(created, invited);
        close();
      },
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('team.invite.title')}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <PersonForm
        draft={draft}
        problem={problem}
        pending={add.isPending}
        onSubmit={submit}
        onCancel={close}
        cancelLabel={t('common.cancel')}
        role={
          <Radio.Group
            label={t('team.form.role')}
            value={role}
            onChange={(v) => setRole(v as TeamRole)}
            error={problem?.fieldErrors['role']}
          >
            <Stack gap="xs" mt={6}>
              {ROLES.map((r) => (
                <Radio key={r} value={r} label={t(`team.role.${r}`)} description={t(`team.roleHelp.${r}`)} />
              ))}
            </Stack>
          </Radio.Group>
        }
      />
    </Modal>
  );
}
