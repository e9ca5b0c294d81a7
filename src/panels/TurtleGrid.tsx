import type { TurtleBox } from '../model/turtle';

/**
 * A turtle card drawn: three rows of three boxes, the process in the middle, each box
 * with its title, the auditor's question and its lines. Used by the editor and present
 * mode alike; the boxes come from {@link turtle}.
 */
export function TurtleGrid({ boxes }: { boxes: readonly TurtleBox[] }) {
  return (
    <div className="pm-turtle" data-testid="turtle-card">
      {boxes.map((box) => (
        <section
          key={box.key}
          className={`pm-turtle__box pm-turtle__box--${box.key}`}
          aria-label={box.title}
        >
          <h3 className="pm-turtle__title">{box.title}</h3>
          <p className="pm-turtle__question">{box.question}</p>
          {box.lines.length === 0 ? (
            <p className="pm-turtle__empty">Not stated</p>
          ) : (
            <ul className="pm-turtle__lines">
              {box.lines.map((line, i) => (
                <li key={i}>
                  {line.text}
                  {line.note && <span className="pm-turtle__note"> {line.note}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
