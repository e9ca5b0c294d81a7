import { useId, type ReactNode } from 'react';
import { CommitField } from './CommitField';

export interface ListEditorProps {
  label: string;
  items: readonly string[];
  /** Placeholder of the field that adds an item. */
  addPlaceholder: string;
  /** Id of a <datalist> whose options the fields suggest. */
  suggestions?: string;
  /** An existing item was edited; empty text removes it. */
  onCommitItem(index: number, text: string): void;
  onAdd(text: string): void;
  onRemove(index: number): void;
  onMove(from: number, to: number): void;
  /** Something drawn before an item's field, e.g. whether it has a flow. */
  renderMarker?(item: string, index: number): ReactNode;
  /** Something drawn under an item's row, e.g. an inline question. */
  renderBelow?(index: number): ReactNode;
  /** Changes when rows must drop their drafts (a rename was cancelled). */
  revision?: number;
  testId?: string;
}

/**
 * Edits a list of names: one field per item (commit on Enter or blur; empty removes it),
 * move up / down and remove buttons, and an "add" field that stays ready for the next item.
 */
export function ListEditor(props: ListEditorProps) {
  const { label, items, suggestions, revision = 0 } = props;
  const labelId = useId();
  return (
    <div className="pm-field" role="group" aria-labelledby={labelId} data-testid={props.testId}>
      <span className="pm-field__label" id={labelId}>
        {label}
      </span>
      <div className="pm-listedit">
        {items.map((item, index) => (
          <div key={`${revision}:${index}`}>
            <div className="pm-listedit__row">
              {props.renderMarker?.(item, index)}
              <CommitField
                className="pm-input"
                value={item}
                list={suggestions}
                aria-label={`${label} ${index + 1}`}
                onCommit={(text) =>
                  text.trim() === '' ? props.onRemove(index) : props.onCommitItem(index, text)
                }
              />
              <button
                type="button"
                className="pm-button pm-button--icon"
                title="Move up"
                aria-label={`Move ${item} up`}
                disabled={index === 0}
                onClick={() => props.onMove(index, index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="pm-button pm-button--icon"
                title="Move down"
                aria-label={`Move ${item} down`}
                disabled={index === items.length - 1}
                onClick={() => props.onMove(index, index + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="pm-button pm-button--icon"
                title="Remove"
                aria-label={`Remove ${item}`}
                onClick={() => props.onRemove(index)}
              >
                ×
              </button>
            </div>
            {props.renderBelow?.(index)}
          </div>
        ))}
        <CommitField
          className="pm-input pm-listedit__add"
          value=""
          clearOnCommit
          list={suggestions}
          placeholder={props.addPlaceholder}
          aria-label={props.addPlaceholder}
          onCommit={(text) => {
            if (text.trim() !== '') props.onAdd(text.trim());
          }}
        />
      </div>
    </div>
  );
}

/** The list with the item at `from` moved to `to`. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** The list without the item at `index`. */
export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}
