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
    const second = runner.run(chainMap());
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
