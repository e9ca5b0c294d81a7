import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { createNodeElk } from '../../../src/layout/elk-node';
import { layoutMap } from '../../../src/layout/layout';
import { createLayoutRunner, isLayoutAborted, type LayoutEngine } from '../../../src/layout/runner';
import { chainMap } from '../../fixtures/layout/small-maps';

/** Engines laying out in-process with an ELK whose layouts finish only when the test says so. */
function controlledElk() {
  const real = createNodeElk();
  const created: { terminated: boolean; finish: () => void }[] = [];
  const factory = (): LayoutEngine => {
    const instance = { terminated: false, finish: () => {} };
    created.push(instance);
    const elk = {
      layout(graph: ElkNode) {
        return new Promise<ElkNode>((resolve) => {
          instance.finish = () => void real.layout(graph).then(resolve);
        });
      },
    };
    return {
      run: (map, options) => layoutMap(map, elk, options),
      terminate() {
        instance.terminated = true;
      },
    };
  };
  return { factory, created };
}

describe('createLayoutRunner', () => {
  it('cancels the running layout when a new one is asked for, on a fresh ELK', async () => {
    // given
    const { factory, created } = controlledElk();
    const runner = createLayoutRunner(factory);
    const first = runner.run(chainMap());
    // when
    const second = runner.run(chainMap('DOWN'));
    created[1].finish();
    // then
    await expect(first).rejects.toSatisfy(isLayoutAborted);
    expect(created[0].terminated).toBe(true);
    expect((await second).direction).toBe('DOWN');
  });

  it('reuses an idle ELK for the next layout', async () => {
    const { factory, created } = controlledElk();
    const runner = createLayoutRunner(factory);
    const first = runner.run(chainMap());
    created[0].finish();
    await first;
    const second = runner.run(chainMap('DOWN'));
    created[0].finish();
    await second;
    expect(created).toHaveLength(1);
    expect(created[0].terminated).toBe(false);
  });

  it('rejects the running layout on cancel and frees the ELK on dispose', async () => {
    const { factory, created } = controlledElk();
    const runner = createLayoutRunner(factory);
    const running = runner.run(chainMap());
    runner.cancel();
    await expect(running).rejects.toSatisfy(isLayoutAborted);
    const next = runner.run(chainMap());
    created[1].finish();
    await next;
    runner.dispose();
    expect(created[1].terminated).toBe(true);
  });

  it('passes ELK’s own errors through', async () => {
    const runner = createLayoutRunner(() => ({
      run: (map) => layoutMap(map, { layout: () => Promise.reject(new Error('ELK failed')) }),
      terminate: () => {},
    }));
    await expect(runner.run(chainMap())).rejects.toThrow('ELK failed');
  });
});

describe('layouts a runner keeps', () => {
  /** A runner over in-process ELK that counts the layouts ELK ran. */
  function countingRunner() {
    const elk = createNodeElk();
    const runs = { count: 0 };
    const runner = createLayoutRunner(() => ({
      run: (map, options) => {
        runs.count += 1;
        return layoutMap(map, elk, options);
      },
      terminate: () => {},
    }));
    return { runner, runs };
  }

  it('answers a map laid out before at once, with the same layout, without ELK', async () => {
    // given a map laid out once
    const { runner, runs } = countingRunner();
    const first = await runner.run(chainMap());
    // when it is laid out again, with only text that no node shows changed
    const map = chainMap();
    map.processes[0] = { ...map.processes[0]!, description: 'New text', activities: ['Plan'] };
    const again = await runner.run(map);
    // then ELK ran once and the layout is the one it gave
    expect(runs.count).toBe(1);
    expect(again).toBe(first);
  });

  it('runs ELK again when a node changes size or the direction changes, and keeps both', async () => {
    const { runner, runs } = countingRunner();
    const right = await runner.run(chainMap());
    // a longer name makes a's node taller: another layout
    const renamed = chainMap();
    renamed.processes[0] = { ...renamed.processes[0]!, name: 'A name that wraps onto two lines' };
    const afterRename = await runner.run(renamed);
    expect(runs.count).toBe(2);
    expect(afterRename).not.toBe(right);
    // the other direction, then back: ELK runs for the new direction only
    const down = await runner.run(chainMap('DOWN'));
    expect(down.direction).toBe('DOWN');
    expect(await runner.run(chainMap())).toBe(right);
    expect(runs.count).toBe(3);
  });

  it('keeps the last three layouts, the one used last the longest', async () => {
    const { runner, runs } = countingRunner();
    const named = (name: string) => {
      const map = chainMap();
      map.processes[1] = { ...map.processes[1]!, name };
      return map;
    };
    for (const name of ['B1', 'B2', 'B3']) await runner.run(named(name));
    await runner.run(named('B1')); // used again: now the newest
    await runner.run(named('B4')); // a fourth drops the oldest, B2
    expect(runs.count).toBe(4);
    await runner.run(named('B1'));
    await runner.run(named('B3'));
    expect(runs.count).toBe(4);
    await runner.run(named('B2'));
    expect(runs.count).toBe(5);
  });

  it('keeps no layout that failed', async () => {
    // given a layout that fails
    let fail = true;
    let runs = 0;
    const elk = createNodeElk();
    const runner = createLayoutRunner(() => ({
      run: (map, options) => {
        runs += 1;
        return fail ? Promise.reject(new Error('ELK failed')) : layoutMap(map, elk, options);
      },
      terminate: () => {},
    }));
    await expect(runner.run(chainMap())).rejects.toThrow('ELK failed');
    // when ELK works again, then the same map is laid out by ELK
    fail = false;
    expect((await runner.run(chainMap())).direction).toBe('RIGHT');
    expect(runs).toBe(2);
  });

  it('keeps no layout that a newer one replaced, even one that finishes after all', async () => {
    // given a layout replaced by a newer one, both finishing
    const { factory, created } = controlledElk();
    const runner = createLayoutRunner(factory);
    const replaced = runner.run(chainMap());
    const newer = runner.run(chainMap('DOWN'));
    created[0]!.finish();
    created[1]!.finish();
    await expect(replaced).rejects.toSatisfy(isLayoutAborted);
    await newer;
    // when the first map is laid out again
    let settled = false;
    const again = runner.run(chainMap()).then((layout) => {
      settled = true;
      return layout;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    // then it waits for ELK rather than coming back at once
    expect(settled).toBe(false);
    created[1]!.finish();
    expect((await again).direction).toBe('RIGHT');
  });
});
