/**
 * repeat(n, make): `n` copies of a block, stacked, each with its own weights, as a `for` loop calling
 * `make` would build them. A transformer's N encoder blocks, ResNet's identity blocks of a stage.
 *
 * ```ts
 * repeat(3, () => dense({ units: 8 }))(input({ shape: [8] }));   // SymbolicTensor<[null, 8]>: 3 x 72 params
 * ```
 */
import type { Add as Plus, Gt, IsPositiveInt, Mul, Sub } from "../core/arith.js";
import { fail, type Checked, type ShapeErr } from "../core/errors.js";
import {
  describe,
  type AnyLayer,
  type Apply,
  type BaseLayer,
  type blockDepth,
  type BlockRule,
  type depthKey,
  type Layer,
  type LayerParams,
  type maxNesting,
  type tooDeep,
  type TooDeep,
  type UnknownBlock,
} from "../core/layer.js";
import { checkKeys, checkPositive, type notPositive } from "../core/options.js";
import type { Dim } from "../core/shape.js";
import type { SymbolicTensor } from "../core/tensor.js";
import { CompositeLayer, isLayer } from "./composite.js";
import { notABlock } from "./residual.js";
import { readOptions } from "../core/read-options.js";
import { checkPlacedOnce } from "../core/placement.js";

/**
 * `l` applied `n` times from shape `s`, and the parameters of all copies: `[shape, params]` or the first
 * error. Once a copy gives back the shape it took (a fixed point, as most stacked blocks do), every
 * later copy does the same, so the rest is one multiplication: `repeat(5000, ...)` costs two steps.
 * Shapes that keep changing are followed copy by copy, up to `maxChangingCopies`. Tail recursive.
 */
type repeatFold<l extends AnyLayer, n, s, k extends unknown[] = [], p = 0> = k["length"] extends n
  ? [s, p]
  : k["length"] extends maxChangingCopies
    ? ShapeErr<repeatTooLong<maxChangingCopies>>
    : Apply<l, s> extends infer o
      ? [o] extends [ShapeErr<string>]
        ? o
        : LayerParams<l, s> extends infer q
          ? sameShape<o, s> extends true
            ? [s, Plus<p, Mul<q, Sub<n, k["length"]>>>]
            : repeatFold<l, n, o, [...k, unknown], Plus<p, q>>
          : never
      : never;
/**
 * `repeatFold`'s shape alone: the output needs no parameter count, and folding both at once summed every
 * copy's weights whenever the block's output was asked for (by each layer after it, by a hover of the
 * model's output), about a third of ResNet50's blocks form (issue 17). The count's fold applies the
 * same rules on the same shapes, which the compiler has cached from this one.
 */
type repeatShape<l extends AnyLayer, n, s, k extends unknown[] = []> = k["length"] extends n
  ? s
  : k["length"] extends maxChangingCopies
    ? ShapeErr<repeatTooLong<maxChangingCopies>>
    : Apply<l, s> extends infer o
      ? [o] extends [ShapeErr<string>]
        ? o
        : sameShape<o, s> extends true
          ? s
          : repeatShape<l, n, o, [...k, unknown]>
      : never;
type sameShape<a, b> = [a] extends [b] ? ([b] extends [a] ? true : false) : false;
/** A count the fold can follow: a positive integer literal (a union or a `number` is not known). */
type known<n> = number extends n ? false : IsPositiveInt<n>;

/** How many copies whose shapes keep changing the compiler follows one by one (well within its 1,000-step limit). */
export type maxChangingCopies = 100;
export const maxChangingCopies: maxChangingCopies = 100;
export type repeatTooLong<max extends number> =
  `Repeat: the compiler follows at most ${max} copies whose shapes keep changing, and this block's shapes change at every copy. Fix: split it into repeat blocks of at most ${max} copies, applied one after the other.`;
export const repeatTooLong = <max extends number>(max: max): repeatTooLong<max> =>
  `Repeat: the compiler follows at most ${max} copies whose shapes keep changing, and this block's shapes change at every copy. Fix: split it into repeat blocks of at most ${max} copies, applied one after the other.`;

/** The most copies `repeat` builds: far more than any network stacks, so a larger count is taken for a mistake. */
export type maxCopies = 10000;
export const maxCopies: maxCopies = 10000;
export type tooManyCopies<got extends string, max extends number> =
  `repeat: n is ${got}, more than the ${max} copies repeat builds (a larger count is almost surely a mistake, and would take minutes and gigabytes to build). Fix: use a count of at most ${max}.`;
