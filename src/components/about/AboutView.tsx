import type { Atlas } from '../../domain/records';
import { DOWNLOADS } from '../../data/downloads';
import { PUBLICATION } from '../../domain/publication';
import { useI18n } from '../../i18n/use-i18n';
import { aboutModels, missingFactsInOrder } from './about-models';
import type { HeadlineCheck } from '../../selectors/headline-counts';
import { DataCoverage } from './DataCoverage';
import { HeadlineReconciliation } from './HeadlineReconciliation';
import { CiteThis } from '../ui/CiteThis';
import { MissingFacts } from './MissingFacts';
import { ReleaseChanges } from './ReleaseChanges';
import { SourceDisagreements } from './SourceDisagreements';

interface Props {
  atlas: Atlas;
  checks: HeadlineCheck[];
  onBack: () => void;
}

/** About the data: as-of date, what is counted and how, downloads, and every source cited. */
export function AboutView({ atlas, checks, onBack }: Props) {
  const { m, fmt, lang } = useI18n();
  const { groups, coverage, disagreements } = aboutModels(atlas);
  const total = groups.reduce((n, g) => n + g.urls.length, 0);
  const [before, date, after] = m.about.intro(fmt.date(atlas.asOf));
  return (
    <main className="about" aria-labelledby="about-title">
      <button type="button" className="link-button" onClick={onBack}>
        {m.about.back}
      </button>
      <h2 id="about-title">{m.about.title}</h2>
      <p>
        {before}
        <strong>{date}</strong>
        {after}
      </p>
      <CiteThis subject={null} />
      <h3>{m.about.countingTitle}</h3>
      <ul>
        {m.about.counting.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <HeadlineReconciliation checks={checks} />
      <DataCoverage coverage={coverage} />
      <SourceDisagreements rows={disagreements} economies={atlas.economies} />
      <MissingFacts facts={missingFactsInOrder(atlas, lang)} economies={atlas.economies} />
      <ReleaseChanges atlas={atlas} />
      <h3>{m.about.downloads}</h3>
      <ul className="downloads">
        {DOWNLOADS.map((d) => (
          <li key={d.file}>
            <a href={d.href} download>
              {d.file}
            </a>{' '}
            — {m.about.files[d.file]}
          </li>
        ))}
      </ul>
      <p className="licence">
        {m.about.licence[0]}
        <a href={PUBLICATION.license.path} target="_blank" rel="noopener noreferrer" lang="en">
          {PUBLICATION.license.title} ({PUBLICATION.license.name})
        </a>
        {m.about.licence[1]}
      </p>
      <h3>{m.about.sources(fmt.number(total))}</h3>
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
      <p className="muted">{m.about.boundaries}</p>
    </main>
  );
}
