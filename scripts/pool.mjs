// One pool for the scripts that run many single-threaded child processes (type checks, examples, the
// budget check, the consumer matrix): as many at a time as asked, results kept in job order.
import { availableParallelism } from "node:os";

/**
 * Runs `jobs` (functions that return a promise) `limit` at a time. `inOrder(result, i)` is called for
 * each result in job order, as soon as it and every one before it are done, so output printed there
 * reads as if the jobs had run one by one. Resolves to the results, in job order.
 * @template T
 * @param {readonly (() => Promise<T>)[]} jobs
 * @param {number} [limit]
 * @param {(result: T, i: number) => void} [inOrder]
 * @returns {Promise<T[]>}
 */
export const pool = async (jobs, limit = availableParallelism(), inOrder = () => {}) => {
  /** @type {T[]} */
  const results = new Array(jobs.length);
  const done = new Array(jobs.length).fill(false);
  let next = 0;
  let reported = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
      done[i] = true;
      for (; reported < jobs.length && done[reported]; reported++) inOrder(results[reported], reported);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, worker));
  return results;
};
