import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../src/present/keys';

describe('commandForKey', () => {
  it('steps forward with the arrows, Space and a clicker’s PageDown', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) {
      expect(commandForKey({ key })).toEqual({ do: 'next' });
    }
  });

  it('steps back with the arrows, Shift+Space and a clicker’s PageUp', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) {
      expect(commandForKey({ key })).toEqual({ do: 'previous' });
    }
    expect(commandForKey({ key: ' ', shiftKey: true })).toEqual({ do: 'previous' });
  });

  it('goes to the overview with Home and to the last step with End', () => {
    expect(commandForKey({ key: 'Home' })).toEqual({ do: 'overview' });
    expect(commandForKey({ key: 'End' })).toEqual({ do: 'last' });
  });

  it('starts a search with a slash, or with the first letter typed', () => {
    expect(commandForKey({ key: '/' })).toEqual({ do: 'find', text: '' });
    expect(commandForKey({ key: 'R', shiftKey: true })).toEqual({ do: 'find', text: 'R' });
    expect(commandForKey({ key: 'é' })).toEqual({ do: 'find', text: 'é' });
  });

  it('leaves Space to a focused button, and shortcuts with modifiers to the browser', () => {
    expect(commandForKey({ key: ' ', onButton: true })).toBeUndefined();
    expect(commandForKey({ key: 'r', ctrlKey: true })).toBeUndefined();
    expect(commandForKey({ key: 'Tab' })).toBeUndefined();
    expect(commandForKey({ key: 'Enter' })).toBeUndefined();
  });

  it('lets the find box take letters and arrows choose among the matches', () => {
    expect(commandForKey({ key: 'a', inFind: true })).toBeUndefined();
    expect(commandForKey({ key: ' ', inFind: true })).toBeUndefined();
    expect(commandForKey({ key: 'ArrowDown', inFind: true })).toEqual({ do: 'find-move', by: 1 });
    expect(commandForKey({ key: 'ArrowUp', inFind: true })).toEqual({ do: 'find-move', by: -1 });
    expect(commandForKey({ key: 'Enter', inFind: true })).toEqual({ do: 'find-go' });
    expect(commandForKey({ key: 'Escape', inFind: true })).toEqual({ do: 'escape' });
  });
});
