import type { Process } from '../model/types';
import type { BandId } from './bands';

/** How one kind of node is painted: the same on the canvas, in the SVG and in print. */
export interface NodeStyle {
  /** Body behind the port labels. */
  fill: string;
  /** Band behind tag, name and owner. */
  headerFill: string;
  border: string;
  /** SVG `stroke-dasharray` / the canvas's dashed border; absent for a solid border. */
  borderDash?: string;
  /** Colour of the tag ("CORE", "EXTERNAL"). */
  tagText: string;
  radius: number;
}

/** How one band of the ISO process map is painted behind its boxes. */
export interface BandStyle {
  fill: string;
  border: string;
  /** Colour of the band's title. */
  title: string;
}

export type NodeStyleKey = 'management' | 'core' | 'support' | 'none' | 'external';

/**
 * The look shared by the canvas and the SVG writer. Muted colours that keep their contrast
 * on a projector and in greyscale print: category shows in the header band and border,
 * text stays near-black on white or a pale tint. Sizes are px at zoom 1.
 */
export const THEME = {
  // Nothing smaller than 12 px: the page fit keeps 12 px at 6 pt or more (paper.ts).
  fontSize: { tag: 12, title: 14, subtitle: 12, port: 12, edgeLabel: 12, legend: 12 },
  lineHeight: { tag: 15, title: 18, subtitle: 16, port: 15, edgeLabel: 15, legend: 15 },
  node: {
    width: 260,
    /** Left and right padding of tag, name and owner. */
    paddingX: 12,
    paddingTop: 8,
    paddingBottom: 10,
    /** Space between tag, name and owner. */
    headerGap: 2,
    /** Space under the owner line, inside the header band. */
    headerBottom: 8,
    /** Space between the header band and the first port row. */
    portsTop: 8,
    /** Distance of a port label from the node's border. */
    portLabelInset: 12,
    /** Space between the input and the output column. */
    columnGap: 16,
    portRowGap: 6,
    borderWidth: 1.5,
    /** Size of the problem marker, drawn in the tag row at the top right. */
    markerSize: 14,
  },
  port: { radius: 4, fill: '#ffffff', stroke: '#55606e' },
  edge: {
    color: '#55606e',
    width: 1.5,
    /** A selected or presented flow and its ends. */
    highlight: '#c2410c',
    /** Long enough to be seen at fit view on the starter map (zoom about 0.3). */
    arrowSize: 12,
    cornerRadius: 6,
    labelText: '#334155',
    labelBackground: '#ffffff',
  },
  text: { primary: '#1f2933', secondary: '#52606d' },
  problem: { error: '#b42318', warning: '#b54708', info: '#475467' },
  background: '#f7f8fa',
  nodes: {
    management: {
      fill: '#ffffff',
      headerFill: '#e4ecf6',
      border: '#3b6ea5',
      tagText: '#2c5582',
      radius: 6,
    },
    core: {
      fill: '#ffffff',
      headerFill: '#e1f1ec',
      border: '#2f8a74',
      tagText: '#22695a',
      radius: 6,
    },
    support: {
      fill: '#ffffff',
      headerFill: '#f6ecdc',
      border: '#a8742a',
      tagText: '#855a18',
      radius: 6,
    },
    none: {
      fill: '#ffffff',
      headerFill: '#eceef1',
      border: '#6b7684',
      tagText: '#4b5563',
      radius: 6,
    },
    external: {
      fill: '#fbfbfc',
      headerFill: '#f1f2f4',
      border: '#7c8591',
      borderDash: '6 4',
      tagText: '#5b6470',
      radius: 16,
    },
  } satisfies Record<NodeStyleKey, NodeStyle>,
  /**
   * The bands of the ISO process map: paler than the nodes' header bands in the same hues,
   * so the boxes stand out on them, and still apart from white and from each other in
   * greyscale print.
   */
  band: {
    fontSize: 13,
    radius: 10,
    borderWidth: 1,
    /** Distance of the title from the band's left border. */
    titleInset: 12,
    styles: {
      management: { fill: '#f2f6fb', border: '#b9cbe0', title: '#2c5582' },
      core: { fill: '#f1f8f5', border: '#b5d6ca', title: '#22695a' },
      support: { fill: '#fbf6ee', border: '#e0ccab', title: '#855a18' },
      suppliers: { fill: '#f4f5f7', border: '#c9ced6', title: '#4b5563' },
      receivers: { fill: '#f4f5f7', border: '#c9ced6', title: '#4b5563' },
    } satisfies Record<BandId, BandStyle>,
  },
} as const;

/** Which style a process is drawn in: externals by kind, processes by category. */
export function nodeStyleKey(process: Pick<Process, 'kind' | 'category'>): NodeStyleKey {
  if (process.kind === 'external') return 'external';
  return process.category ?? 'none';
}

/** The paint of a process node. */
export function nodeStyle(process: Pick<Process, 'kind' | 'category'>): NodeStyle {
  return THEME.nodes[nodeStyleKey(process)];
}

const TAGS: Record<NodeStyleKey, string> = {
  management: 'MANAGEMENT',
  core: 'CORE',
  support: 'SUPPORT',
  none: 'PROCESS',
  external: 'EXTERNAL',
};

/** The tag text of a node, already in capitals so that it is measured as drawn. */
export function nodeTag(process: Pick<Process, 'kind' | 'category'>): string {
  return TAGS[nodeStyleKey(process)];
}
