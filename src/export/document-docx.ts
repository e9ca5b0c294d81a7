import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextDirection,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { coverage, unknownReferences, type CoverageLine } from '../model/coverage';
import { readiness } from '../model/readiness';
import type { TurtleBox } from '../model/turtle';
import type { Problem, Process, ProcessMap } from '../model/types';
import {
  approvalRows,
  controlRows,
  displayName,
  documentFacts,
  runningHeads,
  turtleOfFacts,
  type DocumentFacts,
  type Interaction,
  type ProcessFacts,
} from './document-facts';
import { stripUnsafeChars } from './escape';
import { FLOW_LEGEND, legendKinds } from './svg-legend';

/** The map as a picture: PNG bytes (and optionally the SVG) and the size it is shown at. */
export interface DocxFigure {
  png: Uint8Array;
  /** Natural size of the picture in CSS px (the SVG's size, not the PNG's pixels). */
  width: number;
  height: number;
  /** The vector original; Word 2016+ shows it, older readers fall back to the PNG. */
  svg?: string;
}

export interface DocumentDocxOptions {
  /** Open problems as the analysis found them; listed only with `includeProblems`. */
  problems: readonly Problem[];
  /** Adds the open problems as the last section; a controlled document leaves them out. */
  includeProblems?: boolean;
  figure?: DocxFigure;
}

// Page sizes in twips (1/1440 in), portrait; the library turns them for landscape.
const A4 = { width: 11906, height: 16838 };
const A3 = { width: 16838, height: 23811 };
const MARGIN = 680; // 12 mm
/** Page margins in twips, the header's and the footer's distance from the edge included. */
interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}
const TEXT_MARGINS: Margins = {
  top: MARGIN * 1.5,
  bottom: MARGIN * 1.5,
  left: MARGIN,
  right: MARGIN,
  header: MARGIN / 2,
  footer: MARGIN / 2,
};
/**
 * The figure's A3 page has narrow margins (8 mm, the running heads 3 mm from the edge),
 * so that the map is printed as large as on an A3 page of its own: text at 6 pt or more.
 */
const FIGURE_MARGINS: Margins = {
  top: 454,
  bottom: 454,
  left: 454,
  right: 454,
  header: 170,
  footer: 170,
};
/** Room on the figure's page for its heading, caption and key, in twips (80 pt). */
const FIGURE_TEXT_ROOM = 1600;
const PX_PER_TWIP = 96 / 1440;
const FONT = 'Arial';
const MUTED = '52606D';
const SEVERITY_COLOUR = { error: 'B42318', warning: 'B54708', info: '475467' } as const;

/**
 * A landscape section of `size` with the running header (title; classification and
 * revision) and footer (next review; "Page n of m") of the controlled document.
 */
function landscape(
  map: ProcessMap,
  size: { width: number; height: number },
  children: ISectionOptions['children'],
  margin: Margins = TEXT_MARGINS,
): ISectionOptions {
  const heads = runningHeads(map);
  // The right edge of the text area, where the right-hand part of a head ends.
  const right = size.height - margin.left - margin.right;
  const line = (parts: (string | TextRun)[]) =>
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: right }],
      children: parts.map((part) =>
        typeof part === 'string' ? run(part, { colour: MUTED, size: 16 }) : part,
      ),
    });
  return {
    properties: {
      page: {
        size: { ...size, orientation: PageOrientation.LANDSCAPE },
        margin,
      },
    },
    headers: { default: new Header({ children: [line([heads.left, `\t${heads.right}`])] }) },
    footers: {
      default: new Footer({
        children: [
          line([
            heads.footer,
            new TextRun({
              children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
              color: MUTED,
              size: 16,
            }),
          ]),
        ],
      }),
    },
    children,
  };
}

/** User-typed text as a run: the library escapes markup, the control characters go here. */
function run(
  text: string,
  options: { bold?: boolean; colour?: string; size?: number } = {},
): TextRun {
  return new TextRun({
    text: stripUnsafeChars(text),
    bold: options.bold,
    color: options.colour,
    size: options.size,
  });
}

