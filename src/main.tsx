import '@xyflow/react/dist/style.css';
import './app.css';
import arimoBoldUrl from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?url';
import arimoRegularUrl from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?url';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createWorkerLayoutRunner } from './layout/elk-worker';
import type { EditorLayout } from './canvas/use-auto-layout';
import { ExportMenu } from './panels/ExportMenu';
import { PresentationRoot } from './present/Presentation';
import { PresentButton } from './present/PresentButton';
import { createEditorStore } from './store/editor-store';
import { loadStartupEditor, startAutosave } from './store/persistence';

/**
 * Arimo as a real stylesheet rule (not only the FontFace API), so that a PNG capture that
 * inlines the page's @font-face rules embeds it too. Its metrics are the ones src/text
 * measures with, so the canvas draws the lines exactly where the geometry put them.
 */
function installFonts(): Promise<unknown> {
  const style = document.createElement('style');
  style.dataset.procmapFonts = '';
  style.textContent = [
    `@font-face { font-family: 'Arimo'; font-weight: 400; font-style: normal; font-display: block; src: url('${arimoRegularUrl}') format('truetype'); }`,
    `@font-face { font-family: 'Arimo'; font-weight: 700; font-style: normal; font-display: block; src: url('${arimoBoldUrl}') format('truetype'); }`,
  ].join('\n');
  document.head.append(style);
  return Promise.all([
    document.fonts.load("400 12px 'Arimo'"),
    document.fonts.load("700 12px 'Arimo'"),
  ]);
}

async function start(): Promise<void> {
  const fonts = installFonts().catch(() => undefined);
  const { data, found } = await loadStartupEditor();
  const store = createEditorStore(data);
  // The opening map's layout starts now, in the worker, while the fonts load and React renders.
  const runner = createWorkerLayoutRunner();
  const { map, layoutRequest } = store.getState();
  const layout: EditorLayout = { runner };
  if (layoutRequest > 0) layout.first = { request: layoutRequest, result: runner.run(map) };
  await fonts;
  startAutosave(store, undefined, { found });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App
        store={store}
        layout={layout}
        toolbarSlot={
          <>
            <ExportMenu />
            <PresentButton />
          </>
        }
        overlay={<PresentationRoot />}
      />
    </StrictMode>,
  );
}

void start();
