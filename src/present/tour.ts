import type { Category, Flow, Process, ProcessMap } from '../model/types';

/** Band order of a process map: top management, then the value chain, then support. */
const BANDS: readonly Category[] = ['management', 'core', 'support'];

/** Band of a process: its category's place in {@link BANDS}, uncategorised last. */
function bandOf(p: Process): number {
  const band = BANDS.indexOf(p.category as Category);
  return band < 0 ? BANDS.length : band;
}

/**
 * The order a presenter walks a map in, as process ids.
 *
 * 1. Externals that supply something to the ISMS (regulator, customer requirements):
 *    the auditor sees first what comes in from outside (clause 4.3 c). A party that also
 *    receives opens the tour only when what it supplies is used before what it receives
 *    is made; otherwise it closes the tour with the receivers.
 * 2. Processes by band: management, core, support, then those without a category.
 *    Inside a band, flow order: a process comes after the processes of its band that
 *    feed it. PDCA loops are cut where the most of a process's feeders were already
 *    shown (ties: the earlier process in the map), so the order is deterministic.
 *    Where the flows do not decide, the map's own order does.
 * 3. Externals that receive (a certification body, a customer receiving a report), and
 *    externals with no flows at all.
 *
 * Suppliers are ordered by the first process they feed, receivers by the first process
 * that feeds them, so the opening and closing externals follow the tour too.
 *
 * @example
 * // Regulator → Context → Risk assessment ⇄ Risk treatment → Certification body
 * tourOrder(map, deriveFlows(map.processes))
 * // ['regulator', 'context', 'risk-assessment', 'risk-treatment', 'certification-body']
 */
export function tourOrder(map: Pick<ProcessMap, 'processes'>, flows: readonly Flow[]): string[] {
  const indexOf = new Map(map.processes.map((p, i) => [p.id, i]));
  const predecessors = new Map<string, Set<string>>();
  const successors = new Map<string, Set<string>>();
  for (const flow of flows) {
    if (!indexOf.has(flow.from) || !indexOf.has(flow.to)) continue;
    link(predecessors, flow.to, flow.from);
    link(successors, flow.from, flow.to);
  }

  const internal = map.processes.filter((p) => p.kind !== 'external');
  const externals = map.processes.filter((p) => p.kind === 'external');
  const internalIds = new Set(internal.map((p) => p.id));
  const suppliers = externals.filter((p) =>
    [...(successors.get(p.id) ?? [])].some((id) => internalIds.has(id)),
  );
  // What comes from outside counts as shown: a loop is entered where an external feeds it.
  const visited = new Set(suppliers.map((p) => p.id));
  const order: string[] = [];
  for (let band = 0; band <= BANDS.length; band++) {
    const members = internal.filter((p) => bandOf(p) === band);
    order.push(...flowOrder(members, predecessors, successors, visited));
  }

  const position = new Map(order.map((id, i) => [id, i]));
  const firstAmong = (ids: Set<string> | undefined): number =>
    Math.min(Infinity, ...[...(ids ?? [])].map((id) => position.get(id) ?? Infinity));
  const firstFed = (p: Process) => firstAmong(successors.get(p.id));
  const firstFeeder = (p: Process) => firstAmong(predecessors.get(p.id));
  const byAnchor = (anchor: (p: Process) => number) => (a: Process, b: Process) =>
    anchor(a) - anchor(b) || indexOf.get(a.id)! - indexOf.get(b.id)!;

  // A party that both supplies and receives goes where its exchange starts: a customer
  // whose requirements open the service opens the tour, a certification body that audits
  // what the ISMS made and reports back to management review closes it.
  const opening = suppliers.filter((p) => firstFed(p) <= firstFeeder(p));
  const closing = externals.filter((p) => !opening.includes(p));
  opening.sort(byAnchor(firstFed));
  closing.sort(byAnchor(firstFeeder));
  return [...opening.map((p) => p.id), ...order, ...closing.map((p) => p.id)];
}

function link(index: Map<string, Set<string>>, from: string, to: string): void {
  const set = index.get(from);
  if (set) set.add(to);
  else index.set(from, new Set([to]));
}

/**
 * Kahn's algorithm over the flows inside one band. A process is ready when every feeder
 * of its band was shown; the earliest ready process in map order goes next. When none is
 * ready the band holds a loop, and it is entered at the process with the most feeders
 * already shown (anywhere in the tour so far).
 */
function flowOrder(
  members: readonly Process[],
  predecessors: ReadonlyMap<string, ReadonlySet<string>>,
  successors: ReadonlyMap<string, ReadonlySet<string>>,
  shown: Set<string>,
): string[] {
  const inBand = new Set(members.map((p) => p.id));
  const waitingFor = new Map<string, number>();
  const shownFeeders = new Map<string, number>();
  for (const { id } of members) {
    const feeders = [...(predecessors.get(id) ?? [])];
    waitingFor.set(id, feeders.filter((f) => inBand.has(f) && !shown.has(f)).length);
    shownFeeders.set(id, feeders.filter((f) => shown.has(f)).length);
  }
  const pending = members.map((p) => p.id);
  const order: string[] = [];
  while (pending.length > 0) {
    let next = pending.findIndex((id) => waitingFor.get(id) === 0);
    if (next < 0) {
      next = 0;
      for (let i = 1; i < pending.length; i++) {
        if (shownFeeders.get(pending[i]!)! > shownFeeders.get(pending[next]!)!) next = i;
      }
    }
    const id = pending.splice(next, 1)[0]!;
    shown.add(id);
    order.push(id);
    for (const s of successors.get(id) ?? []) {
      if (!inBand.has(s) || shown.has(s)) continue;
      waitingFor.set(s, waitingFor.get(s)! - 1);
      shownFeeders.set(s, shownFeeders.get(s)! + 1);
    }
  }
  return order;
}
