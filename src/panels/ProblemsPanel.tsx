import { artifactKey } from '../model/keys';
import type { Problem } from '../model/types';
import { useEditor, useEditorStore } from '../store/context';
import { useDerived } from '../store/derived';

const ICON = { error: '!', warning: '!', info: 'i' } as const;
const SEVERITY_NAME = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/**
 * Every finding of the analysis, errors first. Clicking one selects and centres its
 * process; a "did you mean" suggestion has a Fix button that replaces the input.
 */
export function ProblemsPanel({ onFocusProcess }: { onFocusProcess(id: string): void }) {
  const { problems } = useDerived();
  const selection = useEditor((s) => s.selection);
  const store = useEditorStore();

  const fix = (problem: Problem) => {
    const { map, actions } = store.getState();
    const process = map.processes.find((p) => p.id === problem.process);
    if (!process || problem.artifact === undefined || problem.suggestion === undefined) return;
    const key = artifactKey(problem.artifact);
    const index = process.inputs.findIndex((input) => artifactKey(input) === key);
    if (index >= 0) actions.renameArtifact(process.id, 'in', index, problem.suggestion);
  };

  if (problems.length === 0) {
    return (
      <p className="pm-empty">
        No problems: every input has a producer and every process an owner.
      </p>
    );
  }
  return (
    <ul className="pm-list" aria-label="Problems" data-testid="problems">
      {problems.map((problem, i) => (
        <li
          key={`${problem.code}:${problem.process ?? ''}:${problem.artifact ?? ''}:${i}`}
          className="pm-problem"
          aria-current={problem.process !== undefined && selection.includes(problem.process)}
        >
          <span
            className={`pm-problem__icon pm-problem__icon--${problem.severity}`}
            role="img"
            aria-label={SEVERITY_NAME[problem.severity]}
            title={`${SEVERITY_NAME[problem.severity]} (${problem.code})`}
          >
            {ICON[problem.severity]}
          </span>
          <div className="pm-problem__text">
            {problem.process !== undefined ? (
              <button
                type="button"
                className="pm-problem__message"
                onClick={() => onFocusProcess(problem.process!)}
              >
                {problem.message}
              </button>
            ) : (
              <span>{problem.message}</span>
            )}
            {problem.suggestion !== undefined && problem.code === 'unresolved-input' && (
              <div className="pm-problem__fix">
                <button
                  type="button"
                  className="pm-button pm-button--outline pm-button--small"
                  onClick={() => fix(problem)}
                  title={`Replace the input “${problem.artifact ?? ''}” by “${problem.suggestion}”`}
                >
                  Fix: use “{problem.suggestion}”
                </button>
              </div>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
