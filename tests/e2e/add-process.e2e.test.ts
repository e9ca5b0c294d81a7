import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { starterMap } from '../../src/model/starter';
import { useBuiltApp } from './support/browser';

const NODE = '[data-testid="process-node"]';

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every process box on screen, as the browser lays it out. */
function boxes(page: Page): Promise<Box[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLElement>(selector)].map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.dataset.processId!, x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    NODE,
  );
}

function overlapping(all: Box[]): string[] {
  const pairs: string[] = [];
  for (const [i, a] of all.entries())
    for (const b of all.slice(i + 1))
      if (
        a.x < b.x + b.width &&
        b.x < a.x + a.width &&
        a.y < b.y + b.height &&
        b.y < a.y + a.height
      )
        pairs.push(`${a.id} × ${b.id}`);
  return pairs;
}

describe('adding processes', () => {
  const app = useBuiltApp();

  it('puts ten new processes where no two boxes overlap, leaving the others in place', async () => {
    // given the starter map at fit view
    const page = await app.openPage('', { viewport: { width: 1440, height: 900 } });
    const count = starterMap().processes.length;
    await page
      .locator(NODE)
      .nth(count - 1)
      .waitFor();
    await page.waitForFunction(() => !document.querySelector('.pm-canvas__busy'));
    const before = new Map((await boxes(page)).map((b) => [b.id, b]));
    // when the user clicks "+ Process" ten times
    const add = page.getByRole('button', { name: '+ Process' });
    for (let i = 0; i < 10; i++) {
      await add.click();
      await page
        .locator(NODE)
        .nth(count + i)
        .waitFor();
    }
    // then no two boxes overlap
    const after = await boxes(page);
    expect(after).toHaveLength(count + 10);
    expect(overlapping(after)).toEqual([]);
    // and the boxes already there did not move
    for (const box of after.filter((b) => before.has(b.id))) {
      const was = before.get(box.id)!;
      expect([box.x, box.y], box.id).toEqual([was.x, was.y]);
    }
    expect(app.errorsOf(page)).toEqual([]);
  });
});
