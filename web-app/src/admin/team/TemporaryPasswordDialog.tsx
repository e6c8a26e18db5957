import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { teamProblem } from './problems';
import type { TeamActions } from './useTeamActions';

/** A password the admin hands over (for someone who cannot get the e-mail); a new one is chosen at next sign-in. */
export function TemporaryPasswordDialog({
  opened,
  name,
  actions,
  onClose,
  onDone,
}: {
  opened: boolean;
  name: string;
  actions: TeamActions;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const { setPassword: save } = actions;
  const problem = save.isError ? teamProblem(save.error, t) : null;
  const error = problem?.fieldErrors['temporaryPassword'];
  const close = () => {
    setPassword('');
    save.reset();
    onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(password, {
      onSuccess: () => {
        onDone();
        close();
      },
    });
  };
  return (
    <Modal opened={opened} onClose={close} title={t('team.password.title', { name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('team.password.body', { name })}</Text>
          <PasswordInput
            label={t('team.form.password')}
            description={t('team.form.passwordHelp')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            // Mantine's PasswordInput marks its input invalid for styling only (data-invalid)
            aria-invalid={Boolean(error)}
            error={error}
            required
            autoComplete="new-password"
            maxLength={128}
            data-autofocus
          />
          {problem && !error && (
            <Alert color="red" role="alert" title={problem.message}>
              {problem.detail}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('team.password.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
