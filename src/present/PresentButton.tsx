import { useEffect } from 'react';
import { enterFullscreen } from './fullscreen';
import { parsePresentHash } from './hash';
import { showInPresentation } from './route';

/** Starts presenting at the overview. Call it from a click or key, so full screen is allowed. */
export function startPresentation(): void {
  void enterFullscreen();
  showInPresentation({});
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target.closest('input, textarea, select, [contenteditable]') !== null)
  );
}

/** The toolbar's Present button; also makes `P` start the presentation from the editor. */
export function PresentButton() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'p' && event.key !== 'P') return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || event.repeat)
        return;
      if (isTyping(event.target) || parsePresentHash(window.location.hash) !== undefined) return;
      event.preventDefault();
      startPresentation();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <button
      type="button"
      className="pm-button pm-button--outline"
      onClick={startPresentation}
      title="Present the map full screen, step by step (P)"
      data-testid="present-button"
    >
      ▶ Present
    </button>
  );
}
