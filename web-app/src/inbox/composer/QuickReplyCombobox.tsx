import { Combobox, Text, useCombobox } from '@mantine/core';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { matchingQuickReplies, useQuickReplies, type QuickReply } from '../../api/quickReplies';

interface Props {
  /** The composer's text: `/` and the start of a shortcut opens the list. */
  draft: string;
  enabled: boolean;
  onPick: (reply: QuickReply) => void;
  /** The field, told whether the list is open (Enter then picks instead of sending). */
  children: (picking: boolean) => ReactElement;
}

/** The company's quick replies offered under the composer's field as the agent types `/` and a shortcut. */
export function QuickReplyCombobox({ draft, enabled, onPick, children }: Props) {
  const { t } = useTranslation();
  const replies = useQuickReplies(enabled);
  // Escape (or a click elsewhere) closes the list for this draft; typing on opens it again
  const [dismissed, setDismissed] = useState<string | null>(null);
  const candidates = enabled ? matchingQuickReplies(draft, replies.data ?? []) : null;
  const picking = candidates !== null && dismissed !== draft && replies.isSuccess;
  const first = candidates?.[0]?.id;
  const combobox = useCombobox({ opened: picking, onOpenedChange: (opened) => !opened && setDismissed(draft) });

  useEffect(() => {
    if (picking && first) combobox.selectFirstOption();
  }, [picking, first]); // not on the store: it is a new object at every render

  return (
    <Combobox
      store={combobox}
      width="target"
      position="top-start"
      onOptionSubmit={(id) => {
        const reply = candidates?.find((r) => r.id === id);
        if (reply) onPick(reply);
        setDismissed(reply?.text ?? draft);
      }}
    >
      <Combobox.Target>{children(picking && Boolean(first))}</Combobox.Target>
      <Combobox.Dropdown hidden={!picking}>
        <Combobox.Options aria-label={t('quickReplies.picker.label')} mah={240} style={{ overflowY: 'auto' }}>
          {candidates?.length ? (
            candidates.map((reply) => (
              <Combobox.Option value={reply.id} key={reply.id}>
                <Text size="sm" fw={700}>
                  /{reply.shortcut}
                </Text>
                <Text size="xs" lineClamp={1}>
                  {reply.mediaType ? `[${t(`messageType.${reply.mediaType}`)}] ` : ''}
                  {reply.text}
                </Text>
              </Combobox.Option>
            ))
          ) : (
            <Combobox.Empty>{t('quickReplies.picker.empty', { prefix: draft.slice(1) })}</Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
