import type { Tie } from '../../domain/records';
import { useI18n } from '../../i18n/use-i18n';

/**
 * The agreement's official name in the reader's language: the Chinese name where official sources
 * give one, otherwise the English name, marked as such and tagged so screen readers switch voice.
 */
export function AgreementName({ tie }: { tie: Tie }) {
  const { lang, m } = useI18n();
  if (lang === 'en') return <>{tie.agreementName}</>;
  if (tie.agreementNameZh) return <span lang="zh-HK">{tie.agreementNameZh}</span>;
  return (
    <>
      <span lang="en">{tie.agreementName}</span>
      <span className="muted">{m.panel.nameNotInChinese}</span>
    </>
  );
}
