import { memo, useId, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { artifactKey, distinctNames } from '../model/keys';
import type { Category, Process, ProcessKind } from '../model/types';
import { useEditor } from '../store/context';
import { useDerived } from '../store/derived';
import { artifactSuggestions } from './artifact-suggestions';
import { AuditFields } from './AuditFields';
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

/** The answers to {@link RenameQuestion}: rename the inputs too, only the output, or neither. */
const ANSWERS = [
  {
    answer: true,
    text: 'Rename inputs too',
    look: 'pm-button pm-button--primary pm-button--small',
  },
  {
    answer: false,
    text: 'Only this output',
    look: 'pm-button pm-button--outline pm-button--small',
  },
  { answer: null, text: 'Cancel', look: 'pm-button pm-button--small' },
] as const;

/** Asks, under a renamed output that others take as input, whether their inputs follow. */
function RenameQuestion({
  pending,
  output,
  onAnswer,
}: {
  pending: PendingRename;
  /** The output's name before the rename. */
  output: string;
  onAnswer(renameMatchingInputs: boolean | null): void;
}) {
  const { consumers, name } = pending;
  return (
    <div className="pm-confirm" role="group" aria-label="Rename matching inputs">
      {consumers.length === 1 ? '1 process takes' : `${consumers.length} processes take`} “{output}”
      as input ({consumers.join(', ')}). Rename those inputs to “{name}” too?
      <div className="pm-confirm__actions">
        {ANSWERS.map(({ answer, text, look }) => (
          <button key={text} type="button" className={look} onClick={() => onAnswer(answer)}>
            {text}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The names of the processes `ids` other than `self`, by `names` (else their ids). */
function namesOf(
  ids: readonly string[] | undefined,
  self: string,
  names: ReadonlyMap<string, string>,
): string[] {
  return (ids ?? []).filter((other) => other !== self).map((other) => names.get(other) ?? other);
}

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

  // What the handlers read when they run, so that they keep their identity across edits
  // and a field draws again only when its own value changes.
  const latest = useRef({ process, index, names });
  useLayoutEffect(() => {
    latest.current = { process, index, names };
  });
  const on = useMemo(() => {
    const current = () => latest.current;
    const setText =
      (field: 'name' | 'owner' | 'description' | 'documentation') => (text: string) =>
        field === 'name'
          ? actions.updateProcess(id, { name: text.trim() })
          : actions.updateProcess(id, { [field]: text.trim() === '' ? undefined : text });
    const list = (field: ListField) => ({
      onAdd: (text: string) =>
        actions.updateProcess(id, { [field]: [...current().process[field], text] }),
      onRemove: (i: number) =>
        actions.updateProcess(id, { [field]: removeItem(current().process[field], i) }),
      onMove: (from: number, to: number) =>
        actions.updateProcess(id, { [field]: moveItem(current().process[field], from, to) }),
      onCommitItem: (i: number, text: string) => {
        const items = [...current().process[field]];
        items[i] = text.trim();
        actions.updateProcess(id, { [field]: items });
      },
    });
    const commitOutput = (i: number, text: string) => {
      const { process, index, names } = current();
      const name = text.trim();
      const oldKey = artifactKey(process.outputs[i]);
      const consumers = namesOf(index.consumers.get(oldKey), id, names);
      // Another producer of the same artifact keeps feeding those inputs: nothing to ask.
      const stillProduced = (index.producers.get(oldKey) ?? []).some((p) => p !== id);
      if (consumers.length > 0 && artifactKey(name) !== oldKey && !stillProduced) {
        setPending({ index: i, name, consumers });
        return;
      }
      actions.renameArtifact(id, 'out', i, name);
    };
    return {
      name: setText('name'),
      owner: setText('owner'),
      description: setText('description'),
      documentation: setText('documentation'),
      inputs: {
        ...list('inputs'),
        onCommitItem: (i: number, text: string) => actions.renameArtifact(id, 'in', i, text.trim()),
      },
      activities: list('activities'),
      outputs: { ...list('outputs'), onCommitItem: commitOutput },
      references: list('references'),
    };
  }, [actions, id]);

  /** Per item, the processes at the other end of its flows, as `ends` lists them by key. */
  const links = (
    direction: 'from' | 'to',
    items: readonly string[],
    ends: ReadonlyMap<string, readonly string[]>,
  ) => ({ direction, names: items.map((item) => namesOf(ends.get(artifactKey(item)), id, names)) });

  const resolvePending = (renameMatchingInputs: boolean | null) => {
    if (pending && renameMatchingInputs !== null) {
      actions.renameArtifact(id, 'out', pending.index, pending.name, { renameMatchingInputs });
    }
    setPending(null);
    setRevision((r) => r + 1);
  };

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
          onCommit={on.name}
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
          onCommit={on.owner}
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
          onCommit={on.description}
        />
      </label>

      <ListEditor
        label="Inputs"
        items={process.inputs}
        addPlaceholder="Add an input…"
        suggestions={ids.outputs}
        testId="list-inputs"
        {...on.inputs}
        links={links('from', process.inputs, index.producers)}
      />
      <ListEditor
        label="Activities"
        items={process.activities}
        addPlaceholder="Add an activity…"
        testId="list-activities"
        {...on.activities}
      />
      <ListEditor
        label="Outputs"
        items={process.outputs}
        addPlaceholder="Add an output…"
        suggestions={ids.unresolved}
        testId="list-outputs"
        revision={revision}
        {...on.outputs}
        links={links('to', process.outputs, index.consumers)}
        below={
          pending === null
            ? undefined
            : {
                index: pending.index,
                content: (
                  <RenameQuestion
                    pending={pending}
                    output={process.outputs[pending.index]!}
                    onAnswer={resolvePending}
                  />
                ),
              }
        }
      />
      <label className="pm-field">
        <span className="pm-field__label">Documentation</span>
        <CommitField
          className="pm-input"
          value={process.documentation ?? ''}
          placeholder="e.g. Risk Assessment Methodology v2"
          onCommit={on.documentation}
        />
      </label>
      <ListEditor
        label="References"
        items={process.references}
        addPlaceholder="Add a clause or control, e.g. 6.1.2 or A.5.1…"
        testId="list-references"
        {...on.references}
      />
      {process.kind === 'process' && <AuditFields process={process} />}

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
