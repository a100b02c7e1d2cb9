// Memory for per-token arrays: where tokenize and the matchers get their Int32Arrays.

// Per-token numbers live in Int32Arrays carved out of a shared buffer. A typed array of its own
// costs an allocation outside V8's heap (microseconds for a small draft), and plain arrays are
// slow to fill once they pass about 16,000 elements; a view on a shared buffer costs neither.
// Views are handed out once and never reused, so whatever holds one keeps it; a buffer goes away
// with the last view on it. (64 KB buffers: larger ones cost more to get from the system.)
const ARENA_BYTES = 1 << 16;
let arena = new ArrayBuffer(ARENA_BYTES);
let arenaUsed = 0;

// Inside scratch() views come from one buffer used again by every such call instead: nothing it
// hands out may outlive the call (detect() keeps no per-token array in its verdict). That saves
// getting fresh zeroed memory from the system for every draft. Arrays of a long text (over 32 KB
// each) still get their own.
const SCRATCH_BYTES = 1 << 18;
const scratchBuffer = new ArrayBuffer(SCRATCH_BYTES);
let scratchUsed = 0;
let inScratch = false;

/**
 * Runs fn with per-token arrays taken from reused memory: fn's result must hold none of them (or
 * anything that does). A call inside another shares the outer one's memory.
 */
export function scratch<T>(fn: () => T): T {
  if (inScratch) return fn();
  inScratch = true;
  scratchUsed = 0;
  try {
    return fn();
  } finally {
    inScratch = false;
  }
}

/** A zero-filled Int32Array of length n. */
export function ints(n: number): Int32Array {
  const bytes = n * 4;
  if (inScratch && bytes <= SCRATCH_BYTES >> 3 && scratchUsed + bytes <= SCRATCH_BYTES) {
    const view = new Int32Array(scratchBuffer, scratchUsed, n).fill(0);
    scratchUsed += bytes;
    return view;
  }
  if (bytes > ARENA_BYTES >> 2) return new Int32Array(n); // a long text: worth its own allocation
  if (arenaUsed + bytes > ARENA_BYTES) {
    arena = new ArrayBuffer(ARENA_BYTES);
    arenaUsed = 0;
  }
  const view = new Int32Array(arena, arenaUsed, n);
  arenaUsed += bytes;
  return view;
}

/** A copy of list in a longer zero-filled array. */
export function grown(list: Int32Array, size: number): Int32Array {
  const out = ints(size);
  out.set(list);
  return out;
}
