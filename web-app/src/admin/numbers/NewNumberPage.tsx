import { Alert, Anchor, Button, Group, PasswordInput, Radio, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { describeProblem } from '../../api/problem';
import { keys } from '../../inbox/model/keys';
import { createNumber, qrOf } from './api';

type Kind = 'EVOLUTION' | 'CLOUD_API';
const CLOUD_FIELDS = ['phoneNumberId', 'businessAccountId', 'accessToken', 'appSecret'] as const;
type CloudField = (typeof CLOUD_FIELDS)[number];
const FIELDS = ['type', 'name', ...CLOUD_FIELDS] as const;

/** Adds a number: an Evolution number (a QR code to scan next) or a Cloud API number with Meta's credentials. */
export default function NewNumberPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>('EVOLUTION');
  const [name, setName] = useState('');
  const [cloud, setCloud] = useState<Record<CloudField, string>>({
    phoneNumberId: '',
    businessAccountId: '',
    accessToken: '',
    appSecret: '',
  });
  const create = useMutation({
    mutationFn: () =>
      createNumber(kind === 'EVOLUTION' ? { type: kind, name } : { type: kind, name, ...trimmed(cloud) }),
    onSuccess: (created) => {
      queryClient.setQueryData(keys.connection(created.id), created);
      const qr = qrOf(created);
      if (qr) queryClient.setQueryData(keys.connectionQr(created.id), qr);
      void queryClient.invalidateQueries({ queryKey: keys.connections(), exact: true });
      void navigate(`/admin/numbers/${created.id}`);
    },
  });
  const problem = create.isError ? describeProblem(create.error, t, FIELDS) : null;
  const fieldErrors = problem?.fieldErrors ?? {};
  const onField = Object.keys(fieldErrors).length > 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const cloudInput = (field: CloudField, secret = false) => {
    const props = {
      key: field,
      label: t(`numbers.form.${field}`),
      description: t(`numbers.form.${field}Help`),
      value: cloud[field],
      error: fieldErrors[field],
      required: true,
      autoComplete: 'off',
      onChange: (e: { currentTarget: { value: string } }) => {
        const value = e.currentTarget.value;
        setCloud((c) => ({ ...c, [field]: value }));
      },
    };
    // Mantine marks a PasswordInput's error for screen readers only through aria-describedby: say it is invalid too
    return secret ? (
      <PasswordInput {...props} aria-invalid={props.error ? true : undefined} />
    ) : (
      <TextInput {...props} inputMode="numeric" />
    );
  };

  return (
    <Stack p="md" gap="md" maw={640} component="section" aria-labelledby="new-number-title">
      <Anchor component={Link} to="/admin/numbers" size="sm">
        {t('numbers.back')}
      </Anchor>
      <Title id="new-number-title" order={1} size="h3">
        {t('numbers.addTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Radio.Group label={t('numbers.form.type')} value={kind} onChange={(v) => setKind(v as Kind)}>
            <Stack gap="xs" mt={6}>
              <Radio value="EVOLUTION" label={t('numbers.type.EVOLUTION')} description={t('numbers.form.evolutionHelp')} />
              <Radio value="CLOUD_API" label={t('numbers.type.CLOUD_API')} description={t('numbers.form.cloudHelp')} />
            </Stack>
          </Radio.Group>
          <TextInput
            label={t('numbers.form.name')}
            description={t('numbers.form.nameHelp')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldErrors['name']}
            required
            maxLength={100}
          />
          {kind === 'CLOUD_API' && (
            <>
              {cloudInput('phoneNumberId')}
              {cloudInput('businessAccountId')}
              {cloudInput('accessToken', true)}
              {cloudInput('appSecret', true)}
            </>
          )}
          {problem && (
            <Alert color="red" role="alert" title={problem.message}>
              {!onField && problem.detail}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button component={Link} to="/admin/numbers" variant="default">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t(kind === 'EVOLUTION' ? 'numbers.form.createEvolution' : 'numbers.form.createCloud')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function trimmed(values: Record<CloudField, string>): Record<CloudField, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()])) as Record<CloudField, string>;
}
