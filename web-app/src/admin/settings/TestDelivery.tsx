import { Alert, Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import { testAutomation } from './api';

/** Sends a signed test request to the saved automation URL and says how it went. */
export function TestDelivery({ savedUrl }: { savedUrl: string | undefined }) {
  const { t, i18n } = useTranslation();
  const test = useMutation({ mutationFn: testAutomation });
  const outcome = test.data;
  return (
    <div>
      <Group gap="sm" wrap="wrap" align="center">
        <Button variant="default" size="sm" onClick={() => test.mutate()} loading={test.isPending} disabled={!savedUrl}>
          {t('settings.automation.test')}
        </Button>
        <Text size="xs" c="dimmed" style={{ flex: '1 1 200px' }}>
          {t(savedUrl ? 'settings.automation.testHelp' : 'settings.automation.testNoUrl')}
        </Text>
      </Group>
      <div aria-live="polite">
        {test.isSuccess && outcome && (
          <Alert mt="xs" p="xs" color={outcome.delivered ? 'teal' : 'red'} data-testid="test-delivery-outcome">
            {outcome.delivered
              ? t('settings.automation.testDelivered', { ms: new Intl.NumberFormat(i18n.language).format(outcome.durationMs ?? 0) })
              : t('settings.automation.testFailed', { error: outcome.error ?? '' })}
          </Alert>
        )}
        {test.isError && (
          <Alert mt="xs" p="xs" color="red" data-testid="test-delivery-outcome">
            {describeProblem(test.error, t).message}
          </Alert>
        )}
      </div>
    </div>
  );
}
