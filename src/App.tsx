import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { fitMap } from './canvas/map-extent';
import { MapCanvas } from './canvas/MapCanvas';
import type { EditorLayout } from './canvas/use-auto-layout';
import { useFocusProcess } from './canvas/use-focus-process';
import { useMapFiles } from './hooks/use-map-files';
import { newProcessSpot } from './layout/free-spot';
import { useShortcuts } from './hooks/use-shortcuts';
import { CoverageDialog } from './panels/CoverageDialog';
import { Inspector } from './panels/Inspector';
import { NoticeBanner } from './panels/NoticeBanner';
import { SidePanel } from './panels/SidePanel';
import { StatusBar } from './panels/StatusBar';
import { Toolbar } from './panels/Toolbar';
import { EditorUiProvider, useEditorUi } from './panels/ui-context';
import { EditorStoreProvider, useEditorStore } from './store/context';
import type { EditorStore } from './store/editor-store';

/** The editor's frame: toolbar, outline and problems, canvas, inspector, status line. */
function EditorShell({ layout, toolbarSlot }: { layout: EditorLayout; toolbarSlot?: ReactNode }) {
  const store = useEditorStore();
  const flow = useReactFlow();
  const files = useMapFiles();
  const ui = useEditorUi();
  const focusProcess = useFocusProcess();
  const { requestNameFocus, focusSearch } = ui;
  const [coverageOpen, setCoverageOpen] = useState(false);

  const fit = useCallback(() => fitMap(flow, store.getState(), 200), [flow, store]);
  const addProcess = useCallback(() => {
    // A new process goes beside the selection, or to the middle of what the user is looking
    // at, wherever it covers no other process.
    const pane = document.querySelector('.pm-canvas')?.getBoundingClientRect();
    const centre = pane
      ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
      : { x: 0, y: 0 };
    const { map, selection, actions } = store.getState();
    actions.addProcess({}, newProcessSpot(map.processes, map.positions, selection, centre));
    requestNameFocus();
  }, [flow, store, requestNameFocus]);

  const openFile = useCallback((file: File) => void files.openFile(file), [files]);
  const handlers = useMemo(
    () => ({ fit, search: focusSearch, addProcess, save: files.save }),
    [fit, focusSearch, addProcess, files.save],
  );
  useShortcuts(store, handlers);

  return (
    <div
      className={[
        'pm-app',
        ui.panels.side ? '' : 'pm-app--no-side',
        ui.panels.inspector ? '' : 'pm-app--no-inspector',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <Toolbar
        files={files}
        onAddProcess={addProcess}
        onFit={fit}
        onCoverage={() => setCoverageOpen(true)}
      >
        {toolbarSlot}
      </Toolbar>
      <NoticeBanner />
      {ui.panels.side && <SidePanel onFocusProcess={focusProcess} />}
      <MapCanvas layout={layout} onOpenFile={openFile} onProcessCreated={requestNameFocus} />
      {ui.panels.inspector && <Inspector />}
      <StatusBar />
      {coverageOpen && (
        <CoverageDialog onClose={() => setCoverageOpen(false)} onFocusProcess={focusProcess} />
      )}
    </div>
  );
}

export interface AppProps {
  store: EditorStore;
  /** Lays maps out in a worker; owned by the caller, which may have started the first layout. */
  layout: EditorLayout;
  /** Rendered at the right end of the toolbar: the Export menu and the Present button. */
  toolbarSlot?: ReactNode;
  /** Rendered over the editor, inside its store: the presentation. */
  overlay?: ReactNode;
}

/** One editor over one store. */
export function App({ store, layout, toolbarSlot, overlay }: AppProps) {
  return (
    <EditorStoreProvider store={store}>
      <ReactFlowProvider>
        <EditorUiProvider>
          <EditorShell layout={layout} toolbarSlot={toolbarSlot} />
        </EditorUiProvider>
      </ReactFlowProvider>
      {overlay}
    </EditorStoreProvider>
  );
}
