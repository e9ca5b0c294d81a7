import { useId } from 'react';
import { REVISION_FIELDS } from '../model/schema';
import type { Revision } from '../model/types';
import { useEditor } from '../store/context';
import { CommitField } from './CommitField';

const LABELS: Record<(typeof REVISION_FIELDS)[number], string> = {
  revision: 'Revision',
  date: 'Date',
  author: 'Author',
  change: 'Change',
};

/** Today as `YYYY-MM-DD`, in the user's time zone. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The map's revision history: one row per revision (revision, date, author, change), each
 * field committed on Enter or blur. "Add revision" starts a row with the map's revision and
 * today's date; each edit is one undo step.
 */
export function RevisionsEditor() {
  const revisions = useEditor((s) => s.map.revisions) ?? [];
  const current = useEditor((s) => s.map.revision);
  const setRevisions = useEditor((s) => s.actions.setRevisions);
  const labelId = useId();
  const setField = (index: number, field: keyof typeof LABELS, text: string) =>
    setRevisions(
      revisions.map((r, i) => {
        if (i !== index) return r;
        const next: Revision = { ...r, [field]: text.trim() };
        if (text.trim() === '') delete next[field];
        return next;
      }),
    );
  return (
    <div className="pm-field" role="group" aria-labelledby={labelId} data-testid="revisions">
      <span className="pm-field__label" id={labelId}>
        Revision history
      </span>
      <div className="pm-listedit">
        {revisions.map((r, index) => (
          <div className="pm-revision" key={index}>
            {REVISION_FIELDS.map((field) => (
              <CommitField
                key={field}
                className={`pm-input pm-revision__${field}`}
                value={r[field] ?? ''}
                placeholder={LABELS[field]}
                aria-label={`${LABELS[field]} of revision ${index + 1}`}
                onCommit={(text) => setField(index, field, text)}
              />
            ))}
            <button
              type="button"
              className="pm-button pm-button--icon"
              title="Remove"
              aria-label={`Remove revision ${index + 1}`}
              onClick={() => setRevisions(revisions.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="pm-button pm-button--outline pm-button--small"
          onClick={() =>
            setRevisions([
              ...revisions,
              { ...(current ? { revision: current } : {}), date: today() },
            ])
          }
        >
          Add revision
        </button>
      </div>
    </div>
  );
}
