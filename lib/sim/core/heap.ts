/**
 * Future-event list: a binary min-heap ordered by (time, sequence number), stored in parallel
 * typed arrays so that pushing and popping an event allocates nothing. Events with equal times
 * pop in the order they were scheduled (FIFO), which keeps runs deterministic.
 *
 * @example
 * const h = new EventHeap();
 * h.push(5, 1, 42);
 * h.push(2, 0, 7);
 * h.pop(); // true; now h.time === 2, h.kind === 0, h.data === 7
 */
export class EventHeap {
  /** Number of pending events. */
  size = 0;
  /** Time of the event last popped. */
  time = 0;
  /** Kind of the event last popped. */
  kind = 0;
  /** Payload of the event last popped. */
  data = 0;
  private seq = 0;
  private t: Float64Array;
  private s: Float64Array;
  private k: Int32Array;
  private d: Int32Array;

  constructor(capacity = 1024) {
    this.t = new Float64Array(capacity);
    this.s = new Float64Array(capacity);
    this.k = new Int32Array(capacity);
    this.d = new Int32Array(capacity);
  }

  /** Time of the earliest pending event (Infinity when empty). */
  peekTime(): number {
    return this.size > 0 ? (this.t[0] as number) : Infinity;
  }

  /** Schedules an event of `kind` with integer payload `data` at `time`. */
  push(time: number, kind: number, data: number): void {
    if (this.size === this.t.length) this.grow();
    const t = this.t;
    const s = this.s;
    const k = this.k;
    const d = this.d;
    const seq = this.seq++;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = t[p] as number;
      if (pt < time || (pt === time && (s[p] as number) < seq)) break;
      t[i] = pt;
      s[i] = s[p] as number;
      k[i] = k[p] as number;
      d[i] = d[p] as number;
      i = p;
    }
    t[i] = time;
    s[i] = seq;
    k[i] = kind;
    d[i] = data;
  }

  /** Removes the earliest event into `time`, `kind`, `data`; false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const t = this.t;
    const s = this.s;
    const k = this.k;
    const d = this.d;
    this.time = t[0] as number;
    this.kind = k[0] as number;
    this.data = d[0] as number;
    const n = --this.size;
    if (n === 0) return true;
    const lt = t[n] as number;
    const ls = s[n] as number;
    const lk = k[n] as number;
    const ld = d[n] as number;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n) {
        const ct = t[c] as number;
        const rt = t[r] as number;
        if (rt < ct || (rt === ct && (s[r] as number) < (s[c] as number))) c = r;
      }
      const ct = t[c] as number;
      if (lt < ct || (lt === ct && ls < (s[c] as number))) break;
      t[i] = ct;
      s[i] = s[c] as number;
      k[i] = k[c] as number;
      d[i] = d[c] as number;
      i = c;
    }
    t[i] = lt;
    s[i] = ls;
    k[i] = lk;
    d[i] = ld;
    return true;
  }

  private grow(): void {
    const cap = this.t.length * 2;
    const t = new Float64Array(cap);
    const s = new Float64Array(cap);
    const k = new Int32Array(cap);
    const d = new Int32Array(cap);
    t.set(this.t);
    s.set(this.s);
    k.set(this.k);
    d.set(this.d);
    this.t = t;
    this.s = s;
    this.k = k;
    this.d = d;
  }
}
