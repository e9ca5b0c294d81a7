import { memo, useId, useMemo, useState, type Ref } from 'react';
import { artifactKey, distinctNames } from '../model/keys';
import type { Category, Process, ProcessKind } from '../model/types';
import { useEditor } from '../store/context';
import { useDerived } from '../store/derived';
import { artifactSuggestions } from './artifact-suggestions';
import { CommitField } from './CommitField';
import { ListEditor, moveItem, removeItem } from './ListEditor';

type ListField = 'activities' | 'inputs' | 'outputs' | 'references';

interface PendingRename {
  index: number;
  name: string;
  /** Names of the other processes that take the old output as input. */
  consumers: string[];
}

/** A datalist of names: thousands in a big map, drawn again only when the list changes. */
const Suggestions = memo(function Suggestions({
  id,
  names,
}: {
  id: string;
  names: readonly string[];
}) {
  return (
    <datalist id={id}>
      {names.map((n) => (
        <option key={n} value={n} />
      ))}
    </datalist>
  );
});

/**
 * Every field of one process. Text commits on Enter or blur (one undo step per field edit);
 * selects and list buttons commit at once. Inputs suggest the outputs that exist, outputs
 * suggest the inputs nobody produces yet, so arrows appear without typos.
 */
export function ProcessInspector({
  process,
  nameRef,
}: {
  process: Process;
  nameRef: Ref<HTMLInputElement>;
}) {
  const actions = useEditor((s) => s.actions);
  const processes = useEditor((s) => s.map.processes);
  const { index } = useDerived();
  const [pending, setPending] = useState<PendingRename | null>(null);
  const [revision, setRevision] = useState(0);
  const ids = { outputs: useId(), unresolved: useId(), owners: useId() };
  const id = process.id;

  // The names of the processes this one exchanges flows with, found in one pass: a map of
  // every name would be built again on each edit of a thousand-process map.
  const names = useMemo(() => {
    const linked = new Set<string>();
    const add = (ids: readonly string[] | undefined) => ids?.forEach((other) => linked.add(other));
    for (const input of process.inputs) add(index.producers.get(artifactKey(input)));
    for (const output of process.outputs) add(index.consumers.get(artifactKey(output)));
    const found = new Map<string, string>();
    for (const p of processes) if (linked.has(p.id)) found.set(p.id, p.name.trim() || p.id);
    return found;
  }, [processes, index, process]);
  // Both lists keep their identity across a rename, so their datalists are not redrawn.
  const suggestions = artifactSuggestions(processes, index, id);
  const ownerText = processes.map((p) => p.owner ?? '').join('\n');
  const owners = useMemo(() => distinctNames(ownerText.split('\n')), [ownerText]);

  const others = (ids: readonly string[] | undefined) =>
    (ids ?? []).filter((other) => other !== id).map((other) => names.get(other) ?? other);

  const setText = (field: 'name' | 'owner' | 'description' | 'documentation', text: string) => {
    if (field === 'name') actions.updateProcess(id, { name: text.trim() });
    else actions.updateProcess(id, { [field]: text.trim() === '' ? undefined : text });
  };

  const listHandlers = (field: ListField) => ({
    onAdd: (text: string) => actions.updateProcess(id, { [field]: [...process[field], text] }),
    onRemove: (i: number) => actions.updateProcess(id, { [field]: removeItem(process[field], i) }),
    onMove: (from: number, to: number) =>
      actions.updateProcess(id, { [field]: moveItem(process[field], from, to) }),
    onCommitItem: (i: number, text: string) => {
      const list = [...process[field]];
      list[i] = text.trim();
      actions.updateProcess(id, { [field]: list });
    },
  });

  const commitOutput = (i: number, text: string) => {
    const name = text.trim();
    const oldKey = artifactKey(process.outputs[i]);
    const consumers = others(index.consumers.get(oldKey));
    // Another producer of the same artifact keeps feeding those inputs: nothing to ask.
    const stillProduced = (index.producers.get(oldKey) ?? []).some((p) => p !== id);
    if (consumers.length > 0 && artifactKey(name) !== oldKey && !stillProduced) {
      setPending({ index: i, name, consumers });
      return;
    }
    actions.renameArtifact(id, 'out', i, name);
  };

  const resolvePending = (renameMatchingInputs: boolean | null) => {
    if (pending && renameMatchingInputs !== null) {
      actions.renameArtifact(id, 'out', pending.index, pending.name, { renameMatchingInputs });
    }
    setPending(null);
    setRevision((r) => r + 1);
  };

  const flowDot = (linked: string[], direction: 'from' | 'to') => (
    <span
      className={
        linked.length > 0 ? 'pm-listedit__flow pm-listedit__flow--linked' : 'pm-listedit__flow'
      }
      title={
        linked.length > 0
          ? `${direction === 'from' ? 'From' : 'To'}: ${linked.join(', ')}`
          : 'No flow yet'
      }
    />
  );

  return (
    <div className="pm-form" data-testid="process-inspector">
      <Suggestions id={ids.outputs} names={suggestions.outputs} />
      <Suggestions id={ids.unresolved} names={suggestions.unresolved} />
      <Suggestions id={ids.owners} names={owners} />

      <label className="pm-field">
        <span className="pm-field__label">Name</span>
        <CommitField
          ref={nameRef as Ref<HTMLInputElement | HTMLTextAreaElement>}
          className="pm-input"
          value={process.name}
          aria-invalid={process.name.trim() === ''}
          onCommit={(text) => setText('name', text)}
          data-testid="field-name"
        />
      </label>
      <div className="pm-field__row">
        <label className="pm-field">
          <span className="pm-field__label">Kind</span>
          <select
            className="pm-select"
            value={process.kind}
            onChange={(e) => actions.updateProcess(id, { kind: e.target.value as ProcessKind })}
          >
            <option value="process">Process</option>
            <option value="external">External party</option>
          </select>
        </label>
        <label className="pm-field">
          <span className="pm-field__label">Category</span>
          <select
            className="pm-select"
            value={process.category ?? ''}
            onChange={(e) =>
              actions.updateProcess(id, {
                category: e.target.value === '' ? undefined : (e.target.value as Category),
              })
            }
          >
            <option value="">None</option>
            <option value="management">Management</option>
            <option value="core">Core</option>
            <option value="support">Support</option>
          </select>
        </label>
      </div>
      <label className="pm-field">
        <span className="pm-field__label">Owner</span>
        <CommitField
          className="pm-input"
          value={process.owner ?? ''}
          list={ids.owners}
          placeholder={process.kind === 'external' ? 'Contact (optional)' : 'Role responsible'}
          onCommit={(text) => setText('owner', text)}
        />
      </label>
      <label className="pm-field">
        <span className="pm-field__label">Description</span>
        <CommitField
          multiline
          rows={3}
          className="pm-input"
          value={process.description ?? ''}
          placeholder="Purpose of the process"
          onCommit={(text) => setText('description', text)}
        />
      </label>

      <ListEditor
        label="Inputs"
        items={process.inputs}
        addPlaceholder="Add an input…"
        suggestions={ids.outputs}
        testId="list-inputs"
        {...listHandlers('inputs')}
        onCommitItem={(i, text) => actions.renameArtifact(id, 'in', i, text.trim())}
        renderMarker={(item) => flowDot(others(index.producers.get(artifactKey(item))), 'from')}
      />
      <ListEditor
        label="Activities"
        items={process.activities}
        addPlaceholder="Add an activity…"
        testId="list-activities"
        {...listHandlers('activities')}
      />
      <ListEditor
        label="Outputs"
        items={process.outputs}
        addPlaceholder="Add an output…"
        suggestions={ids.unresolved}
        testId="list-outputs"
        revision={revision}
        {...listHandlers('outputs')}
        onCommitItem={commitOutput}
        renderMarker={(item) => flowDot(others(index.consumers.get(artifactKey(item))), 'to')}
        renderBelow={(i) =>
          pending?.index === i && (
            <div className="pm-confirm" role="group" aria-label="Rename matching inputs">
              {pending.consumers.length === 1
                ? '1 process takes'
                : `${pending.consumers.length} processes take`}{' '}
              “{process.outputs[i]}” as input ({pending.consumers.join(', ')}). Rename those inputs
              to “{pending.name}” too?
              <div className="pm-confirm__actions">
                <button
                  type="button"
                  className="pm-button pm-button--primary pm-button--small"
                  onClick={() => resolvePending(true)}
                >
                  Rename inputs too
                </button>
                <button
                  type="button"
                  className="pm-button pm-button--outline pm-button--small"
                  onClick={() => resolvePending(false)}
                >
                  Only this output
                </button>
                <button
                  type="button"
                  className="pm-button pm-button--small"
                  onClick={() => resolvePending(null)}
                >
                  Cancel
                </button>
              </div>
            </div>
          )
        }
      />
      <label className="pm-field">
        <span className="pm-field__label">Documentation</span>
        <CommitField
          className="pm-input"
          value={process.documentation ?? ''}
          placeholder="e.g. Risk Assessment Methodology v2"
          onCommit={(text) => setText('documentation', text)}
        />
      </label>
      <ListEditor
        label="References"
        items={process.references}
        addPlaceholder="Add a clause or control, e.g. 6.1.2 or A.5.1…"
        testId="list-references"
        {...listHandlers('references')}
      />

      <div className="pm-inspector__danger">
        <button
          type="button"
          className="pm-button pm-button--outline"
          onClick={() => actions.duplicateProcesses([id])}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="pm-button pm-button--outline"
          onClick={() => actions.deleteProcesses([id])}
        >
          Delete
        </button>
      </div>
    </div>
  );
}
