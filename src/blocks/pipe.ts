/**
 * pipe(x, f, g, h): threads a tensor through layers, blocks and helper functions in turn, `h(g(f(x)))`,
 * with the exact type at each step and an error at the step that cannot take its input.
 *
 * ```ts
 * pipe(input({ shape: [3] }), dense({ units: 4 }), dense({ units: 1 }));   // SymbolicTensor<[null, 1]>
 * ```
 */
import { fail } from "../core/errors.js";
import { describe, type MultiRule, type Output, type Outputs, type outputTensors, type ruleKey, type runOutputs, type shapeOf } from "../core/layer.js";
import type { Dim } from "../core/shape.js";
import type { SymbolicTensor } from "../core/tensor.js";

export type notAStep<k extends string, got extends string> =
  `pipe: step ${k} must be a layer or a function of a tensor, but got ${got}. Fix: pass layers such as dense({ units: 4 }) or helpers (x) => ...`;
export const notAStep = <k extends string, got extends string>(k: k, got: got): notAStep<k, got> =>
  `pipe: step ${k} must be a layer or a function of a tensor, but got ${got}. Fix: pass layers such as dense({ units: 4 }) or helpers (x) => ...`;

/**
 * A step's parameter type: a function of the tensor before it (`a`), its own type captured as `f`.
 *
 * Used by pipe's second set of signatures, tried only when the first, `(a: A) => B` per step, fails: that
 * one keeps an ordinary pipe's types and cost (a helper generic over its tensor, `pipe(x, dense(...))`,
 * is exact there and `unknown` here), but fails on a step typed as a union of layers: the compiler
 * infers `B` from each member's call signature with its type parameters erased to their constraints
 * (junk: a "list of ? tensors" for the input), and from several candidates keeps one, not their union.
 * Here the function part only checks the step (each member of a union is called on `a` and must take
 * it, so a member that cannot is the error, with its sentence), and `f` is captured through
 * `captured<f>`, which the compiler infers from but which checks as `unknown`; the output is computed
 * from `f` by `stepOutput`. A layer or a generic helper written as the step is still instantiated on
 * `a` first (its contextual type has one call signature), so `f` is then that instantiation, and a
 * helper `(t) => ...` still gets `a` as its parameter's type.
 */
export type step<a, f> = ((x: noInfer<a>) => unknown) & captured<f> & NotOneSignature;
/**
 * An optional member that no step has, so that a step's contextual type is an intersection, not a type
 * of one call signature: the compiler then takes a layer written as the step as it is (`f` is the layer,
 * whose output `stepOutput` reads by its rule), instead of first instantiating its call on `a`. In a
 * helper generic over its tensor that instantiation was a function type from whose return type the
 * compiler inferred nothing (`f extends (...x: never) => infer o` was false), so the pipe was `unknown`.
 * A lambda `(t) => ...` still gets `a` as its parameter's type, from the intersection's call signature.
 */
interface NotOneSignature {
  readonly [notOneSignatureKey]?: never;
}
declare const notOneSignatureKey: unique symbol;
/** `f` for inference (the compiler infers into both branches), `unknown` once `f` is known. */
type captured<f> = f extends never ? f : unknown;
/**
 * `a` where the compiler does not infer it (TypeScript 5.3 has no `NoInfer`): the tensor comes from
 * the step before, never from what a step's erased call signature would take.
 */
type noInfer<a> = [a][a extends any ? 0 : never];
/**
 * A step's type before the compiler inferred it. It infers in two passes: the first skips a layer or a
 * helper that it must instantiate on its input, and then checks the other steps with what it has; a
 * failed call is typed from such a first pass. The step after one not yet inferred takes `never`,
 * which every step takes, not `unknown`, which none takes (a union of layers after a layer was a false
 * error); the pipe's result is then `unknown`, as before.
 */
declare const notInferredKey: unique symbol;
interface NotInferred {
  readonly [notInferredKey]: true;
}
/** The input of the step after `f`: `f`'s output on `a`, or `never` while `f` is not inferred. */
export type stepInput<f, a> = [f] extends [NotInferred] ? never : stepOutput<f, a>;
/**
 * What step `f` gives on `a`. A function (a layer or helper instantiated on `a`, a lambda): its return
 * type. A layer, model or block typed as a union (a variable `c ? dense(...) : lstm(...)`), whose call
 * signatures the compiler would read erased: each member's output by its rule, as its call gives it.
 */
export type stepOutput<f, a> = f extends { readonly [ruleKey]: infer r }
  ? layerOutput<f, r, a>
  : f extends (...x: never) => infer o
    ? o
    : unknown;
