import type { TieType } from '../../domain/tie-types';
import { TIE_TYPE_COLOUR, TIE_TYPE_LABEL } from '../../i18n/labels';

/** A tie type as a coloured badge that always carries its text, so colour is never the only signal. */
export function TieTypeBadge({ type }: { type: TieType }) {
  return (
    <span className="badge" style={{ backgroundColor: TIE_TYPE_COLOUR[type] }} title={TIE_TYPE_LABEL[type].long}>
      {TIE_TYPE_LABEL[type].short}
    </span>
  );
}