function para(
  children: TextRun[] | string,
  options: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] } = {},
) {
  const heading = options.heading;
  return new Paragraph({
    children: typeof children === 'string' ? [run(children)] : children,
    heading,
    // Headings keep with what follows and stand apart from the table above them.
    ...(heading
      ? {
          keepNext: true,
          keepLines: true,
          spacing: { before: heading === HeadingLevel.HEADING_1 ? 360 : 240, after: 100 },
        }
      : {}),
  });
}

const dash = () => para([run('—', { colour: MUTED })]);

function lines(items: readonly TextRun[][]): Paragraph[] {
  return items.length === 0 ? [dash()] : items.map((children) => para(children));
}

function names(processes: readonly Process[]): string {
  return processes.map(displayName).join(', ');
}

function inputRuns(facts: ProcessFacts): TextRun[][] {
  return facts.inputs.map(({ artifact, from }) => [
    run(artifact),
    run(from.length > 0 ? ` from ${names(from)}` : ' (no source)', { colour: MUTED }),
  ]);
}

function outputRuns(facts: ProcessFacts): TextRun[][] {
  return facts.outputs.map(({ artifact, to }) => [
    run(artifact),
    run(to.length > 0 ? ` to ${names(to)}` : ' (not used)', { colour: MUTED }),
  ]);
}

const plain = (items: readonly string[]) => items.map((item) => [run(item)]);

function cell(children: Paragraph[], width: number, header = false): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.PERCENTAGE },
    shading: header ? { type: ShadingType.CLEAR, fill: 'ECEEF1', color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

/** A table with a repeated header row and rows that are never split across pages. */
function table(
  headers: readonly string[],
  widths: readonly number[],
  rows: Paragraph[][][],
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((text, i) =>
          cell([para([run(text, { bold: true })])], widths[i], true),
        ),
      }),
      ...rows.map(
        (cells) =>
          new TableRow({
            cantSplit: true,
            children: cells.map((children, i) => cell(children, widths[i])),
          }),
      ),
    ],
  });
}

function text(value: string | undefined): Paragraph[] {
  return value && value.trim() !== '' ? [para(value)] : [dash()];
}

function controlBlock(map: ProcessMap): Table {
  const rows = controlRows(map);
  return new Table({
    width: { size: 60, type: WidthType.PERCENTAGE },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [cell([para([run(label, { bold: true })])], 30, true), cell(text(value), 70)],
        }),
    ),
  });
}

function revisionTable(map: ProcessMap): Table | Paragraph {
  const revisions = map.revisions ?? [];
  if (revisions.length === 0) return para([run('No revisions recorded.', { colour: MUTED })]);
  return table(
    ['Revision', 'Date', 'Author', 'Change'],
    [10, 14, 26, 50],
    revisions.map((r) => [text(r.revision), text(r.date), text(r.author), text(r.change)]),
  );
}

function approvalBlock(map: ProcessMap): Table {
  return table(
    ['', 'Name', 'Date', 'Signature'],
    [16, 34, 20, 30],
    approvalRows(map).map(([role, name, date]) => [
      [para([run(role, { bold: true })])],
      text(name),
      [para(date ?? '')],
      [para('')],
    ]),
  );
}

