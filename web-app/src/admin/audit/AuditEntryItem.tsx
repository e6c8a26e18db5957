import { Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { AuditEntry } from './api';
import { actionName, actorName, detailsOf, targetName, type KnownNames } from './present';

const DETAILS = {
  display: 'grid',
  gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
  columnGap: 12,
  rowGap: 2,
  margin: 0,
} as const;

/**
 * One entry: what was done and when, (in the log across companies) in which company, by whom, on what, and the fields
 * recorded with it.
 */
export function AuditEntryItem({
  entry,
  names,
  company,
}: {
  entry: AuditEntry;
  names: KnownNames;
  /** The company the entry belongs to, in the log across companies (a line of its own under the action). */
  company?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const details = detailsOf(entry, t, i18n.language);
  return (
    <Paper withBorder p="sm" component="li" data-testid="audit-entry">
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap={4} align="baseline">
          <Text fw={600} data-testid="audit-action">
            {actionName(entry.action, t)}
          </Text>
          <Text size="sm" c="dimmed" component="time" dateTime={entry.at}>
            {format.dateTime(entry.at)}
          </Text>
        </Group>
        {company && (
          <Text size="sm" data-testid="audit-company" style={{ overflowWrap: 'anywhere' }}>
            {company}
          </Text>
        )}
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <span data-testid="audit-actor">{t('audit.by', { name: actorName(entry, names.people, t) })}</span>
          {' · '}
          <span data-testid="audit-target" title={entry.target ?? undefined}>
            {targetName(entry.target, names, t)}
          </span>
        </Text>
        {details.length > 0 && (
          <dl style={DETAILS} data-testid="audit-details">
            {details.map((d) => (
              <div key={d.field} style={{ display: 'contents' }}>
                <Text component="dt" size="sm" c="dimmed">
                  {d.label}
                </Text>
                <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
                  {d.value}
                </Text>
              </div>
            ))}
          </dl>
        )}
      </Stack>
    </Paper>
  );
}
