import { Alert, Button, Group, Loader, Paper, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import { download } from './csv';

export interface ReportSectionProps<T> {
  title: string;
  intro?: string;
  result: UseQueryResult<T>;
  /** The CSV file's name and text, once there are figures. */
  csv?: (data: T) => { fileName: string; text: string };
  children: (data: T, titleId: string) => ReactNode;
}

/** One report: its title, a CSV download, and its figures once loaded (or why they are not). */
export function ReportSection<T>({ title, intro, result, csv, children }: ReportSectionProps<T>) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <div style={{ minWidth: 0 }}>
          <Title id={titleId} order={2} size="h5">
            {title}
          </Title>
          {intro && (
            <Text size="xs" c="dimmed">
              {intro}
            </Text>
          )}
        </div>
        {csv && result.isSuccess && (
          <Button
            variant="default"
            size="compact-sm"
            aria-label={t('reports.csvFor', { report: title })}
            onClick={() => {
              const file = csv(result.data);
              download(file.fileName, file.text);
            }}
          >
            {t('reports.csv')}
          </Button>
        )}
      </Group>
      {result.isPending && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
      {result.isError && (
        <Alert color="red" p="xs" title={describeProblem(result.error, t).message}>
          <Button size="xs" variant="light" onClick={() => void result.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      )}
      {result.isSuccess && children(result.data, titleId)}
    </Paper>
  );
}
