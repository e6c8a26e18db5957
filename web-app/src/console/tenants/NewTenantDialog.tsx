import { Alert, Button, Flex, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../api/types';
import { consoleKeys } from '../keys';
import { AdminForm } from './AdminForm';
import { createTenant, DEFAULT_PLAN, type NewTenant, type Tenant } from './api';
import { emptyPlanFields, PlanFields, planLimits, planValues, type PlanValues } from './PlanFields';
import { tenantProblem } from './problems';

const FIELDS = ['name', 'slug', 'domains', 'maxConnections', 'maxAgents', 'messagesPerMonth', 'mediaQuotaBytes', 'mediaRetentionDays'];

/** A slug suggested by the name: lowercase letters, digits and hyphens, as the service takes it. */
export function slugFrom(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}

/** The domains as typed: separated by commas, spaces or lines. */
export function domainsFrom(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
}

export interface Created {
  tenant: Tenant;
  admin: { person: Agent; invited: boolean } | null;
}

/**
 * A new company in two steps: its name, slug, domains and plan (the default plan offered), then its first admin
 * (invited by e-mail or with a temporary password), which may be left for later.
 */
export function NewTenantDialog({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (created: Created) => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const [tenant, setTenant] = useState<Tenant | null>(null);
  const close = () => {
    setTenant(null);
    onClose();
  };
  const done = (admin: Created['admin']) => {
    if (tenant) onCreated({ tenant, admin });
    close();
  };
  return (
    <Modal
      opened={opened}
      onClose={tenant ? () => done(null) : close}
      title={t(tenant ? 'console.create.adminTitle' : 'console.create.title')}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {tenant ? (
        <AdminForm
          tenantId={tenant.id ?? ''}
          companyName={tenant.name ?? ''}
          cancelLabel={t('console.create.later')}
          onCancel={() => done(null)}
          onAdded={(person, invited) => done({ person, invited })}
        />
      ) : (
        <CompanyForm onCancel={close} onCreated={setTenant} />
      )}
    </Modal>
  );
}

function CompanyForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (tenant: Tenant) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugTyped, setSlugTyped] = useState(false);
  const [domains, setDomains] = useState('');
  const [plan, setPlan] = useState<PlanValues>(() => planValues(DEFAULT_PLAN));
  const [empty, setEmpty] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: (body: NewTenant) => createTenant(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: consoleKeys.tenants() }),
  });
  const problem = create.isError ? tenantProblem(create.error, t, FIELDS) : null;
  const errors: Record<string, string | undefined> = {
    ...problem?.fieldErrors,
    ...Object.fromEntries(empty.map((field) => [field, t('validation.required')])),
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = [...(name.trim() ? [] : ['name']), ...(slug.trim() ? [] : ['slug']), ...emptyPlanFields(plan)];
    setEmpty(missing);
    if (missing.length > 0) return;
    const { apiRequestsPerMinute: _, ...limits } = planLimits(plan);
    const list = domainsFrom(domains);
    create.mutate(
      { slug: slug.trim(), name: name.trim(), ...(list.length ? { domains: list } : {}), limits },
      { onSuccess: onCreated },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('console.create.name')}
          value={name}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setName(value);
            if (!slugTyped) setSlug(slugFrom(value));
          }}
          error={errors['name']}
          required
          maxLength={200}
          autoComplete="off"
          data-autofocus
        />
        <TextInput
          label={t('console.create.slug')}
          description={t('console.create.slugHelp')}
          value={slug}
          onChange={(e) => {
            setSlug(e.currentTarget.value);
            setSlugTyped(true);
          }}
          error={errors['slug']}
          required
          maxLength={63}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
        <TextInput
          label={t('console.create.domains')}
          description={t('console.create.domainsHelp')}
          value={domains}
          onChange={(e) => setDomains(e.currentTarget.value)}
          error={errors['domains']}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
        <Title order={3} size="h5" mt="xs">
          {t('console.plan.title')}
        </Title>
        <Text size="sm" c="dimmed" mt={-8}>
          {t('console.create.planHelp')}
        </Text>
        <PlanFields values={plan} onChange={(field, value) => setPlan((p) => ({ ...p, [field]: value }))} errors={errors} />
        {problem && Object.keys(problem.fieldErrors).length === 0 && (
          <Alert color="red" role="alert" title={problem.message}>
            {problem.detail}
          </Alert>
        )}
        <Flex direction={{ base: 'column-reverse', xs: 'row' }} justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('console.create.submit')}
          </Button>
        </Flex>
      </Stack>
    </form>
  );
}
