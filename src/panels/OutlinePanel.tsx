import { memo, useMemo, useState } from 'react';
import { nodeStyle } from '../layout/theme';
import { artifactKey } from '../model/keys';
import { memoByObject } from '../model/memo';
import { readiness } from '../model/readiness';
import type { Process } from '../model/types';
import { useProgressiveCount } from '../canvas/use-progressive-count';
import { useEditor } from '../store/context';
import { useEditorUi } from './ui-context';

/** How long a frame of adding outline rows may take, in ms. */
const OUTLINE_BUDGET_MS = 25;

/**
 * What a search looks through: name and owner as artifact keys, and the id, one per line.
 * By process object: an edit makes a new object for the process it changes only, so the
 * search looks again at one process, not at every name and owner of the map.
 */
const searchText = memoByObject(
  (process: Process) =>
    `${artifactKey(process.name)}\n${artifactKey(process.owner ?? '')}\n${process.id}`,
);

/** One process in the outline; re-renders only when that process or its selection changes. */
const OutlineRow = memo(function OutlineRow({
  process,
  current,
  onFocusProcess,
}: {
  process: Process;
  current: boolean;
  onFocusProcess(id: string): void;
}) {
  const look = nodeStyle(process);
  const ready = readiness(process);
  return (
    <li>
      <button
        type="button"
        className="pm-list__item"
        aria-current={current}
        onClick={() => onFocusProcess(process.id)}
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
          {process.name.trim() || `(unnamed: ${process.id})`}
          {process.owner && <span className="pm-list__sub">{process.owner}</span>}
        </span>
        {ready && (
          <span
            className={ready.filled === ready.total ? 'pm-ready pm-ready--full' : 'pm-ready'}
            title={
              ready.missing.length === 0
                ? 'Audit-ready: every clause 4.4 point is filled'
                : `Clause 4.4 points filled; missing: ${ready.missing.join(', ')}`
            }
            data-testid="readiness"
          >
            {ready.filled}/{ready.total}
          </span>
        )}
      </button>
    </li>
  );
});

/**
 * Every process by name, filtered by a search; clicking one selects and centres it. Enter
 * in the search takes the first match, whichever rows are drawn yet.
 */
export function OutlinePanel({ onFocusProcess }: { onFocusProcess(id: string): void }) {
  const processes = useEditor((s) => s.map.processes);
  const selection = useEditor((s) => s.selection);
  const { searchInput } = useEditorUi();
  const [query, setQuery] = useState('');

  const matches = useMemo(() => {
    const q = artifactKey(query);
    if (q === '') return processes;
    // A search has no line breaks (see artifactKey), so it matches within one line.
    return processes.filter((p) => searchText(p).includes(q));
  }, [processes, query]);
  // A big map's rows are added over a few frames, not created in the task that opens it,
  // in small chunks: the canvas may be mounting in the same frames.
  const shown = useProgressiveCount(matches.length, { budget: OUTLINE_BUDGET_MS });

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
          {(shown < matches.length ? matches.slice(0, shown) : matches).map((p) => (
            <OutlineRow
              key={p.id}
              process={p}
              current={selection.includes(p.id)}
              onFocusProcess={onFocusProcess}
            />
          ))}
        </ul>
      )}
    </>
  );
}
