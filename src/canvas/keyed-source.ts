import { useCallback, useSyncExternalStore } from 'react';

/**
 * A value for each id, read by the components of those ids. Publishing a new reading tells
 * only the listeners of ids whose value changed (by identity), so a change to one node draws
 * that node again and no other: the canvas's node contents and which nodes draw their
 * details are two such sources.
 */
export interface KeyedSource<V> extends KeyedReader<V> {
  /** Reads every value from `read` from now on. */
  publish(read: (id: string) => V): void;
}

/** What the components of a {@link KeyedSource} read it through. */
export interface KeyedReader<V> {
  get(id: string): V;
  /** Calls `listener` whenever the value of `id` changes; returns the unsubscribe. */
  subscribe(id: string, listener: () => void): () => void;
}

/**
 * @example
 * const detail = createKeyedSource<boolean>(() => true);
 * detail.publish((id) => onScreen.has(id)); // tells the nodes that came on or went off screen
 */
export function createKeyedSource<V>(initial: (id: string) => V): KeyedSource<V> {
  let read = initial;
  const listeners = new Map<string, Set<() => void>>();
  return {
    get: (id) => read(id),
    subscribe(id, listener) {
      let set = listeners.get(id);
      if (!set) listeners.set(id, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(id);
      };
    },
    publish(next) {
      const before = read;
      read = next;
      // forEach, not for…of over entries: no [id, set] pair made for each of a thousand ids.
      listeners.forEach((set, id) => {
        if (before(id) !== next(id)) for (const listener of [...set]) listener();
      });
    },
  };
}

/** The value of `id` in `source`, drawn again only when that value changes. */
export function useKeyedValue<V>(source: KeyedReader<V>, id: string): V {
  const subscribe = useCallback(
    (listener: () => void) => source.subscribe(id, listener),
    [source, id],
  );
  const read = useCallback(() => source.get(id), [source, id]);
  return useSyncExternalStore(subscribe, read);
}
