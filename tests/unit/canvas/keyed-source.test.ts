import { describe, expect, it, vi } from 'vitest';
import { createKeyedSource } from '../../../src/canvas/keyed-source';

describe('createKeyedSource', () => {
  it('tells only the listeners of ids whose value changed', () => {
    // given nodes a, b and c listening to whether they draw their insides, none yet
    const source = createKeyedSource<boolean>(() => false);
    const heard = { a: vi.fn(), b: vi.fn(), c: vi.fn() };
    for (const [id, listener] of Object.entries(heard)) source.subscribe(id, listener);

    // when a and b come on screen
    const onScreen = new Set(['a', 'b']);
    source.publish((id) => onScreen.has(id));

    // then a and b hear of it and read true, c hears nothing
    expect([heard.a, heard.b, heard.c].map((l) => l.mock.calls.length)).toEqual([1, 1, 0]);
    expect(['a', 'b', 'c'].map(source.get)).toEqual([true, true, false]);

    // when the view moves so that b and c show: only a and c change
    const moved = new Set(['b', 'c']);
    source.publish((id) => moved.has(id));
    expect([heard.a, heard.b, heard.c].map((l) => l.mock.calls.length)).toEqual([2, 1, 1]);
  });

  it('stops telling a listener once it unsubscribed', () => {
    const source = createKeyedSource<number>(() => 0);
    const listener = vi.fn();
    const stop = source.subscribe('a', listener);
    stop();
    source.publish(() => 1);
    expect(listener).not.toHaveBeenCalled();
  });
});
