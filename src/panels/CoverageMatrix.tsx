import { unknownReferences, type Coverage, type CoverageLine } from '../model/coverage';

/** A cell: a dot for a clause a process references, the count of Annex A controls in a theme. */
function Cell({ line, refs }: { line: CoverageLine; refs: readonly string[] }) {
  if (refs.length === 0) return <td className="pm-coverage__cell" />;
  return (
    <td className="pm-coverage__cell pm-coverage__cell--on" title={refs.join(', ')}>
      {line.row.kind === 'annex' ? refs.length : '●'}
    </td>
  );
}

function Rows({ lines }: { lines: readonly CoverageLine[] }) {
  return lines.map((line) => (
    <tr
      key={line.row.id}
      className={line.covered ? undefined : 'pm-coverage__gap'}
      data-covered={line.covered}
    >
      <th scope="row" className="pm-coverage__clause">
        <span className="pm-coverage__id">{line.row.id}</span> {line.row.title}
        {!line.covered && <span className="pm-coverage__flag"> not covered</span>}
      </th>
      {line.cells.map((refs, i) => (
        <Cell key={i} line={line} refs={refs} />
      ))}
    </tr>
  ));
}

/**
 * The clause coverage matrix: clauses 4.1–10.2 (and the Annex A themes when references
 * name controls) down, processes across; a row no process covers is marked. Clicking a
 * process's heading shows it on the map.
 */
export function CoverageMatrix({
  coverage,
  onFocusProcess,
}: {
  coverage: Coverage;
  onFocusProcess(id: string): void;
}) {
  const { processes, clauses, annex, unknown } = coverage;
  const gaps = [...clauses, ...annex].filter((line) => !line.covered).length;
  return (
    <div className="pm-coverage" data-testid="coverage">
      <p className="pm-coverage__summary">
        {gaps === 0
          ? 'Every clause is covered by a process.'
          : `${gaps} ${gaps === 1 ? 'row is' : 'rows are'} covered by no process.`}{' '}
        From the processes' references; hover a mark for the references.
      </p>
      <div className="pm-coverage__scroll">
        <table className="pm-coverage__table">
          <thead>
            <tr>
              <th scope="col" className="pm-coverage__corner">
                ISO/IEC 27001:2022
              </th>
              {processes.map((p) => (
                <th key={p.id} scope="col" className="pm-coverage__process">
                  <button type="button" onClick={() => onFocusProcess(p.id)} title={p.name}>
                    {p.name.trim() || p.id}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <Rows lines={clauses} />
            {annex.length > 0 && (
              <tr>
                <th scope="rowgroup" colSpan={processes.length + 1} className="pm-coverage__group">
                  Annex A (number of controls referenced)
                </th>
              </tr>
            )}
            <Rows lines={annex} />
          </tbody>
        </table>
      </div>
      {unknown.length > 0 && (
        <p className="pm-coverage__unknown" data-testid="coverage-unknown">
          {unknownReferences(unknown)}
        </p>
      )}
    </div>
  );
}