/** The clause coverage matrix: clauses (and Annex A themes) down, processes across. */
function coverageTable(map: ProcessMap): (Table | Paragraph)[] {
  const { processes, clauses, annex, unknown } = coverage(map.processes);
  if (processes.length === 0) return [para('The map has no processes yet.')];
  const first = 30;
  const width = (100 - first) / processes.length;
  const shade = (fill: string) => ({ type: ShadingType.CLEAR, fill, color: 'auto' });
  const small = (text: string, options: { bold?: boolean; colour?: string } = {}) =>
    new Paragraph({ children: [run(text, { ...options, size: 15 })] });
  const row = (line: CoverageLine) =>
    new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: first, type: WidthType.PERCENTAGE },
          shading: line.covered ? undefined : shade('FEF3F2'),
          children: [
            small(
              `${line.row.id} ${line.row.title}${line.covered ? '' : ' — not covered'}`,
              line.covered ? {} : { bold: true, colour: SEVERITY_COLOUR.error },
            ),
          ],
        }),
        ...line.cells.map(
          (refs) =>
            new TableCell({
              width: { size: width, type: WidthType.PERCENTAGE },
              shading: refs.length > 0 ? shade('DCFAE6') : undefined,
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [
                    run(
                      refs.length === 0
                        ? ''
                        : line.row.kind === 'annex'
                          ? String(refs.length)
                          : '●',
                      {
                        size: 15,
                      },
                    ),
                  ],
                }),
              ],
            }),
        ),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    height: { value: 1900, rule: 'atLeast' },
    children: [
      new TableCell({
        width: { size: first, type: WidthType.PERCENTAGE },
        shading: shade('ECEEF1'),
        children: [small('ISO/IEC 27001:2022', { bold: true })],
      }),
      ...processes.map(
        (p) =>
          new TableCell({
            width: { size: width, type: WidthType.PERCENTAGE },
            shading: shade('ECEEF1'),
            textDirection: TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT,
            children: [small(displayName(p))],
          }),
      ),
    ],
  });
  const annexHead = new TableRow({
    children: [
      new TableCell({
        columnSpan: processes.length + 1,
        shading: shade('F1F3F6'),
        children: [small('Annex A (number of controls referenced)', { bold: true })],
      }),
    ],
  });
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        header,
        ...clauses.map(row),
        ...(annex.length > 0 ? [annexHead] : []),
        ...annex.map(row),
      ],
    }),
    ...(unknown.length > 0 ? [para([run(unknownReferences(unknown), { colour: MUTED })])] : []),
  ];
}

/** `7/10`, and what is missing unless told not to, for a process; a dash for an external. */
function readinessParagraphs(process: Process, withMissing = true): Paragraph[] {
  const r = readiness(process);
  if (!r) return [dash()];
  const colour = r.filled === r.total ? '085D3A' : SEVERITY_COLOUR.warning;
  return [
    para([
      run(`${r.filled}/${r.total}`, { bold: true, colour }),
      ...(withMissing && r.missing.length > 0
        ? [run(` missing: ${r.missing.join(', ')}`, { colour: MUTED })]
        : []),
    ]),
  ];
}

/** The turtle card: three rows of three boxes, the process in the middle. */
function turtleCard(boxes: readonly TurtleBox[]): Table {
  const box = (b: TurtleBox) =>
    new TableCell({
      width: { size: 33, type: WidthType.PERCENTAGE },
      shading:
        b.key === 'process'
          ? { type: ShadingType.CLEAR, fill: 'EEF4FF', color: 'auto' }
          : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [
        para([run(b.title, { bold: true })]),
        para([run(b.question, { colour: MUTED, size: 16 })]),
        ...lines(
          b.lines.map((line) => [
            run(`• ${line.text}`),
            ...(line.note ? [run(` ${line.note}`, { colour: MUTED })] : []),
          ]),
        ),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [0, 3, 6].map(
      (start) =>
        new TableRow({
          cantSplit: true,
          height: { value: 1700, rule: 'atLeast' },
          children: boxes.slice(start, start + 3).map(box),
        }),
    ),
  });
}

function processTable(facts: DocumentFacts): Table | Paragraph {
  if (facts.processes.length === 0) return para('The map has no processes yet.');
  return table(
    [
      'Process',
      'Owner',
      'Inputs',
      'Activities',
      'Outputs',
      'Documented in',
      'References',
      'Clause 4.4',
    ],
    [12, 9, 19, 17, 19, 9, 7, 8],
    facts.processes.map((f) => [
      [para([run(displayName(f.process), { bold: true })])],
      text(f.process.owner),
      lines(inputRuns(f)),
      lines(plain(f.process.activities)),
      lines(outputRuns(f)),
      text(f.process.documentation),
      lines(plain(f.process.references)),
      readinessParagraphs(f.process, false),
    ]),
  );
}

function interactionTable(
  interactions: readonly Interaction[],
  from: string,
  to: string,
  none: string,
): Table | Paragraph {
  if (interactions.length === 0) return para([run(none, { colour: MUTED })]);
  return table(
    [from, to, 'Artifacts'],
    [30, 30, 40],
    interactions.map((i) => [
      text(displayName(i.from)),
      text(displayName(i.to)),
      lines(plain(i.artifacts)),
    ]),
  );
}

function externalsTable(facts: DocumentFacts): (Table | Paragraph)[] {
  if (facts.externals.length === 0) return [];
  return [
    para('Interested parties and external organisations', { heading: HeadingLevel.HEADING_2 }),
    table(
      ['Party', 'Description', 'Supplies', 'Receives'],
      [20, 30, 25, 25],
      facts.externals.map((f) => [
        text(displayName(f.process)),
        text(f.process.description),
        lines(outputRuns(f)),
        lines(inputRuns(f)),
      ]),
    ),
  ];
}

/** A process's page: its turtle card, then what the card leaves out. */
function procedure(facts: ProcessFacts, number: string, first: boolean): (Paragraph | Table)[] {
  const p = facts.process;
  const entries: [string, Paragraph[]][] = [
    ...(p.purpose && p.description
      ? [['Description', text(p.description)] as [string, Paragraph[]]]
      : []),
    ['Category', text(p.category)],
    ['References', lines(plain(p.references))],
    ['Clause 4.4', readinessParagraphs(p)],
  ];
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [run(`${number} ${displayName(p)}`)],
      keepNext: true,
      pageBreakBefore: !first,
      spacing: { after: 100 },
    }),
    turtleCard(turtleOfFacts(facts)),
    para(''),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: entries.map(
        ([term, value]) =>
          new TableRow({
            cantSplit: true,
            children: [cell([para([run(term, { bold: true })])], 18, true), cell(value, 82)],
          }),
      ),
    }),
  ];
}

