import type { TieType } from '../domain/tie-types';

/** Colours per tie type for charts and badges; each badge also carries its text label. */
export const TIE_TYPE_COLOUR: Record<TieType, string> = {
  fta: '#1b7f5f',
  ippa: '#c1440e',
  cdta: '#5b4fb3',
  aeo_mra: '#b0226e',
  dta_limited: '#3d6e8f',
  air_services: '#4d7f17',
  mla: '#8a6d00',
};

