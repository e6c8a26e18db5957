import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Message, Note, SendMessageBody } from '../../api/types';
import { addNote, sendMessage } from '../api';
import { keys } from '../model/keys';
import { mergeMessages, type MessageWindow } from '../model/messages';

/** Puts a message the service accepted into the conversation at once (the live event later merges into it). */
export function useAddToWindow(conversationId: string) {
  const client = useQueryClient();
  return (message: Message) =>
    client.setQueryData<MessageWindow>(keys.messages(conversationId), (w) =>
      w ? { ...w, messages: mergeMessages(w.messages, [message]) } : w,
    );
}

export function useSendMessage(conversationId: string) {
  const add = useAddToWindow(conversationId);
  return useMutation({
    mutationFn: (body: SendMessageBody) => sendMessage(conversationId, body),
    onSuccess: add,
  });
}

export function useAddNote(conversationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => addNote(conversationId, text),
    onSuccess: (note) =>
      client.setQueryData<Note[]>(keys.notes(conversationId), (notes) =>
        notes && !notes.some((n) => n.id === note.id) ? [...notes, note] : notes,
      ),
  });
}
