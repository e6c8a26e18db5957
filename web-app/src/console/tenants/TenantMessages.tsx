import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { thisMonth } from '../dates';
import { consoleKeys } from '../keys';
import { getMessagesSummary } from '../messages/api';
import { FailuresByCode, MessageCounts } from '../messages/MessageFigures';
import { Panel, QueryState } from '../Panel';

/** The company's messages this month (UTC): how many came in, went out and failed, and why they failed. */
export function TenantMessages({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const query = useMemo(() => ({ ...thisMonth(), tenantId }), [tenantId]);
  const summary = useQuery({ queryKey: consoleKeys.messagesSummary(query), queryFn: () => getMessagesSummary(query), staleTime: 0 });
  return (
    <Panel id="messages-title" title={t('console.messages.thisMonth')}>
      <Text size="sm" c="dimmed">
        {t('console.messages.countsOnly')}
      </Text>
      <QueryState query={summary}>
        {(data) => (
          <Stack gap="sm">
            <MessageCounts summary={data} />
            <Title order={3} size="h5" id="tenant-failures-title">
              {t('console.messages.failuresByCode')}
            </Title>
            <FailuresByCode summary={data} captionId="tenant-failures-title" />
          </Stack>
        )}
      </QueryState>
    </Panel>
  );
}
