/**
 * Counting exactly. A JavaScript number holds every integer up to 2^53 - 1 exactly; past it, sums and
 * products round silently (2^53 + 1 becomes 2^53). Sizes, weight counts and element counts are
 * products and sums of positive integers, whose every partial result is no larger than the final one:
 * so when the final result is a safe integer, every step was exact, and when it is not, the count
 * cannot be trusted. One check of the result is enough, and it is made wherever the runtime forms one.
 */
import { fail } from "./errors.js";

export type notSafe<where extends string, what extends string, got extends string> =
  `${where}: ${what} is about ${got}, past 9,007,199,254,740,991 (2^53 - 1), the largest integer a JavaScript number holds exactly, so it cannot be counted exactly. Fix: make the model smaller (fewer units or filters, smaller inputs).`;
export const notSafe = <where extends string, what extends string, got extends string>(
  where: where,
  what: what,
  got: got,
): notSafe<where, what, got> =>
  `${where}: ${what} is about ${got}, past 9,007,199,254,740,991 (2^53 - 1), the largest integer a JavaScript number holds exactly, so it cannot be counted exactly. Fix: make the model smaller (fewer units or filters, smaller inputs).`;

/** `n` if it is a safe integer, else a ShapeError naming what overflowed (`what`) and where. */
export const checkSafe = (n: number, where: string, what: string, layer?: string): number =>
  Number.isSafeInteger(n) ? n : fail(notSafe(where, what, n.toLocaleString("en-US")), layer);

/** The product of positive integer sizes, checked. */
export const safeProduct = (ds: readonly number[], where: string, what: string, layer?: string): number =>
  checkSafe(ds.reduce((p, d) => p * d, 1), where, what, layer);

/** The sum of non-negative integer counts, checked. */
export const safeSum = (ns: readonly number[], where: string, what: string, layer?: string): number =>
  checkSafe(ns.reduce((s, n) => s + n, 0), where, what, layer);
