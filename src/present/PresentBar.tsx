import { PRESENT_COLORS } from './colors';

export interface PresentBarProps {
  height: number;
  /** "3 / 21", or the overview's count. */
  counter: string;
  stepName?: string;
  /** An artifact is followed: the legend explains purple. */
  following: boolean;
  onPrevious(): void;
  onNext(): void;
  onFind(): void;
  onExit(): void;
}

function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <span className="pm-present-bar__key">
      <span className="pm-present-bar__swatch" style={{ background: color }} aria-hidden="true" />
      {label}
    </span>
  );
}

/**
 * The strip along the bottom: where the tour stands, what the colours mean, the keys, and
 * buttons for the same moves (for a mouse, and reachable with Tab).
 */
export function PresentBar(props: PresentBarProps) {
  return (
    <footer className="pm-present-bar" style={{ height: props.height }}>
      <div className="pm-present-bar__where">
        <span className="pm-present-bar__counter" data-testid="present-counter">
          {props.counter}
        </span>
        {props.stepName && <span className="pm-present-bar__name">{props.stepName}</span>}
      </div>
      <div className="pm-present-bar__legend" aria-label="Colours">
        {props.following ? (
          <Swatch color={PRESENT_COLORS.thread} label="the followed artifact" />
        ) : (
          <>
            <Swatch color={PRESENT_COLORS.upstream} label="feeds this step" />
            <Swatch color={PRESENT_COLORS.downstream} label="uses its outputs" />
          </>
        )}
      </div>
      <p className="pm-present-bar__hint">
        <kbd>←</kbd> <kbd>→</kbd> steps · <kbd>Home</kbd> overview · type to find · click an
        artifact to follow it · <kbd>Esc</kbd> back to the editor
      </p>
      <div className="pm-present-bar__buttons">
        <button
          type="button"
          className="pm-present-button"
          onClick={props.onPrevious}
          aria-label="Previous step"
        >
          ←
        </button>
        <button
          type="button"
          className="pm-present-button"
          onClick={props.onNext}
          aria-label="Next step"
        >
          →
        </button>
        <button type="button" className="pm-present-button" onClick={props.onFind}>
          Find
        </button>
        <button type="button" className="pm-present-button" onClick={props.onExit}>
          Exit
        </button>
      </div>
    </footer>
  );
}
