// Randomised tests share one deterministic pseudo-random sequence, so a failure can be replayed
// from its seed (a linear congruential generator: small, and the same on every machine).

/** Numbers in [0, 1), the same sequence for the same seed. */
export function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

/** A whole number in [0, n). */
export const below = (next: () => number, n: number): number => Math.floor(next() * n);

/** Fewer than `maxPieces` pieces drawn from `pieces`, joined. */
export function randomText(next: () => number, pieces: readonly string[], maxPieces: number): string {
  let text = '';
  const length = below(next, maxPieces);
  for (let i = 0; i < length; i++) text += pieces[below(next, pieces.length)];
  return text;
}

/** A range [from, to) of a text of `length` characters, possibly empty. */
export function randomRange(next: () => number, length: number): [from: number, to: number] {
  const from = below(next, length + 1);
  return [from, from + below(next, length - from + 1)];
}
