import { useSyncExternalStore } from 'react';
import { parsePresentHash, presentHash, type PresentLocation } from './hash';

/*
 * The presentation lives in the URL hash, so a link opens it and a reload keeps the step.
 * Steps replace the history entry instead of pushing one: the browser's Back button leaves
 * the page as it would from the editor, not through every step shown.
 */

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('hashchange', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', notify);
  };
}

const readHash = () => window.location.hash;

/** Where the presentation stands, from the URL; `undefined` while the editor is shown. */
export function usePresentLocation(): PresentLocation | undefined {
  const hash = useSyncExternalStore(subscribe, readHash, () => '');
  return parsePresentHash(hash);
}

/** Shows the overview (`{}`) or a step, in the URL: the presentation follows. */
export function showInPresentation(location: PresentLocation): void {
  const hash = presentHash(location);
  if (window.location.hash === hash) return;
  history.replaceState(history.state, '', hash);
  notify();
}

/** Leaves the presentation: the URL loses its hash and the editor shows again. */
export function leavePresentation(): void {
  if (parsePresentHash(window.location.hash) === undefined) return;
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
  notify();
}
