import { useEditor } from '../store/context';
import { useDerived } from '../store/derived';

const SAVE_TEXT = {
  idle: 'Autosave on',
  saving: 'Saving…',
  saved: 'Saved in this browser',
  error: 'Not saved',
} as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Autosave state and what the map holds. */
export function StatusBar() {
  const saveStatus = useEditor((s) => s.saveStatus);
  const saveError = useEditor((s) => s.saveError);
  const count = useEditor((s) => s.map.processes.length);
  const selected = useEditor((s) => s.selection.length);
  const { flows, problems } = useDerived();
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  return (
    <footer className="pm-status" data-testid="status">
      <span
        className={
          saveStatus === 'error' ? 'pm-status__save pm-status__save--error' : 'pm-status__save'
        }
        role="status"
        data-save-status={saveStatus}
        title={saveError}
      >
        {SAVE_TEXT[saveStatus]}
        {saveStatus === 'error' && saveError
          ? `: ${saveError} Your work is kept here; use Save to keep a copy.`
          : ''}
      </span>
      <span className="pm-status__spacer" />
      {selected > 0 && <span>{selected} selected</span>}
      <span data-testid="count-processes">{count === 1 ? '1 process' : `${count} processes`}</span>
      <span data-testid="count-flows">{plural(flows.length, 'flow')}</span>
      <span>
        {plural(errors, 'error')}, {plural(warnings, 'warning')}
      </span>
    </footer>
  );
}
