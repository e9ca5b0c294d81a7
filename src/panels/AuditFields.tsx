import { memo, useMemo } from 'react';
import type { Kpi, Process } from '../model/types';
import { useEditor } from '../store/context';
import { CommitField } from './CommitField';
import { KpiEditor } from './KpiEditor';
import { ListEditor, moveItem, removeItem } from './ListEditor';

type TextField = 'purpose' | 'criteria';
type ListField = 'resources' | 'risks' | 'records';

const TEXTS: { field: TextField; label: string; placeholder: string }[] = [
  { field: 'purpose', label: 'Purpose', placeholder: 'Why the process exists' },
  {
    field: 'criteria',
    label: 'Criteria and methods (how)',
    placeholder: 'e.g. Risk assessment methodology, acceptance criteria',
  },
];

const LISTS: { field: ListField; label: string; add: string }[] = [
  { field: 'resources', label: 'Resources (with what)', add: 'Add a resource, e.g. GRC tool…' },
  { field: 'risks', label: 'Risks and opportunities', add: 'Add a risk or opportunity…' },
  { field: 'records', label: 'Documented information', add: 'Add a record, e.g. Risk register…' },
];

/** A list, or nothing when it is empty: the map holds no empty optional lists. */
const orAbsent = <T,>(items: T[]): T[] | undefined => (items.length > 0 ? items : undefined);

/** The fields this panel shows: it draws again only when one of them changes. */
const SHOWN = ['id', 'purpose', 'criteria', 'kpis', 'resources', 'risks', 'records'] as const;

/**
 * The clause 4.4 fields of a process beyond inputs, activities and outputs: purpose,
 * criteria and methods, KPIs, resources, risks and opportunities, documented information.
 * Each edit is one undo step; emptying a field removes it from the file.
 */
export const AuditFields = memo(
  function AuditFields({ process }: { process: Process }) {
    const updateProcess = useEditor((s) => s.actions.updateProcess);
    const { id } = process;
    const on = useMemo(() => {
      const setText = (field: TextField) => (text: string) =>
        updateProcess(id, { [field]: text.trim() === '' ? undefined : text });
      const list = (field: ListField) => (items: string[]) =>
        updateProcess(id, { [field]: orAbsent(items) });
      return {
        purpose: setText('purpose'),
        criteria: setText('criteria'),
        kpis: (kpis: Kpi[]) => updateProcess(id, { kpis: orAbsent(kpis) }),
        list,
      };
    }, [updateProcess, id]);

    return (
      <section className="pm-audit" aria-label="Clause 4.4" data-testid="audit-fields">
        <h3 className="pm-audit__title">Clause 4.4</h3>
        {TEXTS.map(({ field, label, placeholder }) => (
          <label className="pm-field" key={field}>
            <span className="pm-field__label">{label}</span>
            <CommitField
              multiline
              rows={2}
              className="pm-input"
              value={process[field] ?? ''}
              placeholder={placeholder}
              onCommit={on[field]}
              data-testid={`field-${field}`}
            />
          </label>
        ))}
        <KpiEditor kpis={process.kpis ?? []} onChange={on.kpis} />
        {LISTS.map(({ field, label, add }) => {
          const items = process[field] ?? [];
          const set = on.list(field);
          return (
            <ListEditor
              key={field}
              label={label}
              items={items}
              addPlaceholder={add}
              testId={`list-${field}`}
              onAdd={(text) => set([...items, text])}
              onRemove={(i) => set(removeItem(items, i))}
              onMove={(from, to) => set(moveItem(items, from, to))}
              onCommitItem={(i, text) =>
                set(items.map((item, j) => (j === i ? text.trim() : item)))
              }
            />
          );
        })}
      </section>
    );
  },
  (a, b) => SHOWN.every((field) => a.process[field] === b.process[field]),
);
