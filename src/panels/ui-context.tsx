import {
  createContext,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';

export type SideTab = 'outline' | 'problems';

/** Which side panels are open; closing them gives the map the whole width. */
export interface PanelsOpen {
  side: boolean;
  inspector: boolean;
}

/** View state the panels share that is not part of the document (so not in the store). */
export interface EditorUi {
  sideTab: SideTab;
  setSideTab(tab: SideTab): void;
  /** The outline's search field, focused by Ctrl+F and '/'. */
  searchInput: RefObject<HTMLInputElement | null>;
  /** Shows the outline and puts the cursor in its search field. */
  focusSearch(): void;
  /** Grows each time a new process wants its name typed; the inspector focuses its name field. */
  nameFocusRequest: number;
  requestNameFocus(): void;
  panels: PanelsOpen;
  togglePanel(panel: keyof PanelsOpen): void;
}

const UiContext = createContext<EditorUi | null>(null);

/** Holds the editor's shared view state for the toolbar, canvas and panels. */
export function EditorUiProvider({ children }: { children: ReactNode }) {
  const [sideTab, setSideTab] = useState<SideTab>('outline');
  const [nameFocusRequest, setNameFocusRequest] = useState(0);
  const [panels, setPanels] = useState<PanelsOpen>({ side: true, inspector: true });
  const searchInput = useRef<HTMLInputElement | null>(null);
  const ui = useMemo<EditorUi>(
    () => ({
      sideTab,
      setSideTab,
      searchInput,
      focusSearch() {
        setSideTab('outline');
        setPanels((open) => ({ ...open, side: true }));
        // The outline may only now be mounting: focus after it rendered.
        requestAnimationFrame(() => {
          searchInput.current?.focus();
          searchInput.current?.select();
        });
      },
      nameFocusRequest,
      requestNameFocus: () => {
        setPanels((open) => ({ ...open, inspector: true }));
        setNameFocusRequest((n) => n + 1);
      },
      panels,
      togglePanel: (panel) => setPanels((open) => ({ ...open, [panel]: !open[panel] })),
    }),
    [sideTab, nameFocusRequest, panels],
  );
  return <UiContext.Provider value={ui}>{children}</UiContext.Provider>;
}

/** The shared view state; throws outside {@link EditorUiProvider}. */
export function useEditorUi(): EditorUi {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('useEditorUi must be used inside <EditorUiProvider>.');
  return ui;
}
