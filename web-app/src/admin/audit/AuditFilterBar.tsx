import { Button, Grid, NativeSelect, Text, TextInput } from '@mantine/core';
import type { ComboboxStringGroupData } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, PLATFORM_ACTIONS } from './api';
import { actionName } from './present';
import type { AuditFilters } from './useAuditFilters';

const NONE: AuditFilters = { action: null, actor: null, from: null, to: null };
const HINTS = { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' } as const;

export interface Person {
  id: string;
  name: string;
}

/**
 * Who acted: one of the company's people (a choice among them), or, where there is no one list of people, their id
 * typed in (kept when the field is left or Enter is pressed).
 */
export type ActorFilter =
  | {
      people: Person[];
      /** Why the team could not be listed (the "who" list then holds only "anyone"). */
      peopleError?: string;
    }
  | { label: string; error?: string };

export interface AuditFilterBarProps {
  filters: AuditFilters;
  onChange: (patch: Partial<AuditFilters>) => void;
  actor: ActorFilter;
  /** The hint under the filters: the time zone of the days. */
  timeZoneHint: string;
  errors: { from?: string; to?: string };
  /** Filters of the page's own, before the action (the console's company). */
  leading?: ReactNode;
  /** The platform's own actions among the choices (the log across companies). */
  platformActions?: boolean;
  /** Whether a filter is set, the page's own included; the action, person and period by default. */
  filtered?: boolean;
  /** Clears every filter, the page's own included; the action, person and period by default. */
  onClear?: () => void;
}

/** Action, person and period (days, both included), after the page's own filters; every change goes to the address. */
export function AuditFilterBar({
  filters,
  onChange,
  actor,
  timeZoneHint,
  errors,
  leading,
  platformActions = false,
  filtered = Boolean(filters.action || filters.actor || filters.from || filters.to),
  onClear = () => onChange(NONE),
}: AuditFilterBarProps) {
  const { t } = useTranslation();
  const groups: [string, readonly string[]][] = [
    ...Object.entries(AUDIT_ACTIONS).map(([group, items]): [string, readonly string[]] => [t(`audit.group.${group}`), items]),
    ...(platformActions ? [[t('audit.group.platform'), PLATFORM_ACTIONS] as [string, readonly string[]]] : []),
  ];
  const listed = groups.some(([, items]) => items.includes(filters.action ?? ''));
  const actions: ComboboxStringGroupData = [
    { value: '', label: t('audit.filters.anyAction') },
    ...(filters.action && !listed ? [{ value: filters.action, label: filters.action }] : []),
    ...groups.map(([group, items]) => ({ group, items: items.map((action) => ({ value: action, label: actionName(action, t) })) })),
  ];
  // with the page's own filter first, the action and the person share its row
  const wide = leading ? 4 : 3;
  return (
    <div role="search" aria-label={t('audit.filters.label')}>
      <Grid gap="xs" align="flex-start">
        {leading}
        <Grid.Col span={{ base: 12, sm: 6, md: wide }}>
          <NativeSelect
            label={t('audit.filters.action')}
            value={filters.action ?? ''}
            onChange={(e) => onChange({ action: e.currentTarget.value || null })}
            data={actions}
          />
        </Grid.Col>
        {'people' in actor ? (
          <Grid.Col span={{ base: 12, sm: 6, md: wide }}>
            <NativeSelect
              label={t('audit.filters.actor')}
              value={filters.actor ?? ''}
              onChange={(e) => onChange({ actor: e.currentTarget.value || null })}
              data={[
                { value: '', label: t('audit.filters.anyone') },
                ...actor.people.map((p) => ({ value: p.id, label: p.name })),
                ...(filters.actor && !actor.people.some((p) => p.id === filters.actor)
                  ? [{ value: filters.actor, label: filters.actor }]
                  : []),
              ]}
              error={actor.peopleError}
            />
          </Grid.Col>
        ) : (
          <Grid.Col span={{ base: 12, md: wide }}>
            <TextInput
              label={actor.label}
              defaultValue={filters.actor ?? ''}
              key={filters.actor ?? ''}
              onBlur={(e) => onChange({ actor: e.currentTarget.value.trim() || null })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') onChange({ actor: e.currentTarget.value.trim() || null });
              }}
              error={actor.error}
              maxLength={64}
              autoComplete="off"
              spellCheck={false}
            />
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 6, md: 3 }}>
          <TextInput
            type="date"
            label={t('audit.filters.from')}
            value={filters.from ?? ''}
            max={filters.to ?? undefined}
            onChange={(e) => onChange({ from: e.currentTarget.value || null })}
            error={errors.from}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 3 }}>
          <TextInput
            type="date"
            label={t('audit.filters.to')}
            value={filters.to ?? ''}
            min={filters.from ?? undefined}
            onChange={(e) => onChange({ to: e.currentTarget.value || null })}
            error={errors.to}
          />
        </Grid.Col>
      </Grid>
      <Text size="xs" c="dimmed" mt={6} component="div" style={HINTS}>
        <span>{timeZoneHint}</span>
        {filtered && (
          <Button variant="subtle" size="compact-xs" onClick={onClear}>
            {t('audit.filters.clear')}
          </Button>
        )}
      </Text>
    </div>
  );
}
