import { QueryClient } from '@tanstack/react-query';

/**
 * Query defaults in one place. The data files are static and versioned with the build, so they
 * never go stale in a session; one automatic retry covers a passing network blip, after which the
 * user sees the error and a Retry button.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: Infinity, retry: 1, retryDelay: 300, refetchOnWindowFocus: false },
    },
  });
}
