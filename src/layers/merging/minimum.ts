/**
 * Minimum: the element-wise minimum of a list of tensors of the same shape (a size of 1 broadcasts, as in Keras 3).
 *
 * ```ts
 * minimum()([a, b]);   // a, b: SymbolicTensor<[null, 4]>  ->  SymbolicTensor<[null, 4]>
 * ```
 */
import type { CheckedOptions } from "../../core/errors.js";
import type { BaseLayerOptions, MergeLayer } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { ElementwiseMerge, type ElementwiseRule } from "./merge.js";
import { readOptions } from "../../core/read-options.js";

export interface MinimumOptions extends BaseLayerOptions {}
const minimumKeys = [...baseKeys] as const;

/** A Minimum layer type. */
export interface Minimum extends MergeLayer<ElementwiseRule<"Minimum", "minimum">> {
  readonly className: "Minimum";
}

class MinimumLayer extends ElementwiseMerge {
  constructor(o: MinimumOptions) {
    checkKeys("Minimum", o, minimumKeys);
    super(o, "Minimum");
  }
}

/**
 * Takes the element-wise minimum of a list of tensors. Shapes must match, except that a size of 1 broadcasts (Keras 3).
 *
 * @example
 * ```ts
 * minimum()([input({ shape: [5, 1] }), input({ shape: [3] })]);   // SymbolicTensor<[null, 5, 3]>
 * ```
 */
export function minimum<const o extends MinimumOptions & AnyKeys = {}>(options?: CheckedOptions<checkKnownKeys<"Minimum", o, typeof minimumKeys>, o, MinimumOptions>): Minimum;
export function minimum(options: unknown = {}): unknown {
  return new MinimumLayer(readOptions(options) as MinimumOptions);
}
