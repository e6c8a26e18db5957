import { NativeSelect, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../ui/FormFooter';
import type { Tenant } from '../../api/types';
import { LANGUAGES } from '../../i18n';
import { Done } from './Done';
import { settingsProblem } from './problems';
import { timeZoneOptions } from './timeZones';
import { useSaveSettings } from './useSettingsActions';

const FIELDS = ['name', 'timezone', 'defaultLanguage'] as const;

/** The company: its name, its time zone and default language. */
export function OrganizationSettings({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const settings = tenant.settings;
  const [name, setName] = useState(tenant.name ?? '');
  const [timezone, setTimezone] = useState(settings?.timezone ?? 'UTC');
  const [language, setLanguage] = useState(settings?.defaultLanguage ?? 'en');
  const zones = useMemo(() => timeZoneOptions(settings?.timezone), [settings?.timezone]);
  const languages = useMemo(() => {
    const known: string[] = [...LANGUAGES];
    const all = known.includes(language) ? known : [...known, language];
    return all.map((l) => ({ value: l, label: known.includes(l) ? t(`languages.${l}`) : l }));
  }, [language, t]);
  const save = useSaveSettings();
  const [saved, setSaved] = useState(false);
  const problem = save.isError ? settingsProblem(save.error, t, FIELDS) : null;
  const fieldErrors = problem?.fieldErrors ?? {};

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate({ name, timezone, defaultLanguage: language }, { onSuccess: () => setSaved(true) });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="organization-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title id="organization-title" order={2} size="h4">
            {t('settings.organization.title')}
          </Title>
          <TextInput
            label={t('settings.organization.name')}
            description={t('settings.organization.nameHelp')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldErrors['name']}
            maxLength={200}
            required
            data-testid="organization-name"
          />
          <Select
            label={t('settings.organization.timezone')}
            description={t('settings.organization.timezoneHelp')}
            data={zones}
            value={timezone}
            onChange={(value) => value && setTimezone(value)}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('settings.organization.noZone')}
            error={fieldErrors['timezone']}
            maxDropdownHeight={280}
            // some 420 zones: in the page only while the list is open
            comboboxProps={{ keepMounted: false }}
            required
          />
          <NativeSelect
            label={t('settings.organization.language')}
            description={t('settings.organization.languageHelp')}
            data={languages}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value)}
            error={fieldErrors['defaultLanguage']}
            required
          />
          <FormFooter
            problem={problem}
            saving={save.isPending}
            status={saved && <Done text={t('settings.saved')} onClose={() => setSaved(false)} />}
          />
        </Stack>
      </form>
    </Paper>
  );
}
