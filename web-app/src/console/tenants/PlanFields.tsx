import { NumberInput, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GIB, type PlanLimits } from './api';

/** The largest figure the service takes (a 32-bit integer). */
const INT_MAX = 2_147_483_647;

/** A plan in the form's terms: numbers as typed (empty while being typed), the media quota in GiB. */
export interface PlanValues {
  maxConnections: number | string;
  maxAgents: number | string;
  messagesPerMonth: number | string;
  mediaQuotaGib: number | string;
  mediaRetentionDays: number | string;
  apiRequestsPerMinute?: number | string;
}

export type PlanField = keyof PlanValues;

export function planValues(limits: PlanLimits & { apiRequestsPerMinute?: number }): PlanValues {
  return {
    maxConnections: limits.maxConnections,
    maxAgents: limits.maxAgents,
    messagesPerMonth: limits.messagesPerMonth,
    mediaQuotaGib: Math.round((limits.mediaQuotaBytes / GIB) * 100) / 100,
    mediaRetentionDays: limits.mediaRetentionDays,
    ...(limits.apiRequestsPerMinute !== undefined ? { apiRequestsPerMinute: limits.apiRequestsPerMinute } : {}),
  };
}

/** The plan to send: what the service takes (bytes for the quota); an empty field is sent as it is, for the service to refuse. */
export function planLimits(values: PlanValues): PlanLimits & { apiRequestsPerMinute?: number } {
  const number = (v: number | string) => (typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v));
  const quota = number(values.mediaQuotaGib);
  return {
    maxConnections: number(values.maxConnections),
    maxAgents: number(values.maxAgents),
    messagesPerMonth: number(values.messagesPerMonth),
    mediaQuotaBytes: Number.isNaN(quota) ? quota : Math.round(quota * GIB),
    mediaRetentionDays: number(values.mediaRetentionDays),
    ...(values.apiRequestsPerMinute !== undefined ? { apiRequestsPerMinute: number(values.apiRequestsPerMinute) } : {}),
  };
}

/** The fields left empty, under the service's names (nothing is sent while one is). */
export function emptyPlanFields(values: PlanValues): string[] {
  return (Object.keys(SERVICE_FIELD) as PlanField[])
    .filter((name) => values[name] !== undefined && String(values[name]).trim() === '')
    .map((name) => SERVICE_FIELD[name]);
}

/** The service's name of each field of the form (its errors come back under that name). */
export const SERVICE_FIELD: Record<PlanField, string> = {
  maxConnections: 'maxConnections',
  maxAgents: 'maxAgents',
  messagesPerMonth: 'messagesPerMonth',
  mediaQuotaGib: 'mediaQuotaBytes',
  mediaRetentionDays: 'mediaRetentionDays',
  apiRequestsPerMinute: 'apiRequestsPerMinute',
};

/** The plan's limits, two a row where there is room; each error on its field. */
export function PlanFields({
  values,
  onChange,
  errors,
}: {
  values: PlanValues;
  onChange: (field: PlanField, value: number | string) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t, i18n } = useTranslation();
  // digits grouped as the person's language does (1,000.5 or 1.000,5)
  const portuguese = i18n.language.startsWith('pt');
  const field = (name: PlanField, more: { min?: number; max?: number; decimalScale?: number; description?: string } = {}) => (
    <NumberInput
      key={name}
      label={t(`console.plan.${name}`)}
      value={values[name]}
      onChange={(value) => onChange(name, value)}
      error={errors[SERVICE_FIELD[name]]}
      min={more.min ?? 0}
      max={more.max}
      decimalScale={more.decimalScale ?? 0}
      allowNegative={false}
      thousandSeparator={portuguese ? '.' : ','}
      decimalSeparator={portuguese ? ',' : '.'}
      description={more.description}
      required
      data-testid={`plan-${name}`}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
      {field('maxConnections', { max: 10_000, description: t('console.plan.maxConnectionsHelp') })}
      {field('maxAgents', { max: 100_000, description: t('console.plan.maxAgentsHelp') })}
      {field('messagesPerMonth', { max: INT_MAX, description: t('console.plan.messagesPerMonthHelp') })}
      {values.apiRequestsPerMinute !== undefined &&
        field('apiRequestsPerMinute', { max: INT_MAX, description: t('console.plan.apiRequestsPerMinuteHelp') })}
      {field('mediaQuotaGib', { decimalScale: 2, description: t('console.plan.mediaQuotaGibHelp') })}
      {field('mediaRetentionDays', { max: 36_500, description: t('console.plan.mediaRetentionDaysHelp') })}
    </SimpleGrid>
  );
}
