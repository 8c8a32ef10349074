import { memo, useId, useMemo, useState } from 'react';
import type { Iso2 } from '../../domain/primitives';
import { LocalText } from '../ui/LocalText';
import { useI18n } from '../../i18n/use-i18n';
import { type SearchHit, type SearchIndex, searchAtlas } from '../../selectors/economy-search';

interface Props {
  index: SearchIndex;
  onSelect: (iso2: Iso2) => void;
  /** The field's label, when it is not "Find an economy" (the comparison's "Add an economy"). */
  label?: string;
  /** A grouping found (ASEAN, EU…, or a bloc name) becomes the grouping filter. */
  onGrouping?: (groupingId: string) => void;
  onSelectOffice?: (officeId: string) => void;
}

const hitKey = (h: SearchHit) =>
  h.kind === 'economy' ? h.economy.iso2 : h.kind === 'grouping' ? `g:${h.grouping.groupingId}` : `o:${h.office.officeId}`;

/**
 * Find an economy by typing part of its name (English or Chinese) or its ISO code, a grouping by
 * its name or bloc name, an office by its name or city: a combobox with a list of suggestions,
 * operable by keyboard alone (arrows, Enter, Escape).
 */
function EconomySearchView({ index, onSelect, label, onGrouping, onSelectOffice }: Props) {
  const { m, fmt } = useI18n();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchAtlas(index, query), [index, query]);
  const expanded = open && results.length > 0;

  const choose = (h: SearchHit) => {
    if (h.kind === 'economy') onSelect(h.economy.iso2);
    else if (h.kind === 'grouping') onGrouping?.(h.grouping.groupingId);
    else onSelectOffice?.(h.office.officeId);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      choose(results[active] ?? results[0]);
    } else if (event.key === 'Escape') {
      // Handled here (the list closes, or the text clears): the open panel stays. With nothing to
      // close or clear, Escape goes on to close the panel.
      if (expanded) setOpen(false);
      else if (query) setQuery('');
      else return;
      event.preventDefault();
    }
  };

  return (
    <div className="economy-search">
      <label htmlFor={`${id}-input`}>{label ?? m.search.label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder={m.search.placeholder}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label={m.search.results} hidden={!expanded}>
        {results.map((h, i) => (
          <li
            key={hitKey(h)}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(ev) => ev.preventDefault()}
            onClick={() => choose(h)}
          >
            {h.kind === 'economy' ? (
              <>
                {fmt.economyName(h.economy)} <span className="muted">{h.economy.iso2}</span>
              </>
            ) : h.kind === 'grouping' ? (
              <>
                {h.grouping.short}: {fmt.economyName(h.grouping)}{' '}
                <span className="muted">
                  {fmt.plural(h.grouping.members.length, m.search.grouping(fmt.number(h.grouping.members.length)))}
                </span>
              </>
            ) : (
              <>
                <LocalText en={h.office.name} zh={h.office.nameZh} /> <span className="muted">{m.search.office}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Memoised: it re-renders when its own inputs change, not on every app state change (an economy selection). */
export const EconomySearch = memo(EconomySearchView);
