import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeProblem } from '../../api/problem';
import { listConnections } from '../../inbox/api';
import { keys } from '../../inbox/model/keys';
import { useTenant } from '../../inbox/useTenant';
import { StateBadge } from './StateBadge';
import { stateReason } from './stateReason';

/** The company's WhatsApp numbers with their live state, and how many its plan allows. */
export default function NumbersPage() {
  const { t } = useTranslation();
  const numbers = useQuery({ queryKey: keys.connections(), queryFn: listConnections });
  const limit = useTenant().data?.limits?.maxConnections;
  const count = numbers.data?.length ?? 0;
  const full = limit !== undefined && count >= limit;
  return (
    <Stack p="md" gap="md" maw={960} component="section" aria-labelledby="numbers-title">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div>
          <Title id="numbers-title" order={1} size="h3">
            {t('numbers.title')}
          </Title>
          {limit !== undefined && numbers.data && (
            <Text size="sm" c="dimmed" data-testid="numbers-usage">
              {t('numbers.usage', { count, limit })}
            </Text>
          )}
        </div>
        <Button component={Link} to="new" disabled={full} title={full ? t('numbers.planFull') : undefined}>
          {t('numbers.add')}
        </Button>
      </Group>
      {numbers.isError && (
        <Alert color="red" title={describeProblem(numbers.error, t).message}>
          <Button size="xs" variant="light" onClick={() => void numbers.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      )}
      {numbers.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {numbers.data?.length === 0 && <Text>{t('numbers.none')}</Text>}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {numbers.data?.map((n) => (
          <Paper key={n.id} withBorder p="sm" component="li">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Anchor component={Link} to={n.id} fw={600}>
                  {n.name}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {t(`numbers.type.${n.type}`)}
                  {n.displayPhoneNumber ? ` · ${n.displayPhoneNumber}` : ''}
                </Text>
              </div>
              <Group gap="xs" wrap="wrap" justify="flex-end">
                {n.state !== 'OPEN' && n.stateReason && (
                  <Text size="sm" c="dimmed" maw={360}>
                    {stateReason(n.stateReason, t)}
                  </Text>
                )}
                <StateBadge connection={n} />
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
