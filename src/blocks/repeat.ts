/**
 * repeat(n, make): `n` copies of a block, stacked, each with its own weights, as a `for` loop calling
 * `make` would build them. A transformer's N encoder blocks, ResNet's identity blocks of a stage.
 *
 * ```ts
 * repeat(3, () => dense({ units: 8 }))(input({ shape: [8] }));   // SymbolicTensor<[null, 8]>: 3 x 72 params
 * ```
 */
import type { Add as Plus, IsPositiveInt } from "../core/arith.js";
import { fail, type ShapeErr } from "../core/errors.js";
import { describe, type AnyLayer, type Apply, type BaseLayer, type Layer, type LayerParams, type Rule } from "../core/layer.js";
import { checkKeys, checkPositive } from "../core/options.js";
import type { Dim } from "../core/shape.js";
import type { SymbolicTensor } from "../core/tensor.js";
import { CompositeLayer, isLayer } from "./composite.js";
import { notABlock } from "./residual.js";
import { readOptions } from "../core/read-options.js";
import { checkPlacedOnce, MAX_COPIES, tooManyCopies } from "../core/placement.js";

/** `l` applied `n` times from shape `s`, and the parameters of all copies: `[shape, params]` or the first error. Tail recursive. */
type repeatFold<l extends AnyLayer, n, s, k extends unknown[] = [], p = 0> = k["length"] extends n
  ? [s, p]
  : Apply<l, s> extends infer o
    ? [o] extends [ShapeErr<string>]
      ? o
      : repeatFold<l, n, o, [...k, unknown], Plus<p, LayerParams<l, s>>>
    : never;
type known<n> = number extends n ? false : IsPositiveInt<n>;

export interface RepeatRule<l extends AnyLayer, n> extends Rule {
  readonly layer: "Repeat";
  readonly output: known<n> extends true ? (repeatFold<l, n, this["input"]> extends infer r ? (r extends readonly [infer s, unknown] ? s : r) : never) : Dim[];
  readonly weights: [["params", [known<n> extends true ? (repeatFold<l, n, this["input"]> extends readonly [unknown, infer p] ? p : 0) : number]]];
}

/** The type of `n` stacked copies of a block of type `l`. */
export interface Repeat<l extends AnyLayer, n extends number> extends Layer<RepeatRule<l, n>, undefined> {
  readonly className: "Repeat";
  readonly n: n;
}

class RepeatLayer extends CompositeLayer {
  readonly #copies: BaseLayer<any>[];
  constructor(n: unknown, make: unknown, name: string | undefined) {
    checkPositive("repeat", "n", n, "how many copies to stack", "3");
    if ((n as number) > MAX_COPIES) fail(tooManyCopies(String(n), "100,000"));
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
    return this.#copies.reduce((t, l) => l.apply(t), x);
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
export function repeat<const n extends number, const l extends AnyLayer>(n: n, make: (i: number) => l, options?: { readonly name?: string }): Repeat<l, n>;
export function repeat(n: unknown, make: unknown, options: unknown = {}): unknown {
  const o = readOptions(options) as { readonly name?: string };
  checkKeys("repeat", o, ["name"]);
  return new RepeatLayer(n, make, o.name);
}
