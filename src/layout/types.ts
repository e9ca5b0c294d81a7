import type { Direction, Point } from '../model/types';

/** A block of pre-wrapped text, placed relative to its node's top-left corner. */
export interface TextBlock {
  lines: string[];
  /** x of the anchor (left edge for `start`, right edge for `end`, centre for `middle`). */
  x: number;
  /** Baseline of the first line. */
  y: number;
  lineHeight: number;
  fontSize: number;
  bold: boolean;
  anchor: 'start' | 'middle' | 'end';
  /** Top of the first line box (y minus the baseline offset): where an HTML line box starts. */
  top?: number;
  /** Width the lines were wrapped to: no line is wider. */
  width?: number;
}

export type PortSide = 'in' | 'out';

/** The side of its box a port is on, and so the way a route leaves or enters it. */
export type PortFacing = 'left' | 'right' | 'up' | 'down';

export interface PortGeometry {
  /** React Flow handle id and the suffix of the ELK port id: `in:<key>` or `out:<key>`. */
  handleId: string;
  side: PortSide;
  /** Artifact key (DESIGN.md matching rule). */
  key: string;
  /** The process's own spelling of the artifact. */
  label: string;
  /**
   * Port centre, relative to the node's top-left corner: on the left (inputs) and right
   * (outputs) border, or for a map laid out DOWN on the top and bottom border.
   */
  x: number;
  y: number;
  /** The border the port is on. */
  facing: PortFacing;
  text: TextBlock;
}

/** Size and inner geometry of one process node: the same in canvas, SVG and CLI. */
export interface NodeGeometry {
  width: number;
  height: number;
  /** Height of the header (category band, name, owner) above the port rows. */
  headerHeight: number;
  title: TextBlock;
  /** Owner line, when the process has an owner. */
  subtitle?: TextBlock;
  /** Small caps tag: the category, or "External". */
  tag?: TextBlock;
  ports: PortGeometry[];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The result of laying a map out: absolute positions and orthogonal edge routes. */
export interface LayoutResult {
  direction: Direction;
  /** Top-left corner of every process, by process id. */
  positions: Record<string, Point>;
  /** Route of every flow, by flow id: start on the producer's port, bends, end on the consumer's port. */
  routes: Record<string, Point[]>;
  bounds: Rect;
}
