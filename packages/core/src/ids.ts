const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';

function encode(value: number, length: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < length; i += 1) {
    out = alphabet[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

// Random words drawn from a pool filled 512 at a time: one getRandomValues call per id cost more
// than the rest of making it (a webhook delivery makes several ids).
const randomPool = new Uint32Array(512);
let nextRandom = randomPool.length;

function randomWord(): number {
  if (nextRandom >= randomPool.length) {
    crypto.getRandomValues(randomPool);
    nextRandom = 0;
  }
  const word = randomPool[nextRandom] ?? 0;
  nextRandom += 1;
  return word;
}

/** Produces ids that sort in creation order (within one process), used as tie-breakers. */
export type IdGenerator = () => string;

/**
 * Time-ordered ids: 10 characters of milliseconds, 4 of a per-millisecond counter, 8 random.
 * Ids made later in the same process always sort after earlier ones.
 */
export function createIdGenerator(now: () => number = Date.now): IdGenerator {
  let lastTime = 0;
  let counter = 0;
  return () => {
    const time = now();
    if (time > lastTime) {
      lastTime = time;
      counter = 0;
    } else {
      counter += 1;
    }
    return (
      encode(lastTime, 10) +
      encode(counter, 4) +
      encode(randomWord(), 4).slice(0, 4) +
      encode(randomWord(), 4).slice(0, 4)
    );
  };
}
