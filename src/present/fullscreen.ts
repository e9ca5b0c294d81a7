/*
 * Full screen where the browser allows it. A browser may refuse (no user gesture, as when a
 * link opens the presentation, or a frame without permission): the presentation then fills
 * the window instead, which is why nothing here throws.
 */

/** Asks for full screen; resolves whether the page is full screen now. */
export async function enterFullscreen(): Promise<boolean> {
  if (document.fullscreenElement) return true;
  if (!document.fullscreenEnabled || !document.documentElement.requestFullscreen) return false;
  try {
    await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

/** Leaves full screen if the page is in it. */
export function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}
