/**
 * Flatten: lays out all axes but the batch axis in one: `(batch, 50, 50, 3)` becomes `(batch, 7500)`.
 * If any of those axes is unknown (`None`), so is the result, as in Keras 3.
 *
 * ```ts
 * flatten()(input({ shape: [50, 50, 3] }));   // SymbolicTensor<[null, 7500]>
 * ```
 */
import type { Dim, Product } from "../../core/arith.js";
import { fail, type CheckedOptions, type ShapeErr } from "../../core/errors.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule } from "../../core/layer.js";
import { baseKeys, checkKeys } from "../../core/options.js";
import type { Shape } from "../../core/shape.js";

export interface FlattenOptions extends BaseLayerOptions {}
const flattenKeys = [...baseKeys] as const;

export type flattenRank = "Flatten needs a batch axis to keep, but got a shape of rank 0, (). Fix: pass a tensor from input() or a layer; it always has a batch axis.";
export const flattenRank: flattenRank =
  "Flatten needs a batch axis to keep, but got a shape of rank 0, (). Fix: pass a tensor from input() or a layer; it always has a batch axis.";

/** Flatten's shape rule: `[batch, ...rest]` becomes `[batch, product of rest]` (1 when there is no rest). */
export type flattenShape<s> = s extends readonly [infer b, ...infer rest extends Shape]
  ? [b, Product<rest>]
  : ShapeErr<flattenRank>;

export interface FlattenRule extends Rule {
  readonly layer: "Flatten";
  readonly output: flattenShape<this["input"]>;
  readonly weights: [];
}

/** A Flatten layer type. */
export interface Flatten extends Layer<FlattenRule, undefined> {
  readonly className: "Flatten";
}

class FlattenLayer extends SingleInputLayer {
  constructor(o: FlattenOptions) {
    checkKeys("Flatten", o, flattenKeys);
    super(o, "Flatten");
  }
  computeOutputShape(s: Shape): Shape {
    if (s.length === 0) fail(flattenRank, this.name);
    const rest = s.slice(1);
    const n = rest.some((d) => d === null) ? null : rest.reduce<number>((p, d) => p * (d as number), 1);
    return [s[0] as Dim, n];
  }
}

/**
 * Flattens every axis but the batch axis into one. An unknown axis makes the result unknown (Keras 3).
 *
 * @example
 * ```ts
 * flatten()(input({ shape: [50, 50, 3] }));          // SymbolicTensor<[null, 7500]>
 * flatten()(input({ shape: [null, 3] }));            // SymbolicTensor<[null, null]>
 * ```
 */
export function flatten<const o extends FlattenOptions = {}>(options?: CheckedOptions<checkKeys<"Flatten", o, typeof flattenKeys>, o, FlattenOptions>): Flatten;
export function flatten(options: unknown = {}): unknown {
  return new FlattenLayer(options as FlattenOptions);
}
