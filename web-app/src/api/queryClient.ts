import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './problem';

/** REST data cache: no retries of client errors (4xx), a few of the rest; live events keep it fresh. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
