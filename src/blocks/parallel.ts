/**
 * parallel(branches, { axis }): Inception-style branches as one layer: every branch takes the same
 * input, and their outputs are joined with Concatenate (on the last axis by default).
 *
 * ```ts
 * parallel([conv2d({ filters: 64, kernelSize: 1 }), conv2d({ filters: 32, kernelSize: 3, padding: "same" })])(x);
 * // x: (None, 28, 28, 192)  ->  SymbolicTensor<[null, 28, 28, 96]>
 * ```
 */
import type { Add as Plus } from "../core/arith.js";
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
  type mergeShapes,
  type tooDeep,
  type TooDeep,
  type UnknownBlock,
} from "../core/layer.js";
import type { SymbolicTensor } from "../core/tensor.js";
import { concatenate, type ConcatenateRule } from "../layers/merging/concatenate.js";
import { CompositeLayer, isLayer } from "./composite.js";
import { notABlock } from "./residual.js";
import { checkKeys } from "../core/options.js";
import { readOptions } from "../core/read-options.js";
import { checkPlacedOnce } from "../core/placement.js";

/** The branches' outputs on input `s`, or the first branch's error. Tail recursive. */
type branchShapes<bs extends readonly AnyLayer[], s, acc extends unknown[] = []> = bs extends readonly [
  infer b extends AnyLayer,
  ...infer rest extends readonly AnyLayer[],
]
  ? Apply<b, s> extends infer o
    ? [o] extends [ShapeErr<string>]
      ? o
      : branchShapes<rest, s, [...acc, o]>
    : never
  : acc;
type branchParams<bs extends readonly AnyLayer[], s, acc = 0> = bs extends readonly [
  infer b extends AnyLayer,
  ...infer rest extends readonly AnyLayer[],
]
  ? LayerParams<b, s> extends infer n
    ? branchParams<rest, s, Plus<acc, n>>
    : never
  : acc;

export interface ParallelRule<bs extends readonly AnyLayer[], axis> extends BlockRule {
  readonly layer: "Parallel";
  readonly output: branchShapes<bs, this["input"]> extends infer os
    ? os extends readonly unknown[]
      ? mergeShapes<ConcatenateRule<axis>, os>
      : os
    : never;
  readonly blockParams: branchParams<bs, this["input"]>;
  readonly weights: [["params", [this["blockParams"]]]];
}

/** A parallel block's type: its branches and the axis their outputs are joined on. */
export interface Parallel<bs extends readonly AnyLayer[], axis extends number = -1> extends Layer<ParallelRule<bs, axis>, undefined, number> {
  readonly className: "Parallel";
  /** @internal */
  readonly [depthKey]: blockDepth<bs[number]>;
}

export type noBranches = "parallel needs at least one branch, but got an empty list. Fix: pass the branches as a list: parallel([a, b]).";
export const noBranches: noBranches = "parallel needs at least one branch, but got an empty list. Fix: pass the branches as a list: parallel([a, b]).";

class ParallelLayer extends CompositeLayer {
  readonly #branches: BaseLayer<any>[];
  readonly #join: BaseLayer<any>;
  constructor(branches: unknown, o: { readonly axis?: number; readonly name?: string }) {
    if (!Array.isArray(branches)) fail(notABlock("parallel", "the branches", describe(branches)));
    if ((branches as unknown[]).length === 0) fail(noBranches);
    // Array.from: forEach would skip the holes of [a, , b].
    const list = Array.from(branches as unknown[]);
    list.forEach((b, k) => isLayer(b) || fail(notABlock("parallel", `branch ${k}`, describe(b))));
    checkPlacedOnce("parallel", list as BaseLayer<any>[]);
    super({ name: o.name }, "Parallel");
    this.#branches = list as BaseLayer<any>[];
    this.#join = concatenate({ axis: o.axis ?? -1, name: `${this.name}_concatenate` }) as unknown as BaseLayer<any>;
  }
  get parts(): readonly BaseLayer<any>[] {
    return this.#branches;
  }
  protected run(x: SymbolicTensor): SymbolicTensor {
    const outs = this.#branches.map((b) => b.applyOne(x));
    return outs.length === 1 ? outs[0]! : this.#join.applyOne(outs);
  }
}

/**
 * Branches that all take the same input, their outputs joined by Concatenate on `axis` (default -1),
 * as in an Inception module. One branch is just that branch.
 *
 * @example
 * ```ts
 * const x = input({ shape: [28, 28, 192] });
 * parallel([
 *   conv2d({ filters: 64, kernelSize: 1 }),
 *   sequential({ layers: [conv2d({ filters: 96, kernelSize: 1 }), conv2d({ filters: 128, kernelSize: 3, padding: "same" })] }),
 * ])(x);                                                           // SymbolicTensor<[null, 28, 28, 192]>
 * ```
 */
export function parallel<const bs extends readonly [AnyLayer, ...AnyLayer[]], const axis extends number = -1>(
  branches: Checked<TooDeep<bs[number]> extends true ? ShapeErr<tooDeep<"parallel", maxNesting>> : "ok", bs>,
  options?: { readonly axis?: axis; readonly name?: string },
): TooDeep<bs[number]> extends true ? UnknownBlock<"Parallel"> : Parallel<[...bs], axis>;
export function parallel(branches: unknown, options: unknown = {}): unknown {
  const o = readOptions(options) as { readonly axis?: number; readonly name?: string };
  checkKeys("parallel", o, ["axis", "name"]);
  return new ParallelLayer(branches, o);
}
