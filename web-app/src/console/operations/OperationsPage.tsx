import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ConsoleAudit } from '../audit/ConsoleAudit';
import { CredentialsPanel } from './CredentialsPanel';
import { ReplayPanel } from './ReplayPanel';

/** What platform staff run: the credentials key, replays of raw webhooks, and the audit log of every company. */
export default function OperationsPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  // a link to #audit (from a company's page) shows the log, not the top of the page
  useEffect(() => {
    if (hash === '#audit') document.getElementById('audit')?.scrollIntoView();
  }, [hash]);
  return (
    <Stack p="md" gap="md" maw={1100} component="section" aria-labelledby="operations-title">
      <div>
        <Title id="operations-title" order={1} size="h3">
          {t('console.operations.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('console.operations.intro')}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <CredentialsPanel />
        <ReplayPanel />
      </SimpleGrid>
      <div id="audit">
        <ConsoleAudit />
      </div>
    </Stack>
  );
}
