import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../api/problem';
import { MAX_UPLOAD_BYTES, uploadMedia } from '../api';
import { useAddToWindow } from './useSend';

export type UploadState =
  | { state: 'idle' }
  | { state: 'uploading'; name: string; progress: number }
  | { state: 'tooLarge'; name: string; size: number }
  | { state: 'failed'; name: string; error: unknown };

/** One file at a time, with progress; a file over the limit is refused before anything is sent. */
export function useUpload(conversationId: string) {
  const [upload, setUpload] = useState<UploadState>({ state: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const add = useAddToWindow(conversationId);

  const start = useCallback(
    async (file: File, caption: string): Promise<boolean> => {
      if (file.size > MAX_UPLOAD_BYTES) {
        setUpload({ state: 'tooLarge', name: file.name, size: file.size });
        return false;
      }
      controller.current = new AbortController();
      setUpload({ state: 'uploading', name: file.name, progress: 0 });
      try {
        const message = await uploadMedia(
          conversationId,
          file,
          caption,
          (progress) => setUpload({ state: 'uploading', name: file.name, progress }),
          controller.current.signal,
        );
        add(message);
        setUpload({ state: 'idle' });
        return true;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') setUpload({ state: 'idle' });
        else setUpload({ state: 'failed', name: file.name, error: error instanceof ApiError ? error : error });
        return false;
      }
    },
    [conversationId, add],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const dismiss = useCallback(() => setUpload({ state: 'idle' }), []);
  return { upload, start, cancel, dismiss };
}
