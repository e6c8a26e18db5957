import { useEffect, useState } from 'react';
import { fetchMedia } from '../api';

export type MediaUrlState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; url: string; type: string }
  | { state: 'error'; error: unknown };

/**
 * A message's file as an object URL (the media endpoint needs the bearer token, so no plain src): fetched
 * when `enabled`, revoked when the message leaves the screen.
 */
export function useMediaUrl(conversationId: string, messageId: string, enabled: boolean): MediaUrlState {
  const [result, setResult] = useState<MediaUrlState>({ state: 'idle' });
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    let url: string | null = null;
    setResult({ state: 'loading' });
    fetchMedia(conversationId, messageId, controller.signal)
      .then((blob) => {
        if (controller.signal.aborted) return;
        url = URL.createObjectURL(blob);
        setResult({ state: 'ready', url, type: blob.type });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setResult({ state: 'error', error });
      });
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [conversationId, messageId, enabled]);
  return result;
}
