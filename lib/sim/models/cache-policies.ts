import type { Rng } from '../core/rng';

/** Eviction policies. */
export const POLICIES = ['lru', 'lfu', 'fifo', 'random'] as const;
/** One of {@link POLICIES}. */
export type Policy = (typeof POLICIES)[number];
/** How the UI names each policy: the words, then the abbreviation people say. */
export const POLICY_LABELS: Readonly<Record<Policy, string>> = {
  lru: 'least recently used (LRU)',
  lfu: 'least frequently used (LFU)',
  fifo: 'first in, first out (FIFO)',
  random: 'random',
};

/**
 * A fixed-capacity set of key ids 0..n-1 with an eviction policy; every operation is O(1)
 * (LFU: O(log C), an indexed min-heap on (request count, last use); counts are kept for every key,
 * also after eviction — "perfect LFU", optimal under independent references). No allocation after construction.
 *
 * @example
 * const c = new CacheStore('lru', 1000, 2, createRng(1));
 * c.insert(1); c.insert(2); c.hit(1); c.insert(3); // evicts 2
 */
export class CacheStore {
  size = 0;
  private readonly inCache: Uint8Array;
  // LRU / FIFO: doubly linked list, head = sentinel n (next = most recent)
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  // random: dense array of members
  private readonly members: Int32Array;
  private readonly pos: Int32Array;
  // LFU: indexed heap
  private readonly heap: Int32Array;
  private readonly freq: Float64Array;
  private readonly stamp: Float64Array;
  private clock = 0;

  constructor(
    private readonly policy: Policy,
    n: number,
    private readonly capacity: number,
    private readonly rng: Rng,
  ) {
    this.inCache = new Uint8Array(n);
    const list = policy === 'lru' || policy === 'fifo';
    this.prev = new Int32Array(list ? n + 1 : 0);
    this.next = new Int32Array(list ? n + 1 : 0);
    if (list) this.prev[n] = this.next[n] = n;
    this.members = new Int32Array(policy === 'lfu' || policy === 'random' ? capacity : 0);
    this.pos = new Int32Array(policy === 'lfu' || policy === 'random' ? n : 0);
    this.heap = this.members;
    this.freq = new Float64Array(policy === 'lfu' ? n : 0);
    this.stamp = new Float64Array(policy === 'lfu' ? n : 0);
  }

  /** True if key k is cached. */
  has(k: number): boolean {
    return this.inCache[k] === 1;
  }

  /** Records a hit on cached key k. */
  hit(k: number): void {
    if (this.policy === 'lru') {
      this.unlink(k);
      this.linkFront(k);
    } else if (this.policy === 'lfu') {
      this.freq[k] = (this.freq[k] as number) + 1;
      this.stamp[k] = ++this.clock;
      this.siftDown(this.pos[k] as number);
    }
  }

  /** Inserts key k (not cached); returns the evicted key or −1. */
  insert(k: number): number {
    if (this.capacity === 0) return -1;
    let evicted = -1;
    if (this.size === this.capacity) {
      evicted = this.victim();
      this.remove(evicted);
    }
    this.inCache[k] = 1;
    const i = this.size++;
    if (this.policy === 'lru' || this.policy === 'fifo') this.linkFront(k);
    else {
      this.members[i] = k;
      this.pos[k] = i;
      if (this.policy === 'lfu') {
        this.freq[k] = (this.freq[k] as number) + 1; // counts survive eviction (perfect LFU)
        this.stamp[k] = ++this.clock;
        this.siftUp(i);
      }
    }
    return evicted;
  }

  /** Removes key k if cached. */
  remove(k: number): void {
    if (!this.inCache[k]) return;
    this.inCache[k] = 0;
    const last = --this.size;
    if (this.policy === 'lru' || this.policy === 'fifo') return this.unlink(k);
    const i = this.pos[k] as number;
    const moved = this.members[last] as number;
    this.members[i] = moved;
    this.pos[moved] = i;
    if (this.policy === 'lfu' && i < last) {
      this.siftUp(i);
      this.siftDown(this.pos[moved] as number);
    }
  }

  private victim(): number {
    if (this.policy === 'random') return this.members[this.rng.int(this.size)] as number;
    if (this.policy === 'lfu') return this.heap[0] as number;
    return this.prev[this.prev.length - 1] as number; // least recently used / first in
  }

  private unlink(k: number): void {
    const p = this.prev[k] as number;
    const n = this.next[k] as number;
    this.next[p] = n;
    this.prev[n] = p;
  }

  private linkFront(k: number): void {
    const head = this.prev.length - 1;
    const first = this.next[head] as number;
    this.next[head] = k;
    this.prev[k] = head;
    this.next[k] = first;
    this.prev[first] = k;
  }

  private less(a: number, b: number): boolean {
    const fa = this.freq[a] as number;
    const fb = this.freq[b] as number;
    return fa < fb || (fa === fb && (this.stamp[a] as number) < (this.stamp[b] as number));
  }

  private swap(i: number, j: number): void {
    const a = this.heap[i] as number;
    const b = this.heap[j] as number;
    this.heap[i] = b;
    this.heap[j] = a;
    this.pos[b] = i;
    this.pos[a] = j;
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(this.heap[i] as number, this.heap[p] as number)) break;
      this.swap(i, p);
      i = p;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      let m = i;
      const l = 2 * i + 1;
      const r = l + 1;
      if (l < this.size && this.less(this.heap[l] as number, this.heap[m] as number)) m = l;
      if (r < this.size && this.less(this.heap[r] as number, this.heap[m] as number)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
