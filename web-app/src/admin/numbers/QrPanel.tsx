import { Alert, Button, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import type { Connection } from '../../api/types';
import { keys } from '../../inbox/model/keys';
import { currentQr, type QrCode } from './api';
import type { NumberActions } from './useNumberActions';

/**
 * The QR code of an Evolution number that is not connected: it refreshes live while nobody scans it, and the
 * page turns to "connected" by itself once the phone has scanned it.
 */
export function QrPanel({ connection, actions }: { connection: Connection; actions: NumberActions }) {
  const { t } = useTranslation();
  const pending = connection.state === 'QR_PENDING';
  const qr = useQuery<QrCode | null>({
    queryKey: keys.connectionQr(connection.id),
    queryFn: () => currentQr(connection.id),
    enabled: pending,
    staleTime: Infinity,
    retry: false,
  });
  const code = qr.data ?? null;
  const asking = actions.reconnect.isPending || actions.logOut.isPending;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="qr-title">
      <Stack gap="sm" align="flex-start">
        <Title id="qr-title" order={2} size="h4">
          {t('numbers.qr.title')}
        </Title>
        {code ? (
          <>
            <Text size="sm">{t('numbers.qr.steps')}</Text>
            <Image src={code.base64} alt={t('numbers.qr.alt', { name: connection.name })} w={264} h={264} data-testid="number-qr" />
            {code.pairingCode && (
              <Text size="sm">
                {t('numbers.qr.pairingCode')} <strong>{code.pairingCode}</strong>
              </Text>
            )}
            <Text size="xs" c="dimmed" role="status">
              {t('numbers.qr.refreshes')}
            </Text>
          </>
        ) : (
          <>
            <Text size="sm">{t(pending && (qr.isFetching || asking) ? 'common.loading' : 'numbers.qr.none')}</Text>
            {!pending && (
              <Button onClick={() => actions.reconnect.mutate()} loading={asking}>
                {t('numbers.qr.show')}
              </Button>
            )}
          </>
        )}
        {qr.isError && <Alert color="red" title={describeProblem(qr.error, t).message} />}
        {actions.reconnect.isError && <Alert color="red" title={describeProblem(actions.reconnect.error, t).message} />}
      </Stack>
    </Paper>
  );
}
