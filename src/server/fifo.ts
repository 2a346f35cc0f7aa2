/**
 * A first-in first-out queue with O(1) push and shift. The server's bounded maps keep their
 * age order here rather than by iterating a `Map` from the front: V8 leaves a deleted
 * entry's slot in place until the table is rebuilt, so after many deletions at the front
 * every iteration first walks past all of them (3.6 s for 200,000 evictions from a map of
 * 50,000, against a few milliseconds here).
 */
export class Fifo<T> {
  private items: T[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  peek(): T | undefined {
    return this.items[this.head];
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head]!;
    this.items[this.head] = undefined as T;
    this.head += 1;
    // Drop the used front now and then, so the array stays about as long as the queue.
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}
