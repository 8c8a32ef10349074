import { useMemo } from 'react';
import type { Economy } from '../../domain/records';
import type { Formatters } from '../../i18n/format';
import { useI18n } from '../../i18n/use-i18n';

/**
 * An economy's name in `fmt`'s language, from its ISO code; the code itself for one the data does
 * not list. For derivations outside React (About's order of the missing facts, about-models.ts).
 */
export function economyNamer(economies: readonly Economy[] | ReadonlyMap<string, Economy>, fmt: Formatters): (iso2: string) => string {
  const byCode = economies instanceof Map ? economies : new Map((economies as readonly Economy[]).map((e) => [e.iso2 as string, e]));
  return (iso2) => {
    const e = byCode.get(iso2);
    return e ? fmt.economyName(e) : iso2;
  };
}

/**
 * The same in the reader's language. One function per list and language, so a memoised derivation
 * can depend on it.
 */
export function useEconomyName(economies: readonly Economy[] | ReadonlyMap<string, Economy>): (iso2: string) => string {
  const { fmt } = useI18n();
  return useMemo(() => economyNamer(economies, fmt), [economies, fmt]);
}
