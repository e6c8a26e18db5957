import { Alert, Button, Flex, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import { ConfirmDialog } from '../team/ConfirmDialog';
import { listApiKeys, settingsKeys, type ApiKey } from './api';
import { KeyList } from './KeyList';
import { NewKeyDialog } from './NewKeyDialog';
import { settingsProblem } from './problems';
import { useCreateKey, useRevokeKey } from './useSettingsActions';

/** The keys the automation calls the platform with (X-API-Key): created (shown once), listed, revoked. */
export function ApiKeys() {
  const { t } = useTranslation();
  const keys = useQuery({ queryKey: settingsKeys.apiKeys(), queryFn: listApiKeys });
  const create = useCreateKey();
  const revoke = useRevokeKey();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<ApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const problem = create.isError ? settingsProblem(create.error, t, ['name']) : null;
  const nameError = problem?.fieldErrors['name'];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(name.trim(), {
      onSuccess: (key) => {
        setCreated(key);
        setName('');
      },
    });
  };
  const confirmRevoke = () => {
    if (!revoking?.id) return;
    revoke.mutate(revoking.id, { onSettled: () => setRevoking(null) });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="api-keys-title">
      <Stack gap="sm">
        <div>
          <Title id="api-keys-title" order={2} size="h4">
            {t('settings.apiKeys.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.apiKeys.intro')}
          </Text>
        </div>
        <form onSubmit={submit} noValidate>
          <Flex direction={{ base: 'column', xs: 'row' }} gap="sm" align={{ base: 'stretch', xs: 'flex-start' }}>
            <TextInput
              label={t('settings.apiKeys.name')}
              description={t('settings.apiKeys.nameHelp')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={nameError}
              maxLength={100}
              autoComplete="off"
              required
              style={{ flex: 1 }}
            />
            {/* level with the field (under its label and help) on a wide screen */}
            <Button type="submit" loading={create.isPending} mt={{ base: 0, xs: 46 }} style={{ flex: 'none' }}>
              {t('settings.apiKeys.create')}
            </Button>
          </Flex>
        </form>
        {problem && !nameError && (
          <Alert color="red" role="alert" title={problem.message}>
            {problem.detail}
          </Alert>
        )}
        {revoke.isError && <Alert color="red" role="alert" title={describeProblem(revoke.error, t).message} />}
        {keys.isError && (
          <Alert color="red" title={describeProblem(keys.error, t).message}>
            <Button size="xs" variant="light" onClick={() => void keys.refetch()}>
              {t('common.retry')}
            </Button>
          </Alert>
        )}
        {keys.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
        {keys.data && <KeyList keys={keys.data} onRevoke={setRevoking} />}
      </Stack>
      <NewKeyDialog created={created} onClose={() => setCreated(null)} />
      <ConfirmDialog
        opened={revoking !== null}
        title={t('settings.apiKeys.confirmTitle', { name: revoking?.name ?? '' })}
        body={t('settings.apiKeys.confirmBody')}
        confirm={t('settings.apiKeys.revoke')}
        color="red"
        loading={revoke.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      />
    </Paper>
  );
}
