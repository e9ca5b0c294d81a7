import type { ReactNode } from 'react';
import { nodeGeometry } from '../layout/geometry';
import { nodeStyle, nodeTag } from '../layout/theme';
import type { ArtifactIndex } from '../model/flows';
import { kpiLine } from '../model/turtle';
import type { Process, ProcessMap } from '../model/types';
import { artifactThread } from './threads';

/** What the card lines do when clicked: jump to a process, follow an artifact. */
export interface CardActions {
  onProcess(id: string): void;
  onArtifact(key: string): void;
}

interface CardContext extends CardActions {
  byId: ReadonlyMap<string, Process>;
  index: ArtifactIndex;
  /** Key of the artifact being followed, if any. */
  thread?: string;
  /** Whether the step's turtle card is shown, and how to show or hide it. */
  turtle?: { shown: boolean; toggle(): void };
}

/** A list section of the card, left out when the list is empty. */
function ListSection({ title, items }: { title: string; items: readonly string[] | undefined }) {
  if (!items || items.length === 0) return null;
  return (
    <Section title={title}>
      <ul className="pm-present-card__list">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </Section>
  );
}

function ProcessLinks({
  ids,
  byId,
  onProcess,
}: { ids: readonly string[] } & Pick<CardContext, 'byId' | 'onProcess'>) {
  return ids.map((id, i) => (
    <span key={id}>
      {i > 0 && ', '}
      <button type="button" className="pm-present-link" onClick={() => onProcess(id)}>
        {byId.get(id)?.name || id}
      </button>
    </span>
  ));
}

