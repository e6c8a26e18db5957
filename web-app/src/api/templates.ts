import { useQuery } from '@tanstack/react-query';
import type { components } from './generated/session';
import { api, unwrap } from './client';

/** A Cloud API number's message template as Meta reviewed it: body with `{{n}}` parameters, header and footer. */
export type MessageTemplate = components['schemas']['MessageTemplate'];

export const templateKeys = { of: (connectionId: string) => ['templates', connectionId] as const };

export async function listTemplates(connectionId: string): Promise<MessageTemplate[]> {
  return unwrap(api().GET('/api/connections/{id}/templates', { params: { path: { id: connectionId } } }));
}

/** The number's templates (Meta's answer is cached a few minutes by the platform and here too). */
export function useTemplates(connectionId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: templateKeys.of(connectionId ?? ''),
    queryFn: () => listTemplates(connectionId!),
    staleTime: 5 * 60_000,
    enabled: enabled && !!connectionId,
  });
}

/** The template's text with `{{n}}` replaced by the n-th value (left as it is while that value is empty). */
export function fillParameters(text: string, values: readonly string[]): string {
  return text.replace(/\{\{\s*(\d+)\s*}}/g, (placeholder, n: string) => values[Number(n) - 1]?.trim() || placeholder);
}

/** The Cloud API send of a template: body parameters only when it has some. */
export function templateSend(template: MessageTemplate, values: readonly string[]) {
  const count = template.bodyParameters ?? 0;
  const parameters = values.slice(0, count).map((text) => ({ type: 'text', text: text.trim() }));
  return {
    type: 'template' as const,
    template: {
      name: template.name ?? '',
      language: { code: template.language ?? '' },
      ...(count > 0 ? { components: [{ type: 'body', parameters }] } : {}),
    },
  };
}
