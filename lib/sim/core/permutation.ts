import { mix32 } from './rng';

const ROUNDS = 4;

/**
 * A keyed pseudo-random bijection of [0, n) with its inverse, in O(1) memory: a 4-round Feistel
 * network on the smallest even number of bits covering n, cycle-walked back into range (fewer
 * than 4 steps on average). Deterministic from `key`.
 *
 * @example
 * const p = new Permutation(1000, 42);
 * p.inverse(p.forward(7)); // 7
 */
export class Permutation {
  private readonly half: number;
  private readonly mask: number;
  private readonly keys: Int32Array;

  constructor(
    private readonly n: number,
    key: number,
  ) {
    let bits = 2;
    while (2 ** bits < n) bits += 2;
    this.half = bits / 2;
    this.mask = 2 ** this.half - 1;
    this.keys = new Int32Array(ROUNDS);
    for (let r = 0; r < ROUNDS; r++) this.keys[r] = mix32(Math.imul(key, 0x9e3779b9) + r * 0x632be5ab + 1);
  }

  private round(x: number, r: number): number {
    return (mix32(x ^ (this.keys[r] as number)) >>> 0) & this.mask;
  }

  private encrypt(x: number): number {
    let left = x >>> this.half;
    let right = x & this.mask;
    for (let r = 0; r < ROUNDS; r++) {
      const next = left ^ this.round(right, r);
      left = right;
      right = next;
    }
    return left * 2 ** this.half + right;
  }

  private decrypt(y: number): number {
    let left = y >>> this.half;
    let right = y & this.mask;
    for (let r = ROUNDS - 1; r >= 0; r--) {
      const prev = right ^ this.round(left, r);
      right = left;
      left = prev;
    }
    return left * 2 ** this.half + right;
  }

  /** Image of x ∈ [0, n). */
  forward(x: number): number {
    let y = this.encrypt(x);
    while (y >= this.n) y = this.encrypt(y);
    return y;
  }

  /** The x with forward(x) = y. */
  inverse(y: number): number {
    let x = this.decrypt(y);
    while (x >= this.n) x = this.decrypt(x);
    return x;
  }
}
