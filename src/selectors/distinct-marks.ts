/**
 * Counting distinct ids (agreements, partner economies) in every filter input's pass over the ties,
 * without a Set per pass: each id is numbered once, the first time it is seen (`numberOf`), and a
 * pass marks the numbers it meets in one typed array kept between passes. With 100 copies of every
 * tie (`npm run bench`), the Sets these passes filled were what made a filter input at that scale
 * settle a frame later than at real data (fifteenth pass of e2e/bench/README.md).
 *
 * A pass names its buckets (a tie type, a stage…): a number counts once per bucket.
 */

/** Every id ever seen, numbered in order. Ids are few (one per agreement and economy) and kept for the page's life. */
const numbers = new Map<string, number>();
/** marks[number * buckets + bucket] holds the last pass that met the number in that bucket. */
let marks = new Uint32Array(1024);
let lastPass = 0;

/** The id's number, the same for the page's life. */
export function numberOf(id: string): number {
  let n = numbers.get(id);
  if (n === undefined) numbers.set(id, (n = numbers.size));
  return n;
}

/**
 * Starts a pass over `buckets` buckets and returns its test: true the first time a number (from
 * `numberOf`) is met in a bucket during this pass, false after. Passes do not overlap: finish with
 * one before starting the next.
 */
export function distinctPass(buckets: number): (n: number, bucket: number) => boolean {
  if (lastPass === 0xffffffff) {
    marks.fill(0);
    lastPass = 0;
  }
  const pass = ++lastPass;
  return (n, bucket) => {
    const at = n * buckets + bucket;
    if (at >= marks.length) {
      const grown = new Uint32Array(Math.max(marks.length * 2, at + 1));
      grown.set(marks);
      marks = grown;
    }
    if (marks[at] === pass) return false;
    marks[at] = pass;
    return true;
  };
}
