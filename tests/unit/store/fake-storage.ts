import type { KeyValueStorage } from '../../../src/store/persistence';

/**
 * In-memory storage in place of IndexedDB, that can be told to fail: its writes (a full or
 * blocked IndexedDB) or its next reads (as IndexedDB's can while it opens). Values are
 * copied in and out, as IndexedDB clones them.
 */
export class FakeStorage implements KeyValueStorage {
  values = new Map<string, unknown>();
  writes = 0;
  /** Thrown by every write while set. */
  failWith: unknown;
  /** How many of the next reads fail. */
  failReads = 0;
  async get(key: string) {
    if (this.failReads > 0) {
      this.failReads -= 1;
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    }
    return structuredClone(this.values.get(key));
  }
  async set(key: string, value: unknown) {
    this.writes += 1;
    if (this.failWith !== undefined) throw this.failWith;
    this.values.set(key, structuredClone(value));
  }
}
