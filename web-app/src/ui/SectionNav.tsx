import { Anchor, Group, ScrollArea } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { FullPageMessage } from './FullPageMessage';

export interface Section {
  to: string;
  label: string;
}

/**
 * A part of the app under a bar of its sections (a navigation landmark named `label`), the section's page below it,
 * scrolling on its own, with "Loading…" while a lazy page arrives.
 */
export function SectionNav({ label, sections, children }: { label: string; sections: readonly Section[]; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <ScrollArea type="never" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', flex: 'none' }}>
        <nav aria-label={label}>
          <Group gap="md" px="md" py="xs" wrap="wrap" style={{ rowGap: 4 }}>
            {sections.map((section) => (
              <Anchor key={section.to} component={NavLink} to={section.to} size="sm" style={{ whiteSpace: 'nowrap' }}>
                {section.label}
              </Anchor>
            ))}
          </Group>
        </nav>
      </ScrollArea>
      <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        <Suspense fallback={<FullPageMessage title={t('common.loading')} loading asMain={false} />}>{children}</Suspense>
      </div>
    </div>
  );
}
