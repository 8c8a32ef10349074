import { memo, useId, useMemo, useState } from 'react';
import type { Iso2 } from '../../domain/primitives';
import type { Economy } from '../../domain/records';
import { useI18n } from '../../i18n/use-i18n';
import { searchEconomies } from '../../selectors/economy-search';

interface Props {
  economies: readonly Economy[];
  onSelect: (iso2: Iso2) => void;
  /** The field's label, when it is not "Find an economy" (the comparison's "Add an economy"). */
  label?: string;
}

/**
 * Find an economy by typing part of its name (English or Chinese) or its ISO code: a combobox
 * with a list of suggestions, operable by keyboard alone (arrows, Enter, Escape).
 */
function EconomySearchView({ economies, onSelect, label }: Props) {
  const { m, fmt } = useI18n();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchEconomies(economies, query), [economies, query]);
  const expanded = open && results.length > 0;

  const choose = (e: Economy) => {
    onSelect(e.iso2);
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
      if (expanded) setOpen(false);
      else setQuery('');
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
        {results.map((e, i) => (
          <li
            key={e.iso2}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(ev) => ev.preventDefault()}
            onClick={() => choose(e)}
          >
            {fmt.economyName(e)} <span className="muted">{e.iso2}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Memoised: it re-renders when its own inputs change, not on every app state change (an economy selection). */
export const EconomySearch = memo(EconomySearchView);
