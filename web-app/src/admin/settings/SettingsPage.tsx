import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import { useTenant } from '../../inbox/useTenant';
import { ApiKeys } from './ApiKeys';
import { AutomationSettings } from './AutomationSettings';
import { Deliveries } from './Deliveries';
import { OrganizationSettings } from './OrganizationSettings';

/** The company's settings: the organization, the bot and its automation, the API keys, the deliveries to the bot. */
export default function SettingsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  return (
    <Stack p="md" gap="md" maw={960} component="section" aria-labelledby="settings-title">
      <Title id="settings-title" order={1} size="h3">
        {t('settings.title')}
      </Title>
      {tenant.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {tenant.isError && (
        <Alert color="red" title={describeProblem(tenant.error, t).message}>
          <Button size="xs" variant="light" onClick={() => void tenant.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      )}
      {tenant.data && (
        <>
          <OrganizationSettings key={`organization-${tenant.data.id}`} tenant={tenant.data} />
          <AutomationSettings key={`automation-${tenant.data.id}`} tenant={tenant.data} />
        </>
      )}
      <ApiKeys />
      <Deliveries />
    </Stack>
  );
}
