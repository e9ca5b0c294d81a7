// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAfterFrame } from '../../../src/canvas/use-after-frame';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const seen: boolean[] = [];
function Probe({ on }: { on: boolean }) {
  seen.push(useAfterFrame(on));
  return null;
}

const nextFrame = () => act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
const last = () => seen[seen.length - 1];

let root: Root;
beforeEach(() => {
  root = createRoot(document.createElement('div'));
  seen.length = 0;
});
afterEach(() => act(() => root.unmount()));

describe('after a frame', () => {
  it('is on at once when on from the start (a small map with its minimap)', () => {
    act(() => root.render(<Probe on />));
    expect(seen).toEqual([true]);
  });

  it('turns on one animation frame after it was asked to', async () => {
    act(() => root.render(<Probe on={false} />));
    act(() => root.render(<Probe on />));
    // the render that turned it on, and any before the next frame, still say off
    expect(last()).toBe(false);
    await nextFrame();
    expect(last()).toBe(true);
  });

  it('turns off at once, and waits a frame again the next time it turns on', async () => {
    act(() => root.render(<Probe on />));
    act(() => root.render(<Probe on={false} />));
    expect(last()).toBe(false);
    await nextFrame();
    expect(last()).toBe(false);
    act(() => root.render(<Probe on />));
    expect(last()).toBe(false);
    await nextFrame();
    expect(last()).toBe(true);
  });
});
