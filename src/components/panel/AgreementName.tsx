import type { Tie } from '../../domain/records';
import { useI18n } from '../../i18n/use-i18n';
import { TierMark } from '../ui/TierMark';

/**
 * The agreement's official name in the reader's language: the Chinese name where a page gives one,
 * with the tier mark of that page (a name is a fact like a date), otherwise the English name, marked
 * as such and tagged so screen readers switch voice.
 */
export function AgreementName({ tie }: { tie: Tie }) {
  const { lang, m } = useI18n();
  if (lang === 'en') return <>{tie.agreementName}</>;
  if (tie.agreementNameZh)
    return (
      <>
        <span lang="zh-HK">{tie.agreementNameZh}</span>
        {tie.agreementNameZhSource && (
          <>
            {' '}
            <TierMark url={tie.agreementNameZhSource} />
          </>
        )}
      </>
    );
  return (
    <>
      <span lang="en">{tie.agreementName}</span>
      <span className="muted">{m.panel.nameNotInChinese}</span>
    </>
  );
}
