/**
 * Maximum: the element-wise maximum of a list of tensors of the same shape (a size of 1 broadcasts, as in Keras 3).
 *
 * ```ts
 * maximum()([a, b]);   // a, b: SymbolicTensor<[null, 4]>  ->  SymbolicTensor<[null, 4]>
 * ```
 */
import type { CheckedOptions } from "../../core/errors.js";
import type { BaseLayerOptions, MergeLayer } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { ElementwiseMerge, type ElementwiseRule } from "./merge.js";
import { readOptions } from "../../core/read-options.js";

export interface MaximumOptions extends BaseLayerOptions {}
const maximumKeys = [...baseKeys] as const;

/** A Maximum layer type. */
export interface Maximum extends MergeLayer<ElementwiseRule<"Maximum", "maximum">> {
  readonly className: "Maximum";
}

class MaximumLayer extends ElementwiseMerge {
  constructor(o: MaximumOptions) {
    checkKeys("Maximum", o, maximumKeys);
    super(o, "Maximum");
  }
}

/**
 * Takes the element-wise maximum of a list of tensors. Shapes must match, except that a size of 1 broadcasts (Keras 3).
 *
 * @example
 * ```ts
 * maximum()([input({ shape: [5, 1] }), input({ shape: [3] })]);   // SymbolicTensor<[null, 5, 3]>
 * ```
 */
export function maximum<const o extends MaximumOptions & AnyKeys = {}>(options?: CheckedOptions<checkKnownKeys<"Maximum", o, typeof maximumKeys>, o, MaximumOptions>): Maximum;
export function maximum(options: unknown = {}): unknown {
  return new MaximumLayer(readOptions(options) as MaximumOptions);
}
