import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import { useIdentity } from '../../app/IdentityContext';
import { keys } from '../../inbox/model/keys';
import { useTenant } from '../../inbox/useTenant';
import { listTeam, nameOf, seatsUsed, sortTeam } from './api';
import { InviteDialog } from './InviteDialog';
import { PersonCard } from './PersonCard';

/** The company's people: their roles and state, the plan's seats, and inviting someone new. */
export default function TeamPage() {
  const { t, i18n } = useTranslation();
  const identity = useIdentity();
  // opened again, the page reads the list anew: people accept invitations and change elsewhere
  const team = useQuery({ queryKey: keys.agents(), queryFn: listTeam, refetchOnMount: 'always' });
  const limit = useTenant().data?.limits?.maxAgents;
  const [inviting, dialog] = useDisclosure(false);
  const [added, setAdded] = useState<{ name: string; email: string; invited: boolean } | null>(null);
  const used = team.data ? seatsUsed(team.data) : 0;
  const full = limit !== undefined && team.data !== undefined && used >= limit;
  const people = team.data ? sortTeam(team.data, i18n.language) : [];
  return (
    <Stack p="md" gap="md" maw={960} component="section" aria-labelledby="team-title">
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <div>
          <Title id="team-title" order={1} size="h3">
            {t('team.title')}
          </Title>
          {limit !== undefined && team.data && (
            <Text size="sm" c="dimmed" data-testid="team-seats">
              {t('team.seats', { used, limit })}
            </Text>
          )}
        </div>
        <Button onClick={dialog.open} disabled={full} aria-describedby={full ? 'team-full' : undefined}>
          {t('team.invite.button')}
        </Button>
      </Group>
      {full && (
        <Text id="team-full" size="sm">
          {t('team.planFull')}
        </Text>
      )}
      {added && (
        <Alert color="teal" role="status" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setAdded(null)}>
          {t(added.invited ? 'team.invite.sent' : 'team.invite.added', added)}
        </Alert>
      )}
      {team.isError && (
        <Alert color="red" title={describeProblem(team.error, t).message}>
          <Button size="xs" variant="light" onClick={() => void team.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      )}
      {team.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      <Stack gap="xs" component="ul" aria-labelledby="team-title" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {people.map((person) => (
          <PersonCard key={person.id} person={person} self={person.id === identity.userId} />
        ))}
      </Stack>
      <Text size="sm" c="dimmed">
        {t('team.seatsHelp')}
      </Text>
      <InviteDialog
        opened={inviting}
        onClose={dialog.close}
        onAdded={(person, invited) => setAdded({ name: nameOf(person), email: person.email ?? '', invited })}
      />
    </Stack>
  );
}
