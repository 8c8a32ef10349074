import type { HeadlineMetric } from '../../domain/records';

export const METRIC_LABEL: Record<HeadlineMetric, string> = {
  fta_agreements: 'Free trade agreements',
  fta_economies: 'FTA partner economies',
  ippa_agreements: 'Investment agreements (IPPAs)',
  cdta_jurisdictions: 'Double taxation agreements (jurisdictions)',
  aeo_mra_count: 'Customs AEO mutual recognition',
  eto_overseas: 'Overseas Economic and Trade Offices',
  eto_mainland: 'Offices in the Mainland',
  liaison_units: 'Liaison units in the Mainland',
};
