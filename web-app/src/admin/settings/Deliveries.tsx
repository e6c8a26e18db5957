import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import { DELIVERIES_MAX, DELIVERY_STATUSES, listDeliveries, settingsKeys, type DeliveryStatus } from './api';
import { DeliveryItem } from './DeliveryItem';
import { Done } from './Done';
import { useRetryDelivery } from './useSettingsActions';

const PAGE = 50;

/**
 * What was sent to the automation, newest first, by status: the dead letters (what it never took; their
 * conversations went to the team) with a retry, the deliveries waiting for another attempt, and the delivered ones.
 */
export function Deliveries() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<DeliveryStatus>('DEAD');
  const [limit, setLimit] = useState(PAGE);
  const deliveries = useQuery({
    queryKey: settingsKeys.deliveryList(status, limit),
    queryFn: () => listDeliveries(status, limit),
    staleTime: 10_000,
    placeholderData: (previous, query) => (query?.queryKey[1] === status ? previous : undefined),
  });
  const retry = useRetryDelivery();
  const [retried, setRetried] = useState(false);
  const list = deliveries.data ?? [];
  const more = deliveries.data !== undefined && list.length >= limit && limit < DELIVERIES_MAX;

  const choose = (value: string) => {
    setStatus(value as DeliveryStatus);
    setLimit(PAGE);
    setRetried(false);
    retry.reset();
  };
  const retryOne = (id: string) => {
    setRetried(false);
    retry.mutate(id, { onSuccess: () => setRetried(true) });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="deliveries-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
          <div style={{ flex: '1 1 16rem' }}>
            <Title id="deliveries-title" order={2} size="h4">
              {t('settings.deliveries.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('settings.deliveries.intro')}
            </Text>
          </div>
          <Button variant="default" size="xs" onClick={() => void deliveries.refetch()} loading={deliveries.isFetching}>
            {t('settings.deliveries.refresh')}
          </Button>
        </Group>
        <SegmentedControl
          fullWidth
          value={status}
          onChange={choose}
          data={DELIVERY_STATUSES.map((s) => ({ value: s, label: t(`settings.deliveries.filter.${s}`) }))}
          aria-label={t('settings.deliveries.filterLabel')}
        />
        {retried && <Done text={t('settings.deliveries.retried')} onClose={() => setRetried(false)} />}
        {retry.isError && <Alert color="red" role="alert" title={describeProblem(retry.error, t).message} />}
        {deliveries.isError && (
          <Alert color="red" title={describeProblem(deliveries.error, t).message}>
            <Button size="xs" variant="light" onClick={() => void deliveries.refetch()}>
              {t('common.retry')}
            </Button>
          </Alert>
        )}
        {deliveries.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
        {deliveries.data?.length === 0 && <Text size="sm">{t(`settings.deliveries.none.${status}`)}</Text>}
        <Stack gap="xs" component="ul" aria-labelledby="deliveries-title" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((d) => (
            <DeliveryItem
              key={d.id}
              delivery={d}
              retrying={retry.isPending && retry.variables === d.id}
              onRetry={() => d.id && retryOne(d.id)}
            />
          ))}
        </Stack>
        {more && (
          <Button variant="default" onClick={() => setLimit((l) => Math.min(l + PAGE, DELIVERIES_MAX))} loading={deliveries.isFetching}>
            {t('settings.deliveries.more')}
          </Button>
        )}
        {!more && limit >= DELIVERIES_MAX && list.length >= DELIVERIES_MAX && (
          <Text size="xs" c="dimmed">
            {t('settings.deliveries.newestOnly', { count: DELIVERIES_MAX })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
