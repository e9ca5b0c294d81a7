import type { Process } from '../model/types';

export interface FindState {
  query: string;
  /** Index of the chosen match. */
  active: number;
}

export interface FindBoxProps {
  state: FindState;
  matches: readonly Process[];
  onQuery(query: string): void;
  onChoose(id: string): void;
  onClose(): void;
}

/** How many matches the box lists: enough to choose from, few enough to read across a room. */
export const FIND_LIMIT = 8;

/**
 * Search by name while presenting: the matches follow each letter, ↑/↓ choose, Enter (or
 * a click) jumps there, Esc closes. The keys are read by the presentation's key handler.
 */
export function FindBox({ state, matches, onQuery, onChoose, onClose }: FindBoxProps) {
  const shown = matches.slice(0, FIND_LIMIT);
  const activeId = shown[state.active] ? `pm-present-find-${state.active}` : undefined;
  return (
    <div className="pm-present-find" role="search">
      <input
        className="pm-present-find__input"
        type="text"
        role="combobox"
        aria-label="Find a process by name"
        aria-expanded={shown.length > 0}
        aria-controls="pm-present-find-list"
        aria-activedescendant={activeId}
        placeholder="Find a process…"
        autoFocus
        value={state.query}
        onChange={(event) => onQuery(event.target.value)}
        onBlur={onClose}
        data-testid="present-find"
      />
      <ul
        id="pm-present-find-list"
        role="listbox"
        className="pm-present-find__list"
        aria-label="Matching processes"
      >
        {shown.map((process, i) => (
          <li
            key={process.id}
            id={`pm-present-find-${i}`}
            role="option"
            aria-selected={i === state.active}
            className="pm-present-find__option"
            // Keep the focus in the box, so the blur does not close it before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChoose(process.id)}
          >
            {process.name}
          </li>
        ))}
        {state.query.trim() !== '' && shown.length === 0 && (
          <li className="pm-present-find__empty">No process is called that</li>
        )}
      </ul>
    </div>
  );
}
