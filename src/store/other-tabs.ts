/*
 * What keeps two tabs of the editor from silently saving over each other. Every record the
 * autosave writes carries a stamp; a tab writes only over the record it last read or wrote
 * (checked and written under one Web Lock), and tells the other tabs through a
 * BroadcastChannel when it has written, so they know at once that their map is no longer
 * the saved one.
 */

/** The messages tabs send each other: "I saved the record with this stamp". */
export interface TabChannel {
  post(stamp: string): void;
  /** Calls `onSaved` with the stamp another tab saved; returns a function that stops it. */
  listen(onSaved: (stamp: string) => void): () => void;
}

/** Runs `task` while no other tab runs one under the same name. */
export type TabLock = <T>(task: () => Promise<T>) => Promise<T>;

const NAME = 'procmap:autosave';

/** The BroadcastChannel between this origin's tabs, or undefined where there is none. */
export function broadcastChannel(): TabChannel | undefined {
  if (typeof window === 'undefined' || typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(NAME);
  return {
    post: (stamp) => channel.postMessage({ stamp }),
    listen(onSaved) {
      const onMessage = (event: MessageEvent<unknown>) => {
        const data = event.data as { stamp?: unknown } | null;
        if (typeof data?.stamp === 'string') onSaved(data.stamp);
      };
      channel.addEventListener('message', onMessage);
      return () => {
        channel.removeEventListener('message', onMessage);
        channel.close();
      };
    },
  };
}

/** A Web Lock across this origin's tabs; without Web Locks, the task runs as it is. */
export const webLock: TabLock = <T>(task: () => Promise<T>) => {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request(NAME, task) as Promise<T>) : task();
};

/** A stamp no other tab or write uses: this tab's own id and a count. */
export function stampMaker(): () => string {
  const tab =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : Math.random().toString(36).slice(2);
  let count = 0;
  return () => `${tab}:${(count += 1)}`;
}
