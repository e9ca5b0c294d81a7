import {
  forwardRef,
  memo,
  useEffect,
  useRef,
  useState,
  type InputHTMLAttributes,
  type KeyboardEvent,
} from 'react';

interface CommitFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement & HTMLTextAreaElement>,
  'value' | 'onChange' | 'defaultValue'
> {
  value: string;
  /** Called with the typed text when the user is done: on blur, Enter, or picking a suggestion. */
  onCommit(value: string): void;
  multiline?: boolean;
  /** Visible lines of a multiline field. */
  rows?: number;
  /** Keep the field empty after a commit (the "add an item" field of a list). */
  clearOnCommit?: boolean;
}

/**
 * A text field that edits a draft and commits it once when the user is done (blur, Enter,
 * or choosing a suggestion from its datalist), so typing a name is one undo step rather than
 * one per keystroke. Escape drops the draft. A new value from outside (undo, another
 * process selected) replaces the draft unless the user is typing in this field. Drawn again
 * only when its props change: give it handlers that keep their identity.
 */
export const CommitField = memo(
  forwardRef<HTMLInputElement | HTMLTextAreaElement, CommitFieldProps>(function CommitField(
    { value, onCommit, multiline = false, rows, clearOnCommit = false, onKeyDown, onBlur, ...rest },
    ref,
  ) {
    const [draft, setDraft] = useState(value);
    const editing = useRef(false);
    const skipBlur = useRef(false);

    useEffect(() => {
      if (!editing.current) setDraft(value);
    }, [value]);

    const commit = (text: string) => {
      editing.current = false;
      if (clearOnCommit) setDraft('');
      if (text !== value) onCommit(text);
      else if (!clearOnCommit) setDraft(value);
    };

    const keyDown = (event: KeyboardEvent<HTMLInputElement & HTMLTextAreaElement>) => {
      onKeyDown?.(event);
      if (event.defaultPrevented) return;
      if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        commit(event.currentTarget.value);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        editing.current = false;
        setDraft(clearOnCommit ? '' : value);
        skipBlur.current = true;
        event.currentTarget.blur();
      }
    };

    const shared = {
      ...rest,
      value: draft,
      onChange: (event: React.ChangeEvent<HTMLInputElement & HTMLTextAreaElement>) => {
        editing.current = true;
        setDraft(event.target.value);
        // Chromium marks a datalist choice this way: commit it at once, so its arrow appears.
        const native = event.nativeEvent as InputEvent;
        if (!multiline && rest.list && native.inputType === 'insertReplacementText') {
          commit(event.target.value);
        }
      },
      onKeyDown: keyDown,
      onBlur: (event: React.FocusEvent<HTMLInputElement & HTMLTextAreaElement>) => {
        onBlur?.(event);
        if (skipBlur.current) {
          skipBlur.current = false;
          return;
        }
        if (editing.current) commit(event.currentTarget.value);
      },
    };

    return multiline ? (
      <textarea ref={ref as React.Ref<HTMLTextAreaElement>} rows={rows} {...shared} />
    ) : (
      <input ref={ref as React.Ref<HTMLInputElement>} type="text" {...shared} />
    );
  }),
);
