import { ReactFlowProvider } from '@xyflow/react';
import {
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
} from 'react';
import { createPortal } from 'react-dom';
import { effectivePositions } from '../canvas/flow-adapter';
import { mapGeometries } from '../layout/geometry';
import { edgeRoutes } from '../layout/routes';
import { bandRects } from '../layout/bands';
import { useEditor } from '../store/context';
import { useDerived } from '../store/derived';
import { indexLinks, turtle as turtleBoxesOf } from '../model/turtle';
import type { Process } from '../model/types';
import type { ArtifactIndex } from '../model/flows';
import { deriveLinks } from '../model/links';
import { TurtleGrid } from '../panels/TurtleGrid';
import { PRESENT_COLORS } from './colors';
import { ArtifactCard, OverviewCard, ProcessCard } from './cards';
import { findProcesses } from './find';
import { FIND_LIMIT, FindBox, type FindState } from './FindBox';
import { exitFullscreen } from './fullscreen';
import type { PresentLocation } from './hash';
import { focusOf, highlightOf } from './highlight';
import { commandForKey, type PresentCommand } from './keys';
import { PresentBar } from './PresentBar';
import { PresentCanvas } from './PresentCanvas';
import { leavePresentation, showInPresentation, usePresentLocation } from './route';
import { nextStep, previousStep, stepCounter } from './steps';
import { tourOrder } from './tour';
import './present.css';

const colorVariables = {
  '--pp-focus': PRESENT_COLORS.focus,
  '--pp-up': PRESENT_COLORS.upstream,
  '--pp-down': PRESENT_COLORS.downstream,
  '--pp-thread': PRESENT_COLORS.thread,
} as CSSProperties;

/** Height of the bar along the bottom, in px. */
const BAR_HEIGHT = 76;

function subscribeResize(listener: () => void): () => void {
  window.addEventListener('resize', listener);
  return () => window.removeEventListener('resize', listener);
}
const windowWidth = () => window.innerWidth;

/** Card text size in px: the largest that shows the whole card, down to one still legible. */
const CARD_FONT = { max: 22, min: 18 };

/** Sets the card's text to the largest size at which it needs no scrolling. */
function fitCard(card: HTMLElement): void {
  for (let size = CARD_FONT.max; size >= CARD_FONT.min; size--) {
    card.style.fontSize = `${size}px`;
    if (card.scrollHeight <= card.clientHeight) return;
  }
}

/** The card takes about a third of the screen: wide enough for 24 px lines, never more than 640 px. */
function cardWidth(width: number): number {
  return Math.round(Math.min(640, Math.max(360, width * 0.3)));
}

/**
 * Shows the presentation while the URL says `#present…`, and leaves full screen when it
 * stops saying so (Esc, the browser's Back button, a link to the editor).
 */
export function PresentationRoot() {
  const location = usePresentLocation();
  const presenting = location !== undefined;
  useEffect(() => {
    if (!presenting) exitFullscreen();
  }, [presenting]);
  return location ? <Presentation location={location} /> : null;
}

/**
 * Presentation mode over the editor. The editor stays mounted underneath, untouched and
 * inert: presenting only reads the store, so leaving shows the same map, selection and
 * viewport. Every key is caught before the editor can hear it.
 */
