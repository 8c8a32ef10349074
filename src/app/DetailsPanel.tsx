import { NetworkOverview } from '../components/panel/NetworkOverview';
import { PartnerPanel } from '../components/panel/PartnerPanel';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import { useI18n } from '../i18n/use-i18n';
import type { HeadlineCheck } from '../selectors/headline-counts';
import type { PartnerProfile } from '../selectors/partner-profile';

interface Props {
  profile: PartnerProfile | null;
  checks: HeadlineCheck[];
  asOf: string;
  selected: string | null;
  onClose: () => void;
}

/** The side panel: the chosen economy, or Hong Kong's network in numbers; it fails on its own. */
export function DetailsPanel({ profile, checks, asOf, selected, onClose }: Props) {
  const { m } = useI18n();
  return (
    <aside className="panel" aria-label={m.panel.details}>
      <ErrorBoundary part={m.table.parts.panel} resetKey={selected}>
        {profile ? <PartnerPanel profile={profile} asOf={asOf} onClose={onClose} /> : <NetworkOverview checks={checks} asOf={asOf} />}
      </ErrorBoundary>
    </aside>
  );
}