function problemTable(
  problems: readonly Problem[],
  byId: ReadonlyMap<string, Process>,
): Table | Paragraph {
  if (problems.length === 0) return para('No open problems.');
  return table(
    ['Severity', 'Process', 'Problem'],
    [10, 25, 65],
    problems.map((problem) => {
      const process = problem.process ? byId.get(problem.process) : undefined;
      const suggestion = problem.suggestion ? ` Did you mean “${problem.suggestion}”?` : '';
      return [
        [para([run(problem.severity, { bold: true, colour: SEVERITY_COLOUR[problem.severity] })])],
        text(process && displayName(process)),
        [para(problem.message + suggestion)],
      ];
    }),
  );
}

/**
 * The figure's legend as a line of text: a square in the colours of each kind of box the
 * map has (hollow for an external), and the arrow of a flow.
 */
function figureKey(map: ProcessMap): Paragraph {
  const kinds = legendKinds(map.processes).flatMap(({ key, label, style }) => [
    new TextRun({
      text: key === 'external' ? '□ ' : '■ ',
      color: style.border.replace('#', ''),
      size: 22,
    }),
    run(`${label}    `, { colour: MUTED, size: 18 }),
  ]);
  return para([
    run('Key:  ', { colour: MUTED, size: 18, bold: true }),
    ...kinds,
    run('→ ', { size: 22 }),
    run(FLOW_LEGEND, { colour: MUTED, size: 18 }),
  ]);
}

/**
 * The figure scaled to fit its A3 landscape page with the heading, caption and key, never
 * enlarged: the three and the figure on one page (a figure too tall for the room left
 * under the heading would go to the next page and leave this one empty).
 */
function figureParagraph(map: ProcessMap, figure: DocxFigure): Paragraph {
  const m = FIGURE_MARGINS;
  const maxWidth = (A3.height - m.left - m.right) * PX_PER_TWIP;
  const maxHeight = (A3.width - m.top - m.bottom - FIGURE_TEXT_ROOM) * PX_PER_TWIP;
  const scale = Math.min(1, maxWidth / figure.width, maxHeight / figure.height);
  const transformation = {
    width: Math.round(figure.width * scale),
    height: Math.round(figure.height * scale),
  };
  const altText = {
    name: 'Process map',
    title: stripUnsafeChars(map.title),
    description: `Process map: ${stripUnsafeChars(map.title)}`,
  };
  const image = figure.svg
    ? new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(figure.svg),
        fallback: { type: 'png', data: figure.png },
        transformation,
        altText,
      })
    : new ImageRun({ type: 'png', data: figure.png, transformation, altText });
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [image] });
}

