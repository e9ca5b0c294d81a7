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
 *    feed it. Inside a loop (PDCA: review decisions feed back to context and policy) the
 *    flows cannot decide, so the map's own order does: a loop is cut at the flows that go
 *    back to a process listed earlier. Written in clause order, a loop is shown in clause
 *    order. Wherever the flows leave a choice, the earlier process in the map goes first.
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
  const order: string[] = [];
  for (let band = 0; band <= BANDS.length; band++) {
    const members = internal.filter((p) => bandOf(p) === band);
    order.push(...flowOrder(members, successors));
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
 * Strongly connected components (Tarjan) of the flows between `members`: processes that
 * reach each other round a loop share a component number.
 */
function loopsOf(
  members: readonly Process[],
  successors: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, number> {
  const inBand = new Set(members.map((p) => p.id));
  const component = new Map<string, number>();
  const low = new Map<string, number>();
  const seen = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let counter = 0;
  let components = 0;
  const visit = (id: string): void => {
    seen.set(id, counter);
    low.set(id, counter++);
    stack.push(id);
    onStack.add(id);
    for (const next of successors.get(id) ?? []) {
      if (!inBand.has(next)) continue;
      if (!seen.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(id, Math.min(low.get(id)!, seen.get(next)!));
      }
    }
    if (low.get(id) !== seen.get(id)) return;
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.set(member, components);
    } while (member !== id);
    components++;
  };
  for (const { id } of members) if (!seen.has(id)) visit(id);
  return component;
}

/**
 * Kahn's algorithm over the flows inside one band, earliest ready process in map order
 * first. A flow inside a loop that goes back up the list is not followed, which leaves a
 * graph without cycles: some process is always ready, and the order is the map's wherever
 * the flows allow it.
 */
function flowOrder(
  members: readonly Process[],
  successors: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  const loop = loopsOf(members, successors);
  const rank = new Map(members.map((p, i) => [p.id, i]));
  const followed = (from: string, to: string) =>
    rank.has(to) && (loop.get(from) !== loop.get(to) || rank.get(from)! < rank.get(to)!);
  const waitingFor = new Map(members.map((p) => [p.id, 0]));
  for (const { id } of members) {
    for (const next of successors.get(id) ?? []) {
      if (followed(id, next)) waitingFor.set(next, waitingFor.get(next)! + 1);
    }
  }
  const pending = members.map((p) => p.id);
  const order: string[] = [];
  while (pending.length > 0) {
    const id = pending.splice(
      pending.findIndex((p) => waitingFor.get(p) === 0),
      1,
    )[0]!;
    order.push(id);
    for (const next of successors.get(id) ?? []) {
      if (followed(id, next)) waitingFor.set(next, waitingFor.get(next)! - 1);
    }
  }
  return order;
}
