/**
 * Average: the element-wise mean of a list of tensors of the same shape (a size of 1 broadcasts, as in Keras 3).
 *
 * ```ts
 * average()([a, b]);   // a, b: SymbolicTensor<[null, 4]>  ->  SymbolicTensor<[null, 4]>
 * ```
 */
import type { CheckedOptions } from "../../core/errors.js";
import type { BaseLayerOptions, MergeLayer } from "../../core/layer.js";
import { baseKeys, checkKeys, type AnyKeys, type checkKnownKeys } from "../../core/options.js";
import { ElementwiseMerge, type ElementwiseRule } from "./merge.js";
import { readOptions } from "../../core/read-options.js";

export interface AverageOptions extends BaseLayerOptions {}
const averageKeys = [...baseKeys] as const;

/** A Average layer type. */
export interface Average extends MergeLayer<ElementwiseRule<"Average", "average">> {
  readonly className: "Average";
}

class AverageLayer extends ElementwiseMerge {
  constructor(o: AverageOptions) {
    checkKeys("Average", o, averageKeys);
    super(o, "Average");
  }
}

/**
 * Averages a list of tensors element by element. Shapes must match, except that a size of 1 broadcasts (Keras 3).
 *
 * @example
 * ```ts
 * average()([input({ shape: [5, 1] }), input({ shape: [3] })]);   // SymbolicTensor<[null, 5, 3]>
 * ```
 */
export function average<const o extends AverageOptions & AnyKeys = {}>(options?: CheckedOptions<checkKnownKeys<"Average", o, typeof averageKeys>, o, AverageOptions>): Average;
export function average(options: unknown = {}): unknown {
  return new AverageLayer(readOptions(options) as AverageOptions);
}