/**
 * The process map document (clause 4.4) as a Word file, with the same content as
 * {@link renderDocumentHtml}: document control, the map as a picture on its own A3
 * landscape page, the process table, interactions, external inputs and outputs, a
 * procedure section per process and the open problems, on A4 landscape pages. Pure: the
 * picture comes in as bytes (resvg in Node, a canvas in the browser).
 *
 * @example
 * const bytes = await renderDocumentDocx(map, { problems, figure: { png, width: 1800, height: 900 } });
 */
export async function renderDocumentDocx(
  map: ProcessMap,
  options: DocumentDocxOptions,
): Promise<Uint8Array> {
  const facts = documentFacts(map, options.problems);
  const byId = new Map(map.processes.map((p) => [p.id, p] as const));
  const heading = [
    map.organization,
    map.revision ? `Revision ${map.revision}` : undefined,
    map.date,
  ]
    .filter((part): part is string => Boolean(part && part.trim()))
    .join(' · ');
  const flows =
    facts.interactions.length + facts.externalInputs.length + facts.externalOutputs.length;

  const front: (Paragraph | Table)[] = [
    ...(map.classification
      ? [para([run(map.classification.toUpperCase(), { colour: MUTED, size: 18 })])]
      : []),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(map.title)] }),
    ...(heading ? [para([run(heading, { colour: MUTED })])] : []),
    para(''),
    controlBlock(map),
    para('Revision history', { heading: HeadingLevel.HEADING_2 }),
    revisionTable(map),
    para('Approval', { heading: HeadingLevel.HEADING_2 }),
    approvalBlock(map),
  ];
  const figure: (Paragraph | Table)[] = [
    para([run('1 Process map')], { heading: HeadingLevel.HEADING_1 }),
    ...(options.figure
      ? [
          figureParagraph(map, options.figure),
          para([
            run(
              `Figure 1 — ${map.title}: ${facts.processes.length} processes, ${facts.externals.length} external parties, ${flows} interactions between them.`,
              { colour: MUTED, size: 18 },
            ),
          ]),
          figureKey(map),
        ]
      : [para([run('No figure.', { colour: MUTED })])]),
  ];
  const body: (Paragraph | Table)[] = [
    para('2 Processes', { heading: HeadingLevel.HEADING_1 }),
    processTable(facts),
    para('3 Interactions', { heading: HeadingLevel.HEADING_1 }),
    interactionTable(facts.interactions, 'Producer', 'Consumer', 'No process feeds another yet.'),
    para('4 External inputs and outputs', { heading: HeadingLevel.HEADING_1 }),
    para('Into the ISMS', { heading: HeadingLevel.HEADING_2 }),
    interactionTable(
      facts.externalInputs,
      'From (external)',
      'To (process)',
      'Nothing comes in from external parties.',
    ),
    para('Out of the ISMS', { heading: HeadingLevel.HEADING_2 }),
    interactionTable(
      facts.externalOutputs,
      'From (process)',
      'To (external)',
      'Nothing goes out to external parties.',
    ),
    ...externalsTable(facts),
    para('5 Clause coverage', { heading: HeadingLevel.HEADING_1 }),
    ...coverageTable(map),
  ];
  const procedures: (Paragraph | Table)[] = [
    para('6 Procedures', { heading: HeadingLevel.HEADING_1 }),
    ...facts.processes.flatMap((f, i) => procedure(f, `6.${i + 1}`, i === 0)),
    ...(options.includeProblems
      ? [
          para('7 Open problems', { heading: HeadingLevel.HEADING_1 }),
          problemTable(facts.problems, byId),
        ]
      : []),
  ];

  const document = new Document({
    title: stripUnsafeChars(map.title),
    creator: 'ProcMap',
    styles: { default: { document: { run: { font: FONT, size: 19 } } } },
    sections: [
      landscape(map, A4, front),
      landscape(map, A3, figure, FIGURE_MARGINS),
      landscape(map, A4, body),
      landscape(map, A4, procedures),
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
