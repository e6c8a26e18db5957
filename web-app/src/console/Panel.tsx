import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, describeProblem } from '../api/problem';

/** A titled part of a console page (a region named by its title). */
export function Panel({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} style={{ minWidth: 0 }}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title id={id} order={2} size="h4">
            {title}
          </Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** An endpoint the running platform does not offer (yet): it answers 404, 405 or 501. */
export function notOffered(error: unknown): boolean {
  return error instanceof ApiError && [404, 405, 501].includes(error.status);
}

/**
 * What a query has to show: loading, "not available" when the platform does not offer it, the error with a retry,
 * or its data.
 */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (query.isError) {
    if (notOffered(query.error)) {
      return (
        <Text c="dimmed" size="sm" data-testid="not-available">
          {t('console.notAvailable')}
        </Text>
      );
    }
    return (
      <Alert color="red" title={describeProblem(query.error, t).message}>
        <Button size="xs" variant="light" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
