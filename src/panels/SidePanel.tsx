import { useId } from 'react';
import { useDerived } from '../store/derived';
import { OutlinePanel } from './OutlinePanel';
import { ProblemsPanel } from './ProblemsPanel';
import { useEditorUi, type SideTab } from './ui-context';

/** The left panel: the outline with its search, and the problems of the map. */
export function SidePanel({ onFocusProcess }: { onFocusProcess(id: string): void }) {
  const { sideTab, setSideTab } = useEditorUi();
  const { problems } = useDerived();
  const base = useId();
  const errors = problems.filter((p) => p.severity === 'error').length;
  const tab = (id: SideTab, label: string, count?: number) => (
    <button
      type="button"
      role="tab"
      id={`${base}-${id}`}
      className="pm-tab"
      aria-selected={sideTab === id}
      aria-controls={`${base}-${id}-panel`}
      onClick={() => setSideTab(id)}
    >
      {label}
      {count !== undefined && (
        <span
          className={
            errors > 0 && id === 'problems' ? 'pm-tab__count pm-tab__count--error' : 'pm-tab__count'
          }
        >
          {count}
        </span>
      )}
    </button>
  );
  return (
    <nav className="pm-side" aria-label="Outline and problems">
      <div className="pm-tabs" role="tablist">
        {tab('outline', 'Outline')}
        {tab('problems', 'Problems', problems.length)}
      </div>
      <div
        className="pm-tabpanel"
        role="tabpanel"
        id={`${base}-${sideTab}-panel`}
        aria-labelledby={`${base}-${sideTab}`}
      >
        {sideTab === 'outline' ? (
          <OutlinePanel onFocusProcess={onFocusProcess} />
        ) : (
          <ProblemsPanel onFocusProcess={onFocusProcess} />
        )}
      </div>
    </nav>
  );
}
