import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Connection } from '../../api/types';
import { CopyField } from '../../ui/CopyField';

/** Where Meta must send this Cloud API number's webhooks, and the steps in Meta's dashboard. */
export function WebhookSetup({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  if (!connection.webhookUrl) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="webhook-title">
      <Stack gap="sm">
        <Title id="webhook-title" order={2} size="h4">
          {t('numbers.webhook.title')}
        </Title>
        {connection.platformApp ? (
          <Text size="sm">{t('numbers.webhook.platformApp')}</Text>
        ) : (
          <>
            <CopyField label={t('numbers.webhook.url')} value={connection.webhookUrl} testId="webhook-url" />
            {connection.verifyToken && (
              <CopyField label={t('numbers.webhook.verifyToken')} value={connection.verifyToken} testId="verify-token" />
            )}
            <List type="ordered" size="sm" spacing={4}>
              <List.Item>{t('numbers.webhook.step1')}</List.Item>
              <List.Item>{t('numbers.webhook.step2')}</List.Item>
              <List.Item>{t('numbers.webhook.step3')}</List.Item>
              <List.Item>{t('numbers.webhook.step4')}</List.Item>
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}
