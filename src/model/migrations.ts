/**
 * The file format's version history. A file of an older format is brought up to
 * {@link CURRENT_FORMAT} by running, in order, each migration from its version on.
 * Each migration is named and kept forever, like its fixture under tests/fixtures/.
 */

/** The format version this ProcMap reads and writes (`procmap: 1`). */
export const CURRENT_FORMAT = 1;

/** A raw file object, before validation. */
export type RawMap = Record<string, unknown>;

export interface Migration {
  /** Stable name, e.g. `2-rename-owner-to-process-owner`. */
  name: string;
  /** The version this migration reads; it writes `from + 1`. */
  from: number;
  up(raw: RawMap): RawMap;
}

/**
 * Every migration, oldest first. Format 1 is the first published format, so there is
 * nothing to migrate yet; the first change of the format adds `{ from: 1, … }` here.
 */
export const migrations: readonly Migration[] = [];

export type MigrationResult =
  { ok: true; raw: RawMap; applied: string[] } | { ok: false; message: string };

/**
 * Brings `raw`, written in format `version`, up to `target` (the current format) by
 * applying each migration from `version` on, in order.
 *
 * @example migrate({ procmap: 1, processes: [] }, 1) // { ok: true, raw, applied: [] }
 */
export function migrate(
  raw: RawMap,
  version: number,
  list: readonly Migration[] = migrations,
  target: number = CURRENT_FORMAT,
): MigrationResult {
  if (version > target) {
    return {
      ok: false,
      message: `made by a newer ProcMap (format ${version}); this version reads format ${target}`,
    };
  }
  let current = raw;
  const applied: string[] = [];
  for (let v = version; v < target; v += 1) {
    const step = list.find((m) => m.from === v);
    if (!step)
      return {
        ok: false,
        message: `procmap: unknown format ${version}; this version reads format ${target}`,
      };
    current = step.up(current);
    applied.push(step.name);
  }
  return { ok: true, raw: { ...current, procmap: target }, applied };
}