function ArtifactLines({
  process,
  side,
  context,
}: {
  process: Process;
  side: 'in' | 'out';
  context: CardContext;
}) {
  // The node's ports: each artifact of the side once, by key, as the node shows it.
  const artifacts = nodeGeometry(process).ports.filter((port) => port.side === side);
  if (artifacts.length === 0) return null;
  return (
    <section className="pm-present-card__section">
      <h3>{side === 'in' ? 'Inputs' : 'Outputs'}</h3>
      <ul className="pm-present-card__flows">
        {artifacts.map(({ key, label }) => {
          const thread = artifactThread(key, context.index);
          const others = (side === 'in' ? thread.producers : thread.consumers).filter(
            (id) => id !== process.id,
          );
          return (
            <li key={key} className={`pm-present-card__flow pm-present-card__flow--${side}`}>
              <button
                type="button"
                className="pm-present-artifact"
                aria-pressed={context.thread === key}
                title="Follow this artifact"
                onClick={() => context.onArtifact(key)}
              >
                {label}
              </button>
              <span className="pm-present-card__via">
                {others.length === 0 ? (
                  <span className="pm-present-card__none">
                    {side === 'in' ? 'no process produces it' : 'no process uses it'}
                  </span>
                ) : (
                  <>
                    {side === 'in' ? 'from ' : 'to '}
                    <ProcessLinks ids={others} byId={context.byId} onProcess={context.onProcess} />
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="pm-present-card__section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/**
 * The step's process as an auditor asks about it: owner, what it does, inputs with the
 * processes they come from, outputs with the processes they go to, where it is documented
 * and which clauses it answers. Every artifact and process on it can be followed.
 */
export function ProcessCard({ process, ...context }: { process: Process } & CardContext) {
  const look = nodeStyle(process);
  return (
    <>
      <p className="pm-present-card__tag" style={{ color: look.tagText, borderColor: look.border }}>
        {nodeTag(process)}
      </p>
      <h2 className="pm-present-card__title" data-testid="present-card-title">
        {process.name}
      </h2>
      {process.owner && (
        <p className="pm-present-card__owner">
          <span className="pm-present-card__label">Owner</span> {process.owner}
        </p>
      )}
      {context.turtle && process.kind === 'process' && (
        <button
          type="button"
          className="pm-present-turtle-toggle"
          aria-pressed={context.turtle.shown}
          onClick={context.turtle.toggle}
          data-testid="present-turtle-toggle"
        >
          {context.turtle.shown ? 'Hide turtle card' : 'Turtle card'}
        </button>
      )}
      {process.purpose && (
        <p className="pm-present-card__text">
          <span className="pm-present-card__label">Purpose</span> {process.purpose}
        </p>
      )}
      {process.description && <p className="pm-present-card__text">{process.description}</p>}
      {process.activities.length > 0 && (
        <Section title="Activities">
          <ol className="pm-present-card__list">
            {process.activities.map((activity, i) => (
              <li key={i}>{activity}</li>
            ))}
          </ol>
        </Section>
      )}
      <ArtifactLines process={process} side="in" context={context} />
      <ArtifactLines process={process} side="out" context={context} />
      {process.criteria && (
        <Section title="Criteria and methods">
          <p className="pm-present-card__text">{process.criteria}</p>
        </Section>
      )}
      <ListSection
        title="KPIs"
        items={process.kpis?.map((kpi) => {
          const line = kpiLine(kpi);
          return line.note ? `${line.text} (${line.note})` : line.text;
        })}
      />
      <ListSection title="Resources" items={process.resources} />
      <ListSection title="Risks and opportunities" items={process.risks} />
      <ListSection title="Documented information" items={process.records} />
      {process.documentation && (
        <Section title="Documentation">
          <p className="pm-present-card__text">{process.documentation}</p>
        </Section>
      )}
      {process.references.length > 0 && (
        <Section title="ISO 27001 references">
          <ul className="pm-present-card__refs">
            {process.references.map((ref, i) => (
              <li key={i}>{ref}</li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

/**
 * A followed artifact: every process that produces it and every process that uses it, and
 * the way back to the step it was followed from.
 */
export function ArtifactCard({
  artifact,
  from,
  ...context
}: { artifact: string; from?: Process } & CardContext) {
  const thread = artifactThread(artifact, context.index);
  const label = spellingOf(artifact, [...thread.producers, ...thread.consumers], context.byId);
  return (
    <>
      <p className="pm-present-card__tag pm-present-card__tag--thread">Artifact</p>
      <h2 className="pm-present-card__title" data-testid="present-card-title">
        {label}
      </h2>
      <Section title="Produced by">
        {thread.producers.length === 0 ? (
          <p className="pm-present-card__none">No process produces it</p>
        ) : (
          <ul className="pm-present-card__list pm-present-card__list--plain">
            {thread.producers.map((id) => (
              <li key={id}>
                <ProcessLinks ids={[id]} byId={context.byId} onProcess={context.onProcess} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Used by">
        {thread.consumers.length === 0 ? (
          <p className="pm-present-card__none">No process uses it</p>
        ) : (
          <ul className="pm-present-card__list pm-present-card__list--plain">
            {thread.consumers.map((id) => (
              <li key={id}>
                <ProcessLinks ids={[id]} byId={context.byId} onProcess={context.onProcess} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <p className="pm-present-card__back">
        <kbd>Esc</kbd> {from ? `back to ${from.name}` : 'back to the overview'}
      </p>
    </>
  );
}

/** How the first process that names an artifact spells it, producers first. */
function spellingOf(
  key: string,
  ids: readonly string[],
  byId: ReadonlyMap<string, Process>,
): string {
  for (const id of ids) {
    const process = byId.get(id);
    const port = process && nodeGeometry(process).ports.find((p) => p.key === key);
    if (port) return port.label;
  }
  return key;
}

/** Before the first step: what the map is, whose it is, and how big the tour is. */
export function OverviewCard({ map, steps }: { map: ProcessMap; steps: number }) {
  const facts: [string, string | undefined][] = [
    ['Organisation', map.organization],
    ['Revision', [map.revision, map.date].filter(Boolean).join(' · ') || undefined],
    ['Owner', map.owner],
    ['Approved by', map.approvedBy],
    ['Classification', map.classification],
    ['Next review', map.nextReview],
  ];
  const externals = map.processes.filter((p) => p.kind === 'external').length;
  return (
    <>
      <p className="pm-present-card__tag">Process map</p>
      <h2 className="pm-present-card__title" data-testid="present-card-title">
        {map.title || 'Untitled map'}
      </h2>
      <dl className="pm-present-card__facts">
        {facts
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <p className="pm-present-card__text">
        {map.processes.length - externals} processes and {externals} external parties, shown in{' '}
        {steps} steps.
      </p>
      <p className="pm-present-card__start">
        Press <kbd>→</kbd> to start the tour.
      </p>
    </>
  );
}
