/** What a key does while presenting. */
export type PresentCommand =
  | { do: 'next' | 'previous' | 'overview' | 'last' | 'escape' }
  | { do: 'find'; text: string }
  | { do: 'find-move'; by: 1 | -1 }
  | { do: 'find-go' };

/** The parts of a keydown that decide its command, and where the focus is. */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** Focus is on a button or link, where Space and Enter press it. */
  onButton?: boolean;
  /** Focus is in the find box, where letters are typed. */
  inFind?: boolean;
}

/**
 * The command of a key while presenting, or `undefined` for a key that keeps its usual
 * meaning (Tab, Enter on a button, typing in the find box). Presentation clickers send
 * PageDown/PageUp or the arrows; any other printable key starts a search with itself.
 *
 * @example
 * commandForKey({ key: 'PageDown' })     // { do: 'next' }
 * commandForKey({ key: 'r' })            // { do: 'find', text: 'r' }
 * commandForKey({ key: '/' })            // { do: 'find', text: '' }
 */
export function commandForKey(press: KeyPress): PresentCommand | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  if (press.inFind) {
    if (press.key === 'ArrowDown') return { do: 'find-move', by: 1 };
    if (press.key === 'ArrowUp') return { do: 'find-move', by: -1 };
    if (press.key === 'Enter') return { do: 'find-go' };
    if (press.key === 'Escape') return { do: 'escape' };
    return undefined;
  }
  switch (press.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return { do: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { do: 'previous' };
    case ' ':
      if (press.onButton) return undefined;
      return { do: press.shiftKey ? 'previous' : 'next' };
    case 'Home':
      return { do: 'overview' };
    case 'End':
      return { do: 'last' };
    case 'Escape':
      return { do: 'escape' };
    case '/':
      return { do: 'find', text: '' };
  }
  // A single printable character: the start of a name.
  if ([...press.key].length === 1) return { do: 'find', text: press.key };
  return undefined;
}
