import { describe, expect, it } from 'vitest';
import { RouteLookup } from '../../../src/canvas/route-lookup';

const line = (y: number) => [
  { x: 0, y },
  { x: 50, y },
];

describe('route lookup', () => {
  it('gives the re-routed flows their new routes and the rest their old ones', () => {
    // given routes of three flows
    const first = RouteLookup.of(
      new Map([
        ['f1', line(1)],
        ['f2', line(2)],
        ['f3', line(3)],
      ]),
    );
    // when f2 is re-routed
    const second = first.with(new Map([['f2', line(20)]]));
    // then f2 has its new route, the others the very same arrays, and the first is unchanged
    expect(second.get('f2')).toEqual(line(20));
    expect(second.get('f1')).toBe(first.get('f1'));
    expect(second.get('f3')).toBe(first.get('f3'));
    expect(first.get('f2')).toEqual(line(2));
    expect(second.get('f4')).toBeUndefined();
  });

  it('names the flows re-routed since the lookup it was made from', () => {
    const first = RouteLookup.of(new Map([['f1', line(1)]]));
    const second = first.with(new Map([['f1', line(10)]]));
    expect(first.changes).toBeUndefined();
    expect(second.changes).toEqual({ since: first.serial, ids: ['f1'] });
    expect(second.serial).not.toBe(first.serial);
  });

  it('keeps every route right through many edits, folding its layers as they pile up', () => {
    // given 5 flows, re-routed one at a time 40 times (more than the layers it keeps)
    const expected = new Map([0, 1, 2, 3, 4].map((i) => [`f${i}`, line(i)]));
    let routes = RouteLookup.of(new Map(expected));
    for (let edit = 0; edit < 40; edit++) {
      const id = `f${(edit * 3) % 5}`;
      const before = routes;
      routes = routes.with(new Map([[id, line(100 + edit)]]));
      expected.set(id, line(100 + edit));
      // then each lookup has every route as last set, and names only this edit's flow
      for (const [flow, route] of expected) expect(routes.get(flow)).toEqual(route);
      expect(routes.changes).toEqual({ since: before.serial, ids: [id] });
    }
  });
});
