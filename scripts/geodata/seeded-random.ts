/**
 * A small seeded pseudo-random generator (mulberry32). The sample roster must come out the same
 * byte for byte on every run and every machine, which Math.random cannot give.
 */

/** A deterministic random source with the few helpers the generators need. */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** A float in [minimum, maximum). */
  between(minimum: number, maximum: number): number;
  /** An integer in [minimum, maximum], both ends included. */
  integerBetween(minimum: number, maximum: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy of a list (Fisher–Yates); the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * Creates a mulberry32 generator. Same seed, same sequence.
 * @example createSeededRandom(42).next() // always the same number in [0, 1)
 */
export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const random: SeededRandom = {
    next,
    between: (minimum, maximum) => minimum + (maximum - minimum) * next(),
    integerBetween: (minimum, maximum) => minimum + Math.floor(next() * (maximum - minimum + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('Cannot pick from an empty list');
      return item;
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = Math.floor(next() * (index + 1));
        const held = copy[index] as (typeof copy)[number];
        copy[index] = copy[other] as (typeof copy)[number];
        copy[other] = held;
      }
      return copy;
    },
  };
  return random;
}
