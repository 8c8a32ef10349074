import { useI18n } from '../../i18n/use-i18n';
import type { HeadlineCheck } from '../../selectors/headline-counts';
import { SourceLink } from './SourceLink';

/** "53 as of 4 Sept 2025 · source": an official total with the date it was stated and its page. */
export function OfficialStatement({ check }: { check: Pick<HeadlineCheck, 'stated' | 'asOf' | 'sourceUrl'> }) {
  const { m, fmt } = useI18n();
  return (
    <>
      {m.overview.asOf(fmt.number(check.stated), fmt.date(check.asOf))} · <SourceLink url={check.sourceUrl} label={m.charts.source} />
    </>
  );
}
