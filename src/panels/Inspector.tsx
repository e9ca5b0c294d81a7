import { useEffect, useRef, useState } from 'react';
import type { ProcessMap } from '../model/types';
import { useEditor } from '../store/context';
import { useDerived } from '../store/derived';
import type { MapMetaPatch } from '../store/map-edits';
import { CommitField } from './CommitField';
import { RevisionsEditor } from './RevisionsEditor';
import { TurtleDialog } from './TurtleDialog';
import { ProcessInspector } from './ProcessInspector';
import { useEditorUi } from './ui-context';

type MetaField = keyof MapMetaPatch;

const META_FIELDS: { field: MetaField; label: string; placeholder?: string }[] = [
  { field: 'title', label: 'Title' },
  { field: 'organization', label: 'Organisation' },
  { field: 'revision', label: 'Revision', placeholder: 'e.g. 1.2' },
  { field: 'date', label: 'Date', placeholder: 'YYYY-MM-DD' },
  { field: 'owner', label: 'Owner', placeholder: 'e.g. CISO' },
  { field: 'approvedBy', label: 'Approved by', placeholder: 'e.g. Management board' },
  { field: 'classification', label: 'Classification', placeholder: 'e.g. Internal' },
  { field: 'nextReview', label: 'Next review', placeholder: 'YYYY-MM-DD' },
];

/** The map's document data, edited when no process is selected. */
function MapInspector() {
  const map = useEditor((s) => s.map);
  const setMapMeta = useEditor((s) => s.actions.setMapMeta);
  const { flows } = useDerived();
  return (
    <>
      <div className="pm-inspector__head">
        <h2 className="pm-inspector__title">Map</h2>
        <p className="pm-inspector__hint">
          {map.processes.length} processes, {flows.length} flows. Select a process to edit it;
          Shift-click or Shift-drag selects several. Drag from an output dot onto a process to make
          it an input there.
        </p>
      </div>
      <div className="pm-form" data-testid="map-inspector">
        {META_FIELDS.map(({ field, label, placeholder }) => (
          <label className="pm-field" key={field}>
            <span className="pm-field__label">{label}</span>
            <CommitField
              className="pm-input"
              value={(map[field] as ProcessMap[MetaField]) ?? ''}
              placeholder={placeholder}
              onCommit={(text) =>
                setMapMeta({
                  [field]:
                    field === 'title' ? text.trim() : text.trim() === '' ? undefined : text.trim(),
                })
              }
            />
          </label>
        ))}
        <RevisionsEditor />
      </div>
    </>
  );
}

/** Several processes selected: what can be done to all of them. */
function SelectionInspector({ ids }: { ids: string[] }) {
  const processes = useEditor((s) => s.map.processes);
  const actions = useEditor((s) => s.actions);
  const chosen = new Set(ids);
  const names = processes.filter((p) => chosen.has(p.id)).map((p) => p.name.trim() || p.id);
  return (
    <>
      <div className="pm-inspector__head">
        <h2 className="pm-inspector__title">{ids.length} processes selected</h2>
        <p className="pm-inspector__hint">{names.join(', ')}</p>
      </div>
      <div className="pm-form">
        <div className="pm-inspector__danger">
          <button
            type="button"
            className="pm-button pm-button--outline"
            onClick={() => actions.duplicateProcesses(ids)}
          >
            Duplicate all
          </button>
          <button
            type="button"
            className="pm-button pm-button--outline"
            onClick={() => actions.deleteProcesses(ids)}
          >
            Delete all
          </button>
        </div>
      </div>
    </>
  );
}

/** The right-hand panel: the selected process, several selected, or the map itself. */
export function Inspector() {
  const selection = useEditor((s) => s.selection);
  const process = useEditor((s) =>
    s.selection.length === 1 ? s.map.processes.find((p) => p.id === s.selection[0]) : undefined,
  );
  // The fields are drawn afresh for another process, but not when a new process's id
  // follows its renamed name: the focus stays in the field the user is in.
  const at = useEditor((s) =>
    s.selection.length === 1 ? s.map.processes.findIndex((p) => p.id === s.selection[0]) : -1,
  );
  const { nameFocusRequest } = useEditorUi();
  const nameInput = useRef<HTMLInputElement>(null);
  const handled = useRef(nameFocusRequest);
  const [turtleOf, setTurtleOf] = useState<string>();

  useEffect(() => {
    if (handled.current === nameFocusRequest) return;
    handled.current = nameFocusRequest;
    nameInput.current?.focus();
    nameInput.current?.select();
  }, [nameFocusRequest, process?.id]);

  return (
    <aside className="pm-inspector" aria-label="Inspector">
      {process ? (
        <>
          <div className="pm-inspector__head">
            <h2 className="pm-inspector__title">
              {process.kind === 'external' ? 'External party' : 'Process'}
            </h2>
            <p className="pm-inspector__hint">
              Id: {process.id}. Text is saved on Enter or when you leave the field.
            </p>
            {process.kind === 'process' && (
              <button
                type="button"
                className="pm-button pm-button--outline pm-button--small"
                onClick={() => setTurtleOf(process.id)}
                title="The classic audit view of the process"
              >
                Turtle card
              </button>
            )}
          </div>
          <ProcessInspector key={at} process={process} nameRef={nameInput} />
          {turtleOf === process.id && (
            <TurtleDialog process={process} onClose={() => setTurtleOf(undefined)} />
          )}
        </>
      ) : selection.length > 1 ? (
        <SelectionInspector ids={selection} />
      ) : (
        <MapInspector />
      )}
    </aside>
  );
}
