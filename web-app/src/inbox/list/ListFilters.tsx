import { Badge, Group, NativeSelect, SegmentedControl, Stack, Tabs, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connection } from '../../api/types';
import type { ListFilters as Filters } from '../model/keys';
import type { UnreadCounts } from './useUnreadCounts';

export interface ListFiltersProps {
  filters: Filters;
  onChange: (patch: Partial<Filters>) => void;
  connections: Connection[];
  labels: string[];
  unread: UnreadCounts | undefined;
}

const TABS: Filters['tab'][] = ['mine', 'unassigned', 'all'];
const STATUSES: Filters['status'][] = ['OPEN', 'PENDING', 'RESOLVED'];

/** Tabs Mine / Unassigned / All with unread counts, status, number, label and search. */
export function ListFilters({ filters, onChange, connections, labels, unread }: ListFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q);
  const search = useDebouncedCallback((value: string) => onChange({ q: value }), 300);
  return (
    <Stack gap={6} p="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Tabs value={filters.tab} onChange={(tab) => tab && onChange({ tab: tab as Filters['tab'] })}>
        <Tabs.List grow aria-label={t('list.tabs')}>
          {TABS.map((tab) => {
            const count = unread?.[tab];
            return (
              <Tabs.Tab
                key={tab}
                value={tab}
                px={6}
                // each tab as wide as its label first (not a third each), then the room left shared out; a label
                // still too long (a phone, pt-BR "Não atribuídas") is cut short, never the count beside it
                style={{ flex: '1 1 auto' }}
                styles={{
                  tabSection: { flexShrink: 0 },
                  tabLabel: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
                }}
                rightSection={
                  count && count.count > 0 ? (
                    <Badge
                      size="xs"
                      color="teal"
                      style={{ flexShrink: 0 }}
                      aria-label={t('list.unreadConversations', { count: count.count })}
                    >
                      {count.count}
                      {count.more ? '+' : ''}
                    </Badge>
                  ) : null
                }
              >
                {t(`list.tab.${tab}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
      </Tabs>
      <SegmentedControl
        size="xs"
        fullWidth
        value={filters.status}
        onChange={(status) => onChange({ status: status as Filters['status'] })}
        data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        aria-label={t('list.status')}
      />
      <TextInput
        size="xs"
        type="search"
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          search(e.currentTarget.value);
        }}
        placeholder={t('list.searchPlaceholder')}
        aria-label={t('list.search')}
        maxLength={100}
      />
      <Group grow gap={6}>
        <NativeSelect
          size="xs"
          aria-label={t('list.connection')}
          value={filters.connectionId ?? ''}
          onChange={(e) => onChange({ connectionId: e.currentTarget.value || null })}
          data={[
            { value: '', label: t('list.allConnections') },
            ...connections.map((c) => ({ value: c.id, label: c.name ?? c.displayPhoneNumber ?? c.id })),
          ]}
        />
        <NativeSelect
          size="xs"
          aria-label={t('list.labelFilter')}
          value={filters.label ?? ''}
          onChange={(e) => onChange({ label: e.currentTarget.value || null })}
          data={[{ value: '', label: t('list.allLabels') }, ...labels.map((l) => ({ value: l, label: l }))]}
        />
      </Group>
    </Stack>
  );
}
