import { Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NewPerson } from '../../admin/team/api';
import { PersonForm, usePersonDraft } from '../../admin/team/PersonForm';
import { teamProblem } from '../../admin/team/problems';
import type { Agent } from '../../api/types';
import { addAdmin } from './api';

/**
 * A company's admin, added by platform staff: invited by e-mail (they choose their own password through the link)
 * or with a temporary password to hand over; the team's rules land on their fields, as on the company's own team page.
 */
export function AdminForm({
  tenantId,
  companyName,
  cancelLabel,
  onCancel,
  onAdded,
}: {
  tenantId: string;
  companyName: string;
  cancelLabel: string;
  onCancel: () => void;
  onAdded: (person: Agent, invited: boolean) => void;
}) {
  const { t } = useTranslation();
  const draft = usePersonDraft();
  const add = useMutation({ mutationFn: (person: NewPerson) => addAdmin(tenantId, person) });
  const submit = () => {
    const invited = draft.invited;
    add.mutate(draft.person('tenant-admin'), { onSuccess: (created) => onAdded(created, invited) });
  };
  return (
    <PersonForm
      draft={draft}
      problem={add.isError ? teamProblem(add.error, t) : null}
      pending={add.isPending}
      onSubmit={submit}
      onCancel={onCancel}
      cancelLabel={cancelLabel}
      label={t('console.admin.form', { name: companyName })}
      intro={<Text size="sm">{t('console.admin.intro', { name: companyName })}</Text>}
    />
  );
}
