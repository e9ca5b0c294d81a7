import { memo, useId } from 'react';
import type { Kpi } from '../model/types';
import { CommitField } from './CommitField';

/** The KPI's text fields the editor shows, with their labels and examples. */
const PARTS = [
  { field: 'name', label: 'KPI', placeholder: 'What is measured' },
  { field: 'target', label: 'Target', placeholder: 'e.g. 95%' },
  { field: 'frequency', label: 'Frequency', placeholder: 'e.g. monthly' },
] as const;

/**
 * Edits a process's KPIs: per KPI its name, target and frequency (each committed on Enter
 * or blur; an emptied name removes the KPI), and an "add" field for the next one.
 * `onChange` gets the whole new list.
 */
export const KpiEditor = memo(function KpiEditor({
  kpis,
  onChange,
}: {
  kpis: readonly Kpi[];
  onChange(kpis: Kpi[]): void;
}) {
  const labelId = useId();
  const setPart = (index: number, field: (typeof PARTS)[number]['field'], text: string) => {
    const value = text.trim();
    if (field === 'name' && value === '') {
      onChange(kpis.filter((_, i) => i !== index));
      return;
    }
    const next = kpis.map((kpi, i) => {
      if (i !== index) return kpi;
      const changed: Kpi = { ...kpi, [field]: value };
      if (value === '' && field !== 'name') delete changed[field];
      return changed;
    });
    onChange(next);
  };
  return (
    <div className="pm-field" role="group" aria-labelledby={labelId} data-testid="list-kpis">
      <span className="pm-field__label" id={labelId}>
        KPIs (how it is measured)
      </span>
      <div className="pm-listedit">
        {kpis.map((kpi, index) => (
          <div className="pm-kpi" key={index}>
            {PARTS.map(({ field, label, placeholder }) => (
              <CommitField
                key={field}
                className={`pm-input pm-kpi__${field}`}
                value={kpi[field] ?? ''}
                placeholder={placeholder}
                aria-label={`${label} ${index + 1}`}
                onCommit={(text) => setPart(index, field, text)}
              />
            ))}
            <button
              type="button"
              className="pm-button pm-button--icon"
              title="Remove"
              aria-label={`Remove KPI ${kpi.name}`}
              onClick={() => onChange(kpis.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </div>
        ))}
        <CommitField
          className="pm-input pm-listedit__add"
          value=""
          clearOnCommit
          placeholder="Add a KPI…"
          aria-label="Add a KPI…"
          onCommit={(text) => {
            if (text.trim() !== '') onChange([...kpis, { name: text.trim() }]);
          }}
        />
      </div>
    </div>
  );
});
