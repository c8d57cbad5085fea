/**
 * pipe(x, f, g, h): threads a tensor through layers, blocks and helper functions in turn, `h(g(f(x)))`,
 * with the exact type at each step and an error at the step that cannot take its input.
 *
 * ```ts
 * pipe(input({ shape: [3] }), dense({ units: 4 }), dense({ units: 1 }));   // SymbolicTensor<[null, 1]>
 * ```
 */
import { fail } from "../core/errors.js";
import { describe } from "../core/layer.js";

export type notAStep<k extends string, got extends string> =
  `pipe: step ${k} must be a layer or a function of a tensor, but got ${got}. Fix: pass layers such as dense({ units: 4 }) or helpers (x) => ...`;
export const notAStep = <k extends string, got extends string>(k: k, got: got): notAStep<k, got> =>
  `pipe: step ${k} must be a layer or a function of a tensor, but got ${got}. Fix: pass layers such as dense({ units: 4 }) or helpers (x) => ...`;

/**
 * Applies each step to the result of the one before: `pipe(x, f, g)` is `g(f(x))`. A step is a layer,
 * a block, or a function of a tensor (a helper). Up to 12 steps; chain pipes for more.
 *
 * @example
 * ```ts
 * const convBn = <S extends Shape>(x: SymbolicTensor<S>) => batchNormalization()(conv2d({ filters: 32, kernelSize: 3 })(x));
 * pipe(input({ shape: [32, 32, 3] }), convBn, convBn, flatten());    // SymbolicTensor<[null, 25088]>
 * ```
 */
export function pipe<A>(x: A): A;
export function pipe<A, B>(x: A, f1: (a: A) => B): B;
export function pipe<A, B, C>(x: A, f1: (a: A) => B, f2: (b: B) => C): C;
export function pipe<A, B, C, D>(x: A, f1: (a: A) => B, f2: (b: B) => C, f3: (c: C) => D): D;
export function pipe<A, B, C, D, E>(x: A, f1: (a: A) => B, f2: (b: B) => C, f3: (c: C) => D, f4: (d: D) => E): E;
export function pipe<A, B, C, D, E, F>(x: A, f1: (a: A) => B, f2: (b: B) => C, f3: (c: C) => D, f4: (d: D) => E, f5: (e: E) => F): F;
export function pipe<A, B, C, D, E, F, G>(x: A, f1: (a: A) => B, f2: (b: B) => C, f3: (c: C) => D, f4: (d: D) => E, f5: (e: E) => F, f6: (f: F) => G): G;
export function pipe<A, B, C, D, E, F, G, H>(x: A, f1: (a: A) => B, f2: (b: B) => C, f3: (c: C) => D, f4: (d: D) => E, f5: (e: E) => F, f6: (f: F) => G, f7: (g: G) => H): H;
export function pipe<A, B, C, D, E, F, G, H, I>(x: A, f1: (a: A) => B, f2: (b: B) => C, f3: (c: C) => D, f4: (d: D) => E, f5: (e: E) => F, f6: (f: F) => G, f7: (g: G) => H, f8: (h: H) => I): I;
export function pipe<A, B, C, D, E, F, G, H, I, J>(x: A, f1: (a: A) => B, f2: (b: B) => C, f3: (c: C) => D, f4: (d: D) => E, f5: (e: E) => F, f6: (f: F) => G, f7: (g: G) => H, f8: (h: H) => I, f9: (i: I) => J): J;
export function pipe<A, B, C, D, E, F, G, H, I, J, K>(x: A, f1: (a: A) => B, f2: (b: B) => C, f3: (c: C) => D, f4: (d: D) => E, f5: (e: E) => F, f6: (f: F) => G, f7: (g: G) => H, f8: (h: H) => I, f9: (i: I) => J, f10: (j: J) => K): K;
export function pipe<A, B, C, D, E, F, G, H, I, J, K, L>(x: A, f1: (a: A) => B, f2: (b: B) => C, f3: (c: C) => D, f4: (d: D) => E, f5: (e: E) => F, f6: (f: F) => G, f7: (g: G) => H, f8: (h: H) => I, f9: (i: I) => J, f10: (j: J) => K, f11: (k: K) => L): L;
export function pipe<A, B, C, D, E, F, G, H, I, J, K, L, M>(x: A, f1: (a: A) => B, f2: (b: B) => C, f3: (c: C) => D, f4: (d: D) => E, f5: (e: E) => F, f6: (f: F) => G, f7: (g: G) => H, f8: (h: H) => I, f9: (i: I) => J, f10: (j: J) => K, f11: (k: K) => L, f12: (l: L) => M): M;
export function pipe(x: unknown, ...steps: unknown[]): unknown {
  return steps.reduce((t, f, k) => (typeof f === "function" ? (f as (t: unknown) => unknown)(t) : fail(notAStep(String(k + 1), describe(f)))), x);
}
