import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeProblem } from '../../api/problem';
import { keys } from '../../inbox/model/keys';
import { getNumber } from './api';
import { BotSwitch } from './BotSwitch';
import { DeleteNumber } from './DeleteNumber';
import { NumberSettings } from './NumberSettings';
import { QrPanel } from './QrPanel';
import { StateBadge } from './StateBadge';
import { stateReason } from './stateReason';
import { useNumberActions } from './useNumberActions';
import { WebhookSetup } from './WebhookSetup';

/** One number: its state (live), how to connect it (QR code or Meta's webhook), its settings and actions. */
export default function NumberPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const number = useQuery({ queryKey: keys.connection(id), queryFn: () => getNumber(id) });
  const actions = useNumberActions(id);
  const connection = number.data;
  const evolution = connection?.type === 'EVOLUTION';
  return (
    <Stack p="md" gap="md" maw={960} component="section" aria-labelledby="number-title">
      <Anchor component={Link} to="/admin/numbers" size="sm">
        {t('numbers.back')}
      </Anchor>
      {number.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {number.isError && <Alert color="red" role="alert" title={describeProblem(number.error, t).message} />}
      {connection && (
        <>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <div>
              <Title id="number-title" order={1} size="h3">
                {connection.name}
              </Title>
              <Text size="sm" c="dimmed">
                {t(`numbers.type.${connection.type}`)}
                {connection.displayPhoneNumber ? ` · ${connection.displayPhoneNumber}` : ''}
              </Text>
            </div>
            <StateBadge connection={connection} />
          </Group>
          {connection.stateReason && connection.state !== 'OPEN' && connection.state !== 'QR_PENDING' && (
            <Text size="sm" data-testid="number-state-reason">
              {stateReason(connection.stateReason, t)}
            </Text>
          )}
          {evolution && connection.state !== 'OPEN' && connection.enabled !== false && (
            <QrPanel connection={connection} actions={actions} />
          )}
          {!evolution && <WebhookSetup connection={connection} />}
          <Group gap="xs">
            {connection.state !== 'QR_PENDING' && (
              <Button variant="default" onClick={() => actions.reconnect.mutate()} loading={actions.reconnect.isPending}>
                {t('numbers.actions.reconnect')}
              </Button>
            )}
            {evolution && connection.state === 'OPEN' && (
              <Button variant="default" onClick={() => actions.logOut.mutate()} loading={actions.logOut.isPending}>
                {t('numbers.actions.logOut')}
              </Button>
            )}
            <DeleteNumber connection={connection} actions={actions} />
          </Group>
          {actions.logOut.isError && (
            <Alert color="red" role="alert" title={describeProblem(actions.logOut.error, t).message} />
          )}
          <BotSwitch connection={connection} actions={actions} />
          <NumberSettings key={connection.id} connection={connection} actions={actions} />
        </>
      )}
    </Stack>
  );
}
