import { memo, useId, type ReactNode } from 'react';
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
  /**
   * Per item, the processes its flows come from or go to, by name, or none: drawn as a dot
   * before the item's field that says so.
   */
  links?: { direction: 'from' | 'to'; names: readonly (readonly string[])[] };
  /** Something drawn under one item's row, e.g. an inline question. */
  below?: { index: number; content: ReactNode };
  /** Changes when rows must drop their drafts (a rename was cancelled). */
  revision?: number;
  testId?: string;
}

/** Whether the lists of names are the same, name by name. */
function sameLinks(a: ListEditorProps['links'], b: ListEditorProps['links']): boolean {
  if (a === b) return true;
  if (!a || !b || a.direction !== b.direction || a.names.length !== b.names.length) return false;
  return a.names.every((names, i) => {
    const other = b.names[i]!;
    return names.length === other.length && names.every((name, j) => name === other[j]);
  });
}

/** The same props, `links` compared name by name: the inspector works them out on each edit. */
function sameProps(a: ListEditorProps, b: ListEditorProps): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ListEditorProps>;
  for (const key of keys)
    if (key === 'links' ? !sameLinks(a.links, b.links) : a[key] !== b[key]) return false;
  return true;
}

/** The dot before an item that says where its flows come from or go to. */
function FlowDot({ direction, names }: { direction: 'from' | 'to'; names: readonly string[] }) {
  const linked = names.length > 0;
  return (
    <span
      className={linked ? 'pm-listedit__flow pm-listedit__flow--linked' : 'pm-listedit__flow'}
      title={
        linked ? `${direction === 'from' ? 'From' : 'To'}: ${names.join(', ')}` : 'No flow yet'
      }
    />
  );
}

/**
 * Edits a list of names: one field per item (commit on Enter or blur; empty removes it),
 * move up / down and remove buttons, and an "add" field that stays ready for the next item.
 * Drawn again only when its items, flows or handlers change, not on every edit of the
 * process around it.
 */
export const ListEditor = memo(function ListEditor(props: ListEditorProps) {
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
              {props.links && (
                <FlowDot direction={props.links.direction} names={props.links.names[index] ?? []} />
              )}
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
            {props.below?.index === index && props.below.content}
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
}, sameProps);

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
