import { deriveFlows } from '../model/flows';
import { artifactKey, distinctNames } from '../model/keys';
import { groupBy } from '../model/lists';
import { turtle, type TurtleBox } from '../model/turtle';
import type { Flow, Problem, Process, ProcessMap } from '../model/types';
import type { SvgOptions } from './svg';

/**
 * How the documents draw their figure: the map alone, with a thin margin. The document
 * carries the title block's fields on its front page and in its running header, and the
 * legend as a line of text under the figure, so that the map itself fills its A3 page and
 * prints with its smallest text at 6 pt or more, as on an A3 page of its own.
 */
export const DOCUMENT_FIGURE: SvgOptions = {
  titleBlock: false,
  legend: false,
  margin: 8,
  embedSource: false,
  xmlDeclaration: false,
};

/** One input of a process and the processes (or externals) it comes from. */
export interface InputFacts {
  artifact: string;
  /** Producers, in model order; empty when nobody produces it. */
  from: Process[];
}

/** One output of a process and the processes (or externals) it goes to. */
export interface OutputFacts {
  artifact: string;
  /** Consumers, in model order; empty when nobody uses it. */
  to: Process[];
}

/** What the process map document says about one process: its procedure section. */
export interface ProcessFacts {
  process: Process;
  inputs: InputFacts[];
  outputs: OutputFacts[];
}

/** Everything one producer hands one consumer. */
export interface Interaction {
  from: Process;
  to: Process;
  artifacts: string[];
}

/**
 * The content of the process map document, shared by the HTML and the DOCX writer so both
 * say the same thing. Interactions inside the ISMS and those across its boundary (with
 * externals) are listed apart, as clause 4.3 c asks for the interfaces on their own.
 */
export interface DocumentFacts {
  /** Processes inside the ISMS (kind `process`), in model order. */
  processes: ProcessFacts[];
  /** Interested parties and organisations outside the scope, in model order. */
  externals: ProcessFacts[];
  /** Producer → consumer between processes inside the ISMS, in flow order. */
  interactions: Interaction[];
  /** External → process: what comes into the ISMS. */
  externalInputs: Interaction[];
  /** Process → external: what leaves the ISMS. */
  externalOutputs: Interaction[];
  /** Open problems, errors first, then warnings, then information. */
  problems: Problem[];
}

/** A process's name as a reader sees it; an unnamed process shows its id. */
export function displayName(process: Process): string {
  return process.name.trim() === '' ? process.id : process.name;
}

function groupByPair(flows: readonly Flow[], byId: ReadonlyMap<string, Process>): Interaction[] {
  const pairs = new Map<string, Interaction>();
  for (const flow of flows) {
    const pairKey = `${flow.from}\u0000${flow.to}`;
    const existing = pairs.get(pairKey);
    if (existing) existing.artifacts.push(flow.artifact);
    else
      pairs.set(pairKey, {
        from: byId.get(flow.from)!,
        to: byId.get(flow.to)!,
        artifacts: [flow.artifact],
      });
  }
  return [...pairs.values()];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Collects the document content of a map: per process its inputs with their sources and
 * its outputs with their destinations, the interactions, the boundary crossings and the
 * open problems (as the analysis found them; pass them in, the document does not judge).
 *
 * @example
 * const facts = documentFacts(map, analyzeMap(map).problems);
 * facts.interactions[0]; // { from: riskAssessment, to: riskTreatment, artifacts: ['Risk register'] }
 */
export function documentFacts(map: ProcessMap, problems: readonly Problem[]): DocumentFacts {
  const flows = deriveFlows(map.processes);
  // With duplicate ids the first process of an id answers for it, as in the flows.
  const byId = new Map<string, Process>();
  for (const p of map.processes) if (!byId.has(p.id)) byId.set(p.id, p);

  const sources = groupBy(
    flows,
    (flow) => `${flow.to}\u0000${flow.key}`,
    (flow) => byId.get(flow.from)!,
  );
  const destinations = groupBy(
    flows,
    (flow) => `${flow.from}\u0000${flow.key}`,
    (flow) => byId.get(flow.to)!,
  );

  const factsOf = (p: Process): ProcessFacts => ({
    process: p,
    inputs: distinctNames(p.inputs).map((artifact) => ({
      artifact,
      from: sources.get(`${p.id}\u0000${artifactKey(artifact)}`) ?? [],
    })),
    outputs: distinctNames(p.outputs).map((artifact) => ({
      artifact,
      to: destinations.get(`${p.id}\u0000${artifactKey(artifact)}`) ?? [],
    })),
  });

  const isExternal = (id: string) => byId.get(id)?.kind === 'external';
  return {
    processes: map.processes.filter((p) => p.kind !== 'external').map(factsOf),
    externals: map.processes.filter((p) => p.kind === 'external').map(factsOf),
    interactions: groupByPair(
      flows.filter((f) => !isExternal(f.from) && !isExternal(f.to)),
      byId,
    ),
    externalInputs: groupByPair(
      flows.filter((f) => isExternal(f.from) && !isExternal(f.to)),
      byId,
    ),
    externalOutputs: groupByPair(
      flows.filter((f) => !isExternal(f.from) && isExternal(f.to)),
      byId,
    ),
    problems: [...problems].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
  };
}

/** The document-control block of the process map document: label and value, in order. */
export function controlRows(map: ProcessMap): [label: string, value: string | undefined][] {
  return [
    ['Title', map.title],
    ['Organisation', map.organization],
    ['Revision', map.revision],
    ['Date', map.date],
    ['Owner', map.owner],
    ['Approved by', map.approvedBy],
    ['Classification', map.classification],
    ['Next review', map.nextReview],
  ];
}

/** The approval block of the controlled document: role, name, and date where known. */
export function approvalRows(
  map: ProcessMap,
): [role: string, name: string | undefined, date: string | undefined][] {
  return [
    ['Prepared by', map.owner, map.date],
    ['Approved by', map.approvedBy, undefined],
  ];
}

/**
 * What runs along the top and bottom of every page of the controlled document: the title
 * on the left, classification and revision on the right, and the next review date.
 */
export function runningHeads(map: ProcessMap): { left: string; right: string; footer: string } {
  const right = [map.classification?.toUpperCase(), map.revision && `Revision ${map.revision}`]
    .filter((part): part is string => Boolean(part && part.trim()))
    .join(' · ');
  return {
    left: map.title,
    right,
    footer: map.nextReview ? `Next review: ${map.nextReview}` : '',
  };
}

/** The turtle card of a process in the document, its sources and destinations by name. */
export function turtleOfFacts(facts: ProcessFacts): TurtleBox[] {
  const from = new Map(facts.inputs.map((i) => [artifactKey(i.artifact), i.from.map(displayName)]));
  const to = new Map(facts.outputs.map((o) => [artifactKey(o.artifact), o.to.map(displayName)]));
  return turtle(facts.process, {
    from: (input) => from.get(artifactKey(input)) ?? [],
    to: (output) => to.get(artifactKey(output)) ?? [],
  });
}