// `SymbolicTensor<any>`, not `SymbolicTensor`: in a helper generic over its tensor, `SymbolicTensor<S>` is
// then known to be a tensor (the step's output reads `SymbolicTensor<Output<Dense<4>, S>>`), where the
// compiler deferred the test against `SymbolicTensor<Shape>` and the helper's hover spelled it out.
type layerOutput<l, r, a> = [a] extends [SymbolicTensor<any>]
  ? r extends MultiRule
    ? Outputs<l, shapeOf<a>>
    : SymbolicTensor<Output<l, shapeOf<a>>>
  : // A list (a merge's input): the output's rank is not known here; each member's call checked the list.
    r extends MultiRule
    ? outputTensors<runOutputs<r, Dim[]>>
    : SymbolicTensor<Dim[]>;

/**
 * Applies each step to the result of the one before: `pipe(x, f, g)` is `g(f(x))`. A step is a layer,
 * a block, or a function of a tensor (a helper). Up to 12 steps; chain pipes for more. A step may be a
 * union of layers (`c ? dense({ units: 4 }) : dense({ units: 8 })`): its output is the union of the
 * members' outputs, and a member that cannot take the input is the error.
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
// A step typed as a union of layers (see `step`): tried when the signatures above fail, so that an ordinary
// pipe (layers, generic helpers, lambdas) is typed and costs as before.
export function pipe<A, F1 = NotInferred>(x: A, f1: step<A, F1>): stepOutput<F1, A>;
export function pipe<A, F1 = NotInferred, F2 = NotInferred>(x: A, f1: step<A, F1>, f2: step<stepInput<F1, A>, F2>): stepOutput<F2, stepOutput<F1, A>>;
export function pipe<A, F1 = NotInferred, F2 = NotInferred, F3 = NotInferred>(x: A, f1: step<A, F1>, f2: step<stepInput<F1, A>, F2>, f3: step<stepInput<F2, stepOutput<F1, A>>, F3>): stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>;
export function pipe<A, F1 = NotInferred, F2 = NotInferred, F3 = NotInferred, F4 = NotInferred>(x: A, f1: step<A, F1>, f2: step<stepInput<F1, A>, F2>, f3: step<stepInput<F2, stepOutput<F1, A>>, F3>, f4: step<stepInput<F3, stepOutput<F2, stepOutput<F1, A>>>, F4>): stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>;
export function pipe<A, F1 = NotInferred, F2 = NotInferred, F3 = NotInferred, F4 = NotInferred, F5 = NotInferred>(x: A, f1: step<A, F1>, f2: step<stepInput<F1, A>, F2>, f3: step<stepInput<F2, stepOutput<F1, A>>, F3>, f4: step<stepInput<F3, stepOutput<F2, stepOutput<F1, A>>>, F4>, f5: step<stepInput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>, F5>): stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>;
export function pipe<A, F1 = NotInferred, F2 = NotInferred, F3 = NotInferred, F4 = NotInferred, F5 = NotInferred, F6 = NotInferred>(x: A, f1: step<A, F1>, f2: step<stepInput<F1, A>, F2>, f3: step<stepInput<F2, stepOutput<F1, A>>, F3>, f4: step<stepInput<F3, stepOutput<F2, stepOutput<F1, A>>>, F4>, f5: step<stepInput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>, F5>, f6: step<stepInput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>, F6>): stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>;
export function pipe<A, F1 = NotInferred, F2 = NotInferred, F3 = NotInferred, F4 = NotInferred, F5 = NotInferred, F6 = NotInferred, F7 = NotInferred>(x: A, f1: step<A, F1>, f2: step<stepInput<F1, A>, F2>, f3: step<stepInput<F2, stepOutput<F1, A>>, F3>, f4: step<stepInput<F3, stepOutput<F2, stepOutput<F1, A>>>, F4>, f5: step<stepInput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>, F5>, f6: step<stepInput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>, F6>, f7: step<stepInput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>, F7>): stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>;
export function pipe<A, F1 = NotInferred, F2 = NotInferred, F3 = NotInferred, F4 = NotInferred, F5 = NotInferred, F6 = NotInferred, F7 = NotInferred, F8 = NotInferred>(x: A, f1: step<A, F1>, f2: step<stepInput<F1, A>, F2>, f3: step<stepInput<F2, stepOutput<F1, A>>, F3>, f4: step<stepInput<F3, stepOutput<F2, stepOutput<F1, A>>>, F4>, f5: step<stepInput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>, F5>, f6: step<stepInput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>, F6>, f7: step<stepInput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>, F7>, f8: step<stepInput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>, F8>): stepOutput<F8, stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>>;
export function pipe<A, F1 = NotInferred, F2 = NotInferred, F3 = NotInferred, F4 = NotInferred, F5 = NotInferred, F6 = NotInferred, F7 = NotInferred, F8 = NotInferred, F9 = NotInferred>(x: A, f1: step<A, F1>, f2: step<stepInput<F1, A>, F2>, f3: step<stepInput<F2, stepOutput<F1, A>>, F3>, f4: step<stepInput<F3, stepOutput<F2, stepOutput<F1, A>>>, F4>, f5: step<stepInput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>, F5>, f6: step<stepInput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>, F6>, f7: step<stepInput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>, F7>, f8: step<stepInput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>, F8>, f9: step<stepInput<F8, stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>>, F9>): stepOutput<F9, stepOutput<F8, stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>>>;
export function pipe<A, F1 = NotInferred, F2 = NotInferred, F3 = NotInferred, F4 = NotInferred, F5 = NotInferred, F6 = NotInferred, F7 = NotInferred, F8 = NotInferred, F9 = NotInferred, F10 = NotInferred>(x: A, f1: step<A, F1>, f2: step<stepInput<F1, A>, F2>, f3: step<stepInput<F2, stepOutput<F1, A>>, F3>, f4: step<stepInput<F3, stepOutput<F2, stepOutput<F1, A>>>, F4>, f5: step<stepInput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>, F5>, f6: step<stepInput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>, F6>, f7: step<stepInput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>, F7>, f8: step<stepInput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>, F8>, f9: step<stepInput<F8, stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>>, F9>, f10: step<stepInput<F9, stepOutput<F8, stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>>>, F10>): stepOutput<F10, stepOutput<F9, stepOutput<F8, stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>>>>;
export function pipe<A, F1 = NotInferred, F2 = NotInferred, F3 = NotInferred, F4 = NotInferred, F5 = NotInferred, F6 = NotInferred, F7 = NotInferred, F8 = NotInferred, F9 = NotInferred, F10 = NotInferred, F11 = NotInferred>(x: A, f1: step<A, F1>, f2: step<stepInput<F1, A>, F2>, f3: step<stepInput<F2, stepOutput<F1, A>>, F3>, f4: step<stepInput<F3, stepOutput<F2, stepOutput<F1, A>>>, F4>, f5: step<stepInput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>, F5>, f6: step<stepInput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>, F6>, f7: step<stepInput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>, F7>, f8: step<stepInput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>, F8>, f9: step<stepInput<F8, stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>>, F9>, f10: step<stepInput<F9, stepOutput<F8, stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>>>, F10>, f11: step<stepInput<F10, stepOutput<F9, stepOutput<F8, stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>>>>, F11>): stepOutput<F11, stepOutput<F10, stepOutput<F9, stepOutput<F8, stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>>>>>;
export function pipe<A, F1 = NotInferred, F2 = NotInferred, F3 = NotInferred, F4 = NotInferred, F5 = NotInferred, F6 = NotInferred, F7 = NotInferred, F8 = NotInferred, F9 = NotInferred, F10 = NotInferred, F11 = NotInferred, F12 = NotInferred>(x: A, f1: step<A, F1>, f2: step<stepInput<F1, A>, F2>, f3: step<stepInput<F2, stepOutput<F1, A>>, F3>, f4: step<stepInput<F3, stepOutput<F2, stepOutput<F1, A>>>, F4>, f5: step<stepInput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>, F5>, f6: step<stepInput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>, F6>, f7: step<stepInput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>, F7>, f8: step<stepInput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>, F8>, f9: step<stepInput<F8, stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>>, F9>, f10: step<stepInput<F9, stepOutput<F8, stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>>>, F10>, f11: step<stepInput<F10, stepOutput<F9, stepOutput<F8, stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>>>>, F11>, f12: step<stepInput<F11, stepOutput<F10, stepOutput<F9, stepOutput<F8, stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>>>>>, F12>): stepOutput<F12, stepOutput<F11, stepOutput<F10, stepOutput<F9, stepOutput<F8, stepOutput<F7, stepOutput<F6, stepOutput<F5, stepOutput<F4, stepOutput<F3, stepOutput<F2, stepOutput<F1, A>>>>>>>>>>>>;
export function pipe(x: unknown, ...steps: unknown[]): unknown {
  return steps.reduce((t, f, k) => (typeof f === "function" ? (f as (t: unknown) => unknown)(t) : fail(notAStep(String(k + 1), describe(f)))), x);
}
