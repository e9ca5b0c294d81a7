import { arrowed } from '../layout/arrow-head';
import { pathData } from '../layout/routes';
import { THEME } from '../layout/theme';
import { memoByObject } from '../model/memo';
import type { Point } from '../model/types';

/** A flow's SVG path data: its line, which stops at the arrowhead, and the head. */
export interface FlowPaths {
  line: string;
  head: string;
}

/**
 * The path data of a flow along `route`, as the editor draws it. By route: the route builder
 * keeps a flow's route while its ends stay put, so a flow drawn again (alone, or in its
 * group's bundle) does not compute its paths again.
 */
export const flowPaths = memoByObject((route: readonly Point[]): FlowPaths => {
  const { line, head } = arrowed(route, THEME.edge.arrowSize, THEME.port.radius);
  const [tip, left, right] = head;
  return {
    line: pathData(line, THEME.edge.cornerRadius),
    head: `M${tip.x} ${tip.y} L${left.x} ${left.y} L${right.x} ${right.y} Z`,
  };
});
