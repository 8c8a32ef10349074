import type { Atlas } from '../../domain/records';
import { DOWNLOADS } from '../../data/downloads';
import { formatDate } from '../../i18n/labels';
import { sourcesByHost, citedSources } from '../../selectors/cited-sources';
import type { HeadlineCheck } from '../../selectors/headline-counts';
import { HeadlineReconciliation } from './HeadlineReconciliation';

interface Props {
  atlas: Atlas;
  checks: HeadlineCheck[];
  onBack: () => void;
}

/** About the data: as-of date, what is counted and how, downloads, and every source cited. */
export function AboutView({ atlas, checks, onBack }: Props) {
  const groups = sourcesByHost(citedSources(atlas));
  const total = groups.reduce((n, g) => n + g.urls.length, 0);
  return (
    <main className="about" aria-labelledby="about-title">
      <button type="button" className="link-button" onClick={onBack}>
        ← Back to the map
      </button>
      <h2 id="about-title">About the data</h2>
      <p>
        Records checked against their official sources up to <strong>{formatDate(atlas.asOf)}</strong>. Every record cites the
        official page that states it: Hong Kong government sites (Trade and Industry Department, Inland Revenue Department,
        Customs and Excise Department, news.gov.hk, info.gov.hk, the Economic and Trade Offices) or, for a fact a partner
        government states about its own agreement, that government's site. Facts seen only on unofficial pages are left out
        and listed as leads; a date the sources do not give to the day is left empty with a note.
      </p>
      <h3>How ties are counted</h3>
      <ul>
        <li>A tie is one agreement with one partner economy. Hong Kong, Macao and the Mainland are separate parties.</li>
        <li>A bloc agreement (ASEAN, EFTA, Belgium–Luxembourg) is one agreement with many partner economies, each with its own entry-into-force date where the sources give one.</li>
        <li>Agreement counts include agreements signed or in force; concluded and negotiating ones are the pipeline; terminated and superseded ones are history.</li>
        <li>Official totals are reproduced "as at" the date of each statement; an office counts from its opening date.</li>
      </ul>
      <HeadlineReconciliation checks={checks} />
      <h3>Downloads</h3>
      <ul className="downloads">
        {DOWNLOADS.map((d) => (
          <li key={d.file}>
            <a href={d.href} download>
              {d.file}
            </a>{' '}
            — {d.description}
          </li>
        ))}
      </ul>
      <h3>Sources ({total})</h3>
      {groups.map((g) => (
        <details key={g.host}>
          <summary>
            {g.host} ({g.urls.length})
          </summary>
          <ul className="source-list">
            {g.urls.map((u) => (
              <li key={u}>
                <a href={u} target="_blank" rel="noopener noreferrer">
                  {u}
                </a>
              </li>
            ))}
          </ul>
        </details>
      ))}
      <p className="muted">Boundaries: Natural Earth (public domain), via the world-atlas package.</p>
    </main>
  );
}
