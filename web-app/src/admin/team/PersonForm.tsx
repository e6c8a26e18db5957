import { Alert, Button, Flex, PasswordInput, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadableProblem } from '../../api/problem';
import type { NewPerson, TeamRole } from './api';

type Access = 'invite' | 'password';
type TextField = 'firstName' | 'lastName' | 'email' | 'username';
type InputProps = Record<string, unknown>;
const EMPTY = { firstName: '', lastName: '', email: '', username: '', password: '' };

/** What is typed for a new person, and how they get in: invited by e-mail (the default) or with a temporary password. */
export function usePersonDraft() {
  const [values, setValues] = useState(EMPTY);
  const [access, setAccess] = useState<Access>('invite');
  return {
    values,
    setValues,
    access,
    setAccess,
    invited: access === 'invite',
    reset: () => {
      setValues(EMPTY);
      setAccess('invite');
    },
    /** The person to add, with `role`: the names and e-mail trimmed, the username in lower case. */
    person: (role: TeamRole): NewPerson => ({
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      email: values.email.trim(),
      username: values.username.trim().toLowerCase(),
      role,
      ...(access === 'password' ? { password: values.password, temporaryPassword: true } : {}),
    }),
  };
}

export type PersonDraft = ReturnType<typeof usePersonDraft>;

/**
 * The form that adds someone: names, e-mail, username, (`role`, where it is chosen) and how they get in; the service's
 * rules land on their fields, what no field carries above the buttons.
 */
export function PersonForm({
  draft,
  problem,
  pending,
  onSubmit,
  onCancel,
  cancelLabel,
  label,
  intro,
  role,
}: {
  draft: PersonDraft;
  problem: ReadableProblem | null;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  cancelLabel: string;
  /** The form's name, where nothing around it names it. */
  label?: string;
  /** Above the fields. */
  intro?: ReactNode;
  /** The choice of role, between the username and the access. */
  role?: ReactNode;
}) {
  const { t } = useTranslation();
  const { values, setValues, access, setAccess } = draft;
  const fieldErrors = problem?.fieldErrors ?? {};
  const onField = Object.keys(fieldErrors).length > 0;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  const input = (field: TextField, more: InputProps = {}) => (
    <TextInput
      label={t(`team.form.${field}`)}
      value={values[field]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [field]: value }));
      }}
      error={fieldErrors[field]}
      required
      autoComplete="off"
      {...more}
    />
  );
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="sm">
        {intro}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {input('firstName', { maxLength: 100, 'data-autofocus': true })}
          {input('lastName', { maxLength: 100 })}
        </SimpleGrid>
        {input('email', { type: 'email', maxLength: 254, inputMode: 'email' })}
        {input('username', {
          description: t('team.form.usernameHelp'),
          maxLength: 100,
          autoCapitalize: 'none',
          spellCheck: false,
        })}
        {role}
        <Radio.Group label={t('team.form.access')} value={access} onChange={(v) => setAccess(v as Access)}>
          <Stack gap="xs" mt={6}>
            <Radio value="invite" label={t('team.form.byEmail')} description={t('team.form.byEmailHelp')} />
            <Radio value="password" label={t('team.form.byPassword')} description={t('team.form.byPasswordHelp')} />
          </Stack>
        </Radio.Group>
        {access === 'password' && (
          <PasswordInput
            label={t('team.form.password')}
            description={t('team.form.passwordHelp')}
            value={values.password}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setValues((v) => ({ ...v, password: value }));
            }}
            // Mantine's PasswordInput marks its input invalid for styling only (data-invalid)
            aria-invalid={Boolean(fieldErrors['password'])}
            error={fieldErrors['password']}
            required
            autoComplete="new-password"
            maxLength={128}
          />
        )}
        {problem && (
          <Alert color="red" role="alert" title={problem.message}>
            {!onField && problem.detail}
          </Alert>
        )}
        {/* on a phone: full-width buttons, the one that sends on top */}
        <Flex direction={{ base: 'column-reverse', xs: 'row' }} justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button type="submit" loading={pending}>
            {t(access === 'invite' ? 'team.invite.send' : 'team.invite.add')}
          </Button>
        </Flex>
      </Stack>
    </form>
  );
}
