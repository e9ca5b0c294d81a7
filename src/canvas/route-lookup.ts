import type { Point } from '../model/types';

/** How many layers of changed routes a lookup keeps before it folds them into one map. */
const MAX_DEPTH = 8;

let lastSerial = 0;

/**
 * The route of each flow by flow id, as the canvas's builders hand them on. A lookup made
 * from another by re-routing a few flows ({@link RouteLookup.with}) shares the other's
 * routes instead of copying thousands of them, and names the flows it re-routed, so that
 * what follows can look at those alone.
 *
 * @example
 * const moved = routes.with(new Map([['f1', route]]));
 * moved.changes; // { since: routes.serial, ids: ['f1'] }
 */
export class RouteLookup {
  /** Tells lookups apart without holding on to them. */
  readonly serial = ++lastSerial;

  private constructor(
    private readonly own: ReadonlyMap<string, Point[]>,
    private readonly below: RouteLookup | undefined,
    private readonly depth: number,
    /** The flows re-routed since the lookup with serial `since`, when made from it. */
    readonly changes?: { since: number; ids: readonly string[] },
  ) {}

  static of(routes: ReadonlyMap<string, Point[]>): RouteLookup {
    return new RouteLookup(routes, undefined, 0);
  }

  get(id: string): Point[] | undefined {
    return this.own.get(id) ?? this.below?.get(id);
  }

  /** These routes with `rerouted` in place of theirs, for the same flows. */
  with(rerouted: ReadonlyMap<string, Point[]>): RouteLookup {
    const changes = { since: this.serial, ids: [...rerouted.keys()] };
    if (this.depth < MAX_DEPTH) return new RouteLookup(rerouted, this, this.depth + 1, changes);
    const all = new Map<string, Point[]>();
    this.collect(all);
    for (const [id, route] of rerouted) all.set(id, route);
    return new RouteLookup(all, undefined, 0, changes);
  }

  /** Every route, oldest layer first, so later ones overwrite. */
  private collect(into: Map<string, Point[]>): void {
    this.below?.collect(into);
    for (const [id, route] of this.own) into.set(id, route);
  }
}
