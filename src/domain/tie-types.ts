/**
 * Tie types the atlas records. The four core types come first: they are the ones the
 * official headline totals speak of. Further types are added here and in data/sources/ties/.
 */
export const TIE_TYPES = ['fta', 'ippa', 'cdta', 'aeo_mra', 'dta_limited', 'air_services', 'mla'] as const;
export type TieType = (typeof TIE_TYPES)[number];

export const CORE_TIE_TYPES: readonly TieType[] = ['fta', 'ippa', 'cdta', 'aeo_mra'];

export function isTieType(value: string): value is TieType {
  return (TIE_TYPES as readonly string[]).includes(value);
}