export const tooManyCopies = <got extends string, max extends number>(got: got, max: max): tooManyCopies<got, max> =>
  `repeat: n is ${got}, more than the ${max} copies repeat builds (a larger count is almost surely a mistake, and would take minutes and gigabytes to build). Fix: use a count of at most ${max}.`;

/**
 * The check of `repeat`'s count, member by member for a union: a positive integer of at most
 * `maxCopies`; a `number` passes (checked at run time). `[number] extends [n]` is also true for the
 * wildcard the compiler puts in place of a helper's own type parameter, so a helper passing its `n`
 * compiles (see `Checked`).
 */
type checkCount<n> = [number] extends [n] ? "ok" : [n] extends [never] ? "ok" : firstBad<n extends unknown ? countError<n> : never>;
type countError<n> = IsPositiveInt<n> extends false
  ? ShapeErr<notPositive<"repeat", "n", `${n & number}`, "how many copies to stack", "3">>
  : Gt<n, maxCopies> extends true
    ? ShapeErr<tooManyCopies<`${n & number}`, maxCopies>>
    : "ok";
type firstBad<r> = [Extract<r, ShapeErr<string>>] extends [never] ? "ok" : Extract<r, ShapeErr<string>>;

export interface RepeatRule<l extends AnyLayer, n> extends BlockRule {
  readonly layer: "Repeat";
  readonly output: known<n> extends true ? repeatShape<l, n, this["input"]> : Dim[];
  readonly blockParams: known<n> extends true ? (repeatFold<l, n, this["input"]> extends readonly [unknown, infer p] ? p : 0) : number;
  readonly weights: [["params", [this["blockParams"]]]];
}

/** The type of `n` stacked copies of a block of type `l`. */
export interface Repeat<l extends AnyLayer, n extends number> extends Layer<RepeatRule<l, n>, undefined, number> {
  readonly className: "Repeat";
  readonly n: n;
  /** @internal */
  readonly [depthKey]: blockDepth<l>;
}

class RepeatLayer extends CompositeLayer {
  readonly #copies: BaseLayer<any>[];
  constructor(n: unknown, make: unknown, name: string | undefined) {
    checkPositive("repeat", "n", n, "how many copies to stack", "3");
    if ((n as number) > maxCopies) fail(tooManyCopies(String(n), maxCopies));
    if (typeof make !== "function") fail(notABlock("repeat", "make", describe(make)));
    const copies: BaseLayer<any>[] = [];
    for (let i = 0; i < (n as number); i++) {
      const l: unknown = (make as (i: number) => unknown)(i);
      if (!isLayer(l)) fail(notABlock("repeat", `make(${i})`, describe(l)));
      copies.push(l as BaseLayer<any>);
    }
    if (new Set(copies).size !== copies.length) fail(sameCopy);
    // Fresh copies may still hold one inner layer (make returning sequential({ layers: [d] }) each time).
    checkPlacedOnce("repeat", copies);
    super({ name }, "Repeat");
    this.#copies = copies;
    Object.assign(this, { n });
  }
  get parts(): readonly BaseLayer<any>[] {
    return this.#copies;
  }
  protected run(x: SymbolicTensor): SymbolicTensor {
    let t = x;
    for (const l of this.#copies) t = l.applyOne(t);
    return t;
  }
}

export type sameCopy = "repeat: make() returned the same layer twice, so the copies would share weights. Fix: create the layer inside make: repeat(3, () => dense({ units: 8 })).";
export const sameCopy: sameCopy = "repeat: make() returned the same layer twice, so the copies would share weights. Fix: create the layer inside make: repeat(3, () => dense({ units: 8 })).";

/**
 * `n` copies of the block that `make` creates, stacked; each copy has its own weights (`make` is
 * called once per copy with its index). The type folds the block's rule `n` times.
 *
 * @example
 * ```ts
 * repeat(3, () => dense({ units: 8, activation: "relu" }))(input({ shape: [8] }));   // SymbolicTensor<[null, 8]>
 * ```
 */
export function repeat<const n extends number, const l extends AnyLayer>(
  n: Checked<checkCount<n>, n>,
  make: Checked<TooDeep<l> extends true ? ShapeErr<tooDeep<"repeat", maxNesting>> : "ok", (i: number) => l>,
  options?: { readonly name?: string },
): TooDeep<l> extends true ? UnknownBlock<"Repeat"> : Repeat<l, n>;
export function repeat(n: unknown, make: unknown, options: unknown = {}): unknown {
  const o = readOptions(options) as { readonly name?: string };
  checkKeys("repeat", o, ["name"]);
  return new RepeatLayer(n, make, o.name);
}
