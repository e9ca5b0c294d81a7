import { useMemo, useState } from 'react';
import { nodeStyle } from '../layout/theme';
import { artifactKey } from '../model/keys';
import { useEditor } from '../store/context';
import { useEditorUi } from './ui-context';

/** Every process by name, filtered by a search; clicking one selects and centres it. */
export function OutlinePanel({ onFocusProcess }: { onFocusProcess(id: string): void }) {
  const processes = useEditor((s) => s.map.processes);
  const selection = useEditor((s) => s.selection);
  const { searchInput } = useEditorUi();
  const [query, setQuery] = useState('');

  const matches = useMemo(() => {
    const q = artifactKey(query);
    if (q === '') return processes;
    return processes.filter(
      (p) =>
        artifactKey(p.name).includes(q) ||
        artifactKey(p.owner ?? '').includes(q) ||
        p.id.includes(q),
    );
  }, [processes, query]);

  return (
    <>
      <div className="pm-search">
        <input
          ref={searchInput}
          type="search"
          className="pm-input"
          placeholder="Find a process (Ctrl+F or /)"
          aria-label="Find a process"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && matches[0]) onFocusProcess(matches[0].id);
            if (e.key === 'Escape') {
              setQuery('');
              e.currentTarget.blur();
            }
          }}
        />
      </div>
      {matches.length === 0 ? (
        <p className="pm-empty">
          {processes.length === 0 ? 'No processes yet.' : 'No process matches.'}
        </p>
      ) : (
        <ul className="pm-list" aria-label="Processes" data-testid="outline">
          {matches.map((p) => {
            const look = nodeStyle(p);
            return (
              <li key={p.id}>
                <button
                  type="button"
                  className="pm-list__item"
                  aria-current={selection.includes(p.id)}
                  onClick={() => onFocusProcess(p.id)}
                >
                  <span
                    className="pm-swatch"
                    style={{
                      background: look.headerFill,
                      borderColor: look.border,
                      borderStyle: look.borderDash ? 'dashed' : 'solid',
                    }}
                  />
                  <span className="pm-list__main">
                    {p.name.trim() || `(unnamed: ${p.id})`}
                    {p.owner && <span className="pm-list__sub">{p.owner}</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
