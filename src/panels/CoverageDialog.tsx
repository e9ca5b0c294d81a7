import { useMemo } from 'react';
import { coverage } from '../model/coverage';
import { useEditor } from '../store/context';
import { CoverageMatrix } from './CoverageMatrix';
import { Modal } from './Modal';

/** The clause coverage of the editor's map, in a dialog; choosing a process shows it. */
export function CoverageDialog({
  onClose,
  onFocusProcess,
}: {
  onClose(): void;
  onFocusProcess(id: string): void;
}) {
  const processes = useEditor((s) => s.map.processes);
  const result = useMemo(() => coverage(processes), [processes]);
  return (
    <Modal title="Clause coverage" onClose={onClose} wide testId="coverage-dialog">
      <CoverageMatrix
        coverage={result}
        onFocusProcess={(id) => {
          onClose();
          onFocusProcess(id);
        }}
      />
    </Modal>
  );
}
