import { Alert, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../ui/FormFooter';
import { consoleKeys } from '../keys';
import { Panel } from '../Panel';
import { planOf, updateTenant, type PlanChanges, type Tenant } from './api';
import { emptyPlanFields, PlanFields, planLimits, planValues, SERVICE_FIELD, type PlanValues } from './PlanFields';
import { tenantProblem } from './problems';

const FIELDS = Object.values(SERVICE_FIELD);

/** The company's plan, changed by platform staff: only what was changed is sent. */
export function PlanForm({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const id = tenant.id ?? '';
  const current = planOf(tenant);
  const [values, setValues] = useState<PlanValues>(() => planValues(current));
  const [empty, setEmpty] = useState<string[]>([]);
  const [saved, setSaved] = useState<'saved' | 'unchanged' | null>(null);
  const save = useMutation({
    mutationFn: (changes: PlanChanges) => updateTenant(id, changes),
    onSuccess: (updated) => {
      queryClient.setQueryData(consoleKeys.tenant(id), updated);
      void queryClient.invalidateQueries({ queryKey: consoleKeys.tenants() });
    },
  });
  const problem = save.isError ? tenantProblem(save.error, t, FIELDS) : null;
  const errors: Record<string, string | undefined> = {
    ...problem?.fieldErrors,
    ...Object.fromEntries(empty.map((field) => [field, t('validation.required')])),
  };
  const closed = tenant.status === 'DELETED' || tenant.status === 'PURGED';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const missing = emptyPlanFields(values);
    setEmpty(missing);
    if (missing.length > 0) return;
    const wanted = planLimits(values);
    const changes = Object.fromEntries(
      (Object.keys(wanted) as (keyof typeof wanted)[])
        .filter((field) => wanted[field] !== current[field] && !(field === 'mediaQuotaBytes' && sameGib(wanted[field], current[field])))
        .map((field) => [field, wanted[field]]),
    ) as PlanChanges;
    if (Object.keys(changes).length === 0) {
      setSaved('unchanged');
      return;
    }
    save.mutate(changes, {
      onSuccess: (updated) => {
        // the plan as the service keeps it now
        setValues(planValues(planOf(updated)));
        setSaved('saved');
      },
    });
  };
  return (
    <Panel id="plan-title" title={t('console.plan.title')}>
      {closed ? (
        <Text size="sm" c="dimmed">
          {t('console.plan.closed')}
        </Text>
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="plan-title">
          <Stack gap="sm">
            <PlanFields
              values={values}
              onChange={(field, value) => {
                setSaved(null);
                setValues((v) => ({ ...v, [field]: value }));
              }}
              errors={errors}
            />
            <FormFooter
              problem={problem}
              saving={save.isPending}
              status={
                saved && (
                  <Alert color="teal" role="status" p="xs" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setSaved(null)}>
                    {t(saved === 'saved' ? 'console.plan.saved' : 'console.plan.unchanged')}
                  </Alert>
                )
              }
            />
          </Stack>
        </form>
      )}
    </Panel>
  );
}

/** The quota is shown to two decimals of GiB: a quota the form could not show exactly is not changed by saving. */
function sameGib(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined && b !== undefined && Math.abs(a - b) < 0.005 * 1024 ** 3;
}
