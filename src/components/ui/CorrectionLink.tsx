import { useChanges } from '../../data/changes-query';
import { REPOSITORY_URL } from '../../domain/publication';
import { useI18n } from '../../i18n/use-i18n';
import { correctionUrl, type CorrectionRecord } from '../../selectors/correction-link';

/** "Report a correction": opens a prefilled issue for this record in the project's repository, in a new tab. */
export function CorrectionLink({ record }: { record: CorrectionRecord }) {
  const { m } = useI18n();
  const version = useChanges().data?.version ?? null;
  return (
    <a className="correction-link" href={correctionUrl(REPOSITORY_URL, record, version)} target="_blank" rel="noopener noreferrer">
      {m.correction.report}
    </a>
  );
}
