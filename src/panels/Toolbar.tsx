import { useRef, type ReactNode } from 'react';
import { OpenFileInput } from './OpenFileInput';
import type { Direction } from '../model/types';
import { useCanRedo, useCanUndo, useEditor } from '../store/context';
import type { MapFiles } from '../hooks/use-map-files';
import { Menu } from './Menu';
import { useEditorUi } from './ui-context';

const MOD =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** The layout group's choices, in the order they are offered. */
const DIRECTIONS: { direction: Direction; label: string; title: string }[] = [
  {
    direction: 'BANDS',
    label: '☰ Bands',
    title: 'Management, core and support processes in bands, interested parties at the sides',
  },
  { direction: 'RIGHT', label: '→ Right', title: 'Flows run left to right' },
  { direction: 'DOWN', label: '↓ Down', title: 'Flows run top to bottom' },
];

export interface ToolbarProps {
  files: MapFiles;
  onAddProcess(): void;
  onFit(): void;
  /** Opens the clause coverage matrix. */
  onCoverage?(): void;
  /**
   * The output slot at the right end of the toolbar: the Export menu and the Present
   * button mount here.
   */
  children?: ReactNode;
}

/** File commands, editing, layout and view, then the output slot (export, present). */
export function Toolbar({ files, onAddProcess, onFit, onCoverage, children }: ToolbarProps) {
  const fileName = useEditor((s) => s.fileName);
  const title = useEditor((s) => s.map.title);
  const direction = useEditor((s) => s.map.layout.direction);
  const actions = useEditor((s) => s.actions);
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const fileInput = useRef<HTMLInputElement>(null);
  const { panels, togglePanel } = useEditorUi();

  const setDirection = (next: Direction) => {
    if (next !== direction) actions.setDirection(next);
  };

  return (
    <header className="pm-toolbar" role="toolbar" aria-label="Editor">
      <div className="pm-toolbar__brand">
        <span className="pm-toolbar__logo">ProcMap</span>
        <span className="pm-toolbar__file" title={`${title} — ${fileName}`}>
          {title || fileName}
        </span>
      </div>

      <div className="pm-toolbar__group">
        <Menu
          label="New"
          title="Start a new map"
          items={[
            {
              label: 'Starter ISMS map',
              hint: 'About 20 typical ISMS processes',
              onSelect: () => files.newMap('starter'),
            },
            { label: 'Blank map', hint: 'No processes', onSelect: () => files.newMap('blank') },
          ]}
        />
        <button
          type="button"
          className="pm-button"
          onClick={() => fileInput.current?.click()}
          title="Open a map: JSON, YAML, a ProcMap SVG or a CSV process table"
        >
          Open…
        </button>
        <OpenFileInput
          ref={fileInput}
          accept=".json,.yaml,.yml,.svg,.csv"
          label="Open a map file"
          testId="open-file"
          onFile={(file) => void files.openFile(file)}
        />
        <button
          type="button"
          className="pm-button"
          onClick={files.save}
          title={`Save as .procmap.json (${MOD}S)`}
        >
          Save
        </button>
      </div>

      <div className="pm-toolbar__group">
        <button
          type="button"
          className="pm-button"
          onClick={onAddProcess}
          title="Add a process (N)"
        >
          + Process
        </button>
        <button
          type="button"
          className="pm-button"
          onClick={actions.undo}
          disabled={!canUndo}
          title={`Undo (${MOD}Z)`}
        >
          Undo
        </button>
        <button
          type="button"
          className="pm-button"
          onClick={actions.redo}
          disabled={!canRedo}
          title={`Redo (${MOD}Shift+Z)`}
        >
          Redo
        </button>
      </div>

      <div className="pm-toolbar__group">
        <button
          type="button"
          className="pm-button"
          onClick={actions.requestLayout}
          title="Lay the map out again"
        >
          Auto-layout
        </button>
        <div role="group" aria-label="Layout direction" className="pm-toolbar__segmented">
          {DIRECTIONS.map((choice) => (
            <button
              key={choice.direction}
              type="button"
              className="pm-button"
              aria-pressed={direction === choice.direction}
              onClick={() => setDirection(choice.direction)}
              title={choice.title}
            >
              {choice.label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="pm-button"
          onClick={onFit}
          title="Fit the map to the screen (F)"
        >
          Fit
        </button>
      </div>

      <div className="pm-toolbar__group" role="group" aria-label="Panels">
        <button
          type="button"
          className="pm-button"
          aria-pressed={panels.side}
          onClick={() => togglePanel('side')}
          title="Show or hide the outline and problems"
        >
          Outline
        </button>
        <button
          type="button"
          className="pm-button"
          aria-pressed={panels.inspector}
          onClick={() => togglePanel('inspector')}
          title="Show or hide the inspector"
        >
          Inspector
        </button>
        {onCoverage && (
          <button
            type="button"
            className="pm-button"
            onClick={onCoverage}
            title="Which processes cover which ISO/IEC 27001 clause"
          >
            Coverage
          </button>
        )}
      </div>

      <div className="pm-toolbar__spacer" />
      <div className="pm-toolbar__slot" data-slot="output">
        {children}
      </div>
    </header>
  );
}
