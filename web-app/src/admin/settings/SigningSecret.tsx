import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import { useFormat } from '../../i18n/format';
import { CopyField } from '../../ui/CopyField';
import { ConfirmDialog } from '../team/ConfirmDialog';
import { getSigningSecret, settingsKeys } from './api';
import { Done } from './Done';
import { useRotateSecret } from './useSettingsActions';

/**
 * The secret the automation checks the requests' signature with: fetched only when the admin asks to see it, and
 * rotated after a confirmation (the automation must get the new one at once).
 */
export function SigningSecret() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [rotated, setRotated] = useState(false);
  const secret = useQuery({ queryKey: settingsKeys.signingSecret(), queryFn: getSigningSecret, enabled: shown, staleTime: Infinity });
  const rotate = useRotateSecret();
  const data = shown ? secret.data : undefined;

  // hidden again, the secret leaves the page's memory; shown again, it is read afresh
  const toggle = () => {
    if (shown) queryClient.removeQueries({ queryKey: settingsKeys.signingSecret() });
    setShown(!shown);
  };
  const confirmRotate = () =>
    rotate.mutate(undefined, {
      onSuccess: () => {
        setShown(true);
        setRotated(true);
      },
      onSettled: () => setConfirming(false),
    });
  return (
    <Stack gap="sm" component="section" aria-labelledby="signing-secret-title">
      <div>
        <Title id="signing-secret-title" order={3} size="h5">
          {t('settings.secret.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.secret.intro')}
        </Text>
      </div>
      {data?.secret && (
        <>
          <CopyField label={t('settings.secret.label')} value={data.secret} testId="signing-secret" />
          <div>
            <Text size="sm">{t('settings.secret.header')}</Text>
            <Code style={{ overflowWrap: 'anywhere' }}>{`${data.header ?? ''}: sha256=…`}</Code>
          </div>
          <Text size="xs" c="dimmed" data-testid="signing-secret-version">
            {data.rotatedAt
              ? t('settings.secret.rotatedAt', { version: data.version, date: format.dateTime(data.rotatedAt) })
              : t('settings.secret.neverRotated', { version: data.version })}
          </Text>
        </>
      )}
      {shown && secret.isPending && <Text size="sm">{t('common.loading')}</Text>}
      {shown && secret.isError && <Alert color="red" role="alert" title={describeProblem(secret.error, t).message} />}
      {rotate.isError && <Alert color="red" role="alert" title={describeProblem(rotate.error, t).message} />}
      {rotated && <Done text={t('settings.secret.rotated')} onClose={() => setRotated(false)} />}
      <Group gap="xs">
        <Button variant="default" onClick={toggle}>
          {t(shown ? 'settings.secret.hide' : 'settings.secret.show')}
        </Button>
        <Button variant="light" color="red" onClick={() => setConfirming(true)}>
          {t('settings.secret.rotate')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={t('settings.secret.confirmTitle')}
        body={t('settings.secret.confirmBody')}
        confirm={t('settings.secret.rotate')}
        color="red"
        loading={rotate.isPending}
        onConfirm={confirmRotate}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
