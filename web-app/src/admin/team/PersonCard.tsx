import { Alert, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../api/types';
import { useFormat } from '../../i18n/format';
import { nameOf } from './api';
import { PersonActions, type Done } from './PersonActions';
import { teamProblem } from './problems';
import { useTeamActions } from './useTeamActions';

/** The orange dot before "invited" (the words say it; the colour only echoes it). */
const DOT = {
  display: 'inline-block',
  width: 8,
  height: 8,
  borderRadius: '50%',
  marginInlineEnd: 6,
  background: 'var(--mantine-color-orange-6)',
} as const;

/** One person of the team: who they are, their role and state, what an admin can do, and how that went. */
export function PersonCard({ person, self }: { person: Agent; self: boolean }) {
  const { t } = useTranslation();
  const id = person.id ?? '';
  const actions = useTeamActions(id);
  const [done, setDone] = useState<Done | null>(null);
  // a temporary password's failure stays in its own dialog
  const failed = [actions.update, actions.sendReset].find((m) => m.isError);
  const problem = failed ? teamProblem(failed.error, t) : null;
  return (
    <Paper withBorder p="sm" component="li" data-testid="team-person">
      <Stack gap={6}>
        <PersonDetails
          person={person}
          self={self}
          actions={
            <PersonActions
              person={person}
              self={self}
              actions={actions}
              onDone={(what) => {
                setDone(what);
                for (const m of [actions.update, actions.sendReset]) if (m.isError) m.reset();
              }}
              onStart={() => setDone(null)}
            />
          }
        />
        {done && (
          <Alert color="teal" role="status" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setDone(null)} p="xs">
            {t(`team.done.${done}`, { name: nameOf(person), email: person.email ?? '' })}
          </Alert>
        )}
        {problem && (
          <Alert color="red" role="alert" title={problem.message} p="xs">
            {problem.detail}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** Who a person is (name, username, e-mail), their role, state and last sign-in; `actions` beside the name. */
export function PersonDetails({ person, self = false, actions }: { person: Agent; self?: boolean; actions?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const disabled = person.enabled === false;
  return (
    <>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Text fw={600} c={disabled ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
            {nameOf(person)}
            {self && (
              <Text span size="sm" c="dimmed" fw={400}>
                {' '}
                {t('team.you')}
              </Text>
            )}
          </Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {person.username}
            {person.email && (
              <>
                {' · '}
                {/* the address moves to the next line as a whole on a narrow screen */}
                <span style={{ display: 'inline-block', maxWidth: '100%' }}>{person.email}</span>
              </>
            )}
          </Text>
        </div>
        {actions}
      </Group>
      <Group gap={6} wrap="wrap">
        <Badge variant="light" color={person.role === 'tenant-admin' ? 'teal' : 'gray'} data-testid="person-role">
          {person.role ? t(`team.role.${person.role}`, { defaultValue: person.role }) : t('team.role.none')}
        </Badge>
        <Badge variant="dot" color={disabled ? 'red' : 'green'} data-testid="person-status">
          {t(disabled ? 'team.status.disabled' : 'team.status.enabled')}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" data-testid="person-last-sign-in">
        {person.lastSignInAt ? t('team.lastSignIn', { time: format.dateTime(person.lastSignInAt) }) : t('team.neverSignedIn')}
      </Text>
      {person.mustChangePassword && (
        <Text size="sm" data-testid="person-invited">
          <span aria-hidden="true" style={DOT} />
          {t('team.status.invited')}
        </Text>
      )}
    </>
  );
}
