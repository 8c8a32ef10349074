import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { Embed } from '../../state/ui-state';
import './embed.css';

interface Props {
  part: Embed;
  asOf: string | null;
  /** The same view in the full atlas: the address without `embed` and `chart`. */
  fullView: string;
  children: ReactNode;
}

/** An embedded view: one part of the atlas, with its title, the data's as-of date and a way to the full view. */
export function EmbedFrame({ part, asOf, fullView, children }: Props) {
  const { m, fmt } = useI18n();
  return (
    <div className="embed" data-embed={part}>
      <p className="embed-title">{m.appTitle}</p>
      <div className={`embed-body embed-${part}`}>{children}</div>
      <p className="embed-foot">
        {asOf && <span>{m.embed.asOf(fmt.date(asOf))}</span>}
        {/* Opens outside the host page's frame: the full atlas needs the whole window. */}
        <a href={fullView} target="_blank" rel="noopener">
          {m.embed.fullView}
        </a>
      </p>
    </div>
  );
}
