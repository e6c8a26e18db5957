import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadableProblem } from '../../api/problem';
import { AUDIT_PAGE, type AuditEntry } from './api';

/** The log's entries, a page at a time (newest first), each once; asked again whenever the page is shown. */
export function useAuditLog(queryKey: QueryKey, page: (index: number) => Promise<AuditEntry[]>, enabled: boolean) {
  const entries = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => page(pageParam),
    initialPageParam: 0,
    getNextPageParam: (last, _pages, index) => (last.length < AUDIT_PAGE ? undefined : index + 1),
    enabled,
    staleTime: 0,
  });
  const list = useMemo(() => unique(entries.data?.pages.flat() ?? []), [entries.data]);
  return { entries, list };
}

export type AuditLog = ReturnType<typeof useAuditLog>;

/** Entries once each: an entry recorded while paging moves the older ones down a page. */
function unique(entries: AuditEntry[]): AuditEntry[] {
  const seen = new Set<number>();
  return entries.filter((e) => !seen.has(e.id) && seen.add(e.id));
}

/**
 * The log under its filters: what went wrong (when no filter's field says it), how many entries are shown, Refresh,
 * the entries (a list named by `labelledBy`) and "Load more".
 */
export function AuditList({
  log: { entries, list },
  problem,
  problemOnField,
  backwards,
  filtered,
  labelledBy,
  renderEntry,
}: {
  log: AuditLog;
  problem: ReadableProblem | null;
  /** The problem is said on a filter's field (then not again here). */
  problemOnField: boolean;
  /** The period ends before it starts: nothing is asked. */
  backwards: boolean;
  filtered: boolean;
  labelledBy: string;
  renderEntry: (entry: AuditEntry) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {problem && !problemOnField && (
        <Alert color="red" title={problem.message}>
          <Button size="xs" variant="light" onClick={() => void entries.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      )}
      {entries.isPending && !backwards && <Text c="dimmed">{t('common.loading')}</Text>}
      <Group justify="space-between" wrap="nowrap" gap="xs" align="center">
        {/* present before the answer, so that screen readers announce what a filter or "Load more" changed */}
        <Text size="sm" c={list.length > 0 ? 'dimmed' : undefined} role="status" data-testid="audit-count">
          {entries.isSuccess &&
            (list.length === 0
              ? t(filtered ? 'audit.noneMatching' : 'audit.none')
              : t(entries.hasNextPage ? 'audit.shownMore' : 'audit.shown', { count: list.length }))}
        </Text>
        <Button
          variant="default"
          size="xs"
          style={{ flex: 'none' }}
          onClick={() => void entries.refetch()}
          loading={entries.isFetching && !entries.isFetchingNextPage}
          disabled={backwards}
        >
          {t('audit.refresh')}
        </Button>
      </Group>
      <Stack gap="xs" component="ul" aria-labelledby={labelledBy} m={0} p={0} style={{ listStyle: 'none' }}>
        {list.map(renderEntry)}
      </Stack>
      {entries.hasNextPage && (
        <Button variant="default" onClick={() => void entries.fetchNextPage()} loading={entries.isFetchingNextPage}>
          {t('audit.more')}
        </Button>
      )}
    </>
  );
}
