import type { ArtifactIndex } from './flows';
import { artifactKey } from './keys';
import type { Kpi, Process } from './types';

/** One line of a turtle box: the text and, muted after it, where it comes from or goes to. */
export interface TurtleLine {
  text: string;
  note?: string;
}

/** One of the nine boxes of a turtle card. */
export interface TurtleBox {
  key:
    | 'resources'
    | 'risks'
    | 'owner'
    | 'inputs'
    | 'process'
    | 'outputs'
    | 'criteria'
    | 'records'
    | 'kpis';
  title: string;
  /** The auditor's question the box answers. */
  question: string;
  lines: TurtleLine[];
}

/** Where each artifact of a process comes from and goes to, by process name. */
export interface TurtleLinks {
  from(input: string): readonly string[];
  to(output: string): readonly string[];
}

/**
 * The links of process `self` as the artifact index has them: the other processes that
 * produce each input and take each output, by `nameOf`.
 */
export function indexLinks(
  index: ArtifactIndex,
  self: string,
  nameOf: (id: string) => string,
): TurtleLinks {
  const others = (ids: readonly string[] | undefined) =>
    (ids ?? []).filter((id) => id !== self).map(nameOf);
  return {
    from: (input) => others(index.producers.get(artifactKey(input))),
    to: (output) => others(index.consumers.get(artifactKey(output))),
  };
}

const lines = (items: readonly string[] | undefined): TurtleLine[] =>
  (items ?? []).map((text) => ({ text }));

/** `Risks treated on time` with `target 95%, quarterly` after it. */
export function kpiLine(kpi: Kpi): TurtleLine {
  const parts = [kpi.target && `target ${kpi.target}`, kpi.frequency].filter(Boolean);
  return parts.length > 0 ? { text: kpi.name, note: parts.join(', ') } : { text: kpi.name };
}

/** The records of a process, then the document describing it unless it is one of them. */
function recordLines(process: Process): TurtleLine[] {
  const records = lines(process.records);
  const documentation = process.documentation?.trim();
  if (!documentation) return records;
  const key = artifactKey(documentation);
  if (records.some((r) => artifactKey(r.text) === key)) return records;
  return [...records, { text: documentation, note: 'describes the process' }];
}

/**
 * The turtle card of a process, the classic audit view, as nine boxes in reading order
 * (three rows of three): with what (resources), risks and opportunities, with whom (owner);
 * inputs, the process itself (purpose and activities), outputs; how (criteria and methods),
 * documented information, how many (KPIs). Shared by the editor, present mode and the
 * document, so all three say the same.
 *
 * @example turtle(process, links).map((box) => box.title) // ['With what', 'Risks', …]
 */
export function turtle(process: Process, links: TurtleLinks): TurtleBox[] {
  const purpose = process.purpose ?? process.description;
  const via = (names: readonly string[], word: string, none: string) =>
    names.length > 0 ? `${word} ${names.join(', ')}` : none;
  return [
    {
      key: 'resources',
      title: 'With what',
      question: 'Resources, tools, equipment',
      lines: lines(process.resources),
    },
    {
      key: 'risks',
      title: 'Risks and opportunities',
      question: 'What could go wrong, or better',
      lines: lines(process.risks),
    },
    {
      key: 'owner',
      title: 'With whom',
      question: 'Owner, roles, competence',
      lines: process.owner?.trim() ? [{ text: process.owner, note: 'process owner' }] : [],
    },
    {
      key: 'inputs',
      title: 'Inputs',
      question: 'What comes in, from where',
      lines: process.inputs.map((text) => ({
        text,
        note: via(links.from(text), 'from', 'no source'),
      })),
    },
    {
      key: 'process',
      title: process.name.trim() || process.id,
      question: purpose?.trim() ? purpose : 'Purpose not stated',
      lines: lines(process.activities),
    },
    {
      key: 'outputs',
      title: 'Outputs',
      question: 'What goes out, to where',
      lines: process.outputs.map((text) => ({
        text,
        note: via(links.to(text), 'to', 'not used'),
      })),
    },
    {
      key: 'criteria',
      title: 'How',
      question: 'Criteria and methods',
      lines: process.criteria?.trim() ? [{ text: process.criteria }] : [],
    },
    {
      key: 'records',
      title: 'Documented information',
      question: 'Records kept and used',
      lines: recordLines(process),
    },
    {
      key: 'kpis',
      title: 'How many',
      question: 'KPIs: target, frequency',
      lines: (process.kpis ?? []).map(kpiLine),
    },
  ];
}
