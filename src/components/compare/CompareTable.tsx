import type { Iso2 } from '../../domain/primitives';
import type { Tie } from '../../domain/records';
import type { TieType } from '../../domain/tie-types';
import { useI18n } from '../../i18n/use-i18n';
import type { CompareRow } from '../../selectors/compare';
import { TierMark } from '../ui/TierMark';

/**
 * One row per economy, one column per tie type: each tie's status and dates with the tier mark of
 * the page stating them. On a phone the rows become stacked cards (styles.css), each cell labelled.
 */
export function CompareTable({ rows, types, onRemove }: { rows: CompareRow[]; types: readonly TieType[]; onRemove: (iso2: Iso2) => void }) {
  const { m, fmt } = useI18n();
  return (
    <table className="compare-table">
      <caption className="visually-hidden">{m.compare.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.compare.economy}</th>
          {types.map((t) => (
            <th key={t} scope="col" title={m.tieType[t].long}>
              {m.tieType[t].short}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const name = fmt.economyName(row.economy);
          return (
            <tr key={row.economy.iso2} data-iso2={row.economy.iso2}>
              <th scope="row">
                <span className="compare-name">{name}</span>
                <button
                  type="button"
                  className="compare-remove"
                  onClick={() => onRemove(row.economy.iso2)}
                  aria-label={m.compare.remove(name)}
                >
                  ×
                </button>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.type} data-type={cell.type} data-standing={cell.state.kind} data-label={m.tieType[cell.type].short}>
                  {cell.ties.length === 0 ? (
                    <span className="muted">{m.compare.none}</span>
                  ) : (
                    <ul className="compare-ties">
                      {cell.ties.map((t) => (
                        <TieLine key={t.agreementId} tie={t} />
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A tie's standing in a few words, each fact followed by the tier mark of its page. */
function TieLine({ tie }: { tie: Tie }) {
  const { m, fmt } = useI18n();
  const title = fmt.localName(tie.agreementName, tie.agreementNameZh);
  if (tie.status === 'in_force') {
    return (
      <li title={title}>
        {tie.inForce ? m.compare.since(fmt.date(tie.inForce)) : m.compare.inForceUndated}{' '}
        <TierMark url={tie.inForceSource ?? tie.statusSource} />
        <Suspension tie={tie} />
        {tie.bloc && (
          <span className="muted" lang="en">
            {' '}
            {tie.bloc}
          </span>
        )}
      </li>
    );
  }
  if (tie.status === 'terminated' || tie.status === 'superseded') {
    return (
      <li title={title}>
        {m.status[tie.status]}
        {tie.terminated && ` · ${m.compare.ended(fmt.date(tie.terminated))}`} <TierMark url={tie.terminatedSource ?? tie.statusSource} />
      </li>
    );
  }
  return (
    <li title={title}>
      {m.status[tie.status]} <TierMark url={tie.statusSource} />
      {tie.signed && tie.signedSource && (
        <>
          {' · '}
          {m.compare.signedOn(fmt.date(tie.signed))} <TierMark url={tie.signedSource} />
        </>
      )}
      <Suspension tie={tie} />
    </li>
  );
}

/** " · implementation suspended <date>" with its page's tier, where a suspension is recorded. */
function Suspension({ tie }: { tie: Tie }) {
  const { m, fmt } = useI18n();
  if (!tie.suspended) return null;
  return (
    <>
      {' · '}
      <span data-field="suspended">
        {m.compare.suspended(fmt.date(tie.suspended))} <TierMark url={tie.suspendedSource ?? tie.sourceUrl} />
      </span>
    </>
  );
}
