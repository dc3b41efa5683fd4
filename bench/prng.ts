// Seeded pseudo-random numbers, so the same seed gives the same corpus on every machine.

/** A function returning floats in [0, 1). */
export type Random = () => number;

/** 32-bit FNV-1a hash of a string, used to derive per-document seeds. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for test data (not for cryptography). */
export function mulberry32(seed: number): Random {
  if (!Number.isInteger(seed)) throw new TypeError(`mulberry32: seed must be an integer, got ${seed}`);
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random integer in [min, max]. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A random element of a non-empty array. */
export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new TypeError("pick: empty array");
  return items[Math.floor(random() * items.length)];
}
