import { linkDrawing, NO_FAN, type LinkDrawing, type LinkFan } from '../layout/link-fan';
import { headsPathData, pathData } from '../layout/routes';
import { THEME } from '../layout/theme';
import { memoByObject } from '../model/memo';
import type { Point } from '../model/types';

/** A link's SVG path data: its lines, which stop at their arrowheads, and the heads. */
export interface FlowPaths {
  line: string;
  head: string;
}

function pathsOf({ lines, heads }: LinkDrawing): FlowPaths {
  return {
    line: lines.map((line) => pathData(line, THEME.edge.cornerRadius)).join(' '),
    head: headsPathData(heads),
  };
}

/**
 * By route: the route builder keeps a link's route while its ends stay put, so an arrow
 * drawn again (alone, or in its group's bundle) does not compute its paths again.
 */
const singlePaths = memoByObject((route: readonly Point[]): FlowPaths =>
  pathsOf(linkDrawing(route, NO_FAN)),
);

/**
 * The path data of a link along `route`, forked into the ports of its further artifacts
 * (`fan`), as the editor draws it.
 */
export function flowPaths(route: readonly Point[], fan: LinkFan = NO_FAN): FlowPaths {
  return fan === NO_FAN ? singlePaths(route) : pathsOf(linkDrawing(route, fan));
}