function Presentation({ location }: { location: PresentLocation }) {
  const map = useEditor((s) => s.map);
  const layout = useEditor((s) => s.layout);
  const { flows, index } = useDerived();
  const { processes } = map;

  const byId = useMemo(() => new Map(processes.map((p) => [p.id, p])), [processes]);
  const order = useMemo(() => tourOrder({ processes }, flows), [processes, flows]);
  // A link to a process that is not (or not yet) in the map shows the overview.
  const step = location.step !== undefined && byId.has(location.step) ? location.step : undefined;
  const [thread, setThread] = useState<{ step?: string; key: string }>();
  const threadKey = thread && thread.step === step ? thread.key : undefined;
  const [find, setFind] = useState<FindState>();
  /** Whether the step's turtle card is shown over the map; it stays on from step to step. */
  const [turtleShown, setTurtleShown] = useState(false);

  const highlight = useMemo(
    () => highlightOf(focusOf(step, threadKey), flows, index),
    [step, threadKey, flows, index],
  );
  // Says when the view moved to something else: a step, a thread or the overview.
  const focusKey = `${step ?? ''}\u0000${threadKey ?? ''}`;

  const positions = useMemo(
    () => effectivePositions(processes, map.positions),
    [processes, map.positions],
  );
  const direction = map.layout.direction;
  const geometries = useMemo(() => mapGeometries(processes, direction), [processes, direction]);
  const banded = direction === 'BANDS';
  const bands = useMemo(
    () => (banded ? bandRects(processes, flows, positions, geometries) : []),
    [banded, processes, flows, positions, geometries],
  );
  const links = useMemo(() => deriveLinks(flows), [flows]);
  const routes = useMemo(
    () => edgeRoutes({ positions }, links, geometries, layout),
    [positions, links, geometries, layout],
  );
  const matches = useMemo(
    () => (find ? findProcesses(find.query, processes) : []),
    [find, processes],
  );

  const width = useSyncExternalStore(subscribeResize, windowWidth);
  const insets = useMemo(() => ({ right: cardWidth(width) + 24, bottom: BAR_HEIGHT }), [width]);

  // Going to a process (even the current one) leaves a followed artifact and the search.
  const goTo = (id: string | undefined) => {
    setFind(undefined);
    setThread(undefined);
    showInPresentation({ step: id });
  };
  const follow = (key: string) => setThread({ step, key });

  const run = (command: PresentCommand) => {
    switch (command.do) {
      case 'next':
        return goTo(nextStep(order, step));
      case 'previous':
        return goTo(previousStep(order, step));
      case 'overview':
        return goTo(undefined);
      case 'last':
        return goTo(order[order.length - 1]);
      case 'find':
        return setFind({ query: command.text, active: 0 });
      case 'find-move': {
        if (!find) return;
        const count = Math.min(matches.length, FIND_LIMIT);
        if (count > 0) setFind({ ...find, active: (find.active + command.by + count) % count });
        return;
      }
      case 'find-go': {
        const chosen = matches[find?.active ?? 0];
        if (chosen) goTo(chosen.id);
        return;
      }
      case 'escape':
        // Esc closes what is open first: the search, the followed artifact, the turtle card,
        // then the presentation.
        if (find) return setFind(undefined);
        if (threadKey !== undefined) return setThread(undefined);
        if (turtleShown) return setTurtleShown(false);
        return leavePresentation();
    }
  };
  const runFromKey = useEffectEvent(run);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // The editor underneath must not hear any key: no undo, delete or shortcut while presenting.
      event.stopPropagation();
      if (event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      const command = commandForKey({
        key: event.key,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        onButton: target?.closest('button, a[href]') != null,
        inFind: target?.closest('.pm-present-find') != null,
      });
      if (!command) return;
      event.preventDefault();
      runFromKey(command);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  // Leaving full screen the browser's way (its own Esc, F11) leaves the presentation too.
  useEffect(() => {
    let wasFullscreen = document.fullscreenElement !== null;
    const onChange = () => {
      if (document.fullscreenElement) wasFullscreen = true;
      else if (wasFullscreen) leavePresentation();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // A modal over the editor: the editor cannot take focus or clicks, and gets the focus back after.
  const overlay = useRef<HTMLDivElement>(null);
  const [returnFocus] = useState(() => document.activeElement);
  useLayoutEffect(() => {
    const others = [...document.body.children].filter(
      (el): el is HTMLElement => el instanceof HTMLElement && el !== overlay.current && !el.inert,
    );
    for (const el of others) el.inert = true;
    overlay.current?.focus();
    return () => {
      for (const el of others) el.inert = false;
      if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
    };
  }, [returnFocus]);

  // A card button that jumped away is gone: keep the focus in the presentation.
  useEffect(() => {
    if (!overlay.current?.contains(document.activeElement)) overlay.current?.focus();
  }, [focusKey]);

  const card = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (card.current) fitCard(card.current);
  }, [focusKey, processes, width]);

  const stepProcess = step !== undefined ? byId.get(step) : undefined;
  const counter = stepCounter(order, step);
  const turtle = { shown: turtleShown, toggle: () => setTurtleShown((shown) => !shown) };
  const cardProps = { byId, index, thread: threadKey, onProcess: goTo, onArtifact: follow, turtle };
  const turtleBoxes =
    turtleShown && threadKey === undefined && stepProcess?.kind === 'process'
      ? turtleOf(stepProcess, index, byId)
      : undefined;

  return createPortal(
    <div
      ref={overlay}
      className="pm-present"
      role="dialog"
      aria-modal="true"
      aria-label={`Presentation: ${map.title || 'process map'}`}
      tabIndex={-1}
      style={colorVariables}
      data-testid="presentation"
      data-step={step ?? ''}
      data-thread={threadKey ?? ''}
    >
      <ReactFlowProvider>
        <PresentCanvas
          processes={processes}
          positions={positions}
          geometries={geometries}
          routes={routes}
          links={links}
          bands={bands}
          highlight={highlight}
          order={order}
          insets={insets}
          onProcess={goTo}
          onArtifact={follow}
        />
      </ReactFlowProvider>
      <aside
        ref={card}
        className="pm-present-card"
        style={{ width: cardWidth(width), bottom: BAR_HEIGHT + 16 }}
        aria-label="Details"
        data-testid="present-card"
      >
        {threadKey !== undefined ? (
          <ArtifactCard artifact={threadKey} from={stepProcess} {...cardProps} />
        ) : stepProcess ? (
          <ProcessCard process={stepProcess} {...cardProps} />
        ) : (
          <OverviewCard map={map} steps={order.length} />
        )}
      </aside>
      {turtleBoxes && (
        <div
          className="pm-present-turtle"
          style={{ right: cardWidth(width) + 32, maxHeight: `calc(100% - ${BAR_HEIGHT + 32}px)` }}
          data-testid="present-turtle"
        >
          <TurtleGrid boxes={turtleBoxes} />
        </div>
      )}
      <PresentBar
        height={BAR_HEIGHT}
        counter={counter}
        stepName={stepProcess?.name}
        following={threadKey !== undefined}
        onPrevious={() => run({ do: 'previous' })}
        onNext={() => run({ do: 'next' })}
        onFind={() => run({ do: 'find', text: '' })}
        onExit={leavePresentation}
      />
      {find && (
        <FindBox
          state={find}
          matches={matches}
          onQuery={(query) => setFind({ query, active: 0 })}
          onChoose={goTo}
          onClose={() => setFind(undefined)}
        />
      )}
      <div className="pm-visually-hidden" aria-live="polite" data-testid="present-announce">
        {threadKey !== undefined
          ? 'Following an artifact'
          : stepProcess
            ? `Step ${counter}: ${stepProcess.name}`
            : counter}
      </div>
    </div>,
    document.body,
  );
}

/** The turtle card of a step's process, its links named as the map names them. */
function turtleOf(process: Process, index: ArtifactIndex, byId: ReadonlyMap<string, Process>) {
  return turtleBoxesOf(
    process,
    indexLinks(index, process.id, (id) => byId.get(id)?.name.trim() || id),
  );
}
