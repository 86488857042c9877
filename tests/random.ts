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
