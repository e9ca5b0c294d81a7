import { useMemo } from 'react';
import { indexLinks, turtle } from '../model/turtle';
import type { Process } from '../model/types';
import { useEditor } from '../store/context';
import { useDerived } from '../store/derived';
import { Modal } from './Modal';
import { TurtleGrid } from './TurtleGrid';

/** The turtle card of one process of the editor's map, in a dialog. */
export function TurtleDialog({ process, onClose }: { process: Process; onClose(): void }) {
  const processes = useEditor((s) => s.map.processes);
  const { index } = useDerived();
  const boxes = useMemo(() => {
    const names = new Map(processes.map((p) => [p.id, p.name.trim() || p.id]));
    return turtle(
      process,
      indexLinks(index, process.id, (id) => names.get(id) ?? id),
    );
  }, [process, processes, index]);
  return (
    <Modal
      title={`Turtle card: ${process.name.trim() || process.id}`}
      onClose={onClose}
      testId="turtle-dialog"
    >
      <TurtleGrid boxes={boxes} />
    </Modal>
  );
}
