import { useCallback, useMemo } from 'react';
import type { Economy } from '../../domain/records';
import { useI18n } from '../../i18n/use-i18n';

/**
 * An economy's name in the reader's language, from its ISO code; the code itself for one the data
 * does not list. One function per list and language, so a memoised derivation can depend on it.
 */
export function useEconomyName(economies: readonly Economy[] | ReadonlyMap<string, Economy>): (iso2: string) => string {
  const { fmt } = useI18n();
  const byCode = useMemo(
    () => (economies instanceof Map ? economies : new Map((economies as readonly Economy[]).map((e) => [e.iso2 as string, e]))),
    [economies],
  );
  return useCallback(
    (iso2: string) => {
      const e = byCode.get(iso2);
      return e ? fmt.economyName(e) : iso2;
    },
    [byCode, fmt],
  );
}
