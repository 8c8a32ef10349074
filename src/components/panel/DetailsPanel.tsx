import type { Iso2 } from '../../domain/primitives';
import type { HeadlineCheck } from '../../selectors/headline-counts';
import type { NetworkSummary, OfficeProfile } from '../../selectors/network-summary';
import type { PartnerProfile } from '../../selectors/partner-profile';
import { HubPanel } from './HubPanel';
import { NetworkOverview } from './NetworkOverview';
import { OfficePanel } from './OfficePanel';
import { PartnerPanel } from './PartnerPanel';
import type { CompareToggleProps } from '../compare/CompareToggle';

interface Props {
  isHubSelected: boolean;
  profile: PartnerProfile | null;
  office: OfficeProfile | null;
  network: NetworkSummary;
  checks: HeadlineCheck[];
  asOf: string;
  /** The year on the time bar (null: today): the network counts follow it. */
  year: number | null;
  onSelect: (iso2: Iso2 | null) => void;
  onSelectOffice: (officeId: string | null) => void;
  compare?: CompareToggleProps;
}

/** What the side panel shows: an office, the hub, a partner, or the network overview. */
export function DetailsPanel({ isHubSelected, profile, office, network, checks, asOf, year, onSelect, onSelectOffice, compare }: Props) {
  if (office) return <OfficePanel profile={office} onClose={() => onSelectOffice(null)} onSelect={onSelect} />;
  if (isHubSelected)
    return (
      <HubPanel summary={network} checks={checks} asOf={asOf} year={year} onClose={() => onSelect(null)} onSelectOffice={onSelectOffice} />
    );
  if (profile)
    return <PartnerPanel profile={profile} asOf={asOf} onClose={() => onSelect(null)} compare={compare} onSelectOffice={onSelectOffice} />;
  return <NetworkOverview checks={checks} asOf={asOf} year={year} />;
}
