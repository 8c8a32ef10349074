import type { TieType } from '../../domain/tie-types';
import { TIE_TYPE_COLOUR } from './palette';
import { useI18n } from '../../i18n/use-i18n';

/** A tie type as a coloured badge that always carries its text, so colour is never the only signal. */
export function TieTypeBadge({ type }: { type: TieType }) {
  const { m } = useI18n();
  return (
    <span className="badge" style={{ backgroundColor: TIE_TYPE_COLOUR[type] }} title={m.tieType[type].long}>
      {m.tieType[type].short}
    </span>
  );
}
