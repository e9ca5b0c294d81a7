import { describe, expect, it } from 'vitest';
import { FAN_JOIN, linkDrawing, linkFan, NO_FAN } from '../../../src/layout/link-fan';
import { findPort, handleId, mapGeometries } from '../../../src/layout/geometry';
import { THEME } from '../../../src/layout/theme';
import { deriveFlows } from '../../../src/model/flows';
import { deriveLinks } from '../../../src/model/links';
import type { Point } from '../../../src/model/types';
import { bareProcess as proc } from '../support/maps';
import { isOrthogonal } from './route-checks';

describe('a link as it is drawn', () => {
  it('is one line and one arrowhead when it carries one artifact', () => {
    const drawing = linkDrawing(
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ],
      NO_FAN,
    );
    expect(drawing.lines).toHaveLength(1);
    expect(drawing.heads).toHaveLength(1);
    expect(drawing.heads[0]![0]).toEqual({ x: 100 - THEME.port.radius, y: 0 });
  });

  it('forks into the port of every further artifact, with an arrowhead at each input', () => {
    // given a link of "Plan" and "Budget" whose route runs between the Plan ports
    const processes = [proc('a', [], ['Plan', 'Budget']), proc('b', ['Plan', 'Budget'])];
    const geometries = mapGeometries(processes);
    const [link] = deriveLinks(deriveFlows(processes));
    const at = { a: { x: 0, y: 0 }, b: { x: 600, y: 200 } };
    const port = (side: 'in' | 'out', id: 'a' | 'b', key: string): Point => {
      const p = findPort(geometries[id]!, handleId(side, key))!;
      return { x: at[id].x + p.x, y: at[id].y + p.y };
    };
    const start = port('out', 'a', 'plan');
    const end = port('in', 'b', 'plan');
    const route = [start, { x: 400, y: start.y }, { x: 400, y: end.y }, end];
    // when
    const drawing = linkDrawing(route, linkFan(link!, geometries));
    // then the Budget output joins the route beyond the producer's box
    expect(drawing.lines).toHaveLength(3);
    const out = drawing.lines[1]!;
    expect(out[0]).toEqual(port('out', 'a', 'budget'));
    expect(out[out.length - 1]).toEqual({ x: start.x + FAN_JOIN, y: start.y });
    // and a branch leaves the route before the consumer's box for the Budget input
    const into = drawing.lines[2]!;
    expect(into[0]).toEqual({ x: end.x - FAN_JOIN, y: end.y });
    expect(drawing.heads).toHaveLength(2);
    const budget = port('in', 'b', 'budget');
    expect(drawing.heads[1]![0]).toEqual({ x: budget.x - THEME.port.radius, y: budget.y });
    for (const line of drawing.lines) expect(isOrthogonal(line)).toBe(true);
  });
});
